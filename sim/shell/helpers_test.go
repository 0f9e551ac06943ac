package shell

import (
	"strings"
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
)

// testPod is a runtime with one Pod, for tests that play the engine.
type testPod struct {
	t  *testing.T
	rt *Runtime
}

func newTestPod(t *testing.T, sb sim.SandboxConfig) *testPod {
	t.Helper()
	rt := New(Config{})
	t.Cleanup(rt.Close)
	if sb.Pod == "" {
		sb.Pod = "p"
	}
	if sb.Hostname == "" {
		sb.Hostname = sb.Pod
	}
	if sb.IP == "" {
		sb.IP = "10.244.0.5"
	}
	if err := rt.RunPodSandbox(sb); err != nil {
		t.Fatal(err)
	}
	return &testPod{t: t, rt: rt}
}

func (w *testPod) create(cfg sim.ContainerConfig) {
	w.t.Helper()
	if cfg.Pod == "" {
		cfg.Pod = "p"
	}
	if cfg.Image == "" {
		cfg.Image = "busybox:1.36"
	}
	if err := w.rt.CreateContainer(cfg); err != nil {
		w.t.Fatal(err)
	}
}

// result is what a process did until it exited or the horizon.
type result struct {
	stdout, stderr string
	code           int
	exited         bool
	note           string
	at             time.Duration // when it exited (or the last wake)
	files          []sim.FileChange
	y              sim.Yield
}

// drive resumes p at every wake time from start until it exits or until.
func drive(p sim.Process, start, until time.Duration) result {
	var r result
	now := start
	y := p.Resume(now)
	for {
		r.add(y)
		if y.Exited || y.Sleep >= sim.Forever || now+y.Sleep > until {
			r.at = now
			return r
		}
		now += y.Sleep
		y = p.Resume(now)
	}
}

func (r *result) add(y sim.Yield) {
	for _, o := range y.Output {
		if o.Stream == sim.Stdout {
			r.stdout += o.Data
		} else {
			r.stderr += o.Data
		}
	}
	r.files = append(r.files, y.Files...)
	if y.Note != "" {
		r.note = y.Note
	}
	r.exited, r.code, r.y = y.Exited, y.Code, y
}

// sh runs script in a fresh busybox container as its main process.
func sh(t *testing.T, script string) result {
	t.Helper()
	w := newTestPod(t, sim.SandboxConfig{})
	w.create(sim.ContainerConfig{Name: "c", Command: []string{"sh", "-c", script}})
	return drive(w.rt.StartContainer("p", "c", 0), 0, time.Hour)
}

func lines(s ...string) string { return strings.Join(s, "\n") + "\n" }
