package shell

import (
	"fmt"
	"sort"
	"strings"
)

func init() {
	netCommands["netstat"] = netstatCmd
}

// netstatOpts are busybox netstat's switches (networking/netstat.c
// NETSTAT_OPTS "laentuwxrWp"): which sockets (-l listening, -a all,
// default connected) of which protocols (-t -u -w -x, default all).
type netstatOpts struct {
	listening, connected bool
	tcp, udp, raw, unix  bool
	prg, route, numeric  bool
}

func parseNetstat(args []string) (netstatOpts, byte) {
	f := parseFlags(args, "laentuwxrWp", "")
	o := netstatOpts{connected: true, prg: f.on['p'], route: f.on['r'], numeric: f.on['n']}
	if f.on['l'] {
		o.listening, o.connected = true, false
	}
	if f.on['a'] {
		o.listening, o.connected = true, true
	}
	o.tcp, o.udp, o.raw, o.unix = f.on['t'], f.on['u'], f.on['w'], f.on['x']
	if !o.tcp && !o.udp && !o.raw && !o.unix {
		o.tcp, o.udp, o.raw, o.unix = true, true, true, true
	}
	return o, f.bad
}

// scope is the "(only servers)" of the section titles.
func (o netstatOpts) scope() string {
	switch {
	case o.listening && o.connected:
		return "(servers and established)"
	case o.listening:
		return "(only servers)"
	}
	return "(w/o servers)"
}

// netstatCmd lists the sockets of the network namespace the container is
// in: the Pod's, shared by all its containers through pause, so a port
// another container opened shows up too. The simulated servers only
// listen (no connection outlives a request), so without -l or -a the
// tables are empty, as on a quiet Pod.
func netstatCmd(e *cmdEnv, args []string) int {
	o, bad := parseNetstat(args)
	if bad != 0 {
		e.errf("netstat: invalid option -- '%c'\nBusyBox v1.36.1 multi-call binary.\n\nUsage: netstat [-ral] [-tuwx] [-enWp]\n", bad)
		return 1
	}
	if o.route {
		e.displayRoutes(o.numeric, true)
		return 0
	}
	banner := ""
	if o.prg {
		banner = "PID/Program name    "
	}
	if o.tcp || o.udp || o.raw {
		e.outf("Active Internet connections %s\nProto Recv-Q Send-Q %-23s %-23s State       %s\n", o.scope(), "Local Address", "Foreign Address", banner)
	}
	if o.tcp && o.listening {
		// /proc/net/tcp, then /proc/net/tcp6; busybox says "tcp" for both.
		for _, v6 := range []bool{false, true} {
			for _, l := range e.netstatListeners(v6) {
				local, any := l.local(v6)
				e.outf("%s   %6d %6d %-23s %-23s %-12s", "tcp", 0, 0, fmt.Sprintf("%s:%d", local, l.port), any+":*", "LISTEN")
				if o.prg {
					e.outf("%.20s", e.socketOwner(l))
				}
				e.outf("\n")
			}
		}
	}
	if o.unix {
		e.outf("Active UNIX domain sockets %s\nProto RefCnt Flags       Type       State         I-Node %sPath\n", o.scope(), banner)
	}
	return 0
}

// netstatListeners are the namespace's IPv4 (or IPv6) listening sockets
// by port (the kernel's hash order in /proc/net/tcp is no order a learner
// can use). The node's namespace also holds its daemons' sockets.
func (e *cmdEnv) netstatListeners(v6 bool) []*listener {
	all := e.c.pod.rt.netOf(e.c.pod).ls
	if e.c.pod.sb.HostNetwork {
		all = append(append([]*listener(nil), all...), nodeDaemons()...)
	}
	var ls []*listener
	for _, l := range all {
		if l.family == "both" || (l.family == "tcp6") == v6 {
			ls = append(ls, l)
		}
	}
	sort.SliceStable(ls, func(i, j int) bool { return ls[i].port < ls[j].port })
	return ls
}

// nodeDaemons are what listens on every node besides the Pods (shown, not
// served): the kubelet's API (:10250) and healthz (127.0.0.1:10248),
// kube-proxy's healthz (:10256) and metrics (127.0.0.1:10249), their
// default bind addresses.
func nodeDaemons() []*listener {
	return []*listener{{port: 10248, family: "lo"}, {port: 10249, family: "lo"}, {port: 10250, family: "tcp6"}, {port: 10256, family: "tcp6"}}
}

// local is the socket's local address and the wildcard of its family.
func (l *listener) local(v6 bool) (local, any string) {
	switch {
	case v6:
		return "::", "::"
	case l.family == "lo":
		return "127.0.0.1", "0.0.0.0"
	}
	return "0.0.0.0", "0.0.0.0"
}

// socketOwner is netstat -p's "PID/argv0": busybox finds it by scanning
// /proc/PID/fd for the socket's inode, so a process outside the caller's
// PID namespace (another container's, without shareProcessNamespace) is
// not found and shows as "-" (netstat.c prg_cache_load, prg_cache_get).
func (e *cmdEnv) socketOwner(l *listener) string {
	if l.pids == nil || l.pids != e.c.pids {
		return "-"
	}
	cmd := l.pids.cmdOf(l.pid)
	if cmd == "" {
		return "-"
	}
	return fmt.Sprintf("%d/%s", l.pid, argv0Base(cmd))
}

// argv0Base is bb_basename of /proc/PID/cmdline up to its first NUL: the
// program's path without its directory, or a whole process title a
// program wrote over its argv ("nginx: master process ...").
func argv0Base(cmd string) string {
	first, _, _ := strings.Cut(cmd, " ")
	if strings.HasSuffix(first, ":") {
		return cmd
	}
	return baseName(first)
}
