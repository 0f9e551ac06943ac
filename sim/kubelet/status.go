package kubelet

import (
	"reflect"
	"slices"
	"sort"

	"github.com/podlab/podlab/sim"
)

// apiStatus is the Pod's status as the kubelet last wrote it
// (generateAPIPodStatus); the probers read container IDs from it, as they
// read the status manager's copy.
type apiStatus struct {
	kubelet bool // the kubelet has written a status
	phase   sim.PodPhase
	init    []sim.ContainerStatus // spec order
	app     []sim.ContainerStatus // spec order
	ids     map[string]int        // container name → instance shown
	conds   []condition
}

// publish generates the status from the state found now and hands it to
// the API server (kubelet.go SyncPod → statusManager.SetPodStatus).
func (pw *podWorker) publish(podIsTerminal bool) {
	pw.pub = pw.generate(podIsTerminal)
	pw.emit()
}

// generate is generateAPIPodStatus.
func (pw *podWorker) generate(podIsTerminal bool) apiStatus {
	if !pw.firstSync {
		st := apiStatus{phase: sim.PodPending}
		if pw.schedCond.Type != "" {
			st.conds = []condition{pw.schedCond}
		}
		return st
	}
	st := apiStatus{kubelet: true, ids: map[string]int{}}
	for _, c := range pw.all {
		cs := pw.containerStatus(c)
		if newest, _ := c.shown(); newest != nil {
			st.ids[c.spec.Name] = newest.id
		}
		if c.kind == sim.AppKind {
			st.app = append(st.app, cs)
		} else {
			st.init = append(st.init, cs)
		}
	}
	spec := &pw.pod.Spec
	st.phase = getPhase(pw.policy(), st.init, st.app, len(pw.init), len(pw.app), podIsTerminal, pw.hasInitialized())
	if pw.evicted {
		st.phase = sim.PodFailed // ShouldEvict: the kubelet forces Failed
	}
	if terminalPhase(pw.pub.phase) {
		st.phase = pw.pub.phase // "Pod attempted illegal phase transition"
	}
	cr := containersReadyCondition(spec, st.init, st.app, st.phase)
	ready := podReadyCondition(spec, cr)
	if pw.nodeNotReady() {
		ready = condition{condReady, condFalse, ready.Reason, ready.Message} // MarkPodsNotReady
	}
	rtsc := condition{Type: condReadyToStart, Status: condFalse}
	if pw.sandbox {
		rtsc.Status = condTrue
	}
	st.conds = []condition{rtsc, podInitializedCondition(spec, st.init, st.app, st.phase), ready, cr, pw.schedCond}
	return st
}

// hasInitialized is HasAnyActiveRegularContainerStarted: an app container
// of the current sandbox exists.
func (pw *podWorker) hasInitialized() bool {
	for _, c := range pw.app {
		if c.cur != nil && c.cur.visible && pw.sandbox {
			return true
		}
	}
	return false
}

// emit appends a status line when anything a reader sees changed.
func (pw *podWorker) emit() {
	s := pw.apiView()
	if pw.emitted != nil {
		prev := *pw.emitted
		prev.At = s.At
		if reflect.DeepEqual(prev, s) {
			return
		}
	}
	pw.emitted = &s
	pw.k.tl.Statuses = append(pw.k.tl.Statuses, s)
}

// apiView is the Pod as kubectl sees it now: the kubelet's last status
// plus what the API server and controllers own (deletion, reason).
func (pw *podWorker) apiView() sim.PodStatus {
	st := pw.pub
	s := sim.PodStatus{At: pw.k.now, Pod: pw.name, Namespace: pw.ns, Node: pw.node, Phase: st.phase,
		Reason: pw.reason, Deleting: pw.deleting, Deleted: pw.gone, QOSClass: pw.qosClass(), LastRestart: -1}
	if st.kubelet {
		s.IP = pw.ip
	}
	s.Conditions = pw.conditions(append(append([]condition{}, st.conds...), pw.extraConds...))
	s.Containers = append(append([]sim.ContainerStatus{}, st.init...), st.app...)
	pw.fillPorts(s.Containers)
	out := printPod(pw.printInput(st))
	s.Status, s.Ready, s.Restarts, s.LastRestart = out.Status, out.Ready, out.Restarts, out.LastRestart
	return s
}

// printInput is the Pod as printPod reads it.
func (pw *podWorker) printInput(st apiStatus) printInput {
	app := append([]sim.ContainerStatus{}, st.app...)
	// SortedContainerStatuses: the API holds containerStatuses by name.
	sort.SliceStable(app, func(i, j int) bool { return app[i].Name < app[j].Name })
	in := printInput{Phase: st.phase, Reason: pw.reason, Deleting: pw.deleting,
		NumInit: len(pw.init), NumApp: len(pw.app), Init: st.init, App: app}
	if st.init == nil {
		// before the kubelet's first status there are no container
		// statuses; READY still counts the sidecars of the spec.
		in.NumApp += pw.countSidecars()
	}
	for _, c := range st.conds {
		switch {
		case c.Type == condPodScheduled && c.Reason == reasonSchedulingGated:
			in.Gated = true
		case c.Type == condInitialized && c.Status == condTrue:
			in.Initialized = true
		case c.Type == condReady && c.Status == condTrue:
			in.PodReady = true
		}
	}
	return in
}

func (pw *podWorker) countSidecars() int {
	n := 0
	for _, c := range pw.init {
		if c.sidecar() {
			n++
		}
	}
	return n
}

// conditions stamps lastTransitionTime: it changes only when the status
// flips.
func (pw *podWorker) conditions(conds []condition) []sim.Condition {
	var out []sim.Condition
	for _, c := range conds {
		if c.Type == "" {
			continue
		}
		sc := sim.Condition{Type: c.Type, Status: c.Status, Reason: c.Reason, Message: c.Message, LastTransitionTime: pw.k.now}
		if old, ok := pw.condSeen[c.Type]; ok && old.Status == c.Status {
			sc.LastTransitionTime = old.LastTransitionTime
		}
		pw.condSeen[c.Type] = sc
		out = append(out, sc)
	}
	return out
}

// fillPorts sets the ports each running container listens on now, and
// the memory it uses when the runtime can say.
func (pw *podWorker) fillPorts(cs []sim.ContainerStatus) {
	if !pw.sandbox {
		return
	}
	ports := pw.k.rt.Listening(pw.name)
	meter, _ := pw.k.rt.(memoryMeter)
	for i := range cs {
		if cs[i].State == sim.Running {
			cs[i].Ports = ports[cs[i].Name]
			if meter != nil {
				cs[i].Memory = meter.Memory(pw.name, cs[i].Name)
			}
		}
	}
}

// memoryMeter is a runtime that reports a container's memory use, as the
// CRI's ContainerStats does (working set bytes, from the cgroup).
type memoryMeter interface {
	Memory(pod, container string) int64
}

// memoryStep is the change in a container's memory use that earns a
// status line of its own: enough to watch a memory eater climb towards
// its limit without a line per allocation.
const memoryStep = 1 << 20

// portsFollow records a status line when the ports the Pod's processes
// listen on, or the memory a container uses, moved since the last line. Podlab's status carries them for
// the stage (the API's containerStatuses do not); a server binds when its
// process runs, not when the kubelet next syncs, so the kubelet's own
// status updates would show them late (a minute late, at syncFrequency).
func (pw *podWorker) portsFollow() {
	if pw.emitted == nil || !pw.sandbox {
		return
	}
	now := pw.k.rt.Listening(pw.name)
	meter, _ := pw.k.rt.(memoryMeter)
	for _, c := range pw.emitted.Containers {
		if c.State != sim.Running {
			continue
		}
		moved := !slices.Equal(c.Ports, now[c.Name])
		if meter != nil {
			d := meter.Memory(pw.name, c.Name) - c.Memory
			moved = moved || d >= memoryStep || d <= -memoryStep
		}
		if moved {
			pw.emit()
			return
		}
	}
}

// qosClass is status.qosClass, set once at admission (the resources of a
// Pod do not change here).
func (pw *podWorker) qosClass() string {
	if pw.qos == "" {
		pw.qos = GetPodQOS(pw.pod)
	}
	return pw.qos
}
