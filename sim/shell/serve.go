package shell

import (
	"time"

	"github.com/podlab/podlab/sim"
)

// Signal plumbing for the Go programs that stand for the images' servers.

// catchSignals makes the program the receiver of the signals sent to its
// process (only when it is the process image: PID 1, exec'd, or an exec's
// argv; a child of a shell leaves them to the shell).
func (e *cmdEnv) catchSignals() {
	if !e.image {
		return
	}
	t := e.t
	t.sig = func(s sim.Signal) bool {
		t.sigs = append(t.sigs, s)
		t.p.schedule(t, t.p.now)
		return true
	}
}

// await parks for d (sim.Forever: until a signal) and returns the signal
// that woke the program, 0 when the time ran out, or errKilled.
func (e *cmdEnv) await(d time.Duration) (sim.Signal, error) {
	t := e.t
	if len(t.sigs) == 0 {
		if err := t.sleep(d); err != nil {
			return 0, err
		}
	}
	if len(t.sigs) == 0 {
		return 0, nil
	}
	s := t.sigs[0]
	t.sigs = t.sigs[1:]
	return s, nil
}

// goDefault is how a Go server without signal handling ends: the Go
// runtime re-raises the signal with the default action; as PID 1 of its
// namespace that does nothing, so it exits with status 2 (Go's
// runtime/signal_unix.go dieFromSignal: "just exit with the wrong status").
func (e *cmdEnv) goDefault(s sim.Signal) int {
	if e.t.p.isInit() && e.pid == 1 {
		return 2
	}
	return 128 + int(s)
}

// serveForever waits for signals; TERM, INT and QUIT end a Go server the
// default way, others are ignored.
func (e *cmdEnv) serveForever() int {
	e.catchSignals()
	for {
		s, err := e.await(sim.Forever)
		if err != nil {
			return 137
		}
		switch s {
		case sim.SIGTERM, 2, 3, 1:
			return e.goDefault(s)
		}
	}
}
