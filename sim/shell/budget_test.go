package shell

import (
	"strings"
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
)

// A loop without sleep is preempted (virtual CPU time passes) and stopped
// at the step budget with a note; it never hangs, natively or in wasm.
func TestBudgetStopsBusyLoops(t *testing.T) {
	scripts := []string{
		`while true; do :; done`,
		`for ((;;)); do x=1; done`,
		`i=0; while true; do i=$((i+1)); done`,
		`yes > /dev/null`,
		`f() { f; }; f`,
	}
	for _, script := range scripts {
		t.Run(script, func(t *testing.T) {
			w := newTestPod(t, sim.SandboxConfig{})
			w.create(sim.ContainerConfig{Name: "c", Command: []string{"sh", "-c", script}})
			start := time.Now()
			r := drive(w.rt.StartContainer("p", "c", 0), 0, time.Hour)
			if el := time.Since(start); el > 5*time.Second {
				t.Errorf("took %v", el)
			}
			switch {
			case strings.HasPrefix(script, "f()"):
				if !r.exited || !strings.Contains(r.stderr, "nesting too deep") {
					t.Errorf("recursion: got %+v", r)
				}
			case r.exited || !strings.Contains(r.note, "a loop without sleep?"):
				t.Errorf("got exited=%v note %q, want a hung process with the note", r.exited, r.note)
			}
		})
	}
}

// While a container spins, virtual time moves in slices, so the engine
// can run probes in between.
func TestBusyLoopIsPreempted(t *testing.T) {
	w := newTestPod(t, sim.SandboxConfig{})
	w.create(sim.ContainerConfig{Name: "c", Command: []string{"sh", "-c", "while true; do :; done"}})
	p := w.rt.StartContainer("p", "c", 0)
	y := p.Resume(0)
	if y.Exited || y.Sleep != 5*time.Millisecond {
		t.Fatalf("first slice: got %+v, want a 5ms preemption", y)
	}
	probe := drive(w.rt.Exec("p", "c", []string{"echo", "alive"}, y.Sleep), y.Sleep, time.Minute)
	if probe.stdout != "alive\n" || probe.code != 0 {
		t.Errorf("exec while spinning: %+v", probe)
	}
	r := drive(p, y.Sleep, time.Hour)
	if r.exited || r.at != 50*time.Millisecond {
		t.Errorf("stopped at %v exited=%v, want hung at 50ms (50k steps in 5k-step slices of 5ms)", r.at, r.exited)
	}
	if y := p.Signal(sim.SIGKILL, time.Second); !y.Exited || y.Code != 137 {
		t.Errorf("kill after budget: %+v", y)
	}
}

// Tiny sleeps do not count as rest, and output is bounded: none of these
// can keep the page busy for long.
func TestBudgetTinySleepsAndFloods(t *testing.T) {
	for _, script := range []string{
		`while true; do sleep 0; done`,
		`while true; do sleep 0.001; done`,
		`yes`,
		`seq 100000000`,
	} {
		t.Run(script, func(t *testing.T) {
			start := time.Now()
			r := sh(t, script)
			if el := time.Since(start); el > 5*time.Second {
				t.Errorf("took %v", el)
			}
			if r.exited && r.code == 0 || len(r.stdout) > maxLog {
				t.Errorf("exited=%v code=%d, %d bytes of output", r.exited, r.code, len(r.stdout))
			}
		})
	}
}
