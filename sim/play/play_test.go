package play

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/kubelet"
	"github.com/podlab/podlab/sim/shell"
)

// TestDeterministic runs every conformance scenario twice, once in one
// Advance and once in small steps as the page does, and wants
// byte-identical timelines.
func TestDeterministic(t *testing.T) {
	for name, sc := range loadScenarios(t) {
		t.Run(name, func(t *testing.T) {
			whole := timelineJSON(t, sc, sc.options(t).Until)
			steps := timelineJSON(t, sc, 7*time.Second)
			if !bytes.Equal(whole, steps) {
				t.Errorf("the timeline depends on how the run was advanced:\n%s\n---\n%s", whole, steps)
			}
			if again := timelineJSON(t, sc, sc.options(t).Until); !bytes.Equal(whole, again) {
				t.Error("two runs of the same input differ")
			}
		})
	}
}

func timelineJSON(t *testing.T, sc scenarioFile, step time.Duration) []byte {
	r, err := Start([]byte(sc.Spec), sc.options(t))
	if err != nil {
		t.Fatal(err)
	}
	for at := step; !r.Done(); at += step {
		r.Advance(at)
	}
	b, err := json.Marshal(r.Timeline())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestAdvanceIsIncremental: the first frames exist before the horizon is
// computed, and Done only at the horizon.
func TestAdvanceIsIncremental(t *testing.T) {
	src := []byte("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: c, image: busybox:1.36, command: [sh, -c, 'while true; do date; sleep 1; done']}\n")
	r, err := Start(src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	r.Advance(5 * time.Second)
	if r.Done() || r.Now() != 5*time.Second {
		t.Fatalf("after Advance(5s): Done %v, Now %v; want false, 5s", r.Done(), r.Now())
	}
	if n := len(r.Timeline().Statuses); n == 0 {
		t.Fatal("no status after 5s")
	}
	logs := len(r.Timeline().Logs)
	r.Advance(DefaultHorizon + time.Hour)
	if !r.Done() || r.Now() != DefaultHorizon {
		t.Errorf("after Advance past the horizon: Done %v, Now %v; want true, %v", r.Done(), r.Now(), DefaultHorizon)
	}
	if len(r.Timeline().Logs) <= logs {
		t.Error("no logs were added after the first Advance")
	}
}

func TestStartRejectsInvalidInput(t *testing.T) {
	_, err := Start([]byte("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: c, imagee: busybox}\n"), Options{})
	var list api.ErrorList
	if !errors.As(err, &list) || len(list) == 0 || list[0].Line == 0 {
		t.Fatalf("Start = %v, want an api.ErrorList with a line", err)
	}
}

func TestExec(t *testing.T) {
	src := []byte("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: c, image: busybox:1.36, command: [sh, -c, 'echo hi > /tmp/x; sleep 3600']}\n")
	r, err := Start(src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	r.Advance(30 * time.Second)
	out, _, code := r.Exec("p", "c", []string{"cat", "/tmp/x"})
	if out != "hi\n" || code != 0 {
		t.Errorf("exec cat /tmp/x = %q, %d; want \"hi\\n\", 0", out, code)
	}
	if _, _, code := r.Exec("p", "nope", []string{"true"}); code == 0 {
		t.Error("exec in a missing container succeeded")
	}
}

// FuzzTimeline: from any YAML to a timeline, no panic, no hang, and the
// structural invariants hold (kubelet.CheckInvariants).
func FuzzTimeline(f *testing.F) {
	for _, sc := range loadScenarios(f) {
		f.Add([]byte(sc.Spec), int64(30))
	}
	f.Add([]byte("apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec: {restartPolicy: Never, containers: [{name: a, image: busybox, command: [sh, -c, 'while true; do :; done']}]}\n"), int64(-1))
	f.Fuzz(func(t *testing.T, src []byte, deleteAt int64) {
		opts := Options{Until: 2 * time.Minute}
		if deleteAt >= 0 && deleteAt < 120 {
			d := time.Duration(deleteAt) * time.Second
			opts.DeleteAt = &d
		}
		r, err := Start(src, opts)
		if err != nil {
			return
		}
		wall := time.Now() // the test's own budget: a hang is a bug
		for at := 10 * time.Second; !r.Done(); at += 10 * time.Second {
			r.Advance(at)
			if err := kubelet.CheckInvariants(r.Timeline()); err != nil {
				t.Fatalf("at %v: %v", at, err)
			}
			if time.Since(wall) > 10*time.Second {
				t.Fatalf("2 virtual minutes took more than 10 s (at %v)", at)
			}
		}
	})
}

// BenchmarkConformance simulates each conformance scenario for 10 virtual
// minutes (target: ≤ 5 ms each natively), each run building its images'
// layers as podsim does.
func BenchmarkConformance(b *testing.B) { benchConformance(b, nil) }

// benchConformance runs every scenario's 10 virtual minutes per iteration,
// sharing layers between the runs when it is not nil.
func benchConformance(b *testing.B, layers *shell.Layers) {
	for name, sc := range loadScenarios(b) {
		opts := sc.options(b)
		opts.Until = 10 * time.Minute
		opts.Layers = layers
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				r, err := Start([]byte(sc.Spec), opts)
				if err != nil {
					b.Fatal(err)
				}
				r.Advance(opts.Until)
			}
		})
	}
}
