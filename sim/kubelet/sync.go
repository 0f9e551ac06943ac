package kubelet

import (
	"github.com/podlab/podlab/sim"
)

// Sync-result reasons (pkg/kubelet/container/sync_result.go, images/types.go).
const (
	reasonCrashLoopBackOff   = "CrashLoopBackOff"
	reasonPostStartHookError = "PostStartHookError"
	reasonCreateConfigError  = "CreateContainerConfigError"
	reasonCreateError        = "CreateContainerError"
	reasonRunContainerError  = "RunContainerError"
	reasonErrImagePull       = "ErrImagePull"
	reasonImagePullBackOff   = "ImagePullBackOff"
	reasonErrImageNeverPull  = "ErrImageNeverPull"
)

// requestSync asks the pod worker for a sync; one requested while another
// runs is run right after it (pod_workers.go: the pending update).
func (pw *podWorker) requestSync() {
	if !pw.active() || pw.terminated || !pw.scheduled {
		return
	}
	if pw.syncing {
		pw.pendingSync = true
		return
	}
	pw.syncing = true
	pw.requeueGen++
	if pw.deleting || pw.evicted {
		pw.syncTerminatingPod()
		return
	}
	pw.syncPod()
}

// syncDone ends a sync and requeues the Pod: after backOffPeriod when the
// sync failed, after resyncInterval otherwise (pod_workers.go completeWork).
func (pw *podWorker) syncDone(failed bool) {
	pw.syncing = false
	pw.run = nil
	if !pw.active() || pw.terminated {
		return
	}
	if pw.pendingSync {
		pw.pendingSync = false
		pw.k.after(0, pw.requestSync)
		return
	}
	d := resyncInterval
	if failed {
		d = backOffPeriod
	}
	gen := pw.requeueGen
	pw.k.after(pw.k.jitter(d), func() {
		if pw.requeueGen == gen {
			pw.requestSync()
		}
	})
}

// plegEvent is a container start or exit seen by the next PLEG relist,
// which triggers a sync (pleg/generic.go relist, every second).
func (pw *podWorker) plegEvent() {
	at := nextTick(pw.k.now, plegRelistPeriod)
	if pw.plegPending && pw.plegAt == at {
		return
	}
	pw.plegPending, pw.plegAt = true, at
	pw.k.schedule(at, func() {
		if pw.plegAt == at {
			pw.plegPending = false
		}
		pw.requestSync()
	})
}

// syncPod is kubelet.go SyncPod for a Pod that is not being deleted: write
// the status found now, mount volumes, start the probe workers, then
// kuberuntime SyncPod.
func (pw *podWorker) syncPod() {
	pw.firstSync = true
	if !pw.hasStart {
		pw.hasStart, pw.startTime = true, pw.k.now
		pw.watchActiveDeadline()
	}
	pw.publish(false)
	if terminalPhase(pw.pub.phase) {
		pw.syncTerminatingPod() // SyncPod returned isTerminal
		return
	}
	if !pw.mountVolumes() {
		pw.syncDone(true)
		return
	}
	if len(pw.workers) == 0 {
		pw.addProbeWorkers()
	}
	r := &syncRun{pw: pw, acts: computePodActions(&pw.pod.Spec, pw.state()), exited: pw.lastExits(),
		results: map[string]*reasonEntry{}}
	pw.run = r
	r.start()
}

// lastExits is, per container, the newest exited instance in the runtime
// status the sync started from: doBackOff looks at it, even when the sync
// itself kills the running instance first (liveness restarts).
func (pw *podWorker) lastExits() map[*ctr]*instance {
	m := map[*ctr]*instance{}
	for _, c := range pw.all {
		for i := len(c.hist) - 1; i >= 0; i-- {
			if c.hist[i].state == stateExited {
				m[c] = c.hist[i]
				break
			}
		}
	}
	return m
}

// syncRun is one kuberuntime SyncPod: its steps run one after the other,
// each possibly waiting on the virtual clock.
type syncRun struct {
	pw      *podWorker
	acts    podActions
	exited  map[*ctr]*instance
	results map[string]*reasonEntry // container → start error (nil: started)
	failed  bool
	aborted bool
	steps   []func(next func())
}

// start builds the steps in kuberuntime SyncPod's order: kill the pod or
// the containers to kill, create the sandbox, start init containers, start
// app containers.
func (r *syncRun) start() {
	pw, a := r.pw, r.acts
	if a.KillPod {
		r.steps = append(r.steps, func(next func()) { pw.killPod(nil, next) })
	} else {
		for _, ki := range a.ToKill {
			c := pw.ctrOf(ki.init, ki.idx)
			r.steps = append(r.steps, func(next func()) { pw.killContainer(c, ki.message, ki.reason, nil, nil, next) })
		}
	}
	if a.CreateSandbox {
		r.steps = append(r.steps, r.createSandbox)
	}
	for _, i := range a.InitToStart {
		c := pw.init[i]
		r.steps = append(r.steps, func(next func()) { r.startOne(c, !c.sidecar(), next) })
	}
	for _, i := range a.AppToStart {
		c := pw.app[i]
		r.steps = append(r.steps, func(next func()) { r.startOne(c, false, next) })
	}
	r.next()
}

// next runs the next step, or ends the sync.
func (r *syncRun) next() {
	if r.aborted {
		return
	}
	if len(r.steps) == 0 || !r.pw.active() {
		r.finish()
		return
	}
	s := r.steps[0]
	r.steps = r.steps[1:]
	s(r.next)
}

// startOne starts c; a regular init container that fails to start ends the
// sync's starts ("a failure to start a regular init container aborts the
// rest"), a sidecar's failure is skipped.
func (r *syncRun) startOne(c *ctr, stopOnError bool, next func()) {
	r.pw.startContainer(r, c, func(err *reasonEntry) {
		r.results[c.spec.Name] = err
		if err != nil {
			r.failed = true
			if stopOnError {
				r.steps = nil
			}
		}
		next()
	})
}

// finish is the end of SyncPod: reasonCache.Update, then the requeue.
func (r *syncRun) finish() {
	pw := r.pw
	for name, err := range r.results {
		if err == nil {
			delete(pw.reasons, name)
		} else {
			pw.reasons[name] = *err
		}
	}
	pw.syncDone(r.failed)
}

// abort cancels the sync (a deletion arrived): steps in flight stop at
// their next callback.
func (r *syncRun) abort() {
	r.aborted = true
	r.steps = nil
}

func (pw *podWorker) ctrOf(init bool, idx int) *ctr {
	if init {
		return pw.init[idx]
	}
	return pw.app[idx]
}

// createSandbox is createPodSandbox: the infra (pause) container, the
// network namespace and the Pod IP.
func (r *syncRun) createSandbox(next func()) {
	pw := r.pw
	pw.k.after(sandboxStartup, func() {
		if r.aborted {
			return
		}
		pw.sandboxes++
		if pw.ip == "" {
			pw.ip = podIP(pw.nodeIdx, pw.index)
		}
		if err := pw.k.rt.RunPodSandbox(pw.sandboxConfig()); err != nil {
			pw.k.event(sim.EventWarning, "FailedCreatePodSandBox", pw.object(), "", "Failed to create pod sandbox: "+err.Error())
			r.failed, r.steps = true, nil
			next()
			return
		}
		pw.sandbox = true
		pw.plegEvent() // the relist sees the new sandbox
		next()
	})
}
