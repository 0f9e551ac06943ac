package kubelet

import (
	"fmt"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
)

// instance is one run of a container (one container ID): created, running,
// exited. A restart creates a new instance.
type instance struct {
	id           int
	restartCount int
	state        runtimeState
	visible      bool // the sync that started it finished (postStart done)
	startedAt    time.Duration
	finishedAt   time.Duration
	exitCode     int
	signal       int
	reason       string
	message      string
	proc         *procRun
	logs         lineBuffer
	probe        [3]probeResult // by probeIndex
	stopping     bool
	onExit       []func()
}

// ctr is one container of the Pod's spec and its instances.
type ctr struct {
	spec *api.Container
	kind sim.ContainerKind
	idx  int         // index in initContainers or containers
	cur  *instance   // the newest instance
	hist []*instance // every instance, oldest first
}

func (c *ctr) sidecar() bool { return c.kind == sim.SidecarKind }

// state is the runtime view of the newest instance.
func (c *ctr) view() ctrView {
	if c.cur == nil {
		return ctrView{}
	}
	return ctrView{state: c.cur.state, exitCode: c.cur.exitCode,
		startup: c.cur.probe[probeIndex(sim.Startup)], liveness: c.cur.probe[probeIndex(sim.Liveness)]}
}

// reasonEntry is one reasonCache entry: why the last start failed.
type reasonEntry struct{ reason, message string }

// podWorker is one Pod: the API object's state and the kubelet's pod
// worker for it.
type podWorker struct {
	k          *Kubelet
	pod        *api.Pod
	name, ns   string
	uid        string
	index      int
	node       string
	nodeIdx    int
	hostIP     string
	ip         string
	scheduled  bool
	seenAt     time.Duration // when the kubelet first saw the Pod (bound to its node)
	schedCond  condition
	init, app  []*ctr
	all        []*ctr
	instSeq    int
	sandbox    bool // a ready sandbox exists
	sandboxes  int  // sandboxes created so far
	firstSync  bool
	startTime  time.Duration
	hasStart   bool
	volumes    bool // volumes are set up
	mountTries int
	vols       []sim.VolumeConfig

	syncing     bool
	run         *syncRun // the sync in flight
	pendingSync bool
	requeueGen  int
	plegAt      time.Duration
	plegPending bool

	reasons      map[string]reasonEntry
	crashBackOff *backOff
	imageBackOff *backOff
	pullErrors   map[string]string
	workers      []*probeWorker

	deleting       bool
	grace          time.Duration
	terminated     bool // SyncTerminatingPod finished
	gone           bool // removed from the API server
	nodeLost       bool
	markedNotReady bool
	evicted        bool        // ShouldEvict said yes (active deadline): phase Failed
	extraConds     []condition // conditions the kubelet does not own (DisruptionTarget)
	reason         string      // status.reason
	message        string

	qos      string
	pub      apiStatus
	emitted  *sim.PodStatus
	condSeen map[string]sim.Condition
}

func newPodWorker(k *Kubelet, p *api.Pod, index int) *podWorker {
	pw := &podWorker{k: k, pod: p, name: p.Name, ns: p.Namespace, index: index,
		reasons: map[string]reasonEntry{}, pullErrors: map[string]string{},
		crashBackOff: newBackOff(initialCrashLoopBackOff, maxCrashLoopBackOff),
		imageBackOff: newBackOff(imageBackOffPeriod, maxImageBackOff),
		condSeen:     map[string]sim.Condition{}, plegAt: -1}
	if pw.ns == "" {
		pw.ns = "default"
	}
	pw.uid = PodUID(p)
	for i := range p.Spec.InitContainers {
		c := &ctr{spec: &p.Spec.InitContainers[i], kind: sim.InitKind, idx: i}
		if isSidecar(c.spec) {
			c.kind = sim.SidecarKind
		}
		pw.init = append(pw.init, c)
	}
	for i := range p.Spec.Containers {
		pw.app = append(pw.app, &ctr{spec: &p.Spec.Containers[i], kind: sim.AppKind, idx: i})
	}
	pw.all = append(append([]*ctr{}, pw.init...), pw.app...)
	return pw
}

func (pw *podWorker) object() string { return "pod/" + pw.name }

// podRef is the "name_namespace(uid)" format.Pod uses in kubelet messages.
func (pw *podWorker) podRef() string { return fmt.Sprintf("%s_%s(%s)", pw.name, pw.ns, pw.uid) }

// policy is spec.restartPolicy (Always when the defaulting did not run).
func (pw *podWorker) policy() api.RestartPolicy {
	if pw.pod.Spec.RestartPolicy == "" {
		return api.RestartAlways
	}
	return pw.pod.Spec.RestartPolicy
}

// gracePeriod is spec.terminationGracePeriodSeconds (default 30; negative
// becomes 1, as the API server mutates it).
func (pw *podWorker) gracePeriod() time.Duration {
	g := pw.pod.Spec.TerminationGracePeriodSeconds
	switch {
	case g == nil:
		return 30 * time.Second
	case *g < 0:
		return time.Second
	}
	return time.Duration(*g) * time.Second
}

func (pw *podWorker) findCtr(name string) *ctr {
	for _, c := range pw.all {
		if c.spec.Name == name {
			return c
		}
	}
	return nil
}

// state is the runtime's view of the Pod for computePodActions.
func (pw *podWorker) state() podState {
	st := podState{sandboxReady: pw.sandbox, sandboxAttempt: pw.sandboxes, deleting: pw.deleting}
	for _, c := range pw.init {
		st.init = append(st.init, c.view())
	}
	for _, c := range pw.app {
		st.app = append(st.app, c.view())
	}
	return st
}

// active reports whether the kubelet still works on this Pod.
func (pw *podWorker) active() bool { return !pw.gone && !pw.nodeLost }

// fieldPath is the event's container reference (spec.containers{NAME}).
func (c *ctr) fieldPath() string {
	if c.kind == sim.AppKind {
		return "spec.containers{" + c.spec.Name + "}"
	}
	return "spec.initContainers{" + c.spec.Name + "}"
}
