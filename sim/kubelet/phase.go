package kubelet

import (
	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
)

// getPhase is kubelet_pods.go getPhase (ContainerRestartRules off): the
// Pod's phase from its container statuses. init holds regular and sidecar
// init containers in spec order, app the app containers; a nil slice means
// the kubelet has no statuses yet (every container is "unknown").
func getPhase(policy api.RestartPolicy, init, app []sim.ContainerStatus, nInit, nApp int, podIsTerminal, podHasInitialized bool) sim.PodPhase {
	pendingRegularInit, pendingSidecar, failedInit := initCounts(init, nInit)
	if failedInit > 0 && policy == api.RestartNever {
		return sim.PodFailed
	}
	c := appCounts(init, app, nApp)
	pendingSidecar += c.pendingSidecar
	switch {
	case pendingRegularInit > 0 || (pendingSidecar > 0 && !podHasInitialized):
		return sim.PodPending
	case c.waiting > 0:
		return sim.PodPending
	case c.running > 0 && c.unknown == 0:
		return sim.PodRunning
	case c.running == 0 && c.stopped > 0 && c.unknown == 0:
		return stoppedPhase(policy, c, podIsTerminal)
	}
	return sim.PodPending
}

// stoppedPhase is getPhase's "all containers stopped" branch.
func stoppedPhase(policy api.RestartPolicy, c phaseCounts, podIsTerminal bool) sim.PodPhase {
	switch {
	case podIsTerminal && c.stopped == c.succeeded:
		return sim.PodSucceeded
	case podIsTerminal:
		return sim.PodFailed
	case policy == api.RestartAlways:
		return sim.PodRunning // all containers are restarting
	case c.stopped == c.succeeded:
		return sim.PodSucceeded
	case policy == api.RestartNever:
		return sim.PodFailed
	}
	return sim.PodRunning // OnFailure with a failure: restarting
}

// initCounts counts the regular init containers of getPhase's first loop.
func initCounts(init []sim.ContainerStatus, nInit int) (pendingRegular, pendingSidecar, failed int) {
	if init == nil {
		// no statuses: every regular init container is pending
		return nInit, 0, 0
	}
	for _, cs := range init {
		if cs.Kind == sim.SidecarKind {
			continue
		}
		switch {
		case cs.State == sim.Terminated && exitOf(cs) != 0:
			failed++
		case cs.State == sim.Terminated:
		case cs.State == sim.Waiting && cs.LastState != nil && cs.LastState.ExitCode != 0:
			failed++
		case cs.State == sim.Waiting && cs.LastState != nil:
		default: // running, waiting without lastState
			pendingRegular++
		}
	}
	return pendingRegular, pendingSidecar, failed
}

type phaseCounts struct {
	unknown, running, waiting, stopped, succeeded, pendingSidecar int
}

// appCounts counts sidecars and app containers as getPhase does.
func appCounts(init, app []sim.ContainerStatus, nApp int) phaseCounts {
	var c phaseCounts
	if app == nil {
		c.unknown = nApp
	}
	for _, cs := range init {
		if cs.Kind != sim.SidecarKind {
			continue
		}
		switch {
		case cs.State == sim.Running:
			c.running++
			if !cs.Started {
				c.pendingSidecar++
			}
		case cs.State == sim.Waiting && cs.LastState == nil:
			c.pendingSidecar++
			c.waiting++
		}
	}
	for _, cs := range app {
		switch {
		case cs.State == sim.Running:
			c.running++
		case cs.State == sim.Terminated:
			c.stopped++
			if exitOf(cs) == 0 {
				c.succeeded++
			}
		case cs.LastState != nil: // crash-looping: counts as stopped
			c.stopped++
		default:
			c.waiting++
		}
	}
	return c
}

func exitOf(cs sim.ContainerStatus) int {
	if cs.ExitCode == nil {
		return 0
	}
	return *cs.ExitCode
}

// terminalPhase reports whether p is Succeeded or Failed.
func terminalPhase(p sim.PodPhase) bool {
	return p == sim.PodSucceeded || p == sim.PodFailed
}
