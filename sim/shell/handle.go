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

func (rt *Runtime) RunPodSandbox(cfg sim.SandboxConfig) error {
	defer runtime.KeepAlive(rt)
	return rt.world.RunPodSandbox(cfg)
}

func (rt *Runtime) StopPodSandbox(pod string) {
	defer runtime.KeepAlive(rt)
	rt.world.StopPodSandbox(pod)
}

func (rt *Runtime) CreateContainer(cfg sim.ContainerConfig) error {
	defer runtime.KeepAlive(rt)
	return rt.world.CreateContainer(cfg)
}

func (rt *Runtime) StartContainer(pod, container string, now time.Duration) sim.Process {
	return &handle{rt.world.StartContainer(pod, container, now), rt}
}

func (rt *Runtime) Exec(pod, container string, argv []string, now time.Duration) sim.Process {
	return &handle{rt.world.Exec(pod, container, argv, now), rt}
}

func (rt *Runtime) UpdateVolume(pod, volume string, files []sim.VolumeFile, now time.Duration) {
	defer runtime.KeepAlive(rt)
	rt.world.UpdateVolume(pod, volume, files, now)
}

func (rt *Runtime) HTTPGet(pod string, req sim.HTTPRequest, now time.Duration) sim.HTTPResponse {
	defer runtime.KeepAlive(rt)
	return rt.world.HTTPGet(pod, req, now)
}

func (rt *Runtime) TCPConnect(pod string, port int, now time.Duration) error {
	defer runtime.KeepAlive(rt)
	return rt.world.TCPConnect(pod, port, now)
}

func (rt *Runtime) GRPCCheck(pod string, port int, service string, now time.Duration) (bool, error) {
	defer runtime.KeepAlive(rt)
	return rt.world.GRPCCheck(pod, port, service, now)
}

func (rt *Runtime) Listening(pod string) map[string][]int {
	defer runtime.KeepAlive(rt)
	return rt.world.Listening(pod)
}

func (rt *Runtime) Processes(pod string) []sim.ProcessInfo {
	defer runtime.KeepAlive(rt)
	return rt.world.Processes(pod)
}

func (rt *Runtime) Woken(pod string) []string {
	defer runtime.KeepAlive(rt)
	return rt.world.Woken(pod)
}

func (rt *Runtime) Memory(pod, container string) int64 {
	defer runtime.KeepAlive(rt)
	return rt.world.Memory(pod, container)
}

func (rt *Runtime) CPU(pod, container string) int64 {
	defer runtime.KeepAlive(rt)
	return rt.world.CPU(pod, container)
}

func (rt *Runtime) ReadFile(pod, container, path string) (string, error) {
	defer runtime.KeepAlive(rt)
	return rt.world.ReadFile(pod, container, path)
}

func (rt *Runtime) HostDir(path string) (*mem.FS, error) {
	defer runtime.KeepAlive(rt)
	return rt.world.HostDir(path)
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
