package sim

import "time"

// Runtime is the container runtime the kubelet engine drives: the world
// inside the Pods, with their filesystems, processes and network. It plays
// the part the CRI (containerd, CRI-O) plays for a real kubelet.
//
// The engine owns virtual time: it calls Resume when a process asked to be
// woken, and it never lets two processes run at once. A Runtime must be
// deterministic: the same calls in the same order give the same results.
// A Runtime serves one simulation and is not safe for concurrent use.
type Runtime interface {
	// RunPodSandbox creates the Pod's sandbox: the infra (pause) container,
	// its network namespace with the Pod IP, and the Pod's volumes, filled
	// with the files the engine computed (configMap, secret, downwardAPI...).
	RunPodSandbox(cfg SandboxConfig) error
	// StopPodSandbox tears the sandbox down; its processes are gone.
	StopPodSandbox(pod string)

	// CreateContainer makes a fresh container: a writable copy of its
	// image's root filesystem, with the Pod's volumes mounted.
	CreateContainer(cfg ContainerConfig) error
	// StartContainer starts the container's main process (PID 1) at now.
	StartContainer(pod, container string, now time.Duration) Process
	// Exec runs argv inside a running (or created) container: exec probes,
	// exec hooks, kubectl exec.
	Exec(pod, container string, argv []string, now time.Duration) Process
	// UpdateVolume rewrites the files of a projected volume (a label
	// changed, so the downward API file follows).
	UpdateVolume(pod, volume string, files []VolumeFile, now time.Duration)

	// HTTPGet, TCPConnect and GRPCCheck reach the servers the Pod's
	// processes listen on, from the node, at the Pod IP.
	HTTPGet(pod string, req HTTPRequest, now time.Duration) HTTPResponse
	TCPConnect(pod string, port int, now time.Duration) error
	GRPCCheck(pod string, port int, service string, now time.Duration) (serving bool, err error)

	// Listening returns the ports each container listens on now.
	Listening(pod string) map[string][]int
	// Processes returns the Pod's process tree now, as pstree -g shows it.
	Processes(pod string) []ProcessInfo
}

// Process is one run of a command inside a container. The engine calls
// Resume at the instant the process last asked to wake at; Resume returns
// when the process blocks again or exits. Signal delivers a signal at now:
// the process may ignore it (a shell as PID 1 without a trap), handle it or
// die of it. Both return a Yield whose Sleep counts from now: a process
// that ignored the signal reports what is left of the wait it was in (the
// engine drops the wake-up it had scheduled and uses this one).
type Process interface {
	Resume(now time.Duration) Yield
	Signal(sig Signal, now time.Duration) Yield
}

// Signal is the signal number, as in Linux.
type Signal int

const (
	SIGKILL Signal = 9
	SIGTERM Signal = 15
)

// Forever is the Sleep of a process that waits for nothing the clock
// brings: `sleep infinity`, a server waiting for connections.
const Forever time.Duration = 1<<63 - 1

// Yield is what a process did between two calls.
type Yield struct {
	Output []Output      // what it wrote to stdout and stderr since the last call
	Files  []FileChange  // what it wrote to disk since the last call (At is filled by the runtime)
	Sleep  time.Duration // when not exited: wake me after this long (Forever: never)
	Exited bool
	Code   int    // exit code; 128+n when killed by signal n
	Signal Signal // the signal that killed it, if any
	Reason string // OOMKilled, or "" (the engine says Completed/Error)
	Note   string // for the learner: "stopped after 100000 steps: a loop without sleep?"
	// Message is the container's termination message when the runtime
	// could not start it (Reason StartError): runc's "exec: \"foo\":
	// executable file not found in $PATH".
	Message string
}

// Output is a chunk a process wrote.
type Output struct {
	Stream Stream
	Data   string
}

// SandboxConfig is what the runtime needs to build a Pod's sandbox.
type SandboxConfig struct {
	Pod         string
	Namespace   string
	UID         string
	Hostname    string
	IP          string
	HostNetwork bool
	SharePIDs   bool   // shareProcessNamespace
	Hosts       string // /etc/hosts as the kubelet writes it
	ResolvConf  string
	Volumes     []VolumeConfig
}

// VolumeConfig is one of the Pod's volumes, already resolved by the engine.
type VolumeConfig struct {
	Name      string
	Kind      string // emptyDir, hostPath, configMap, secret, downwardAPI, projected
	ReadOnly  bool   // the source is read-only (configMap, secret, downwardAPI, projected)
	Memory    bool   // emptyDir medium Memory (tmpfs)
	SizeLimit int64  // bytes; 0 for none
	HostPath  string
	Files     []VolumeFile
}

// VolumeFile is a file the engine puts into a volume.
type VolumeFile struct {
	Path    string // relative to the volume root
	Content string
	Mode    uint32
}

// ContainerConfig is what the runtime needs to create a container.
type ContainerConfig struct {
	Pod           string
	Name          string
	Image         string   // as written in the spec
	Command       []string // resolved argv: image entrypoint/cmd merged with command/args, $(VAR) expanded
	Env           []string // KEY=value, in the order the kubelet sets them
	WorkingDir    string
	Mounts        []Mount
	MemoryLimit   int64 // bytes; 0 for none
	CPULimitMilli int64
	TTY, Stdin    bool
}

// Mount is a volumeMount.
type Mount struct {
	Volume   string
	Path     string
	SubPath  string
	ReadOnly bool
}

// HTTPRequest is an httpGet probe or hook.
type HTTPRequest struct {
	Host    string // "" means the Pod IP
	Port    int
	Path    string
	Scheme  string
	Headers map[string]string
}

// HTTPResponse is what the server answered, or the error reaching it.
type HTTPResponse struct {
	Code int
	Body string
	Err  error // "connection refused" and the like
}

// ProcessInfo is one process in a Pod's tree.
type ProcessInfo struct {
	PID       int
	PPID      int
	PGID      int
	Container string // "" for pause
	Command   string
}
