package main

import (
	"io"

	"github.com/podlab/podlab/sim/kubectl"
)

// runJSON prints the timeline as JSON lines (DESIGN.md, "--json").
func runJSON(e *env) int {
	io.WriteString(e.stdout, kubectl.JSONLines(e.s.Timeline(), e.o.until))
	return 0
}
