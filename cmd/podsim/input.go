package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/play"
)

// session is the part of *play.Run the commands use; tests substitute a
// hand-built timeline.
type session interface {
	Advance(t time.Duration)
	Timeline() *sim.Timeline
	Exec(pod, container string, argv []string) (stdout, stderr string, code int)
}

// starter starts a simulation of src.
type starter func(src []byte, opts play.Options) (session, error)

func startPlay(src []byte, opts play.Options) (session, error) {
	r, err := play.Start(src, opts)
	if err != nil {
		return nil, err
	}
	return r, nil
}

// readInput reads FILE, or standard input for "-". The name is what
// diagnostics start with.
func readInput(file string, stdin io.Reader) (src []byte, name string, err error) {
	if file == "-" {
		src, err = io.ReadAll(stdin)
		return src, "<stdin>", err
	}
	src, err = os.ReadFile(file)
	return src, file, err
}

// printDiagnostics writes one line per problem, FILE:LINE:COL:
// FIELD.PATH: message, and reports whether err was such a list.
func printDiagnostics(w io.Writer, name string, err error) bool {
	var list api.ErrorList
	if !errors.As(err, &list) {
		var d api.Diagnostic
		if !errors.As(err, &d) {
			return false
		}
		list = api.ErrorList{d}
	}
	for _, d := range list {
		fmt.Fprintln(w, diagnosticLine(name, d))
	}
	return true
}

func diagnosticLine(name string, d api.Diagnostic) string {
	msg := d.Message
	if d.Field != "" {
		msg = d.Field + ": " + msg
	}
	if d.Line > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", name, d.Line, d.Col, msg)
	}
	return fmt.Sprintf("%s: %s", name, msg)
}

// objects parses src again for the spec the printers need (describe's
// containers, logs' container names). play has validated it already.
func objects(src []byte) api.Objects {
	objs, err := api.Parse(src)
	if err != nil {
		return api.Objects{}
	}
	api.Default(&objs)
	return objs
}
