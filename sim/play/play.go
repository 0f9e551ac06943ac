// Package play wires Podlab's simulator together for its callers (the
// podsim command line, the lessons' checks and the course page): parse,
// default and validate the YAML, then run the kubelet engine over the shell
// runtime, incrementally, so the first frames can be drawn before the whole
// horizon is computed.
package play

import (
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/kubelet"
	"github.com/podlab/podlab/sim/shell"
)

// DefaultHorizon is the horizon of a run whose Options.Until is 0.
const DefaultHorizon = 10 * time.Minute

// Options are the knobs of one run.
type Options struct {
	Until      time.Duration  // horizon; 0 means 10 minutes
	DeleteAt   *time.Duration // the Pods are deleted then (preStop, SIGTERM, grace period)
	NodeLostAt *time.Duration // the node stops reporting then
	MaxSteps   int            // shell statements per process before it is stopped; 0 for the default
	// Layers shares the images' file trees with earlier runs (the page
	// keeps one for all its runs); nil builds them afresh.
	Layers *shell.Layers
}

// Run is a simulation in progress. It is not safe for concurrent use.
type Run struct {
	k     *kubelet.Kubelet
	until time.Duration
	objs  api.Objects
}

// Start parses src (one or more YAML documents) and prepares the run at
// t=0. Invalid input returns an api.ErrorList with line:col diagnostics.
func Start(src []byte, opts Options) (*Run, error) {
	objs, err := api.Parse(src)
	if err != nil {
		return nil, err
	}
	api.Default(&objs)
	if err := api.Validate(objs); err != nil {
		return nil, err
	}
	until := opts.Until
	if until <= 0 {
		until = DefaultHorizon
	}
	k := kubelet.New(objs, newRuntime(opts), kubelet.Options{
		DeleteAt: opts.DeleteAt, NodeLostAt: opts.NodeLostAt, Notes: notSimulated(objs)})
	return &Run{k: k, until: until, objs: objs}, nil
}

// notSimulated turns the parser's "accepted but not simulated" fields into
// notes at t=0.
func notSimulated(objs api.Objects) []sim.Note {
	var notes []sim.Note
	for _, d := range objs.NotSimulated {
		notes = append(notes, sim.Note{Field: d.Field, Message: d.Message})
	}
	return notes
}

// Objects are the parsed, defaulted objects of the run.
func (r *Run) Objects() api.Objects { return r.objs }

// Horizon is the virtual time the run ends at.
func (r *Run) Horizon() time.Duration { return r.until }

// Now is how far the run has been simulated.
func (r *Run) Now() time.Duration { return r.k.Timeline().Horizon }

// Advance simulates up to t (capped at the horizon). Calling it with
// growing t computes the timeline piece by piece.
func (r *Run) Advance(t time.Duration) {
	r.k.RunUntil(min(t, r.until))
}

// Done reports whether the horizon has been reached.
func (r *Run) Done() bool { return r.k.Timeline().Horizon >= r.until }

// Timeline is what has been simulated so far. The caller must not modify it.
func (r *Run) Timeline() *sim.Timeline { return r.k.Timeline() }

// Exec runs argv in a container at the current virtual time, as kubectl
// exec does, and returns what it printed and its exit code.
func (r *Run) Exec(pod, container string, argv []string) (stdout, stderr string, code int) {
	return r.k.Exec(pod, container, argv)
}
