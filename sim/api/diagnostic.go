package api

import (
	"fmt"
	"strings"
)

// Diagnostic is one problem in the learner's YAML, at its line and column,
// worded as the API server words it ("spec.containers[0].name: Required
// value"). Line and Col are 1-based; 0 when the position is unknown.
type Diagnostic struct {
	Line, Col int
	Field     string // field path, "spec.containers[0].image"; "" for syntax errors
	Message   string
}

func (d Diagnostic) Error() string {
	msg := d.Message
	if d.Field != "" {
		msg = d.Field + ": " + msg
	}
	if d.Line > 0 {
		return fmt.Sprintf("%d:%d: %s", d.Line, d.Col, msg)
	}
	return msg
}

// ErrorList is every problem found, in document order. It is the error
// Parse and Validate return, so errors.As finds it.
type ErrorList []Diagnostic

func (l ErrorList) Error() string {
	lines := make([]string, len(l))
	for i, d := range l {
		lines[i] = d.Error()
	}
	return strings.Join(lines, "\n")
}
