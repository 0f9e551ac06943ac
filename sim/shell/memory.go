package shell

import (
	"fmt"
	"io/fs"

	"github.com/hack-pad/hackpadfs"
	"math/rand/v2"
	"strings"

	"github.com/podlab/podlab/sim"
)

// procRSS is what a small process (a shell, a busybox applet) keeps
// resident; servers add their own footprint through allocate.
const procRSS = 512 << 10

// Memory returns the bytes a container uses now: its processes, what its
// memory eaters allocated and the tmpfs pages it wrote (the kernel charges
// them to the writer's cgroup).
func (rt *world) Memory(pod, container string) int64 {
	c, err := rt.lookup(pod, container)
	if err != nil {
		return 0
	}
	return c.usage()
}

// VolumeBytes returns the bytes the files of a Pod's volume take now (the
// kubelet compares an emptyDir's usage with its sizeLimit).
func (rt *world) VolumeBytes(pod, volume string) int64 {
	p := rt.pods[pod]
	if p == nil || p.vols[volume] == nil {
		return 0
	}
	var n int64
	_ = hackpadfs.WalkDir(p.vols[volume].fs, ".", func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

// CPU returns the millicores a container uses now: busy loops and CPU
// burners, throttled at its limit (the CFS quota).
func (rt *world) CPU(pod, container string) int64 {
	c, err := rt.lookup(pod, container)
	if err != nil {
		return 0
	}
	var m int64
	for _, p := range c.procs {
		m += p.burn
		for _, t := range p.tasks {
			if t.spinning && !t.done {
				m += 1000
			}
		}
	}
	if lim := c.cfg.CPULimitMilli; lim > 0 && m > lim {
		m = lim
	}
	return m
}

func (c *container) usage() int64 {
	n := c.alloc
	for _, p := range c.procs {
		n += procRSS + p.mem
	}
	return n
}

// allocate charges n bytes to the container's memory cgroup. Past the
// limit, the kernel's OOM killer ends the container (cgroup v2: the whole
// group is killed; the runtime reports OOMKilled, exit 137). It reports
// false when the allocation killed the container.
func (e *cmdEnv) allocate(n int64) bool {
	c := e.c
	c.alloc += n
	if c.cfg.MemoryLimit <= 0 || c.usage() <= c.cfg.MemoryLimit {
		return true
	}
	if c.main != nil && !c.main.exited {
		c.main.oom = true
		if e.t.p != c.main {
			c.pod.rt.wake(c)
		}
	}
	if e.t.p != c.main {
		e.t.p.oom = true
	}
	e.t.killed = true
	return false
}

// charge accounts a write into a memory-backed emptyDir (tmpfs pages
// are charged to the writer's memory cgroup).
func (e *cmdEnv) charge(abs string, n int64) {
	if _, _, m := e.c.fs.resolve(abs); m != nil && m.vol.cfg.Memory {
		e.allocate(n)
	}
}

func (c *container) uncharge(abs string, n int64) {
	if _, _, m := c.fs.resolve(abs); m != nil && m.vol.cfg.Memory {
		c.alloc = max(0, c.alloc-n)
	}
}

func (c *container) meminfo() string {
	total := int64(8 << 30)
	if c.cfg.MemoryLimit > 0 {
		// /proc/meminfo is not namespaced: it shows the node's memory,
		// a classic surprise; the limit is in the cgroup files.
		_ = c.cfg.MemoryLimit
	}
	free := total - c.usage() - (1 << 30)
	return fmt.Sprintf("MemTotal:       %8d kB\nMemFree:        %8d kB\nMemAvailable:   %8d kB\n", total>>10, free>>10, free>>10)
}

// randomBytes is /dev/urandom: deterministic, from the runtime's seed.
func (rt *world) randomBytes(n int) []byte {
	rt.rngSeq++
	r := rand.New(rand.NewPCG(rt.cfg.Seed, rt.rngSeq))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// random is the next $RANDOM (0..32767) or $SRANDOM of the process,
// from a generator seeded by the Pod, container and PID.
func (p *proc) random(which string) uint32 {
	if p.rng == nil {
		e := &cmdEnv{c: p.c, pid: p.main.pid}
		p.rng = rand.New(rand.NewPCG(p.c.pod.rt.seed(e), uint64(p.main.pid)))
	}
	if which == "SRANDOM" {
		return p.rng.Uint32()
	}
	return uint32(p.rng.IntN(32768))
}

// seed is $RANDOM's seed for a shell: from the runtime's seed, the Pod,
// the container and the PID, so reruns give the same numbers.
func (rt *world) seed(e *cmdEnv) uint64 {
	h := rt.cfg.Seed
	for _, c := range e.c.pod.sb.Pod + "/" + e.c.cfg.Name {
		h = h*31 + uint64(c)
	}
	return (h*31 + uint64(e.pid)) % 32768
}

// parseSize reads 150M, 150Mi, 10Mi, 1G, 4096, 1k.
func parseSize(s string) (int64, bool) {
	s = strings.TrimSpace(s)
	mult := int64(1)
	suffixes := []struct {
		s string
		m int64
	}{{"Ki", 1 << 10}, {"Mi", 1 << 20}, {"Gi", 1 << 30}, {"KB", 1000}, {"MB", 1000_000}, {"GB", 1000_000_000},
		{"K", 1 << 10}, {"k", 1 << 10}, {"M", 1 << 20}, {"m", 1 << 20}, {"G", 1 << 30}, {"g", 1 << 30}, {"B", 1}, {"b", 512}}
	for _, suf := range suffixes {
		if strings.HasSuffix(s, suf.s) {
			s, mult = strings.TrimSuffix(s, suf.s), suf.m
			break
		}
	}
	var n float64
	if _, err := fmt.Sscan(s, &n); err != nil || n < 0 {
		return 0, false
	}
	return int64(n * float64(mult)), true
}

var _ = sim.SIGKILL
