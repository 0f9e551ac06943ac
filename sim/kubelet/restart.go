package kubelet

import "github.com/podlab/podlab/sim/api"

// runtimeState is the state of a container's newest instance as the
// runtime reports it (kubecontainer.State).
type runtimeState int8

const (
	stateNone    runtimeState = iota // no instance: never created
	stateCreated                     // created, not started
	stateRunning
	stateExited
)

func (s runtimeState) String() string {
	return [...]string{"none", "created", "running", "exited"}[s]
}

// shouldRestart is kubecontainer.ShouldContainerBeRestarted
// (pkg/kubelet/container/helpers.go): whether a container that is not
// running should be started (again). Sidecars ignore the Pod's policy
// (podutil.IsRestartableInitContainer).
func shouldRestart(policy api.RestartPolicy, sidecar, deleting bool, state runtimeState, exitCode int) bool {
	switch {
	case deleting: // once a pod has been marked deleted, it should not be restarted
		return false
	case state == stateNone, state == stateCreated:
		return true
	case state == stateRunning:
		return false
	case sidecar:
		return true
	case policy == api.RestartNever:
		return false
	case policy == api.RestartOnFailure:
		return exitCode != 0
	}
	return true
}

// shouldRestartOnFailure is kuberuntime's shouldRestartOnFailure: any policy
// but Never restarts a failed container.
func shouldRestartOnFailure(policy api.RestartPolicy) bool {
	return policy != api.RestartNever
}

// isSidecar is podutil.IsRestartableInitContainer.
func isSidecar(c *api.Container) bool {
	return c.RestartPolicy != nil && *c.RestartPolicy == api.RestartAlways
}
