package shell

import (
	"sort"

	"github.com/podlab/podlab/sim"
)

// pidns is a PID namespace: the Pod's shared one (pause is PID 1), or a
// container's own (its main process is PID 1).
type pidns struct {
	last  int
	procs []pinfo
}

type pinfo struct {
	pid, ppid, pgid int
	container       string
	cmd             string
	start           int // order of creation, for ps
}

// add allocates the next PID, as the kernel does (no reuse in the short
// lives simulated here).
func (ns *pidns) add(ppid int, container, cmd string) int {
	ns.last++
	pgid := ns.last
	if ppid != 0 {
		pgid = ns.pgidOf(ppid)
	}
	ns.procs = append(ns.procs, pinfo{pid: ns.last, ppid: ppid, pgid: pgid, container: container, cmd: cmd})
	return ns.last
}

func (ns *pidns) pgidOf(pid int) int {
	for _, p := range ns.procs {
		if p.pid == pid {
			return p.pgid
		}
	}
	return pid
}

func (ns *pidns) remove(pid int) {
	for i, p := range ns.procs {
		if p.pid == pid {
			ns.procs = append(ns.procs[:i], ns.procs[i+1:]...)
			return
		}
	}
}

func (ns *pidns) ppidOf(pid int) int {
	for _, p := range ns.procs {
		if p.pid == pid {
			return p.ppid
		}
	}
	return 0
}

func (ns *pidns) cmdOf(pid int) string {
	for _, p := range ns.procs {
		if p.pid == pid {
			return p.cmd
		}
	}
	return ""
}

func (ns *pidns) setCmd(pid int, cmd string) {
	for i := range ns.procs {
		if ns.procs[i].pid == pid {
			ns.procs[i].cmd = cmd
		}
	}
}

// list returns the namespace's processes by PID.
func (ns *pidns) list() []pinfo {
	out := append([]pinfo(nil), ns.procs...)
	sort.Slice(out, func(i, j int) bool { return out[i].pid < out[j].pid })
	return out
}

// Processes returns the Pod's processes: pause first, then each
// container's (in creation order), each with the PIDs of its namespace.
func (rt *world) Processes(pod string) []sim.ProcessInfo {
	p := rt.pods[pod]
	if p == nil {
		return nil
	}
	var out []sim.ProcessInfo
	add := func(ns *pidns, only string, pause bool) {
		for _, q := range ns.list() {
			if (pause && q.container == "") || (!pause && q.container == only) || (p.sb.SharePIDs && !pause && only == "") {
				out = append(out, sim.ProcessInfo{PID: q.pid, PPID: q.ppid, PGID: q.pgid, Container: q.container, Command: q.cmd})
			}
		}
	}
	if p.sb.SharePIDs {
		for _, q := range p.pids.list() {
			out = append(out, sim.ProcessInfo{PID: q.pid, PPID: q.ppid, PGID: q.pgid, Container: q.container, Command: q.cmd})
		}
		return out
	}
	add(p.pids, "", true)
	for _, name := range p.order {
		add(p.containers[name].pids, name, false)
	}
	return out
}
