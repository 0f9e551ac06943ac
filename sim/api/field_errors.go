package api

import (
	"fmt"
	"strings"
)

// fieldError is one validation failure before it gets a position: a field
// path and the API server's message for it.
type fieldError struct{ Path, Msg string }

type fieldErrors []fieldError

// The message builders below word errors as
// k8s.io/apimachinery/pkg/util/validation/field/errors.go (Error.ErrorBody)
// does: "<Type>: <value>: <detail>".

func required(path, detail string) fieldError {
	return fieldError{path, withDetail("Required value", detail)}
}

func invalid(path string, value any, detail string) fieldError {
	return fieldError{path, withDetail("Invalid value: "+badValue(value), detail)}
}

func duplicate(path string, value any) fieldError {
	return fieldError{path, "Duplicate value: " + badValue(value)}
}

func notFound(path string, value any) fieldError {
	return fieldError{path, "Not found: " + badValue(value)}
}

func forbidden(path, detail string) fieldError {
	return fieldError{path, withDetail("Forbidden", detail)}
}

func tooLong(path string, max int) fieldError {
	return fieldError{path, fmt.Sprintf("Too long: must have at most %d bytes", max)}
}

// notSupported lists the supported values quoted, in the order given
// (callers pass them sorted, as sets.List does).
func notSupported(path string, value any, supported ...string) fieldError {
	quoted := make([]string, len(supported))
	for i, s := range supported {
		quoted[i] = fmt.Sprintf("%q", s)
	}
	return fieldError{path, "Unsupported value: " + badValue(value) + ": supported values: " + strings.Join(quoted, ", ")}
}

func withDetail(s, detail string) string {
	if detail == "" {
		return s
	}
	return s + ": " + detail
}

// badValue prints a value as ErrorBody does: strings quoted, numbers and
// bools plain.
func badValue(v any) string {
	if s, ok := v.(string); ok {
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprintf("%v", v)
}
