package shell

import (
	"runtime"
	"time"

	"github.com/hack-pad/hackpadfs/mem"

	"github.com/podlab/podlab/sim"
)

// The Runtime handle's methods keep the handle alive until they return,
// and the processes they hand out keep it alive too: the cleanup that
// ends a dropped runtime's goroutines must never run while it is in use.

// RunPodSandbox creates the Pod's sandbox: pause, its network and PID
// namespaces, the volumes with the files the engine gives.
func (rt *Runtime) RunPodSandbox(cfg sim.SandboxConfig) error {
	defer runtime.KeepAlive(rt)
	return rt.world.RunPodSandbox(cfg)
}

// StopPodSandbox kills what is left of the Pod's processes and forgets it.
func (rt *Runtime) StopPodSandbox(pod string) {
	defer runtime.KeepAlive(rt)
	rt.world.StopPodSandbox(pod)
}

// CreateContainer makes a fresh container: a copy of its image's files
// with the Pod's volumes mounted (a restart makes a new one).
func (rt *Runtime) CreateContainer(cfg sim.ContainerConfig) error {
	defer runtime.KeepAlive(rt)
	return rt.world.CreateContainer(cfg)
}

// StartContainer returns the container's main process (PID 1); it runs
// from the first Resume on.
func (rt *Runtime) StartContainer(pod, container string, now time.Duration) sim.Process {
	return &handle{rt.world.StartContainer(pod, container, now), rt}
}

// Exec returns a process running argv in the container (probes, hooks,
// kubectl exec); it runs from the first Resume on.
func (rt *Runtime) Exec(pod, container string, argv []string, now time.Duration) sim.Process {
	return &handle{rt.world.Exec(pod, container, argv, now), rt}
}

// UpdateVolume rewrites the files of a projected volume, as the kubelet's
// AtomicWriter does.
func (rt *Runtime) UpdateVolume(pod, volume string, files []sim.VolumeFile, now time.Duration) {
	defer runtime.KeepAlive(rt)
	rt.world.UpdateVolume(pod, volume, files, now)
}

// HTTPGet sends a GET to a server of the Pod, as an httpGet probe does.
func (rt *Runtime) HTTPGet(pod string, req sim.HTTPRequest, now time.Duration) sim.HTTPResponse {
	defer runtime.KeepAlive(rt)
	return rt.world.HTTPGet(pod, req, now)
}

// TCPConnect opens a connection, as a tcpSocket probe does.
func (rt *Runtime) TCPConnect(pod string, port int, now time.Duration) error {
	defer runtime.KeepAlive(rt)
	return rt.world.TCPConnect(pod, port, now)
}

// GRPCCheck calls grpc.health.v1.Health/Check, as a grpc probe does.
func (rt *Runtime) GRPCCheck(pod string, port int, service string, now time.Duration) (bool, error) {
	defer runtime.KeepAlive(rt)
	return rt.world.GRPCCheck(pod, port, service, now)
}

// Listening returns the ports each container listens on now.
func (rt *Runtime) Listening(pod string) map[string][]int {
	defer runtime.KeepAlive(rt)
	return rt.world.Listening(pod)
}

// Processes returns the Pod's process tree now, pause first.
func (rt *Runtime) Processes(pod string) []sim.ProcessInfo {
	defer runtime.KeepAlive(rt)
	return rt.world.Processes(pod)
}

// Woken returns (and forgets) the containers whose main process must be
// resumed now: another process signalled it, or a server logged a request.
// Call it after Exec's processes and HTTP/TCP/gRPC checks.
func (rt *Runtime) Woken(pod string) []string {
	defer runtime.KeepAlive(rt)
	return rt.world.Woken(pod)
}

// Memory returns the bytes a container uses now.
func (rt *Runtime) Memory(pod, container string) int64 {
	defer runtime.KeepAlive(rt)
	return rt.world.Memory(pod, container)
}

// CPU returns the millicores a container uses now, throttled at its limit.
func (rt *Runtime) CPU(pod, container string) int64 {
	defer runtime.KeepAlive(rt)
	return rt.world.CPU(pod, container)
}

// ReadFile returns a file as the container sees it now (termination
// messages, lesson checks).
func (rt *Runtime) ReadFile(pod, container, path string) (string, error) {
	defer runtime.KeepAlive(rt)
	return rt.world.ReadFile(pod, container, path)
}

// HostDir is the node's directory at path, shared by hostPath volumes.
func (rt *Runtime) HostDir(path string) (*mem.FS, error) {
	defer runtime.KeepAlive(rt)
	return rt.world.HostDir(path)
}

// VolumeBytes returns the bytes a Pod's volume holds now.
func (rt *Runtime) VolumeBytes(pod, volume string) int64 {
	defer runtime.KeepAlive(rt)
	return rt.world.VolumeBytes(pod, volume)
}

// Close kills every process still parked, so that their goroutines end.
// Call it when the simulation is over (a dropped Runtime is closed by a
// cleanup too, later).
func (rt *Runtime) Close() {
	defer runtime.KeepAlive(rt)
	rt.world.Close()
}

// handle is a process as the engine holds it: it keeps the Runtime alive.
type handle struct {
	p  sim.Process
	rt *Runtime
}

func (h *handle) Resume(now time.Duration) sim.Yield {
	defer runtime.KeepAlive(h)
	return h.p.Resume(now)
}

func (h *handle) Signal(sig sim.Signal, now time.Duration) sim.Yield {
	defer runtime.KeepAlive(h)
	return h.p.Signal(sig, now)
}
