package kubelet

import (
	"github.com/podlab/podlab/sim"
)

// Termination reasons the runtime reports (containerd's CRI server).
const (
	reasonCompleted = "Completed"
	reasonError     = "Error"
)

// containerStatus is convertToAPIContainerStatuses (kubelet_pods.go) for one
// container, with started/ready filled as the prober manager's
// UpdatePodStatus does. ids records the instance shown.
func (pw *podWorker) containerStatus(c *ctr) sim.ContainerStatus {
	cs := sim.ContainerStatus{Name: c.spec.Name, Kind: c.kind, Image: c.spec.Image, State: sim.Waiting,
		Reason: reasonContainerCreating}
	if len(pw.init) > 0 {
		cs.Reason = reasonPodInitializing
	}
	newest, older := c.shown()
	if newest != nil {
		fillState(&cs, newest)
		cs.RestartCount = newest.restartCount
	}
	if older != nil {
		cs.LastState = termination(older)
	}
	pw.applyReasonCache(c, newest, &cs)
	pw.fillProbeState(c, newest, &cs)
	return cs
}

// shown is the newest instance a status may show (one whose start has
// completed) and the one before it.
func (c *ctr) shown() (newest, older *instance) {
	n := len(c.hist)
	if n > 0 && !c.hist[n-1].visible {
		n--
	}
	if n > 0 {
		newest = c.hist[n-1]
	}
	if n > 1 {
		older = c.hist[n-2]
	}
	return newest, older
}

// fillState sets the state of the newest instance.
func fillState(cs *sim.ContainerStatus, in *instance) {
	cs.Reason, cs.Message = "", ""
	switch in.state {
	case stateRunning:
		cs.State, cs.StartedAt = sim.Running, in.startedAt
	case stateExited:
		code := in.exitCode
		// the CRI has no signal field: terminated.signal stays 0
		cs.State, cs.ExitCode = sim.Terminated, &code
		cs.Reason, cs.Message = in.reason, in.message
		cs.StartedAt, cs.FinishedAt = in.startedAt, in.finishedAt
	default: // created, not started: waiting without a reason
		cs.State = sim.Waiting
	}
}

func termination(in *instance) *sim.Termination {
	if in.state != stateExited {
		return nil
	}
	return &sim.Termination{ExitCode: in.exitCode, Reason: in.reason,
		Message: in.message, StartedAt: in.startedAt, FinishedAt: in.finishedAt}
}

// applyReasonCache turns a container that will be restarted and whose last
// start failed into waiting{reason} (CrashLoopBackOff, ErrImagePull...).
func (pw *podWorker) applyReasonCache(c *ctr, newest *instance, cs *sim.ContainerStatus) {
	if c.kind == sim.InitKind && newest != nil && newest.state == stateExited && newest.exitCode == 0 {
		return // a completed init container is never turned back into waiting
	}
	state, code := stateNone, 0
	if newest != nil {
		state, code = newest.state, newest.exitCode
	}
	if !shouldRestart(pw.policy(), c.sidecar(), pw.deleting, state, code) {
		return
	}
	r, ok := pw.reasons[c.spec.Name]
	if !ok {
		return
	}
	if cs.State == sim.Terminated {
		cs.LastState = termination(newest)
	}
	cs.State, cs.Reason, cs.Message, cs.ExitCode, cs.Signal = sim.Waiting, r.reason, r.message, nil, 0
	cs.StartedAt, cs.FinishedAt = 0, 0
	switch {
	case r.reason == reasonCrashLoopBackOff && newest != nil:
		cs.BackOffUntil = newest.finishedAt + pw.crashBackOff.Get(c.spec.Name)
	case r.reason == reasonImagePullBackOff || r.reason == reasonErrImagePull:
		cs.BackOffUntil = pw.imageBackOff.Until(pw.uid + "_" + c.spec.Image)
	}
}

// fillProbeState is prober_manager.go UpdatePodStatus: started and ready.
func (pw *podWorker) fillProbeState(c *ctr, newest *instance, cs *sim.ContainerStatus) {
	if c.kind == sim.InitKind {
		cs.Started = cs.State == sim.Running
		cs.Ready = cs.State == sim.Terminated && exitOf(*cs) == 0
		return
	}
	if cs.State != sim.Running {
		return
	}
	cs.Started = pw.isContainerStarted(c, newest)
	if !cs.Started {
		return
	}
	if newest.probe[probeIndex(sim.Readiness)] == resultSuccess {
		cs.Ready = true
		return
	}
	w := pw.worker(c, sim.Readiness)
	cs.Ready = w == nil // no readiness probe: always ready
	if w != nil {
		w.manualTrigger() // "Trigger an immediate run of the readinessProbe"
	}
}

// isContainerStarted is prober_manager.go isContainerStarted.
func (pw *podWorker) isContainerStarted(c *ctr, in *instance) bool {
	if r := in.probe[probeIndex(sim.Startup)]; r != resultNone {
		return r == resultSuccess
	}
	return pw.worker(c, sim.Startup) == nil
}
