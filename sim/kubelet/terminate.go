package kubelet

import (
	"fmt"
	"time"

	"github.com/podlab/podlab/sim"
)

// deleteAll is kubectl delete for every Pod.
func (k *Kubelet) deleteAll() {
	for _, pw := range k.pods {
		pw.delete(pw.gracePeriod())
	}
}

// delete is the API server's graceful deletion: deletionTimestamp and
// deletionGracePeriodSeconds are set; a Pod no kubelet runs goes at once.
func (pw *podWorker) delete(grace time.Duration) {
	if pw.gone || pw.deleting {
		return
	}
	pw.deleting, pw.grace = true, grace
	pw.emit()
	switch {
	case pw.nodeLost:
		return // nobody will confirm the termination: Terminating for good
	case !pw.scheduled, pw.terminated:
		pw.remove()
		return
	}
	if pw.run != nil {
		pw.run.abort() // the kill update cancels the sync in flight
		pw.syncing, pw.run = false, nil
	}
	pw.requestSync()
}

// syncTerminatingPod is kubelet.go SyncTerminatingPod: stop the liveness
// and startup probes, kill every container (preStop, ordering, grace),
// stop the sandbox, then write the terminal phase. A deleted Pod is then
// removed from the API server.
func (pw *podWorker) syncTerminatingPod() {
	pw.firstSync = true
	pw.publish(false)
	for _, w := range pw.workers {
		if w.kind != sim.Readiness {
			w.stop() // StopLivenessAndStartup
		}
	}
	var grace *time.Duration
	if pw.deleting {
		grace = &pw.grace
	}
	pw.killPod(grace, func() {
		for _, w := range pw.workers {
			w.stop()
		}
		pw.terminated = true
		pw.syncing = false
		pw.publish(true)
		if pw.deleting {
			pw.remove()
		}
	})
}

// remove is the final delete once the kubelet reported the terminal
// status: the object is gone.
func (pw *podWorker) remove() {
	pw.gone = true
	pw.emit()
}

// loseNode stops the node of the first Pod: its kubelet goes silent. After
// the node monitor grace period the node lifecycle controller marks the
// node NotReady and its Pods not ready (MarkPodsNotReady); after the
// unreachable taint's tolerationSeconds the taint eviction controller adds
// DisruptionTarget and deletes them (tainteviction/taint_eviction.go
// addConditionAndDeletePod). No kubelet confirms the termination, so the
// Pods stay Terminating. (Before taint-based eviction, the node controller's
// DeletePods set status.reason NodeLost, which kubectl prints as Unknown;
// printPod keeps that rule.)
func (k *Kubelet) loseNode() {
	node := ""
	for _, pw := range k.pods {
		if pw.scheduled {
			node = pw.node
			break
		}
	}
	if node == "" {
		return
	}
	for _, pw := range k.pods {
		if pw.node == node && !pw.gone {
			pw.nodeLost = true
		}
	}
	notReady := nextTick(k.now+nodeMonitorGracePeriod-time.Nanosecond, nodeMonitorPeriod)
	k.schedule(notReady, func() { k.nodeNotReady(node) })
	k.schedule(notReady+defaultTolerationSeconds, func() { k.evict(node) })
}

func (k *Kubelet) nodeNotReady(node string) {
	k.event(sim.EventNormal, "NodeNotReady", "node/"+node, "", fmt.Sprintf("Node %s status is now: NodeNotReady", node))
	for _, pw := range k.pods {
		if pw.node == node && pw.nodeLost && !pw.gone {
			pw.markedNotReady = true
			k.event(sim.EventWarning, "NodeNotReady", pw.object(), "", "Node is not ready")
			pw.pub = pw.generateLost()
			pw.emit()
		}
	}
}

// generateLost is the last status with Ready turned False, as
// MarkPodsNotReady patches it.
func (pw *podWorker) generateLost() apiStatus {
	st := pw.pub
	conds := append([]condition{}, st.conds...)
	for i, c := range conds {
		if c.Type == condReady {
			conds[i].Status = condFalse
		}
	}
	st.conds = conds
	return st
}

func (k *Kubelet) evict(node string) {
	for _, pw := range k.pods {
		if pw.node == node && pw.nodeLost && !pw.gone && !pw.deleting {
			k.event(sim.EventNormal, "TaintManagerEviction", pw.object(), "", fmt.Sprintf("Marking for deletion Pod %s/%s", pw.ns, pw.name))
			pw.extraConds = append(pw.extraConds, condition{condDisruptionTarget, condTrue,
				"DeletionByTaintManager", "Taint manager: deleting due to NoExecute taint"})
			pw.delete(pw.gracePeriod())
		}
	}
}

// nodeNotReady reports whether the node lifecycle controller marked the
// Pod not ready.
func (pw *podWorker) nodeNotReady() bool { return pw.markedNotReady }
