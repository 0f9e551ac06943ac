package shell

import (
	"fmt"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/hack-pad/hackpadfs"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/images"
)

// container is one instance of a container: a restart creates a new one
// with a fresh root filesystem; the volumes stay.
type container struct {
	pod   *pod
	cfg   sim.ContainerConfig
	img   images.Image
	fs    *cfs
	env   []string
	pids  *pidns
	main  *proc
	procs []*proc // running: main and execs
	alloc int64   // bytes allocated by memory eaters (stress, dd to tmpfs)
	// snapshot numbers the container's upper overlay directory (mount):
	// containerd prepares a new one for every container it creates.
	snapshot int
}

// CreateContainer makes a fresh container from its image with the Pod's
// volumes mounted.
func (rt *world) CreateContainer(cfg sim.ContainerConfig) error {
	p := rt.pods[cfg.Pod]
	if p == nil {
		return fmt.Errorf("pod %q has no sandbox", cfg.Pod)
	}
	img, err := image(cfg.Image)
	if err != nil {
		return err
	}
	rt.snapshots++
	c := &container{pod: p, cfg: cfg, img: img, snapshot: 100 + rt.snapshots}
	if c.fs, err = rt.rootFS(p, img, cfg); err != nil {
		return err
	}
	c.env = containerEnv(img, cfg, p.sb.Hostname)
	c.pids = p.pids
	if !p.sb.SharePIDs {
		c.pids = &pidns{}
	}
	if old := p.containers[cfg.Name]; old != nil {
		old.killAll()
		delete(rt.links, old.fs.root) // its root filesystem is gone
	} else {
		p.order = append(p.order, cfg.Name)
	}
	p.containers[cfg.Name] = c
	return nil
}

// rootFS copies the image's files into a new in-memory filesystem, adds
// what the kubelet bind-mounts (/etc/hosts, /etc/hostname,
// /etc/resolv.conf, /dev/termination-log) and mounts the volumes.
func (rt *world) rootFS(p *pod, img images.Image, cfg sim.ContainerConfig) (*cfs, error) {
	lower, err := rt.imageLayer(img.Family, img.Files)
	if err != nil {
		return nil, err
	}
	now := rt.cfg.Epoch
	root, err := newOverlay(lower, now)
	if err != nil {
		return nil, err
	}
	etc := map[string]string{"etc/hosts": p.sb.Hosts, "etc/hostname": p.sb.Hostname + "\n", "etc/resolv.conf": p.sb.ResolvConf, "dev/termination-log": ""}
	for _, name := range sortedKeys(etc) {
		if err := mkdirAllAt(root, path.Dir(name), now); err != nil {
			return nil, err
		}
		_ = hackpadfs.WriteFullFile(root, name, []byte(etc[name]), 0o644)
		_ = hackpadfs.Chtimes(root, name, now, now)
	}
	f := &cfs{root: root, links: rt.links}
	for _, m := range cfg.Mounts {
		v := p.vols[m.Volume]
		if v == nil {
			return nil, fmt.Errorf("volume %q not found", m.Volume)
		}
		mp := path.Clean("/" + m.Path)
		_ = mkdirAllAt(root, rel(mp), now) // runc makes the mount point
		mnt := mountPoint{path: mp, vol: v, sub: rel(m.SubPath), ro: m.ReadOnly}
		if mnt.sub != "." {
			mnt.sub, mnt.fsys = rt.subPath(v, mnt.sub, now)
		}
		f.mounts = append(f.mounts, mnt)
	}
	sort.SliceStable(f.mounts, func(i, j int) bool { return len(f.mounts[i].path) > len(f.mounts[j].path) })
	return f, nil
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// containerEnv is the process environment containerd builds: the image's
// PATH first, HOSTNAME, the kubelet's variables (which win), the rest of the
// image's, and HOME when nobody set it (containerd's CRI plugin,
// container_create_linux.go: oci.WithEnv(image env), then HOSTNAME and the
// config's envs; runc adds HOME for the user).
func containerEnv(img images.Image, cfg sim.ContainerConfig, hostname string) []string {
	set := map[string]bool{}
	for _, kv := range cfg.Env {
		k, _, _ := strings.Cut(kv, "=")
		set[k] = true
	}
	var env []string
	add := func(kv string) {
		k, _, _ := strings.Cut(kv, "=")
		if !set[k] {
			env = append(env, kv)
			set[k] = true
		}
	}
	for _, kv := range img.Env {
		if strings.HasPrefix(kv, "PATH=") {
			add(kv)
		}
	}
	add("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
	add("HOSTNAME=" + hostname)
	env = append(env, cfg.Env...)
	for _, kv := range img.Env {
		add(kv)
	}
	add("HOME=/root")
	return env
}

// StartContainer creates the container's main process; it runs from the
// first Resume on.
func (rt *world) StartContainer(pod, name string, now time.Duration) sim.Process {
	c, err := rt.lookup(pod, name)
	if err != nil {
		return failed(err)
	}
	argv := c.cfg.Command
	if len(argv) == 0 {
		argv = append(append([]string{}, c.img.Entrypoint...), c.img.Cmd...)
	}
	p := c.newProc(false, argv, now)
	c.main = p
	return p
}

// Exec runs argv in the container, as an exec probe, hook or kubectl exec.
func (rt *world) Exec(pod, name string, argv []string, now time.Duration) sim.Process {
	c, err := rt.lookup(pod, name)
	if err != nil {
		return failed(err)
	}
	if c.main != nil && c.main.exited {
		return failed(fmt.Errorf("failed to exec in container: container is in CONTAINER_EXITED state"))
	}
	return c.newProc(true, argv, now)
}

// ReadFile returns a file as the container sees it now (lesson checks:
// "tomcat can read /usr/local/tomcat/webapps/sample.war").
func (rt *world) ReadFile(pod, container, path string) (string, error) {
	c, err := rt.lookup(pod, container)
	if err != nil {
		return "", err
	}
	data, err := c.fs.readFile(abspath("/", path))
	if err != nil {
		return "", fmt.Errorf("%s: %s", path, errText(err))
	}
	return string(data), nil
}

func (c *container) newProc(exec bool, argv []string, now time.Duration) *proc {
	p := &proc{c: c, exec: exec, now: now, inline: exec && len(argv) > 0 && inlineSafe[baseName(argv[0])]}
	ppid := 0
	p.main = p.newTask(nil, func(t *task) int { return t.runMain(argv) })
	p.main.pid = c.pids.add(ppid, c.cfg.Name, strings.Join(argv, " "))
	c.procs = append(c.procs, p)
	return p
}

// processEnded forgets a process that exited: its PIDs and its listeners.
func (c *container) processEnded(p *proc) {
	for i, q := range c.procs {
		if q == p {
			c.procs = append(c.procs[:i], c.procs[i+1:]...)
			break
		}
	}
	for _, t := range p.tasks {
		c.pids.remove(t.pid)
	}
	c.pod.rt.netOf(c.pod).release(p)
	if p == c.main {
		c.alloc = 0
	}
}

func (c *container) killAll() {
	for len(c.procs) > 0 {
		p := c.procs[0]
		if p.exited {
			c.processEnded(p)
			continue
		}
		p.die(sim.SIGKILL, "")
	}
}

// now is the wall-clock time at the process's virtual now.
func (p *proc) wall() time.Time { return p.c.pod.rt.cfg.Epoch.Add(p.now) }

// failedProc is the process of a container the runtime could not start.
type failedProc struct{ err error }

func failed(err error) sim.Process { return failedProc{err} }

func (f failedProc) Resume(time.Duration) sim.Yield {
	return sim.Yield{Exited: true, Code: 128, Reason: "StartError", Note: f.err.Error()}
}

func (f failedProc) Signal(sim.Signal, time.Duration) sim.Yield { return f.Resume(0) }
