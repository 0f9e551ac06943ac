package shell

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"
	"time"

	"mvdan.cc/sh/v3/expand"
	"mvdan.cc/sh/v3/interp"
	"mvdan.cc/sh/v3/syntax"

	"github.com/podlab/podlab/sim"
)

// errBudget stops a runner that spent its step budget.
var errBudget = errors.New("step budget exhausted")

// exitErr ends a shell from inside (a trap handler's `exit N`).
type exitErr struct{ code int }

func (e exitErr) Error() string { return "exit " + strconv.Itoa(e.code) }

// errDeep stops runaway recursion before Go's stack does.
var errDeep = errors.New("function nesting too deep")

// shell is one running sh: an interp.Runner over the container's files,
// with the handlers that keep it inside the simulation.
type shell struct {
	e               *cmdEnv
	r               *interp.Runner
	bg              []*syntax.Stmt // background statements, by __bg index
	execNext        bool           // the next exec handler call comes from `exec`
	pipes           map[string]*pipeBuf
	pipeSeq         int
	piped           []*syntax.Stmt         // left sides of streaming pipes, by __pipe index
	streams         map[string]*streamPipe // the streaming pipes open in this shell, by index
	funcs           map[string]bool        // the script's functions: not programs a pipe can stream into
	lastBG          int                    // PID of the last background job ($!)
	timing          []time.Duration
	unsupported     string // a construct the runtime cannot run
	unsupportedLine int
	jobs            map[int]*task
}

type ctxKey struct{}

// budgetCtx counts statements: interp calls Err exactly once per
// statement (Runner.stop), so it is where the step budget, preemption and
// pending traps are checked. It bends the context contract (Err may be
// non-nil while Done is open), which interp v3.14.1 tolerates
// (shell-in-wasm.md §2.4). A real-time deadline never fires in js/wasm.
type budgetCtx struct {
	context.Context
	t      *task
	s      *shell
	inTrap bool
}

func (s *shell) ctxFor(t *task, inTrap bool) context.Context {
	return budgetCtx{Context: context.WithValue(context.Background(), ctxKey{}, t), t: t, s: s, inTrap: inTrap}
}

func taskOf(ctx context.Context) *task { return ctx.Value(ctxKey{}).(*task) }

func (b budgetCtx) Err() error {
	if err := b.stepErr(); err != nil {
		return err
	}
	if len(b.t.pending) > 0 && !b.inTrap {
		return b.s.runTraps(b.t)
	}
	return nil
}

// stepErr charges one step: the spin and total budgets, and preemption.
func (b budgetCtx) stepErr() error {
	t, p := b.t, b.t.p
	cfg := p.c.pod.rt.cfg
	if t.killed {
		return errKilled
	}
	p.steps++
	t.spin++
	if t.spin > cfg.MaxSteps {
		return p.stopBudget(fmt.Sprintf("stopped after %d steps: a loop without sleep?", cfg.MaxSteps))
	}
	if p.steps > cfg.TotalSteps {
		return p.stopBudget(fmt.Sprintf("stopped after %d steps in all", cfg.TotalSteps))
	}
	if t.spin%cfg.SliceSteps == 0 {
		// Preempted: the loop burns virtual CPU time, so probes and other
		// containers get their turn while it spins.
		p.schedule(t, p.now+cfg.SliceCost)
		t.spinning = true
		t.park()
		if t.killed {
			return errKilled
		}
	}
	return nil
}

func (p *proc) stopBudget(msg string) error {
	if p.note == "" {
		p.note = msg
	}
	return errBudget
}

// runScript runs src as `sh -c src name params...` in the command's
// environment and returns its exit status.
func (e *cmdEnv) runScript(src, name string, params []string) int {
	if e.shell == "" {
		e.shell = "sh"
	}
	file, err := syntax.NewParser(syntax.Variant(syntax.LangBash)).Parse(strings.NewReader(src), "")
	if err != nil {
		fmt.Fprintf(e.stderr, "sh: %s\n", syntaxMessage(err))
		return 2
	}
	if name == "" {
		name = "sh"
	}
	file.Name = name // $0
	s := &shell{e: e, pipes: map[string]*pipeBuf{}}
	s.rewrite(file)
	if s.unsupported != "" {
		fmt.Fprintf(e.stderr, "%s: line %d: syntax error: unexpected \"(\" (%s is not simulated)\n", e.shell, s.unsupportedLine, s.unsupported)
		return 2
	}
	s.r, err = interp.New(s.options(name, params)...)
	if err != nil {
		fmt.Fprintf(e.stderr, "sh: %v\n", err)
		return 2
	}
	// $$ (rewritten to __podlab_pid) and a seeded $RANDOM: interp would
	// read the host's PID and an unseeded generator.
	pre, _ := syntax.NewParser().Parse(strings.NewReader(fmt.Sprintf("__podlab_pid=%d; __podlab_ppid=%d; RANDOM=%d", e.pid, e.c.pids.ppidOf(e.pid), e.c.pod.rt.seed(e))), "")
	file.Stmts = append(pre.Stmts, file.Stmts...)
	return s.run(e.t, file)
}

func (s *shell) run(t *task, node syntax.Node) int {
	err := s.r.Run(s.ctxFor(t, false), node)
	return s.status(t, err)
}

// status maps what Run returned to an exit status; a runner stopped by the
// budget hangs like the spinning loop it stands for, until it is killed.
func (s *shell) status(t *task, err error) int {
	var ee exitErr
	var es interp.ExitStatus
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.code
	case errors.Is(err, errBudget):
		t.spinning = true // a real container would spin on
		t.park()
		return 128 + int(sim.SIGKILL)
	case errors.Is(err, errKilled):
		return 128 + int(sim.SIGKILL)
	case errors.Is(err, errDeep):
		fmt.Fprintf(s.e.stderr, "sh: %v\n", err)
		return 2
	case errors.As(err, &es):
		return int(es)
	}
	fmt.Fprintf(s.e.stderr, "sh: %v\n", err)
	return 1
}

func (s *shell) options(name string, params []string) []interp.RunnerOption {
	e := s.e
	return []interp.RunnerOption{
		interp.Env(idEnviron{expand.ListEnviron(e.envList()...)}),
		func(r *interp.Runner) error { r.Dir = e.dir; return nil }, // interp.Dir would stat the host
		interp.Params(append([]string{"--"}, params...)...),
		interp.StdIO(interpStdin(e.stdin), e.stdout, e.stderr),
		interp.CallHandler(s.call),
		interp.ExecHandlers(func(interp.ExecHandlerFunc) interp.ExecHandlerFunc { return s.exec }),
		interp.OpenHandler(s.open),
		interp.StatHandler(s.stat),
		interp.ReadDirHandler2(s.readDir),
		interp.AccessHandler(s.access),
	}
}

// interpStdin is the stdin a script gets: a streaming pipe is read whole
// first, because natively interp copies a non-file stdin into an OS pipe
// from a goroutine of its own, which must never wait on the baton.
func interpStdin(in io.Reader) io.Reader {
	if pr, ok := in.(pipeReader); ok {
		return bytes.NewReader(pr.drain())
	}
	return in
}

// idEnviron answers UID, EUID and GID as root's (interp would read the
// host's; in a browser -1) without exporting them.
type idEnviron struct{ expand.Environ }

func (e idEnviron) Get(name string) expand.Variable {
	switch name {
	case "UID", "EUID", "GID":
		return expand.Variable{Set: true, Kind: expand.String, ReadOnly: true, Str: "0"}
	}
	return e.Environ.Get(name)
}

// timeEnd prints what `time` prints, in virtual time, and passes the
// command's status on.
func (s *shell) timeEnd(t *task, w io.Writer, status string) int {
	if n := len(s.timing); n > 0 {
		d := t.p.now - s.timing[n-1]
		s.timing = s.timing[:n-1]
		m, sec := int(d/time.Minute), (d % time.Minute).Seconds()
		if s.e.shell == "bash" {
			fmt.Fprintf(w, "\nreal\t%dm%.3fs\nuser\t0m0.000s\nsys\t0m0.000s\n", m, sec)
		} else {
			fmt.Fprintf(w, "real\t%dm %.2fs\nuser\t0m 0.00s\nsys\t0m 0.00s\n", m, sec)
		}
	}
	code, _ := strconv.Atoi(status)
	return code
}

// syntaxMessage is the parser's complaint in busybox's words where they
// differ.
func syntaxMessage(err error) string {
	var pe syntax.ParseError
	if errors.As(err, &pe) {
		return fmt.Sprintf("line %d: syntax error: %s", pe.Pos.Line(), pe.Text)
	}
	return "syntax error: " + err.Error()
}

// call sees every simple command first, builtins included: the place for
// busybox compatibility and for taking over builtins that would touch the
// host or wait on interp's own goroutines.
func (s *shell) call(ctx context.Context, args []string) ([]string, error) {
	if len(args) == 0 {
		return args, nil
	}
	if s.r.Funcs[args[0]] != nil {
		var pcs [1]uintptr
		if runtime.Callers(4096, pcs[:]) > 0 {
			return nil, errDeep
		}
	}
	switch args[0] {
	case "echo":
		return splitEchoFlags(args), nil
	case "wait":
		args[0] = "__wait"
	case "kill":
		args[0] = "__kill"
	case "type":
		args[0] = "__type"
	case "command":
		if len(args) > 1 && (args[1] == "-v" || args[1] == "-V") {
			return append([]string{"__type"}, args[2:]...), nil
		}
	case "trap":
		return s.trap(taskOf(ctx), args), nil
	case "times":
		args[0] = "__times"
	case "exec":
		s.execNext = len(args) > 1
	}
	return args, nil
}

// splitEchoFlags turns `echo -en` into `echo -e -n`: interp's echo takes
// only separate flags, the Kubernetes docs write them together.
func splitEchoFlags(args []string) []string {
	out := []string{args[0]}
	i := 1
	for ; i < len(args); i++ {
		a := args[i]
		if len(a) < 2 || a[0] != '-' || strings.Trim(a[1:], "neE") != "" {
			break
		}
		for _, f := range a[1:] {
			out = append(out, "-"+string(f))
		}
	}
	return append(out, args[i:]...)
}

// exec runs every command that is not a shell builtin.
func (s *shell) exec(ctx context.Context, args []string) error {
	t := taskOf(ctx)
	hc := interp.HandlerCtx(ctx)
	e := s.e.derive(t, hc)
	image := s.execNext && s.e.image
	s.execNext = false
	var code int
	switch args[0] {
	case "__bg":
		code = s.background(t, args)
	case "__pipe":
		s.startPipe(t, args[1])
	case "__pipein":
		code = s.pipeIn(t, e, args[1], args[2:])
	case "__wait":
		code = s.wait(t, args[1:])
	case "__lastbg":
		fmt.Fprintf(hc.Stdout, "%d\n", s.lastBG)
	case "__random":
		fmt.Fprintf(hc.Stdout, "%d\n", t.p.random(args[1]))
	case "__time_start":
		s.timing = append(s.timing, t.p.now)
	case "__time_end":
		code = s.timeEnd(t, hc.Stderr, args[1])
	case "__times":
		fmt.Fprintf(hc.Stdout, "0m0.000s 0m0.000s\n0m0.000s 0m0.000s\n")
	case "__kill":
		code = e.kill(args)
	case "__type":
		code = e.typeCmd(args)
	default:
		code = e.run(args, image)
	}
	if t.killed {
		return errKilled
	}
	if len(t.pending) > 0 {
		// A trapped signal that arrived during a foreground command runs
		// its handler now that the command is done, as sh does.
		if err := s.runTraps(t); err != nil {
			return err
		}
	}
	if code != 0 {
		return interp.ExitStatus(uint8(code))
	}
	return nil
}

// derive is the environment of a command the shell runs.
func (e *cmdEnv) derive(t *task, hc interp.HandlerContext) *cmdEnv {
	d := *e
	d.t, d.dir, d.stdin, d.stdout, d.stderr = t, hc.Dir, hc.Stdin, hc.Stdout, hc.Stderr
	d.line = int(hc.Pos.Line())
	d.env, d.environ = nil, hc.Env // the list is built only if a command asks
	d.image = false
	return &d
}

// background starts a `cmd &` statement (rewritten to __bg N) as a new
// task of the process: interp would run it in a goroutine of its own,
// outside the baton.
func (s *shell) background(t *task, args []string) int {
	n, _ := strconv.Atoi(args[1])
	st := s.bg[n]
	r2 := s.r.Subshell()
	sub := &shell{e: s.e, r: r2, bg: s.bg, pipes: s.pipes, piped: s.piped, funcs: s.funcs}
	child := t.p.newTask(t, func(ct *task) int { return sub.run(ct, st) })
	child.pid = s.e.c.pids.add(t.pid, s.e.c.cfg.Name, s.e.c.pids.cmdOf(t.pid))
	t.p.schedule(child, t.p.now)
	s.lastBG = child.pid
	if s.jobs == nil {
		s.jobs = map[int]*task{}
	}
	s.jobs[child.pid] = child
	return 0
}

// startPipe opens streaming pipe idx and starts its left side as a task
// of the process; the right side, __pipein, runs in the current task.
func (s *shell) startPipe(t *task, idx string) {
	n, _ := strconv.Atoi(idx)
	x := s.piped[n]
	sp := newStreamPipe(t.p)
	if s.streams == nil {
		s.streams = map[string]*streamPipe{}
	}
	s.streams[idx] = sp
	// The subshell's handlers are still this shell's methods (interp
	// copies them), so s.streams is where its open finds the pipe.
	sub := &shell{e: s.e, r: s.r.Subshell(), bg: s.bg, pipes: s.pipes, piped: s.piped, funcs: s.funcs}
	child := t.p.newTask(t, func(ct *task) int {
		defer sp.closeWrite() // also when it was killed
		return sub.run(ct, x)
	})
	child.piped = true // no PID of its own: the program it runs gets one, as a forked member execs it
	sp.source = child
	t.p.schedule(child, t.p.now)
}

// pipeIn runs the right side of streaming pipe idx with the pipe as its
// stdin, closes the pipe (a writer still writing gets SIGPIPE) and waits
// for the left side, as a shell waits for every member of a pipeline; the
// status is the right side's.
func (s *shell) pipeIn(t *task, e *cmdEnv, idx string, args []string) int {
	sp := s.streams[idx]
	if sp == nil {
		return e.run(args, false)
	}
	e.stdin = pipeReader{sp: sp, t: t}
	code := e.run(args, false)
	sp.closeRead()
	t.waiting = true
	defer func() { t.waiting = false }()
	for !sp.source.done && !t.killed {
		if err := t.block(); err != nil {
			break
		}
	}
	if s.streams[idx] == sp {
		delete(s.streams, idx)
	}
	return code
}

// wait parks until the background jobs (all, or the PIDs given) ended, or
// a trapped signal arrives (then it returns 128+n and the trap runs, as in
// sh). With PIDs it returns the last one's exit status.
func (s *shell) wait(t *task, pids []string) int {
	var jobs []*task
	for _, a := range pids {
		pid, _ := strconv.Atoi(a)
		j := s.jobs[pid]
		if j == nil {
			fmt.Fprintf(s.e.stderr, "sh: wait: pid %s is not a child of this shell\n", a)
			return 127
		}
		jobs = append(jobs, j)
	}
	pending := func() bool {
		if len(jobs) == 0 {
			return t.children > 0
		}
		for _, j := range jobs {
			if !j.done {
				return true
			}
		}
		return false
	}
	t.waiting = true
	defer func() { t.waiting = false }()
	for pending() && len(t.pending) == 0 {
		if err := t.block(); err != nil {
			return 128 + int(sim.SIGKILL)
		}
	}
	if len(t.pending) > 0 {
		return 128 + int(t.pending[0])
	}
	if len(jobs) > 0 {
		return jobs[len(jobs)-1].code
	}
	return 0
}

// trap takes over signal traps (interp knows only EXIT and ERR) and hands
// the rest on.
func (s *shell) trap(t *task, args []string) []string {
	if len(args) < 3 {
		return args
	}
	handler, sigs := args[1], args[2:]
	var keep []string
	for _, name := range sigs {
		sig, ok := signalNumber(name)
		if !ok {
			keep = append(keep, name)
			continue
		}
		if t.traps == nil {
			t.traps = map[sim.Signal]string{}
		}
		if handler == "-" {
			delete(t.traps, sig)
		} else {
			t.traps[sig] = handler
		}
	}
	if len(keep) == 0 {
		return []string{"true"}
	}
	return append([]string{"trap", handler}, keep...)
}

// runTraps runs the handlers of pending signals in a copy of the shell;
// an `exit` in a handler ends the shell.
func (s *shell) runTraps(t *task) error {
	for len(t.pending) > 0 {
		sig := t.pending[0]
		t.pending = t.pending[1:]
		file, err := syntax.NewParser().Parse(strings.NewReader(t.traps[sig]), "")
		if err != nil {
			continue
		}
		s.rewrite(file)
		r2 := s.r.Subshell()
		err = r2.Run(s.ctxFor(t, true), file)
		if errors.Is(err, errKilled) || t.killed {
			return errKilled
		}
		if r2.Exited() {
			code := 0
			var es interp.ExitStatus
			if errors.As(err, &es) {
				code = int(es)
			}
			return exitErr{code}
		}
	}
	return nil
}

// signalNumber parses TERM, SIGTERM or 15.
func signalNumber(name string) (sim.Signal, bool) {
	if n, err := strconv.Atoi(name); err == nil && n > 0 && n < 32 {
		return sim.Signal(n), true
	}
	n, ok := signalNames[strings.TrimPrefix(strings.ToUpper(name), "SIG")]
	return n, ok
}

var signalNames = map[string]sim.Signal{
	"HUP": 1, "INT": 2, "QUIT": 3, "KILL": 9, "USR1": 10, "USR2": 12, "PIPE": 13, "ALRM": 14, "TERM": 15, "CHLD": 17, "CONT": 18, "STOP": 19, "WINCH": 28,
}

// pipeBuf is the buffer behind a rewritten pipe.
type pipeBuf struct{ data []byte }

var _ io.Writer = (*pipeBuf)(nil)

func (b *pipeBuf) Write(p []byte) (int, error) {
	b.data = append(b.data, p...)
	return len(p), nil
}
