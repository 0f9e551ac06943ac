package main

import (
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/podlab/podlab/sim"
)

const crashSpec = `apiVersion: v1
kind: Pod
metadata:
  name: crash
spec:
  containers:
  - name: app
    image: busybox
    command: ["sh", "-c", "echo starting; sleep 2; exit 1"]
`

// mountWorkbench mounts a workbench on spec and computes its whole run.
func mountWorkbench(t *testing.T, spec string) (*podWorkbench, app.ClientDispatcher) {
	t.Helper()
	w := &podWorkbench{Heading: "test", Starter: spec}
	disp := app.NewClientTester(w)
	disp.Consume()
	w.runToEnd()
	w.Update()
	disp.Consume()
	return w, disp
}

func TestWorkbenchDrawsEachPartOnce(t *testing.T) {
	w, disp := mountWorkbench(t, crashSpec)
	defer disp.Close()
	html := app.HTMLString(w)
	for _, part := range []string{`class="inspector"`, `data-testid="narration"`, `class="stage"`, `data-testid="pod-status"`} {
		if n := strings.Count(html, part); n != 1 {
			t.Errorf("%s drawn %d times, want once", part, n)
		}
	}
}

func TestWorkbenchFirstSliceThenRest(t *testing.T) {
	w := &podWorkbench{Heading: "test", Starter: crashSpec}
	disp := app.NewClientTester(w)
	defer disp.Close()
	disp.Consume()
	if w.sim.computed != 0 || w.sim.done {
		t.Fatalf("after mount: computed %v (done %v), want only up to the player's time, 0", w.sim.computed, w.sim.done)
	}
	if !w.sim.drawn {
		t.Errorf("first slice computed but not marked drawn (app-ready would never appear)")
	}
	w.runToEnd()
	if w.sim.computed != w.horizon() || !w.sim.done {
		t.Errorf("after runToEnd: computed %v, done %v; want %v, true", w.sim.computed, w.sim.done, w.horizon())
	}
}

func TestWorkbenchStepAndSeek(t *testing.T) {
	w, disp := mountWorkbench(t, crashSpec)
	defer disp.Close()
	evs := w.timeline().Events
	if len(evs) < 3 {
		t.Fatalf("crash loop produced %d events, want several", len(evs))
	}
	w.step(1)
	if w.clock.t != firstAfter(evs, 0) {
		t.Errorf("step from 0 went to %v, want the first event after 0 (%v)", w.clock.t, firstAfter(evs, 0))
	}
	w.seek(time.Hour)
	if w.clock.t != w.horizon() {
		t.Errorf("seek past the end = %v, want the horizon %v", w.clock.t, w.horizon())
	}
	w.seek(-time.Second)
	if w.clock.t != 0 {
		t.Errorf("seek before 0 = %v, want 0", w.clock.t)
	}
}

func firstAfter(evs []sim.Event, t time.Duration) time.Duration {
	for _, e := range evs {
		if e.At > t {
			return e.At
		}
	}
	return -1
}

func TestWorkbenchInvalidSpecKeepsLastRun(t *testing.T) {
	w, disp := mountWorkbench(t, crashSpec)
	defer disp.Close()
	good := w.sim.tl
	onUI(disp, w, func(ctx app.Context) { w.setSpec(ctx, "apiVersion: v1\nkind: Pod\nspec: [\n") })
	if w.sim.tl != good || !w.sim.stale || len(w.sim.diags) == 0 {
		t.Errorf("invalid spec: timeline kept %v, stale %v, diagnostics %d; want true, true, >0",
			w.sim.tl == good, w.sim.stale, len(w.sim.diags))
	}
}

// onUI runs fn on the UI goroutine with w's context, as an event would.
func onUI(disp app.ClientDispatcher, w app.Composer, fn func(app.Context)) {
	disp.Dispatch(app.Dispatch{Mode: app.Update, Source: w, Function: fn})
	disp.Consume()
}
