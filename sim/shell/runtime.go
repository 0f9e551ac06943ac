package shell

import (
	"fmt"
	"runtime"
	"sort"
	"time"

	"github.com/hack-pad/hackpadfs"
	"github.com/hack-pad/hackpadfs/mem"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/images"
)

// Config are the runtime's limits and constants.
type Config struct {
	// MaxSteps is how many shell statements a process may run without
	// sleeping before it is stopped ("a loop without sleep?"); 0: 50,000
	// (about 0.1 s natively, 0.3-0.5 s in wasm under node).
	MaxSteps int
	// TotalSteps caps the statements of one process over its life, so a
	// busy loop with a tiny sleep cannot hang the page; 0: 500,000.
	TotalSteps int
	// SliceSteps is how often a busy process is preempted, and SliceCost
	// the virtual CPU time each slice costs; 0: 5,000 and 5ms.
	SliceSteps int
	SliceCost  time.Duration
	// Epoch is the wall-clock time at virtual time 0 (date, ls -l, logs);
	// zero: sim.Epoch, the moment kubectl gives as the Pod's creation.
	Epoch time.Time
	// Node is the node's name (uname -n with hostNetwork).
	Node string
	// Seed seeds $RANDOM and /dev/urandom.
	Seed uint64
	// Layers shares images' lower layers with other runtimes; nil: this
	// runtime builds its own.
	Layers *Layers
}

func (c Config) withDefaults() Config {
	if c.MaxSteps <= 0 {
		c.MaxSteps = 50_000
	}
	if c.TotalSteps <= 0 {
		c.TotalSteps = 500_000
	}
	if c.SliceSteps <= 0 {
		c.SliceSteps = 5_000
	}
	if c.SliceCost <= 0 {
		c.SliceCost = 5 * time.Millisecond
	}
	if c.Epoch.IsZero() {
		c.Epoch = sim.Epoch()
	}
	if c.Node == "" {
		c.Node = "node-1"
	}
	return c
}

// Runtime is Podlab's container runtime: Pods' sandboxes, containers with
// in-memory filesystems, processes running in mvdan.cc/sh, and the
// simulated network between them. It is not safe for concurrent use.
//
// Parked processes are goroutines. Close ends them; a Runtime that is
// dropped without Close ends them too, through a cleanup: the goroutines
// hold only the world inside, never the Runtime handle.
type Runtime struct {
	*world
}

// world is the runtime's state.
type world struct {
	cfg       Config
	pods      map[string]*pod
	hostPaths map[string]*mem.FS
	woken     map[string][]string
	nodeNet   *netns // the node's namespace, shared by hostNetwork Pods
	rngSeq    uint64
	layers    map[string]*mem.FS // image families' lower layers
	snapshots int                // containers created (their overlay snapshots)
	links     linkTables         // symbolic links, by filesystem
}

var _ sim.Runtime = (*Runtime)(nil)

// New returns an empty runtime.
func New(cfg Config) *Runtime {
	w := &world{cfg: cfg.withDefaults(), pods: map[string]*pod{}, hostPaths: map[string]*mem.FS{}, woken: map[string][]string{}, layers: map[string]*mem.FS{}, links: linkTables{}}
	rt := &Runtime{w}
	runtime.AddCleanup(rt, func(w *world) { w.Close() }, w)
	return rt
}

// pod is one sandbox: the network and (maybe shared) PID namespace, the
// volumes, the containers.
type pod struct {
	rt         *world
	sb         sim.SandboxConfig
	vols       map[string]*volume
	containers map[string]*container
	order      []string
	net        *netns
	pids       *pidns // the shared namespace, or pause's own
}

// volume is one of the Pod's volumes; emptyDir contents live as long as
// the Pod (across container restarts).
type volume struct {
	cfg    sim.VolumeConfig
	fs     *mem.FS
	writes int // AtomicWriter generations
}

// RunPodSandbox creates the Pod's sandbox: pause, its network namespace
// and the volumes.
func (rt *world) RunPodSandbox(cfg sim.SandboxConfig) error {
	p := &pod{rt: rt, sb: cfg, vols: map[string]*volume{}, containers: map[string]*container{}}
	p.net = &netns{pod: p}
	p.pids = &pidns{}
	p.pids.add(0, "", "/pause")
	for _, vc := range cfg.Volumes {
		v, err := rt.newVolume(vc)
		if err != nil {
			return err
		}
		p.vols[vc.Name] = v
	}
	rt.pods[cfg.Pod] = p
	return nil
}

func (rt *world) newVolume(vc sim.VolumeConfig) (*volume, error) {
	if vc.Kind == "hostPath" {
		fsys, err := rt.HostDir(vc.HostPath)
		return &volume{cfg: vc, fs: fsys}, err
	}
	fsys, err := mem.NewFS()
	if err != nil {
		return nil, err
	}
	// A fresh mem.FS root has no x bit and the wall clock's mtime. The
	// emptyDir underneath is made 0777 (empty_dir.go setupDir); a tmpfs
	// mounted without mode= has a root of 1777 (mm/shmem.c
	// shmem_parse_options' default), drwxrwxrwt.
	v := &volume{cfg: vc, fs: fsys}
	mode := 0o777 | hackpadfs.ModeDir
	if v.tmpfs() {
		mode |= hackpadfs.ModeSticky
	}
	if err := hackpadfs.Chmod(fsys, ".", mode); err != nil {
		return nil, err
	}
	if err := hackpadfs.Chtimes(fsys, ".", rt.cfg.Epoch, rt.cfg.Epoch); err != nil {
		return nil, err
	}
	v.setFiles(vc.Files, rt.cfg.Epoch, rt.links)
	return v, nil
}

// StopPodSandbox kills what is left of the Pod's processes.
func (rt *world) StopPodSandbox(pod string) {
	p := rt.pods[pod]
	if p == nil {
		return
	}
	for _, name := range p.order {
		p.containers[name].killAll()
		delete(rt.links, p.containers[name].fs.root)
	}
	for _, v := range p.vols {
		if v.cfg.Kind != "hostPath" { // a node's directory outlives the Pod
			delete(rt.links, v.fs)
		}
	}
	delete(rt.pods, pod)
}

// Close kills every process still parked, so that their goroutines end.
// Call it when the simulation is over.
func (rt *world) Close() {
	names := make([]string, 0, len(rt.pods))
	for n := range rt.pods {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		rt.StopPodSandbox(n)
	}
}

// UpdateVolume rewrites a projected volume's files, as the AtomicWriter
// does on a sync that finds them changed (see setFiles).
func (rt *world) UpdateVolume(pod, volume string, files []sim.VolumeFile, now time.Duration) {
	p := rt.pods[pod]
	if p == nil || p.vols[volume] == nil {
		return
	}
	p.vols[volume].setFiles(files, rt.cfg.Epoch.Add(now), rt.links)
}

// Woken returns (and forgets) the containers of pod whose main process
// must be resumed now because another process signalled it (kill 1 in an
// exec, nginx -s quit in a preStop hook). The engine calls it after each
// exec or hook and resumes those main processes at the current time.
func (rt *world) Woken(pod string) []string {
	w := rt.woken[pod]
	delete(rt.woken, pod)
	return w
}

func (rt *world) wake(c *container) {
	pod := c.pod.sb.Pod
	for _, n := range rt.woken[pod] {
		if n == c.cfg.Name {
			return
		}
	}
	rt.woken[pod] = append(rt.woken[pod], c.cfg.Name)
}

func (rt *world) lookup(pod, container string) (*container, error) {
	p := rt.pods[pod]
	if p == nil {
		return nil, fmt.Errorf("pod %q has no sandbox", pod)
	}
	c := p.containers[container]
	if c == nil {
		return nil, fmt.Errorf("container %q not found in pod %q", container, pod)
	}
	return c, nil
}

// image resolves an image reference; the engine pulled it already.
func image(ref string) (images.Image, error) {
	img, ok := images.Lookup(ref)
	if !ok {
		return img, fmt.Errorf("image %q not found", ref)
	}
	return img, nil
}
