package api

import (
	"bytes"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// yamlLine finds "line N" in go-yaml's error text.
var yamlLine = regexp.MustCompile(`line (\d+)`)

// syntaxDiagnostic turns go-yaml's "yaml: line 5: did not find expected
// key" into a Diagnostic. go-yaml names the line where the enclosing
// block began, not the line at fault, and no column; so the line is the
// first one at which the source stops parsing (when that is later), and
// the column that line's first non-blank character.
func syntaxDiagnostic(err error, src []byte) Diagnostic {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	d := Diagnostic{Message: "YAML syntax error: " + msg}
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		d.Line, _ = strconv.Atoi(m[1])
		d.Message = "YAML syntax error: " + strings.TrimPrefix(msg, m[0]+": ")
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	d.Line = max(d.Line, firstFailingLine(lines))
	d.Line = min(max(d.Line, 1), len(lines))
	d.Col = syntaxColumn(lines, d.Line, d.Message)
	return d
}

// syntaxColumn guesses the column of the fault on line from go-yaml's
// message: the colon of a second "key:" on one line, a character no
// token starts with (a tab, @, `), the quote never closed; else the
// line's first non-blank character.
func syntaxColumn(lines [][]byte, line int, msg string) int {
	first := firstColumn(lines, line)
	if line < 1 || line > len(lines) {
		return first
	}
	l := bytes.TrimRight(lines[line-1], "\r\n")
	i := -1
	switch {
	case strings.Contains(msg, "mapping values are not allowed"):
		i = lastColon(l)
	case strings.Contains(msg, "cannot start any token"), strings.Contains(msg, "tab character"):
		i = bytes.IndexAny(l, "\t@`")
	case strings.Contains(msg, "unexpected end of stream"):
		i = bytes.IndexAny(l, `"'`)
	}
	if i < 0 {
		return first
	}
	return i + 1
}

// lastColon is the index of the last ':' that ends a key (followed by a
// blank or the end of the line), -1 if none.
func lastColon(l []byte) int {
	for i := len(l) - 1; i >= 0; i-- {
		if l[i] == ':' && (i == len(l)-1 || l[i+1] == ' ' || l[i+1] == '\t') {
			return i
		}
	}
	return -1
}

// firstFailingLine is the smallest n such that the first n lines do not
// parse (a binary search: a prefix of valid YAML parses), 0 if none.
func firstFailingLine(lines [][]byte) int {
	lo, hi := 1, len(lines)
	if hi == 0 || parses(bytes.Join(lines, nil)) {
		return 0
	}
	for lo < hi {
		mid := (lo + hi) / 2
		if parses(bytes.Join(lines[:mid], nil)) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func parses(src []byte) bool {
	dec := yaml.NewDecoder(bytes.NewReader(src))
	for {
		var n yaml.Node
		err := dec.Decode(&n)
		if errors.Is(err, io.EOF) {
			return true
		}
		if err != nil {
			return false
		}
	}
}

// firstColumn is the 1-based column of the first non-blank byte of line.
func firstColumn(lines [][]byte, line int) int {
	if line < 1 || line > len(lines) {
		return 1
	}
	l := bytes.TrimRight(lines[line-1], "\r\n")
	return len(l) - len(bytes.TrimLeft(l, " \t")) + 1
}
