package kubelet

import (
	"container/heap"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/images"
)

// Options are the knobs of one simulation.
type Options struct {
	// DeleteAt deletes the Pods then, as kubectl delete does (preStop,
	// SIGTERM, grace period, SIGKILL).
	DeleteAt *time.Duration
	// NodeLostAt makes the node stop reporting then (§9: node lifecycle
	// controller marks the Pods not ready, the taint manager evicts them).
	NodeLostAt *time.Duration
	// MaxSteps bounds the queue steps of the whole run (the runaway guard);
	// 0 means DefaultMaxSteps.
	MaxSteps int
	// Rand, when set, jitters the pod worker's requeues as wait.Jitter does.
	// nil means no jitter: every run of the same input is identical.
	Rand *rand.Rand
	// Preloaded lists images already present on the node (as written in a
	// spec); any other image is pulled on first use.
	Preloaded []string
	// Notes are appended to the timeline at t=0 (fields accepted but not
	// simulated).
	Notes []sim.Note
	// Images resolves image references; nil means images.Lookup, the
	// catalogue. Tests pass a fixed catalogue.
	Images func(ref string) (images.Image, bool)
}

// DefaultMaxSteps is the default runaway guard: far more than a 10-minute
// run of any lesson needs.
const DefaultMaxSteps = 2_000_000

// Kubelet simulates the control plane's part (API server, scheduler, node
// lifecycle controller) and one kubelet per node, for the Pods in objs.
// It is not safe for concurrent use.
type Kubelet struct {
	now    time.Duration
	seq    uint64
	queue  timers
	rt     sim.Runtime
	opts   Options
	objs   api.Objects
	tl     sim.Timeline
	pods   []*podWorker
	steps  int
	halted bool
	images map[string]bool // images present on the node, by reference
}

// New prepares the simulation of objs (already defaulted and validated) at
// t=0: the Pods are created, then scheduled.
func New(objs api.Objects, rt sim.Runtime, opts Options) *Kubelet {
	if opts.MaxSteps <= 0 {
		opts.MaxSteps = DefaultMaxSteps
	}
	if opts.Images == nil {
		opts.Images = images.Lookup
	}
	k := &Kubelet{rt: rt, opts: opts, objs: objs, images: map[string]bool{}}
	k.tl.Notes = append(k.tl.Notes, opts.Notes...)
	for _, ref := range opts.Preloaded {
		k.images[ref] = true
	}
	// the ServiceAccount admission plugin runs before the Pod is stored
	k.objs.Pods = make([]api.Pod, len(objs.Pods))
	for i, p := range objs.Pods {
		k.objs.Pods[i] = AdmitServiceAccount(p)
	}
	nodes := clusterNodes(objs)
	for i := range objs.Pods {
		pw := newPodWorker(k, &k.objs.Pods[i], i)
		k.pods = append(k.pods, pw)
		k.schedule(0, pw.create)
		k.schedule(schedulingLatency, func() { pw.bind(nodes) })
	}
	if opts.DeleteAt != nil {
		k.schedule(*opts.DeleteAt, k.deleteAll)
	}
	if opts.NodeLostAt != nil {
		k.schedule(*opts.NodeLostAt, k.loseNode)
	}
	return k
}

// Now is the virtual time of the last step.
func (k *Kubelet) Now() time.Duration { return k.now }

// Step runs the next piece of work; it reports false when there is none
// left or the step budget is spent.
func (k *Kubelet) Step() bool {
	if k.halted || len(k.queue) == 0 {
		return false
	}
	k.steps++
	if k.steps > k.opts.MaxSteps {
		k.halted = true
		k.tl.Notes = append(k.tl.Notes, sim.Note{At: k.now, Message: fmt.Sprintf(
			"simulation stopped after %d steps at %v: something loops without waiting", k.opts.MaxSteps, k.now)})
		return false
	}
	t := heap.Pop(&k.queue).(timer)
	k.now = t.at
	t.fn()
	return true
}

// RunUntil steps through all work due at or before t, then sets the clock
// (and the timeline's horizon) to t.
func (k *Kubelet) RunUntil(t time.Duration) {
	for len(k.queue) > 0 && k.queue[0].at <= t && k.Step() {
	}
	if t > k.now {
		k.now = t
	}
	if t > k.tl.Horizon {
		k.tl.Horizon = t
	}
}

// Next is the time of the next piece of work, or false when there is none.
func (k *Kubelet) Next() (time.Duration, bool) {
	if k.halted || len(k.queue) == 0 {
		return 0, false
	}
	return k.queue[0].at, true
}

// Timeline is what has been simulated so far; the engine appends to it.
// The caller must not modify it.
func (k *Kubelet) Timeline() *sim.Timeline { return &k.tl }

// Steps is the number of queue steps run so far.
func (k *Kubelet) Steps() int { return k.steps }

// jitter is wait.Jitter(d, 0.5) when Options.Rand is set, else d.
func (k *Kubelet) jitter(d time.Duration) time.Duration {
	if k.opts.Rand == nil {
		return d
	}
	return d + time.Duration(k.opts.Rand.Float64()*0.5*float64(d))
}

// event appends a Kubernetes event.
func (k *Kubelet) event(typ sim.EventType, reason, object, container, msg string) {
	k.tl.Events = append(k.tl.Events, sim.Event{At: k.now, Type: typ, Reason: reason,
		Object: object, Container: container, Message: msg})
}

func (k *Kubelet) pod(name string) *podWorker {
	for _, pw := range k.pods {
		if pw.name == name {
			return pw
		}
	}
	return nil
}
