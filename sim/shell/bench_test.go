package shell

import (
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
)

// BenchmarkLoop10Hz is DESIGN.md's reference loop: 6,000 iterations of a
// 10 Hz `while` loop writing a file, 10 virtual minutes.
func BenchmarkLoop10Hz(b *testing.B) {
	for b.Loop() {
		w := newTestPod(&testing.T{}, sim.SandboxConfig{})
		w.create(sim.ContainerConfig{Name: "c", Command: []string{"sh", "-c", `n=0; while true; do n=$((n+1)); echo "tick $n" > /tmp/tick; sleep 0.1; done`}})
		drive(w.rt.StartContainer("p", "c", 0), 0, 10*time.Minute)
		w.rt.Close()
	}
}

// BenchmarkLivenessExec is the docs' liveness-exec Pod for 10 virtual
// minutes with its exec probe every 5 s.
func BenchmarkLivenessExec(b *testing.B) {
	for b.Loop() {
		w := newTestPod(&testing.T{}, sim.SandboxConfig{})
		w.create(sim.ContainerConfig{Name: "c", Command: []string{"sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"}})
		main := w.rt.StartContainer("p", "c", 0)
		wake := main.Resume(0).Sleep
		for now := 5 * time.Second; now <= 10*time.Minute; now += 5 * time.Second {
			if wake <= now {
				wake = now + main.Resume(wake).Sleep
			}
			drive(w.rt.Exec("p", "c", []string{"cat", "/tmp/healthy"}, now), now, now+time.Second)
		}
		w.rt.Close()
	}
}
