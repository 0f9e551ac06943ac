package kubelet

import (
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
)

// probeKinds in the order workers are created.
var probeKinds = [...]sim.ProbeKind{sim.Liveness, sim.Readiness, sim.Startup}

func probeIndex(k sim.ProbeKind) int {
	switch k {
	case sim.Readiness:
		return 1
	case sim.Startup:
		return 2
	}
	return 0
}

// probeTitle is probeType.String() as the Unhealthy event prints it.
func probeTitle(k sim.ProbeKind) string {
	return map[sim.ProbeKind]string{sim.Liveness: "Liveness", sim.Readiness: "Readiness", sim.Startup: "Startup"}[k]
}

// initialValue is the result a worker stores when it first sees a
// container (worker.go newWorker).
func initialValue(k sim.ProbeKind) probeResult {
	switch k {
	case sim.Readiness:
		return resultFailure
	case sim.Liveness:
		return resultSuccess
	}
	return resultUnknown
}

// probeParams are a probe's timings with the API defaults applied
// (defaults.go SetDefaults_Probe), for a spec that skipped defaulting.
type probeParams struct {
	delay, period, timeout time.Duration
	success, failure       int
}

func paramsOf(p *api.Probe) probeParams {
	or := func(v, def int32) int32 {
		if v <= 0 {
			return def
		}
		return v
	}
	return probeParams{
		delay:   time.Duration(max(p.InitialDelaySeconds, 0)) * time.Second,
		period:  time.Duration(or(p.PeriodSeconds, 10)) * time.Second,
		timeout: time.Duration(or(p.TimeoutSeconds, 1)) * time.Second,
		success: int(or(p.SuccessThreshold, 1)),
		failure: int(or(p.FailureThreshold, 3)),
	}
}

// probeTransition is the threshold rule at the end of worker.go doProbe:
// consecutive identical results are counted, and the stored result changes
// only once failureThreshold failures or successThreshold successes ran.
func probeTransition(last probeResult, run int, result probeResult, successThreshold, failureThreshold int) (newLast probeResult, newRun int, store bool) {
	if last == result {
		run++
	} else {
		last, run = result, 1
	}
	if (result == resultFailure && run < failureThreshold) || (result == resultSuccess && run < successThreshold) {
		return last, run, false
	}
	return last, run, true
}

// probeWorker is prober/worker.go's worker: one per container and probe
// kind, ticking every periodSeconds from the Pod's first sync.
type probeWorker struct {
	pw          *podWorker
	c           *ctr
	kind        sim.ProbeKind
	spec        *api.Probe
	p           probeParams
	containerID int
	lastResult  probeResult
	resultRun   int
	onHold      bool
	stopped     bool
	busy        bool // a probe is in flight
	pendingRun  bool // a tick or trigger arrived while busy (the ticker's one buffered tick)
	triggered   bool // a manual trigger is queued (manualTriggerCh holds one)
	lastRun     time.Duration
	ran         bool
}

// addProbeWorkers is prober_manager.go AddPod: workers for app containers
// and sidecars, started at the Pod's first sync.
func (pw *podWorker) addProbeWorkers() {
	for _, c := range pw.all {
		if c.kind == sim.InitKind {
			continue
		}
		for _, kind := range probeKinds {
			if spec := probeSpec(c.spec, kind); spec != nil {
				w := &probeWorker{pw: pw, c: c, kind: kind, spec: spec, p: paramsOf(spec)}
				pw.workers = append(pw.workers, w)
				pw.k.after(0, w.tick)
			}
		}
	}
}

func probeSpec(c *api.Container, kind sim.ProbeKind) *api.Probe {
	switch kind {
	case sim.Liveness:
		return c.LivenessProbe
	case sim.Readiness:
		return c.ReadinessProbe
	}
	return c.StartupProbe
}

// worker returns the live worker of c for kind, or nil.
func (pw *podWorker) worker(c *ctr, kind sim.ProbeKind) *probeWorker {
	for _, w := range pw.workers {
		if w.c == c && w.kind == kind && !w.stopped {
			return w
		}
	}
	return nil
}

// tick is one tick of the worker's ticker: doProbe, then the next tick.
func (w *probeWorker) tick() {
	if w.stopped || !w.pw.active() {
		return
	}
	w.run()
	w.pw.k.after(w.p.period, w.tick)
}

// manualTrigger is a non-blocking send on manualTriggerCh (capacity 1): an
// extra doProbe now that does not move the ticker. Triggers at the instant
// the worker already probed collapse into that run: it would see the same.
func (w *probeWorker) manualTrigger() {
	if w.triggered {
		return
	}
	w.triggered = true
	w.pw.k.after(0, func() {
		w.triggered = false
		if !w.stopped && w.pw.active() && !(w.ran && w.lastRun == w.pw.k.now) {
			w.run()
		}
	})
}

func (w *probeWorker) run() {
	if w.busy {
		w.pendingRun = true
		return
	}
	w.doProbe()
}

// stop ends the worker and drops its result (worker.go run's deferred
// cleanup).
func (w *probeWorker) stop() {
	if w.stopped {
		return
	}
	w.stopped = true
	if in := w.instance(); in != nil {
		in.probe[probeIndex(w.kind)] = resultNone
	}
}

// instance is the container instance the worker probes.
func (w *probeWorker) instance() *instance {
	for i := len(w.c.hist) - 1; i >= 0; i-- {
		if w.c.hist[i].id == w.containerID {
			return w.c.hist[i]
		}
	}
	return nil
}

// doProbe is worker.go doProbe, reading the container from the status the
// kubelet last wrote.
func (w *probeWorker) doProbe() {
	cs, ok := w.target()
	if !ok || !w.due(cs) {
		return
	}
	pw := w.pw
	w.busy, w.ran, w.lastRun = true, true, pw.k.now
	pw.runProbe(w.c, w.kind, w.spec, w.p.timeout, func(res probeResult, out string) {
		w.busy = false
		w.finish(res)
		if w.pendingRun && !w.stopped {
			w.pendingRun = false
			w.run()
		}
	})
}

// target is doProbe's first steps: the container's status in the Pod's
// last status, a new container ID resetting the worker (initial value,
// off hold); false when there is nothing to probe.
func (w *probeWorker) target() (sim.ContainerStatus, bool) {
	st := w.pw.pub
	if !st.kubelet {
		return sim.ContainerStatus{}, false
	}
	if terminalPhase(st.phase) {
		w.stop() // the worker exits with the Pod
		return sim.ContainerStatus{}, false
	}
	id, ok := st.ids[w.c.spec.Name]
	if !ok {
		return sim.ContainerStatus{}, false
	}
	if w.containerID != id {
		w.containerID = id
		w.set(initialValue(w.kind))
		w.onHold = false
	}
	cs, _ := findStatus(append(append([]sim.ContainerStatus{}, st.init...), st.app...), w.c.spec.Name)
	return cs, !w.onHold
}

// due is the rest of doProbe's checks before probing: a container that is
// not running fails, a deleted Pod's liveness/startup workers stop, the
// initial delay counts from the container's start (also with a startup
// probe: docs and code disagree, §17.1), and a startup probe runs only
// until the container is started, the others only after.
func (w *probeWorker) due(cs sim.ContainerStatus) bool {
	pw := w.pw
	switch {
	case cs.State != sim.Running:
		w.set(resultFailure)
		if cs.State == sim.Terminated && pw.policy() == api.RestartNever && !w.c.sidecar() {
			w.stop()
		}
		return false
	case pw.deleting && w.kind != sim.Readiness:
		w.set(resultSuccess)
		w.stop()
		return false
	case int64((pw.k.now-cs.StartedAt)/time.Second) < int64(w.p.delay/time.Second):
		return false
	}
	return cs.Started != (w.kind == sim.Startup)
}

// finish applies the thresholds to a probe result.
func (w *probeWorker) finish(res probeResult) {
	if w.stopped {
		return
	}
	var store bool
	w.lastResult, w.resultRun, store = probeTransition(w.lastResult, w.resultRun, res, w.p.success, w.p.failure)
	if !store {
		return
	}
	w.set(res)
	if w.kind != sim.Readiness && res == resultFailure {
		// the container will be restarted: stop probing until a new
		// container ID appears
		w.onHold, w.resultRun = true, 0
	}
}

// set is resultsManager.Set: a changed result is sent to the kubelet's sync
// loop, which updates the status (readiness, startup) and syncs the Pod.
func (w *probeWorker) set(r probeResult) {
	in := w.instance()
	if in == nil {
		return
	}
	i := probeIndex(w.kind)
	if in.probe[i] == r {
		return
	}
	in.probe[i] = r
	pw := w.pw
	pw.k.after(0, func() {
		if !pw.active() {
			return
		}
		if w.kind != sim.Liveness {
			pw.publish(false) // SetContainerReadiness / SetContainerStartup
		}
		pw.requestSync() // handleProbeSync
	})
}
