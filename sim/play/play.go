// Package play wires Podlab's simulator together for its callers (the
// podsim command line, the lessons' checks and the course page): parse,
// default and validate the YAML, then run the kubelet engine over the shell
// runtime, incrementally, so the first frames can be drawn before the whole
// horizon is computed.
package play

import (
	"errors"
	"time"

	"github.com/podlab/podlab/sim"
)

// Options are the knobs of one run.
type Options struct {
	Until      time.Duration  // horizon; 0 means 10 minutes
	DeleteAt   *time.Duration // the Pods are deleted then (preStop, SIGTERM, grace period)
	NodeLostAt *time.Duration // the node stops reporting then
	MaxSteps   int            // shell statements per process before it is stopped; 0 for the default
}

// Run is a simulation in progress. It is not safe for concurrent use.
type Run struct {
	tl sim.Timeline
}

// Start parses src (one or more YAML documents) and prepares the run at
// t=0. Invalid input returns an api.ErrorList with line:col diagnostics.
func Start(src []byte, opts Options) (*Run, error) {
	return nil, errors.New("play: not implemented yet")
}

// Advance simulates up to t (capped at the horizon).
func (r *Run) Advance(t time.Duration) {}

// Done reports whether the horizon has been reached.
func (r *Run) Done() bool { return true }

// Timeline is what has been simulated so far. The caller must not modify it.
func (r *Run) Timeline() *sim.Timeline { return &r.tl }

// Exec runs argv in a container at the current virtual time, as kubectl
// exec does, and returns what it printed and its exit code.
func (r *Run) Exec(pod, container string, argv []string) (stdout, stderr string, code int) {
	return "", "play: not implemented yet", 1
}
