package kubelet

import (
	"fmt"
	"time"

	"github.com/podlab/podlab/sim"
)

// Waiting reasons the printer treats specially (kubelet_pods.go constants).
const (
	reasonPodInitializing   = "PodInitializing"
	reasonContainerCreating = "ContainerCreating"
	reasonNodeLost          = "NodeLost" // node.NodeUnreachablePodReason
)

// printInput is the part of a Pod printPod reads.
type printInput struct {
	Phase       sim.PodPhase
	Reason      string                // status.reason
	Deleting    bool                  // deletionTimestamp != nil
	NumInit     int                   // len(spec.initContainers)
	NumApp      int                   // len(spec.containers)
	Init        []sim.ContainerStatus // status.initContainerStatuses, spec order
	App         []sim.ContainerStatus // status.containerStatuses, sorted by name as the API holds them
	Gated       bool                  // PodScheduled has reason SchedulingGated
	Initialized bool                  // condition Initialized is True
	PodReady    bool                  // condition Ready is True
}

// printOutput is the STATUS, READY and RESTARTS columns.
type printOutput struct {
	Status      string
	Ready       string
	Restarts    int
	LastRestart time.Duration // newest lastState.terminated.finishedAt; -1 when none
}

// printPod is printPod (pkg/printers/internalversion/printers.go) for the
// STATUS, READY and RESTARTS columns.
func printPod(in printInput) printOutput {
	reason := string(in.Phase)
	if in.Reason != "" {
		reason = in.Reason
	}
	if in.Gated {
		reason = reasonSchedulingGated
	}
	total := in.NumApp
	for _, cs := range in.Init {
		if cs.Kind == sim.SidecarKind {
			total++
		}
	}
	p := &podPrinter{reason: reason, last: -1, sidecarLast: -1}
	initializing := p.initContainers(in)
	if !initializing || in.Initialized {
		p.appContainers(in)
	}
	switch {
	case in.Deleting && in.Reason == reasonNodeLost:
		p.reason = "Unknown"
	case in.Deleting && !terminalPhase(in.Phase):
		p.reason = "Terminating"
	}
	return printOutput{Status: p.reason, Ready: fmt.Sprintf("%d/%d", p.ready, total), Restarts: p.restarts, LastRestart: p.last}
}

// podPrinter is printPod's running totals.
type podPrinter struct {
	reason                    string
	restarts, sidecarRestarts int
	ready                     int
	last, sidecarLast         time.Duration
}

func (p *podPrinter) track(cs sim.ContainerStatus, last *time.Duration) {
	if cs.LastState != nil && cs.LastState.FinishedAt > *last {
		*last = cs.LastState.FinishedAt
	}
}

// initContainers is printPod's loop over initContainerStatuses: only the
// first init container that has not completed sets the reason.
func (p *podPrinter) initContainers(in printInput) (initializing bool) {
	for i, cs := range in.Init {
		p.restarts += cs.RestartCount
		p.track(cs, &p.last)
		sidecar := cs.Kind == sim.SidecarKind
		if sidecar {
			p.sidecarRestarts += cs.RestartCount
			p.track(cs, &p.sidecarLast)
		}
		switch {
		case cs.State == sim.Terminated && exitOf(cs) == 0:
			continue
		case sidecar && cs.Started:
			if cs.Ready {
				p.ready++
			}
			continue
		case cs.State == sim.Terminated:
			p.reason = "Init:" + terminatedReason(cs)
		case cs.State == sim.Waiting && cs.Reason != "" && cs.Reason != reasonPodInitializing:
			p.reason = "Init:" + cs.Reason
		default:
			p.reason = fmt.Sprintf("Init:%d/%d", i, in.NumInit)
		}
		return true
	}
	return false
}

// terminatedReason is the reason of a terminated container, or
// Signal:N/ExitCode:N when the runtime gave none.
func terminatedReason(cs sim.ContainerStatus) string {
	switch {
	case cs.Reason != "":
		return cs.Reason
	case cs.Signal != 0:
		return fmt.Sprintf("Signal:%d", cs.Signal)
	}
	return fmt.Sprintf("ExitCode:%d", exitOf(cs))
}

// appContainers is printPod's reverse loop over containerStatuses (sorted by
// name, so the alphabetically first container with a reason wins).
func (p *podPrinter) appContainers(in printInput) {
	p.restarts, p.last = p.sidecarRestarts, p.sidecarLast // regular init restarts are dropped
	hasRunning := false
	for i := len(in.App) - 1; i >= 0; i-- {
		cs := in.App[i]
		p.restarts += cs.RestartCount
		p.track(cs, &p.last)
		switch {
		case cs.State == sim.Waiting && cs.Reason != "":
			p.reason = cs.Reason
		case cs.State == sim.Terminated:
			p.reason = terminatedReason(cs)
		case cs.Ready && cs.State == sim.Running:
			hasRunning = true
			p.ready++
		}
	}
	if p.reason == "Completed" && hasRunning {
		p.reason = "NotReady"
		if in.PodReady {
			p.reason = "Running"
		}
	}
}
