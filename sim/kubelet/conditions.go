package kubelet

import (
	"fmt"
	"strings"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
)

// Condition types and reasons (core/v1, pkg/kubelet/status/generate.go).
const (
	condPodScheduled     = "PodScheduled"
	condReadyToStart     = "PodReadyToStartContainers"
	condInitialized      = "Initialized"
	condContainersRdy    = "ContainersReady"
	condReady            = "Ready"
	condDisruptionTarget = "DisruptionTarget"

	reasonUnknownStatuses  = "UnknownContainerStatuses"
	reasonNotInitialized   = "ContainersNotInitialized"
	reasonContainersNotRdy = "ContainersNotReady"
	reasonPodCompleted     = "PodCompleted"
	reasonPodFailed        = "PodFailed"
	reasonGatesNotReady    = "ReadinessGatesNotReady"
	reasonUnschedulable    = "Unschedulable"
	reasonSchedulingGated  = "SchedulingGated"

	condTrue    = "True"
	condFalse   = "False"
	condUnknown = "Unknown"
)

// condition is a condition without its transition time (the caller keeps
// lastTransitionTime, which changes only when the status flips).
type condition struct {
	Type, Status, Reason, Message string
}

func trueCond(t string) condition { return condition{Type: t, Status: condTrue} }

// containerList formats names as Go's %s does for a []string: "[a b]".
func containerList(names []string) string { return fmt.Sprintf("%s", names) }

// unreadyMessage joins the unknown/incomplete messages as generate.go does.
func unreadyMessage(unknown, bad []string, badWord string) string {
	var msgs []string
	if len(unknown) > 0 {
		msgs = append(msgs, "containers with unknown status: "+containerList(unknown))
	}
	if len(bad) > 0 {
		msgs = append(msgs, "containers with "+badWord+" status: "+containerList(bad))
	}
	return strings.Join(msgs, ", ")
}

// podInitializedCondition is generate.go GeneratePodInitializedCondition.
// init are the init container statuses (nil: none known yet), app the app
// container statuses.
func podInitializedCondition(spec *api.PodSpec, init, app []sim.ContainerStatus, phase sim.PodPhase) condition {
	if len(spec.InitContainers) == 0 {
		return trueCond(condInitialized)
	}
	if init == nil {
		return condition{condInitialized, condFalse, reasonUnknownStatuses, ""}
	}
	var unknown, incomplete []string
	for i := range spec.InitContainers {
		c := &spec.InitContainers[i]
		cs, ok := findStatus(init, c.Name)
		switch {
		case !ok:
			unknown = append(unknown, c.Name)
		case isSidecar(c) && !cs.Started, !isSidecar(c) && !cs.Ready:
			incomplete = append(incomplete, c.Name)
		}
	}
	if phase == sim.PodSucceeded && len(unknown) == 0 {
		return condition{condInitialized, condTrue, reasonPodCompleted, ""}
	}
	if hasAnyRegularContainerStarted(app) {
		return trueCond(condInitialized)
	}
	if msg := unreadyMessage(unknown, incomplete, "incomplete"); msg != "" {
		return condition{condInitialized, condFalse, reasonNotInitialized, msg}
	}
	return trueCond(condInitialized)
}

// hasAnyRegularContainerStarted is kubecontainer.HasAnyRegularContainerStarted:
// an app container is running or terminated.
func hasAnyRegularContainerStarted(app []sim.ContainerStatus) bool {
	for _, cs := range app {
		if cs.State == sim.Running || cs.State == sim.Terminated {
			return true
		}
	}
	return false
}

// containersReadyCondition is generate.go GenerateContainersReadyCondition:
// sidecars and app containers must all be ready.
func containersReadyCondition(spec *api.PodSpec, init, app []sim.ContainerStatus, phase sim.PodPhase) condition {
	if app == nil {
		return condition{condContainersRdy, condFalse, reasonUnknownStatuses, ""}
	}
	var unknown, unready []string
	check := func(name string, in []sim.ContainerStatus) {
		if cs, ok := findStatus(in, name); !ok {
			unknown = append(unknown, name)
		} else if !cs.Ready {
			unready = append(unready, name)
		}
	}
	for i := range spec.InitContainers {
		if isSidecar(&spec.InitContainers[i]) {
			check(spec.InitContainers[i].Name, init)
		}
	}
	for i := range spec.Containers {
		check(spec.Containers[i].Name, app)
	}
	switch {
	case phase == sim.PodSucceeded && len(unknown) == 0:
		return condition{condContainersRdy, condFalse, reasonPodCompleted, ""}
	case phase == sim.PodFailed:
		return condition{condContainersRdy, condFalse, reasonPodFailed, ""}
	}
	if msg := unreadyMessage(unknown, unready, "unready"); msg != "" {
		return condition{condContainersRdy, condFalse, reasonContainersNotRdy, msg}
	}
	return trueCond(condContainersRdy)
}

// podReadyCondition is generate.go GeneratePodReadyCondition: ContainersReady,
// then the readiness gates (nothing in the simulation sets their conditions).
func podReadyCondition(spec *api.PodSpec, containersReady condition) condition {
	if containersReady.Status != condTrue {
		return condition{condReady, containersReady.Status, containersReady.Reason, containersReady.Message}
	}
	var msgs []string
	for _, g := range spec.ReadinessGates {
		msgs = append(msgs, fmt.Sprintf("corresponding condition of pod readiness gate %q does not exist.", g.ConditionType))
	}
	if len(msgs) > 0 {
		return condition{condReady, condFalse, reasonGatesNotReady, strings.Join(msgs, ", ")}
	}
	return trueCond(condReady)
}

func findStatus(in []sim.ContainerStatus, name string) (sim.ContainerStatus, bool) {
	for _, cs := range in {
		if cs.Name == name {
			return cs, true
		}
	}
	return sim.ContainerStatus{}, false
}
