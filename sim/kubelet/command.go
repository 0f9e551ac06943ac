package kubelet

import (
	"errors"

	"github.com/podlab/podlab/sim/api"
)

// ExpandContainerCommandAndArgs mirrors
// pkg/kubelet/container/helpers.go ExpandContainerCommandAndArgs: $(VAR)
// in command and args expands against the kubelet's variables for the
// container (not the image's, not HOSTNAME); unknown names stay as written.
func ExpandContainerCommandAndArgs(c *api.Container, env []EnvVar) (command, args []string) {
	vars := make(map[string]string, len(env))
	for _, e := range env {
		vars[e.Name] = e.Value
	}
	mapping := MappingFuncFor(vars)
	for _, s := range c.Command {
		command = append(command, Expand(s, mapping))
	}
	for _, s := range c.Args {
		args = append(args, Expand(s, mapping))
	}
	return command, args
}

// ErrNoCommand is containerd's error for a container with neither command,
// args nor image ENTRYPOINT/CMD.
var ErrNoCommand = errors.New("no command specified")

// ProcessArgs is the argv the runtime starts, mirroring containerd's
// WithProcessArgs (internal/cri/opts/spec_linux.go, from moby's
// daemon/commit.go): a command replaces the image's ENTRYPOINT and drops its
// CMD; args alone replace only the CMD.
func ProcessArgs(command, args, entrypoint, cmd []string) ([]string, error) {
	if len(command) == 0 {
		if len(args) == 0 {
			args = append([]string{}, cmd...)
		}
		if !(len(entrypoint) == 1 && entrypoint[0] == "") {
			command = append([]string{}, entrypoint...)
		}
	}
	if len(command) == 0 && len(args) == 0 {
		return nil, ErrNoCommand
	}
	return append(append([]string{}, command...), args...), nil
}
