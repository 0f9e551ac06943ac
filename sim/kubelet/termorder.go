package kubelet

import (
	"time"
)

// terminationOrdering is kuberuntime_termination_order.go: sidecars get
// their stop signal only after every app container and every later sidecar
// has terminated (so in reverse spec order), each bounded by its grace.
type terminationOrdering struct {
	prereqs map[string][]string // sidecar → containers it waits for
	done    map[string]bool
	waiters []func()
}

// newTerminationOrdering is newTerminationOrdering: containers that are not
// running count as already terminated.
func newTerminationOrdering(pw *podWorker, running []*ctr) *terminationOrdering {
	to := &terminationOrdering{prereqs: map[string][]string{}, done: map[string]bool{}}
	isRunning := map[string]bool{}
	for _, c := range running {
		isRunning[c.spec.Name] = true
	}
	var mains []string
	for _, c := range pw.app {
		mains = append(mains, c.spec.Name)
		to.done[c.spec.Name] = !isRunning[c.spec.Name]
	}
	previous := ""
	for i := len(pw.init) - 1; i >= 0; i-- {
		c := pw.init[i]
		to.done[c.spec.Name] = !isRunning[c.spec.Name]
		if !c.sidecar() {
			continue
		}
		to.prereqs[c.spec.Name] = append([]string{}, mains...)
		if previous != "" {
			to.prereqs[c.spec.Name] = append(to.prereqs[c.spec.Name], previous)
		}
		previous = c.spec.Name
	}
	return to
}

// terminated is containerTerminated.
func (to *terminationOrdering) terminated(name string) {
	if to == nil || to.done[name] {
		return
	}
	to.done[name] = true
	ws := to.waiters
	to.waiters = nil
	for _, w := range ws {
		w()
	}
}

// ready reports whether every prerequisite of name has terminated.
func (to *terminationOrdering) ready(name string) bool {
	for _, p := range to.prereqs[name] {
		if !to.done[p] {
			return false
		}
	}
	return true
}

// waitForTurn waits until name's prerequisites terminated or grace ran out,
// then calls next with the grace left (whole seconds elapsed subtracted).
func (to *terminationOrdering) waitForTurn(k *Kubelet, name string, grace time.Duration, next func(time.Duration)) {
	if to == nil || grace <= 0 || to.ready(name) {
		next(grace)
		return
	}
	start := k.now
	settled := false
	finish := func() {
		if !settled {
			settled = true
			next(grace - (k.now - start).Truncate(time.Second))
		}
	}
	var wait func()
	wait = func() {
		if settled {
			return
		}
		if to.ready(name) {
			finish()
			return
		}
		to.waiters = append(to.waiters, wait)
	}
	to.waiters = append(to.waiters, wait)
	k.after(grace, finish)
}
