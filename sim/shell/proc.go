package shell

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/podlab/podlab/sim"
)

// proc is a sim.Process: a container's main process (PID 1 and the
// background jobs it starts) or one exec (probe, hook, kubectl exec). Its
// tasks run one at a time, in the order of their wake times and then of
// their scheduling.
// maxLog is the most a process may write to its log.
const maxLog = 2 << 20

type proc struct {
	logged     int    // bytes written to the log
	pend       []byte // output not yet in out, all of pendStream
	pendStream sim.Stream
	c          *container
	exec       bool // an exec into the container, not its main process
	inline     bool // its program never parks: run without a goroutine
	now        time.Duration
	seq        uint64
	tasks      []*task
	main       *task
	cur        *task // the task holding the baton, if any
	started    bool

	out   []sim.Output
	files []sim.FileChange
	note  string
	later []sim.Signal // signals sent by other processes (kill 1), delivered at the next call
	oom   bool         // the memory cgroup's limit was hit

	exited  bool
	code    int
	signal  sim.Signal
	reason  string
	message string
	steps   int // statements run by all tasks
	mem     int64
	burn    int64 // millicores its programs burn (stress --cpu)
	rng     *rand.Rand
}

var _ sim.Process = (*proc)(nil)

// Resume runs the process's tasks that are due at now, until every one of
// them is parked again or the process exited. The first Resume starts it.
func (p *proc) Resume(now time.Duration) sim.Yield {
	p.advance(now)
	if !p.started {
		p.started = true
		if p.inline {
			p.runInline()
			return p.yield()
		}
		p.schedule(p.main, p.now)
	}
	p.deliverLater()
	p.runDue()
	return p.yield()
}

// runInline runs an exec whose program never waits (cat, ls, grep...) on
// the caller's goroutine: an exec probe every few seconds then costs no
// goroutine and no hand-off, which matters in wasm, where a goroutine
// switch costs tens of microseconds.
func (p *proc) runInline() {
	t := p.main
	t.started = true
	p.cur = t
	t.code = t.body(t)
	p.cur = nil
	t.done = true
	p.finished(t)
}

// Signal delivers sig at now and lets the process react to it.
func (p *proc) Signal(sig sim.Signal, now time.Duration) sim.Yield {
	p.advance(now)
	p.deliverLater() // signals other processes sent earlier come first
	if !p.exited {
		p.deliver(sig)
		p.runDue()
	}
	return p.yield()
}

func (p *proc) advance(now time.Duration) {
	if now > p.now {
		p.now = now
	}
}

func (p *proc) schedule(t *task, at time.Duration) {
	p.seq++
	t.seq, t.wake, t.queued = p.seq, at, true
}

// nextDue returns the queued task with the smallest (wake, seq) that is
// due, or nil.
func (p *proc) nextDue() *task {
	var best *task
	for _, t := range p.tasks {
		if !t.queued || t.done || t.wake > p.now {
			continue
		}
		if best == nil || t.wake < best.wake || (t.wake == best.wake && t.seq < best.seq) {
			best = t
		}
	}
	return best
}

func (p *proc) runDue() {
	for !p.exited {
		p.deliverLater()
		if p.exited {
			return
		}
		if p.oom {
			p.die(sim.SIGKILL, "OOMKilled")
			return
		}
		t := p.nextDue()
		if t == nil {
			return
		}
		t.queued = false
		t.switchTo()
		if p.oom && !p.exited {
			continue
		}
		if t.done && !p.exited {
			p.finished(t)
		}
	}
}

// finished handles a task that returned: the main task ends the process
// (and its jobs, as a shell's exit does in a container: PID 1 gone, the
// kernel kills the namespace); a job lets a waiting parent go on.
func (p *proc) finished(t *task) {
	if t == p.main {
		p.end(t.code, 0, p.reason)
		return
	}
	if par := t.parent; par != nil {
		par.children--
		if par.waiting {
			p.schedule(par, p.now) // wait checks whether it is done
		}
	}
	if t.piped {
		p.tasks = slices.DeleteFunc(p.tasks, func(o *task) bool { return o == t })
	}
}

// end kills what is left of the process and records how it ended.
func (p *proc) end(code int, sig sim.Signal, reason string) {
	p.exited, p.code, p.signal, p.reason = true, code, sig, reason
	for _, t := range p.tasks {
		t.kill()
	}
	p.c.processEnded(p)
}

// die kills the process with sig, as the kernel does.
func (p *proc) die(sig sim.Signal, reason string) {
	p.end(128+int(sig), sig, reason)
}

// deliver is what the kernel does with a signal sent to the process's
// PID 1: a Go program may handle it; a shell runs its trap after the
// foreground command (or at once when it waits in `wait`); without a
// handler, PID 1 of a PID namespace ignores it, anyone else dies. The
// kernel drops a signal whose action is the default for an init that is
// SIGNAL_UNKILLABLE (kernel/signal.c sig_task_ignored), except SIGKILL
// and SIGSTOP from an ancestor namespace, which is how the kubelet kills.
func (p *proc) deliver(sig sim.Signal) {
	t := p.main
	if sig == sim.SIGKILL || !p.started {
		p.die(sig, "")
		return
	}
	if t.sig != nil && t.sig(sig) {
		return
	}
	if h, ok := t.traps[sig]; ok {
		if h != "" {
			t.pending = append(t.pending, sig)
			if t.waiting {
				p.schedule(t, p.now)
			}
		}
		return
	}
	if p.isInit() {
		return
	}
	p.die(sig, "")
}

// isInit reports whether the process is PID 1 of its PID namespace: a
// container's main process, unless the Pod shares one namespace (then
// pause is PID 1).
func (p *proc) isInit() bool {
	return !p.exec && !p.c.pod.sb.SharePIDs
}

func (p *proc) deliverLater() {
	for len(p.later) > 0 && !p.exited {
		sig := p.later[0]
		p.later = p.later[1:]
		p.deliver(sig)
	}
	p.later = nil
}

func (p *proc) yield() sim.Yield {
	p.flushOut()
	y := sim.Yield{Output: p.out, Files: p.files, Note: p.note}
	p.out, p.files, p.note = nil, nil, ""
	if p.exited {
		y.Exited, y.Code, y.Signal, y.Reason, y.Message = true, p.code, p.signal, p.reason, p.message
		return y
	}
	y.Sleep = sim.Forever
	for _, t := range p.tasks {
		if t.queued && !t.done && t.wake-p.now < y.Sleep {
			y.Sleep = t.wake - p.now
		}
	}
	return y
}

// write appends what a task printed to the process's output.
func (p *proc) write(s sim.Stream, b []byte) {
	if len(b) == 0 || p.logged > maxLog {
		return
	}
	p.logged += len(b)
	if p.logged > maxLog {
		// The kubelet rotates logs at 10 MiB; a page cannot hold that
		// much per process, so the rest is dropped, and said.
		b = b[:max(0, len(b)-(p.logged-maxLog))]
		p.note = fmt.Sprintf("log output stopped after %d MiB", maxLog>>20)
	}
	if len(p.pend) > 0 && p.pendStream != s {
		p.flushOut()
	}
	p.pendStream = s
	p.pend = append(p.pend, b...)
}

// flushOut moves the pending bytes into an output chunk (appending to a
// string on every write would copy the whole log each time).
func (p *proc) flushOut() {
	if len(p.pend) > 0 {
		p.out = append(p.out, sim.Output{Stream: p.pendStream, Data: string(p.pend)})
		p.pend = p.pend[:0]
	}
}

// streamWriter is an io.Writer onto one of the process's streams.
type streamWriter struct {
	p *proc
	s sim.Stream
}

func (w streamWriter) Write(b []byte) (int, error) {
	w.p.write(w.s, b)
	return len(b), nil
}
