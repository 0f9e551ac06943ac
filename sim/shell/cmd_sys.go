package shell

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/podlab/podlab/sim"
)

var sysCommands = map[string]command{
	"date": dateCmd, "hostname": hostnameCmd, "id": idCmd, "whoami": whoamiCmd,
	"uname": unameCmd, "ps": psCmd, "pstree": pstreeCmd, "killall": killallCmd, "pkill": killallCmd, "free": freeCmd, "uptime": uptimeCmd,
	"nproc": nprocCmd, "top": psCmd,
}

func init() {
	sysCommands["env"] = envCmd
	sysCommands["printenv"] = printenvCmd
}

func dateCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "uRI", "d")
	t := e.p().wall().UTC()
	format := "%a %b %e %H:%M:%S %Z %Y"
	for _, a := range f.args {
		if strings.HasPrefix(a, "+") {
			format = a[1:]
		}
	}
	switch {
	case f.on['R']:
		format = "%a, %d %b %Y %H:%M:%S %z"
	case f.on['I']:
		format = "%Y-%m-%d"
	}
	e.outf("%s\n", strftime(format, t))
	return 0
}

// strftime formats the conversions date(1) scripts use.
func strftime(format string, t time.Time) string {
	conv := map[byte]string{
		'Y': "2006", 'm': "01", 'd': "02", 'H': "15", 'M': "04", 'S': "05", 'y': "06", 'b': "Jan", 'h': "Jan", 'B': "January",
		'a': "Mon", 'A': "Monday", 'Z': "MST", 'z': "-0700", 'p': "PM", 'I': "03",
	}
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		if format[i] != '%' || i+1 == len(format) {
			b.WriteByte(format[i])
			continue
		}
		i++
		c := format[i]
		switch {
		case conv[c] != "":
			b.WriteString(t.Format(conv[c]))
		case c == 'e':
			fmt.Fprintf(&b, "%2d", t.Day())
		case c == 's':
			fmt.Fprintf(&b, "%d", t.Unix())
		case c == 'N':
			fmt.Fprintf(&b, "%09d", t.Nanosecond())
		case c == 'j':
			fmt.Fprintf(&b, "%03d", t.YearDay())
		case c == 'F':
			b.WriteString(t.Format("2006-01-02"))
		case c == 'T':
			b.WriteString(t.Format("15:04:05"))
		case c == 'D':
			b.WriteString(t.Format("01/02/06"))
		case c == 'n':
			b.WriteByte('\n')
		case c == 't':
			b.WriteByte('\t')
		case c == '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(c)
		}
	}
	return b.String()
}

// envCmd prints the environment, or runs a command with more variables.
func envCmd(e *cmdEnv, args []string) int {
	i := 1
	env := append([]string{}, e.envList()...)
	for ; i < len(args); i++ {
		a := args[i]
		if a == "-i" || a == "-" {
			env = nil
			continue
		}
		if !strings.Contains(a, "=") || strings.HasPrefix(a, "=") {
			break
		}
		env = setEnv(env, a)
	}
	if i < len(args) {
		d := *e
		d.env = env
		return d.run(args[i:], false)
	}
	for _, kv := range env {
		e.outf("%s\n", kv)
	}
	return 0
}

func setEnv(env []string, kv string) []string {
	k, _, _ := strings.Cut(kv, "=")
	for i, old := range env {
		if strings.HasPrefix(old, k+"=") {
			env[i] = kv
			return env
		}
	}
	return append(env, kv)
}

func printenvCmd(e *cmdEnv, args []string) int {
	if len(args) == 1 {
		return envCmd(e, args[:1])
	}
	code := 0
	for _, k := range args[1:] {
		found := false
		for _, kv := range e.envList() {
			if v, ok := strings.CutPrefix(kv, k+"="); ok {
				e.outf("%s\n", v)
				found = true
				break
			}
		}
		if !found {
			code = 1
		}
	}
	return code
}

func hostnameCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "isfdI", "")
	switch {
	case f.on['I'] && e.gnu():
		// Debian's hostname -I: every address of every interface but
		// loopback, each followed by a space.
		for _, i := range e.c.pod.interfaces() {
			if !i.loopback && i.addr.IsValid() {
				e.outf("%s ", i.addr.Addr())
			}
		}
		e.outf("\n")
	case f.on['I']:
		e.errf("hostname: invalid option -- 'I'\nBusyBox v1.36.1 multi-call binary.\n\nUsage: hostname [-sidf] [HOSTNAME | -F FILE]\n")
		return 1
	case f.on['i'] && e.gnu():
		e.outf("%s\n", e.c.pod.sb.IP)
	case f.on['i']:
		// busybox prints each address of the resolved name followed by a
		// space (networking/hostname.c hostname_main).
		e.outf("%s \n", e.c.pod.sb.IP)
	default:
		e.outf("%s\n", e.hostname())
	}
	return 0
}

func (e *cmdEnv) hostname() string {
	if e.c.pod.sb.HostNetwork {
		return e.c.pod.rt.cfg.Node
	}
	return e.c.pod.sb.Hostname
}

func idCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "ugnr", "")
	switch {
	case f.on['u'] && f.on['n'], f.on['g'] && f.on['n']:
		e.outf("root\n")
	case f.on['u'], f.on['g']:
		e.outf("0\n")
	default:
		e.outf("uid=0(root) gid=0(root) groups=0(root),10(wheel)\n")
	}
	return 0
}

func whoamiCmd(e *cmdEnv, args []string) int {
	e.outf("root\n")
	return 0
}

func unameCmd(e *cmdEnv, args []string) int {
	f := parseFlags(args, "asnrvmpio", "")
	parts := map[byte]string{'s': "Linux", 'n': e.hostname(), 'r': "6.8.0-podlab", 'v': "#1 SMP PREEMPT_DYNAMIC", 'm': "x86_64", 'o': "GNU/Linux"}
	order := "snrvmo"
	if f.on['a'] {
		f.on = map[byte]bool{'s': true, 'n': true, 'r': true, 'v': true, 'm': true, 'o': true}
	}
	var out []string
	for i := range order {
		if f.on[order[i]] {
			out = append(out, parts[order[i]])
		}
	}
	if len(out) == 0 {
		out = []string{"Linux"}
	}
	e.outf("%s\n", strings.Join(out, " "))
	return 0
}

// psCmd is busybox ps: the processes of the container's PID namespace
// (with shareProcessNamespace: every container's, and pause as PID 1).
func psCmd(e *cmdEnv, args []string) int {
	if e.gnu() {
		return e.procps(strings.Join(args[1:], " "))
	}
	e.outf("PID   USER     TIME  COMMAND\n")
	for _, q := range e.c.pids.list() {
		e.outf("%5d %-8s %5s %s\n", q.pid, "root", "0:00", q.cmd)
	}
	return 0
}

// procps is Debian's ps: plain, aux (BSD) or -ef (UNIX) format.
func (e *cmdEnv) procps(opts string) int {
	procs := e.c.pids.list()
	start := e.c.pod.rt.cfg.Epoch.UTC().Format("15:04")
	switch {
	case strings.Contains(opts, "aux") || strings.Contains(opts, "ax"):
		e.outf("USER         PID %%CPU %%MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n")
		for _, q := range procs {
			e.outf("%-8s %7d  0.0  0.0   %4d  %4d ?        Ss   %s   0:00 %s\n", "root", q.pid, 2500, 1200, start, q.cmd)
		}
	case strings.Contains(opts, "-ef") || strings.Contains(opts, "-e"):
		e.outf("UID          PID    PPID  C STIME TTY          TIME CMD\n")
		for _, q := range procs {
			e.outf("%-8s %7d %7d  0 %s ?        00:00:00 %s\n", "root", q.pid, q.ppid, start, q.cmd)
		}
	default:
		e.outf("    PID TTY          TIME CMD\n")
		for _, q := range procs {
			e.outf("%7d ?        00:00:00 %s\n", q.pid, processName(q.cmd))
		}
	}
	return 0
}

// pstreeCmd draws the namespace's tree (ps -ef --forest style, flat).
func pstreeCmd(e *cmdEnv, args []string) int {
	procs := e.c.pids.list()
	var walk func(ppid int, prefix string)
	walk = func(ppid int, prefix string) {
		for _, q := range procs {
			if q.ppid == ppid && q.pid != ppid {
				name := strings.Fields(q.cmd + " ?")[0]
				e.outf("%s%s(%d)\n", prefix, baseName(name), q.pid)
				walk(q.pid, prefix+"  ")
			}
		}
	}
	walk(0, "")
	return 0
}

// kill sends signals to processes of the container's PID namespace.
func (e *cmdEnv) kill(args []string) int {
	sig := sim.SIGTERM
	rest := args[1:]
	if len(rest) > 0 && rest[0] == "-l" {
		e.outf("HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM\n")
		return 0
	}
	if len(rest) > 1 && rest[0] == "-s" {
		s, ok := signalNumber(rest[1])
		if !ok {
			e.errf("kill: bad signal name '%s'\n", rest[1])
			return 1
		}
		sig, rest = s, rest[2:]
	} else if len(rest) > 0 && strings.HasPrefix(rest[0], "-") {
		s, ok := signalNumber(rest[0][1:])
		if !ok {
			e.errf("kill: bad signal name '%s'\n", rest[0][1:])
			return 1
		}
		sig, rest = s, rest[1:]
	}
	if len(rest) == 0 {
		e.errf("kill: usage: kill [-s SIGNAL | -SIGNAL] PID...\n")
		return 1
	}
	code := 0
	for _, a := range rest {
		pid, err := strconv.Atoi(a)
		if err != nil || !e.signalPID(pid, sig) {
			e.errf("kill: can't kill pid %s: No such process\n", a)
			code = 1
		}
	}
	return code
}

// signalPID delivers sig to pid, if it is a process of the namespace.
// Signal 0 only checks that it exists.
func (e *cmdEnv) signalPID(pid int, sig sim.Signal) bool {
	for _, c := range e.c.pod.containersIn(e.c.pids) {
		for _, p := range c.procs {
			for _, t := range p.tasks {
				if t.pid != pid || t.done {
					continue
				}
				if sig != 0 {
					p.signalTask(t, sig, e.t.p)
				}
				return true
			}
		}
	}
	return pid == 1 && e.c.pod.sb.SharePIDs // pause ignores everything
}

// signalTask delivers a signal from another process: to a process's
// main task it goes through the usual rules (later, at the engine's next
// call, so the sender finishes first); a background job dies of it.
func (p *proc) signalTask(t *task, sig sim.Signal, from *proc) {
	switch h, trapped := t.traps[sig]; {
	case t == p.main:
		p.later = append(p.later, sig)
	case trapped && h != "":
		t.pending = append(t.pending, sig)
	default:
		t.killed, t.killCode = true, 128+int(sig)
		p.schedule(t, p.now)
	}
	p.reactTo(from)
}

// reactTo lets a process react at once to a signal another process sent:
// it runs (nested in the sender's turn, on the sender's clock) until it
// parks again, so that the sender sees the result (`nginx -s quit; while
// killall -0 nginx ...` in a preStop hook). The engine learns of it from
// Woken, or at its next call into the process. A process signalling
// itself reacts when it parks.
func (p *proc) reactTo(from *proc) {
	if p.exited {
		return
	}
	p.c.pod.rt.wake(p.c)
	if from == p || p.cur != nil {
		return
	}
	p.advance(from.now)
	p.deliverLater()
	p.runDue()
}

// containersIn lists the containers sharing a PID namespace.
func (pd *pod) containersIn(ns *pidns) []*container {
	var out []*container
	for _, name := range pd.order {
		if c := pd.containers[name]; c.pids == ns {
			out = append(out, c)
		}
	}
	return out
}

func killallCmd(e *cmdEnv, args []string) int {
	sig := sim.SIGTERM
	rest := args[1:]
	if len(rest) > 0 && strings.HasPrefix(rest[0], "-") {
		s, ok := signalNumber(rest[0][1:])
		if !ok {
			e.errf("killall: bad signal name '%s'\n", rest[0][1:])
			return 1
		}
		sig, rest = s, rest[1:]
	}
	code := 0
	for _, name := range rest {
		found := false
		for _, q := range e.c.pids.list() {
			if processName(q.cmd) == name && q.pid != e.pid {
				found = e.signalPID(q.pid, sig) || found
			}
		}
		if !found {
			if sig != 0 {
				e.errf("killall: %s: no process killed\n", name)
			}
			code = 1
		}
	}
	return code
}

// processName is the comm of a command line: "nginx: master process ..."
// is nginx, "/usr/sbin/nginx -g ..." is nginx.
func processName(cmd string) string {
	first := strings.Fields(cmd + " ")[0]
	return baseName(strings.TrimSuffix(first, ":"))
}

func freeCmd(e *cmdEnv, args []string) int {
	total := int64(8<<30) >> 10
	used := e.c.usage()>>10 + 1<<20
	e.outf("              total        used        free      shared  buff/cache   available\n")
	e.outf("Mem:     %10d  %10d  %10d  %10d  %10d  %10d\n", total, used, total-used-(2<<20), 1024, 2<<20, total-used)
	e.outf("Swap:             0           0           0\n")
	return 0
}

func uptimeCmd(e *cmdEnv, args []string) int {
	e.outf(" %s up 1:00,  0 users,  load average: 0.08, 0.03, 0.01\n", e.p().wall().UTC().Format("15:04:05"))
	return 0
}

func nprocCmd(e *cmdEnv, args []string) int {
	e.outf("2\n")
	return 0
}

// typeCmd answers `command -v` and `type` from the container's PATH.
func (e *cmdEnv) typeCmd(args []string) int {
	code := 0
	for _, n := range args[1:] {
		if isShellBuiltin(n) {
			e.outf("%s\n", n)
			continue
		}
		found := ""
		for _, dir := range strings.Split(e.getenv("PATH"), ":") {
			p := dir + "/" + n
			if strings.Contains(n, "/") {
				p = e.abs(n)
			}
			if fi, err := e.c.fs.stat(p); err == nil && !fi.IsDir() {
				found = p
				break
			}
		}
		if found == "" {
			code = 1
			continue
		}
		e.outf("%s\n", found)
	}
	return code
}

func isShellBuiltin(n string) bool {
	switch n {
	case "echo", "printf", "test", "[", "true", "false", "cd", "pwd", "read", "exit", "export", "set", "unset", "trap", "wait", "kill", ":", "eval", "exec", "shift", "source", ".":
		return true
	}
	return false
}
