package shell

import (
	"errors"
	"time"

	"github.com/podlab/podlab/sim"
)

// errKilled unwinds a task whose process was killed while it was parked.
var errKilled = errors.New("killed")

// task is one goroutine of a simulated process: the main program or a
// background job (`cmd &`). It runs only while it holds the baton: the
// goroutine that switches to it blocks until the task parks (sleep, wait,
// a server waiting for requests) or finishes. So exactly one goroutine of
// the whole simulation runs at any moment, and the order of everything is
// the order of the engine's calls: deterministic.
//
// Each task has its own resume and return channels: a task that switches
// to another (unwinding a killed job) waits on that task's return channel,
// never on a shared one (the prototype's lesson, shell-in-wasm.md §1.1).
type task struct {
	p      *proc
	body   func(t *task) int
	resume chan struct{}
	ret    chan struct{}

	wake   time.Duration
	seq    uint64
	queued bool

	started, done, killed bool
	code                  int
	killCode              int // exit status when killed: 128+signal

	spin     int  // statements since the last sleep, for the spin guard
	spinning bool // burning CPU: preempted or stopped by the budget
	parent   *task
	children int  // background jobs still running
	waiting  bool // parked in `wait`
	// piped is a pipeline member's task: forgotten once it is done, so a
	// loop running a pipeline every few seconds does not pile them up.
	piped bool

	// sig is set while a Go program that handles signals runs in the task;
	// it returns false when the program ignores the signal.
	sig func(s sim.Signal) bool
	// traps are the shell's `trap CMD SIG` handlers, by signal number.
	traps   map[sim.Signal]string
	pending []sim.Signal // trapped signals not yet handled
	sigs    []sim.Signal // signals caught by a Go program, not yet handled
	pid     int

	writers []*fileWriter // open redirections, flushed before parking
}

func (p *proc) newTask(parent *task, body func(t *task) int) *task {
	t := &task{p: p, body: body, parent: parent, resume: make(chan struct{}), ret: make(chan struct{})}
	p.tasks = append(p.tasks, t)
	if parent != nil {
		parent.children++
	}
	return t
}

// run is the task's goroutine.
func (t *task) run() {
	<-t.resume
	code := 0
	if !t.killed {
		code = t.body(t)
	}
	if t.killed {
		code = t.killedCode()
	}
	t.code, t.done = code, true
	t.ret <- struct{}{}
}

// switchTo hands the baton to t and waits until t parks or finishes.
func (t *task) switchTo() {
	if !t.started {
		t.started = true
		go t.run()
	}
	prev := t.p.cur
	t.p.cur = t
	t.resume <- struct{}{}
	<-t.ret
	t.p.cur = prev
}

// park gives the baton back to whoever switched to t.
func (t *task) park() {
	if t.p.inline {
		panic("shell: an inline process tried to wait") // inlineSafe is wrong
	}
	for _, w := range t.writers {
		_ = w.flush()
	}
	t.ret <- struct{}{}
	<-t.resume
}

// minRest is the shortest sleep that counts as a rest for the spin guard:
// `while true; do sleep 0.001; done` is a busy loop too, and would
// otherwise take millions of steps to fill a ten-minute horizon.
const minRest = 10 * time.Millisecond

// sleep parks t until virtual time now+d (never, for sim.Forever).
// It returns errKilled when the process was killed meanwhile.
func (t *task) sleep(d time.Duration) error {
	if t.killed {
		return errKilled
	}
	if d <= 0 {
		return nil
	}
	if d >= minRest {
		t.spin, t.spinning = 0, false
	}
	if d < sim.Forever {
		t.p.schedule(t, t.p.now+d)
	}
	t.park()
	if t.killed {
		return errKilled
	}
	return nil
}

// block parks t until something wakes it (a signal, a child's exit).
func (t *task) block() error { return t.sleep(sim.Forever) }

func (t *task) killedCode() int {
	if t.killCode != 0 {
		return t.killCode
	}
	return 128 + int(sim.SIGKILL)
}

// kill ends the task: a parked task is resumed so that it unwinds.
func (t *task) kill() {
	if t.done || t.killed {
		return
	}
	t.killed = true
	t.queued = false
	switch {
	case !t.started:
		t.done, t.code = true, t.killedCode()
	case t != t.p.cur:
		t.switchTo() // it unwinds now; the current task unwinds when it returns
	}
}
