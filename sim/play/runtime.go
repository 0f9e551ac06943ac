package play

import (
	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/shell"
)

// newRuntime is the container runtime a run drives: mvdan.cc/sh over
// hackpadfs (sim/shell).
func newRuntime(opts Options) sim.Runtime {
	return shell.New(shell.Config{MaxSteps: opts.MaxSteps, Layers: opts.Layers})
}
