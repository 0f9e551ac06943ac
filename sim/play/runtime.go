package play

import (
	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/internal/fakert"
)

// newRuntime is the container runtime a run drives.
//
// TODO(kubelet): the scripted stand-in until sim/shell builds; then
// shell.New(shell.Config{MaxSteps: opts.MaxSteps}).
func newRuntime(opts Options) sim.Runtime {
	return fakert.New()
}
