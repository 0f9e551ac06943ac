package main

import (
	"fmt"
	"io"

	"github.com/podlab/podlab/sim/play"
)

// env is one invocation: its options, input and outputs.
type env struct {
	o      options
	name   string // the input's name in diagnostics
	src    []byte
	s      session
	stdout io.Writer
	stderr io.Writer
}

// run is podsim: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, start starter) int {
	if len(args) > 0 && args[0] == "kubectl" {
		return runKubectl(args[1:], stdin, stdout, stderr)
	}
	o, err := parseArgs(args)
	if err != nil {
		fmt.Fprintf(stderr, "podsim: %v\n%s", err, usage)
		return 2
	}
	cmd, ok := commands[o.cmd]
	if !ok {
		fmt.Fprintf(stderr, "podsim: unknown command %q\n%s", o.cmd, usage)
		return 2
	}
	if err := cmd.check(o); err != nil {
		fmt.Fprintf(stderr, "podsim %s: %v\n%s", o.cmd, err, usage)
		return 2
	}
	e := &env{o: o, stdout: stdout, stderr: stderr}
	if code, ok := e.load(stdin, start); !ok {
		return code
	}
	if o.cmd != "logs" && o.cmd != "exec" {
		e.printNotes()
	}
	return cmd.run(e)
}

// load reads and simulates the input up to the command's horizon.
func (e *env) load(stdin io.Reader, start starter) (int, bool) {
	src, name, err := readInput(e.o.positional[0], stdin)
	if err != nil {
		fmt.Fprintf(e.stderr, "podsim: %v\n", err)
		return 1, false
	}
	e.src, e.name = src, name
	s, err := start(src, play.Options{Until: e.o.horizon(), DeleteAt: e.o.deleteAt, NodeLostAt: e.o.nodeLostAt})
	if err != nil {
		if !printDiagnostics(e.stderr, name, err) {
			fmt.Fprintf(e.stderr, "%s: %v\n", name, err)
		}
		return 1, false
	}
	s.Advance(e.o.horizon())
	e.s = s
	return 0, true
}

// printNotes lists, on standard error and in the diagnostics' format, the
// fields and objects the input has that Podlab accepts but does not
// simulate ("not simulated: ..."), so nobody mistakes silence for support.
//
// The notes the run itself left (a loop stopped by the step budget, the
// runaway guard) follow, with their time.
func (e *env) printNotes() {
	for _, d := range objects(e.src).NotSimulated {
		fmt.Fprintln(e.stderr, diagnosticLine(e.name, d))
	}
	for _, n := range e.s.Timeline().Notes {
		if n.Field != "" || n.At > e.o.horizon() {
			continue // parse notes are printed above, at their line
		}
		who := ""
		if n.Pod != "" {
			who = "pod/" + n.Pod + ": "
		}
		fmt.Fprintf(e.stderr, "%s: at %v: %s%s\n", e.name, n.At, who, n.Message)
	}
}

// command is one podsim subcommand.
type command struct {
	args  int // positional arguments besides flags
	check func(o options) error
	run   func(e *env) int
}

var commands = map[string]command{
	"get":      {1, nil, runGet},
	"watch":    {1, nil, runWatch},
	"events":   {1, nil, runEvents},
	"describe": {1, nil, runDescribe},
	"run":      {1, needJSON, runJSON},
	"logs":     {2, nil, runLogs},
	"exec":     {2, needArgv, runExec},
}

func init() {
	for name, c := range commands {
		c := c
		extra := c.check
		c.check = func(o options) error {
			if len(o.positional) != c.args {
				return fmt.Errorf("want %d argument(s), got %d", c.args, len(o.positional))
			}
			if extra != nil {
				return extra(o)
			}
			return nil
		}
		commands[name] = c
	}
}

func needJSON(o options) error {
	if !o.json {
		return fmt.Errorf("run prints JSON lines only: add --json")
	}
	return nil
}

func needArgv(o options) error {
	if len(o.argv) == 0 {
		return fmt.Errorf("missing command after --")
	}
	return nil
}
