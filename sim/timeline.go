package sim

import (
	"sort"
	"time"
)

// Timeline is everything a simulation produced, in time order. The engine
// appends to it as virtual time advances; readers index into it. A Timeline
// is a plain value: copying the slices is enough to share it.
type Timeline struct {
	Events   []Event
	Statuses []PodStatus // one per change of any field, per Pod
	Logs     []LogLine
	Files    []FileChange
	Probes   []ProbeResult
	Notes    []Note // things the learner should know: fields not simulated, step budgets hit
	Horizon  time.Duration
}

// EventType is Normal or Warning, as in core/v1.
type EventType string

const (
	EventNormal  EventType = "Normal"
	EventWarning EventType = "Warning"
)

// Event is one Kubernetes event as `kubectl events` would list it.
type Event struct {
	At        time.Duration `json:"-"`
	Type      EventType     `json:"type"`
	Reason    string        `json:"reason"`
	Object    string        `json:"object"`              // "pod/liveness-exec", "node/node-1"
	Container string        `json:"container,omitempty"` // the fieldPath's container, if any
	Message   string        `json:"message"`
}

// PodPhase mirrors core/v1 PodPhase.
type PodPhase string

const (
	PodPending   PodPhase = "Pending"
	PodRunning   PodPhase = "Running"
	PodSucceeded PodPhase = "Succeeded"
	PodFailed    PodPhase = "Failed"
	PodUnknown   PodPhase = "Unknown"
)

// PodStatus is one status line: the Pod as the API server holds it from At
// until the next line of the same Pod.
type PodStatus struct {
	At          time.Duration
	Pod         string
	Namespace   string
	Node        string
	IP          string
	Phase       PodPhase
	Reason      string        // status.reason (NodeLost, Evicted, ...)
	Status      string        // the STATUS column of kubectl get pods
	Ready       string        // the READY column, "1/2"
	Restarts    int           // the RESTARTS number without "(… ago)"
	LastRestart time.Duration // finishedAt of the newest lastState; -1 when none
	Deleting    bool          // deletionTimestamp is set
	Deleted     bool          // the Pod is gone from the API server (kubectl get: NotFound); the rest is its last status
	QOSClass    string
	Conditions  []Condition
	Containers  []ContainerStatus // init containers (spec order), then app containers (spec order)
}

// Condition mirrors core/v1 PodCondition.
type Condition struct {
	Type               string
	Status             string // "True", "False", "Unknown"
	Reason             string
	Message            string
	LastTransitionTime time.Duration
}

// ContainerKind tells init, sidecar (restartable init) and app containers
// apart; the infra (pause) container is drawn by the page as InfraKind.
type ContainerKind string

const (
	InfraKind   ContainerKind = "infra"
	InitKind    ContainerKind = "init"
	SidecarKind ContainerKind = "sidecar"
	AppKind     ContainerKind = "app"
)

// ContainerState is waiting, running or terminated, as in core/v1.
type ContainerState string

const (
	Waiting    ContainerState = "waiting"
	Running    ContainerState = "running"
	Terminated ContainerState = "terminated"
)

// ContainerStatus mirrors core/v1 ContainerStatus, with times as offsets.
type ContainerStatus struct {
	Name         string
	Kind         ContainerKind
	Image        string
	State        ContainerState
	Reason       string
	Message      string
	ExitCode     *int // set when State is Terminated
	Signal       int
	StartedAt    time.Duration
	FinishedAt   time.Duration
	Ready        bool
	Started      bool
	RestartCount int
	LastState    *Termination  // the previous instance, if it terminated
	BackOffUntil time.Duration // > 0 while a restart waits in back-off
	Ports        []int         // ports this container listens on now
	Memory       int64         // bytes in use now
}

// Termination is a terminated container instance.
type Termination struct {
	ExitCode   int
	Signal     int
	Reason     string
	Message    string
	StartedAt  time.Duration
	FinishedAt time.Duration
}

// Stream tells stdout from stderr.
type Stream string

const (
	Stdout Stream = "stdout"
	Stderr Stream = "stderr"
)

// LogLine is one line a container wrote, as `kubectl logs` shows it.
type LogLine struct {
	At        time.Duration
	Pod       string
	Container string
	Attempt   int // restartCount of the instance that wrote it; --previous reads Attempt-1
	Stream    Stream
	Text      string // without the trailing newline
}

// FileOp says what happened to a file.
type FileOp string

const (
	FileWrite  FileOp = "write"
	FileRemove FileOp = "remove"
	FileMkdir  FileOp = "mkdir"
)

// FileChange records a write into a volume or a container's root
// filesystem, so the page can show files appearing at the time they do.
type FileChange struct {
	At        time.Duration
	Pod       string
	Volume    string // volume name; "" for the container's own root filesystem
	Container string // the container whose root filesystem it is, or which wrote it
	Path      string // absolute, as the writing container sees it
	VolPath   string // relative to the volume root, when Volume != ""
	Op        FileOp
	Size      int64
	Content   string // the first 4 KiB, for the file browser
}

// ProbeKind is liveness, readiness or startup.
type ProbeKind string

const (
	Liveness  ProbeKind = "liveness"
	Readiness ProbeKind = "readiness"
	Startup   ProbeKind = "startup"
)

// ProbeResult is one probe run; the page draws it as a pulse.
type ProbeResult struct {
	At        time.Duration
	Pod       string
	Container string
	Kind      ProbeKind
	OK        bool
	Output    string
}

// Note is something the simulator wants the learner to know that is not a
// Kubernetes event: a field it accepted but does not simulate, a loop stopped
// by the step budget.
type Note struct {
	At      time.Duration
	Pod     string
	Field   string // field path, for "not simulated" notes
	Message string
}

// StatusAt returns the status line of pod in effect at t (the last one with
// At <= t), or false when the Pod did not exist yet.
func (tl *Timeline) StatusAt(pod string, t time.Duration) (PodStatus, bool) {
	var got PodStatus
	ok := false
	for _, s := range tl.Statuses[:upTo(len(tl.Statuses), func(i int) bool { return tl.Statuses[i].At > t })] {
		if s.Pod == pod {
			got, ok = s, true
		}
	}
	return got, ok
}

// EventsUntil returns the events that happened at or before t.
func (tl *Timeline) EventsUntil(t time.Duration) []Event {
	return tl.Events[:upTo(len(tl.Events), func(i int) bool { return tl.Events[i].At > t })]
}

// upTo is sort.Search over time-ordered records: the number of records
// before the first one for which after(i) holds.
func upTo(n int, after func(int) bool) int {
	return sort.Search(n, after)
}
