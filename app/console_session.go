package main

import (
	"time"

	"github.com/podlab/podlab/lessons"
	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/cluster"
	"github.com/podlab/podlab/sim/console"
	"github.com/podlab/podlab/sim/kubelet"
	simshell "github.com/podlab/podlab/sim/shell"
)

// consoleSession is what the kubectl console page runs: a simulated
// cluster on the shell runtime, the learner's workstation (whose folder
// kubectl reads files from) and the console that ties them together. It
// is not safe for concurrent use: the page calls it on the UI goroutine.
type consoleSession struct {
	console *console.Console
	cluster *cluster.Cluster
	ws      *simshell.Workstation
	closeFn func()
}

// newConsoleSession starts a fresh cluster (the default nodes, nothing
// else) and a workstation whose folder holds the example files.
func newConsoleSession() (*consoleSession, error) {
	ws, err := simshell.NewWorkstation()
	if err != nil {
		return nil, err
	}
	rt := simshell.New(simshell.Config{})
	c := cluster.New(api.Objects{}, rt, kubelet.Options{})
	s := &consoleSession{
		console: console.New(c, ws.Dir(), ws.Run),
		cluster: c,
		ws:      ws,
		closeFn: func() { rt.Close(); ws.Close() },
	}
	files, err := lessons.ConsoleFiles(lessons.Content())
	if err == nil {
		err = writeFolder(ws.Dir(), files)
	}
	if err != nil {
		s.close()
		return nil, err
	}
	return s, nil
}

// close ends the runtimes' goroutines.
func (s *consoleSession) close() {
	if s.closeFn != nil {
		s.closeFn()
		s.closeFn = nil
	}
}

// run runs one console line and returns what the terminal shows.
func (s *consoleSession) run(line string) string { return s.console.Run(line) }

// advance lets d of virtual time pass and returns what a running watch or
// log follow printed meanwhile, and whether one is still running.
func (s *consoleSession) advance(d time.Duration) (string, bool) {
	s.cluster.Advance(d)
	return s.console.Follow()
}

// following reports whether the last line started a watch or a log
// follow (no time has passed, so it prints nothing yet).
func (s *consoleSession) following() bool {
	_, ok := s.console.Follow()
	return ok
}

// now is the cluster's virtual time.
func (s *consoleSession) now() time.Duration { return s.cluster.Now() }
