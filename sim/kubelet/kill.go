package kubelet

import (
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
)

// killGrace is setTerminationGracePeriod (kuberuntime_container.go): the
// deletion's grace, else the probe-level terminationGracePeriodSeconds for
// probe kills, else the Pod's.
func (pw *podWorker) killGrace(c *ctr, why killReason) time.Duration {
	if pw.deleting {
		return pw.grace
	}
	var p *api.Probe
	switch why {
	case reasonLivenessProbe:
		p = c.spec.LivenessProbe
	case reasonStartupProbe:
		p = c.spec.StartupProbe
	}
	if p != nil && p.TerminationGracePeriodSeconds != nil {
		return time.Duration(*p.TerminationGracePeriodSeconds) * time.Second
	}
	return pw.gracePeriod()
}

// stopSignal is lifecycle.stopSignal, else SIGTERM (images with
// STOPSIGNAL are the runtime's business).
func stopSignal(c *api.Container) sim.Signal {
	if h := c.Lifecycle; h != nil && h.StopSignal == "SIGKILL" {
		return sim.SIGKILL
	}
	return sim.SIGTERM
}

// killContainer is kuberuntime_container.go killContainer: the Killing
// event, preStop (within the grace period), the sidecar ordering wait, then
// the stop signal and SIGKILL once the remaining grace (at least 2 s) ran
// out. done runs when the container has exited.
func (pw *podWorker) killContainer(c *ctr, msg string, why killReason, grace *time.Duration, order *terminationOrdering, done func()) {
	in := c.cur
	if in == nil || in.state != stateRunning {
		order.terminated(c.spec.Name)
		done()
		return
	}
	in.onExit = append(in.onExit, func() { order.terminated(c.spec.Name) }, done)
	if in.stopping {
		return // already being stopped: wait for that
	}
	in.stopping = true
	g := pw.killGrace(c, why)
	if grace != nil {
		g = *grace
	}
	if msg == "" {
		msg = "Stopping container " + c.spec.Name
	}
	pw.k.event(sim.EventNormal, "Killing", pw.object(), c.spec.Name, msg)
	pw.preStop(c, in, g, func(g time.Duration) {
		order.waitForTurn(pw.k, c.spec.Name, g, func(g time.Duration) { pw.stopContainer(c, in, g) })
	})
}

// preStop is executePreStopHook: it runs the hook for at most the grace
// period and returns the grace left, in whole seconds elapsed.
func (pw *podWorker) preStop(c *ctr, in *instance, grace time.Duration, next func(time.Duration)) {
	h := c.spec.Lifecycle
	if h == nil || h.PreStop == nil || grace <= 0 {
		next(grace)
		return
	}
	start := pw.k.now
	settled := false
	finish := func() {
		if !settled {
			settled = true
			next(grace - (pw.k.now - start).Truncate(time.Second))
		}
	}
	pw.runHook(c, h.PreStop, in, func(msg string, ok bool) {
		if !ok && !settled {
			pw.k.event(sim.EventWarning, "FailedPreStopHook", pw.object(), c.spec.Name, "PreStopHook failed")
		}
		finish()
	})
	if !settled {
		pw.k.after(grace, finish)
	}
}

// stopContainer is the runtime's StopContainer(timeout): the stop signal,
// then SIGKILL after the grace period (never less than 2 s).
func (pw *podWorker) stopContainer(c *ctr, in *instance, grace time.Duration) {
	if in.state != stateRunning {
		return
	}
	if grace < minimumGracePeriod {
		grace = minimumGracePeriod
	}
	pw.k.signalProc(in.proc, stopSignal(c.spec))
	pw.k.after(grace, func() {
		if in.state == stateRunning {
			pw.k.signalProc(in.proc, sim.SIGKILL)
			if in.state == stateRunning { // a runtime that ignored SIGKILL
				pw.containerExited(c, in, sim.Yield{Exited: true, Code: 137, Signal: sim.SIGKILL})
			}
		}
	})
}

// killPod is killPodWithSyncResult: every running container is killed at
// once (sidecars in termination order), then the sandbox is stopped.
func (pw *podWorker) killPod(grace *time.Duration, done func()) {
	var running []*ctr
	for _, c := range pw.all {
		if c.cur != nil && c.cur.state == stateRunning {
			running = append(running, c)
		}
	}
	var order *terminationOrdering
	if pw.countSidecars() > 0 {
		order = newTerminationOrdering(pw, running)
	}
	left := len(running)
	finish := func() {
		pw.k.rt.StopPodSandbox(pw.name)
		pw.sandbox = false
		done()
	}
	if left == 0 {
		finish()
		return
	}
	for _, c := range running {
		pw.killContainer(c, "", reasonUnknownKill, grace, order, func() {
			if left--; left == 0 {
				finish()
			}
		})
	}
}
