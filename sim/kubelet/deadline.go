package kubelet

import (
	"time"

	"github.com/podlab/podlab/sim"
)

// Active deadline (pkg/kubelet/active_deadline.go).
const (
	reasonDeadlineExceeded  = "DeadlineExceeded"
	messageDeadlineExceeded = "Pod was active on the node longer than the specified deadline"
)

// watchActiveDeadline arms activeDeadlineSeconds, counted from
// status.startTime (the first sync).
func (pw *podWorker) watchActiveDeadline() {
	ads := pw.pod.Spec.ActiveDeadlineSeconds
	if ads == nil || *ads <= 0 {
		return
	}
	pw.k.schedule(pw.startTime+time.Duration(*ads)*time.Second, pw.deadlineExceeded)
}

// deadlineExceeded is activeDeadlineHandler.ShouldEvict saying yes: the
// phase becomes Failed with reason DeadlineExceeded, then the Pod's
// containers are killed as for a terminating Pod.
func (pw *podWorker) deadlineExceeded() {
	if !pw.active() || pw.terminated || pw.deleting || terminalPhase(pw.pub.phase) {
		return
	}
	pw.k.event(sim.EventNormal, reasonDeadlineExceeded, pw.object(), "", messageDeadlineExceeded)
	pw.reason, pw.message, pw.evicted = reasonDeadlineExceeded, messageDeadlineExceeded, true
	if pw.run != nil {
		pw.run.abort()
		pw.syncing, pw.run = false, nil
	}
	pw.requestSync()
}
