package main

import (
	"errors"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/play"
)

// Slices of simulation run between animation frames, so the first frames
// are on screen long before the horizon is computed and playback never
// stalls: each slice aims at sliceBudget of wall time and adapts its
// virtual length to what the machine manages.
const (
	sliceBudget    = 8 * time.Millisecond
	minSliceStep   = 100 * time.Millisecond
	maxSliceStep   = 10 * time.Minute
	sliceStepStart = 5 * time.Second
)

// setSpec is the editor's OnChange: the editor already debounces typing,
// so every call re-simulates.
func (w *podWorkbench) setSpec(ctx app.Context, text string) {
	if text == w.sim.spec {
		return
	}
	w.sim.spec = text
	w.keepDraft(ctx, text)
	w.restart(ctx)
	w.Update() // ctx may be the editor's: redraw the workbench itself
}

// resetSpec is the editor's reset: back to the lesson's starter and to t=0.
func (w *podWorkbench) resetSpec(ctx app.Context) {
	w.sim.spec = w.Starter
	w.clock = clockState{speed: w.clock.speed}
	w.forgetDraft(ctx)
	w.restart(ctx)
	w.Update()
}

// restart starts a run of the current spec and computes its first slice at
// once. An invalid spec keeps the last good run on the stage and hands the
// diagnostics to the editor.
func (w *podWorkbench) restart(ctx app.Context) {
	var run *play.Run
	var err error
	if perr := recovered("start the simulation", func() { run, err = play.Start([]byte(w.sim.spec), w.options()) }); perr != nil {
		w.crashed(perr)
		return
	}
	var diags api.ErrorList
	switch {
	case errors.As(err, &diags):
		w.sim.diags, w.sim.stale, w.sim.failure = diags, w.sim.run != nil, ""
		w.sim.done = w.sim.run == nil || w.sim.done
		w.sim.drawn = true
		return
	case err != nil:
		w.sim.diags, w.sim.failure = nil, err.Error()
		w.sim.done = w.sim.run == nil || w.sim.done
		w.sim.drawn = true
		return
	}
	objs, _ := api.Parse([]byte(w.sim.spec)) // play.Start accepted it: the layout parse cannot fail
	w.sim.run, w.sim.tl, w.sim.objs = run, run.Timeline(), objs
	w.sim.layouts = layoutPods(objs)
	w.sim.diags, w.sim.stale, w.sim.failure = nil, false, ""
	w.sim.computed, w.sim.done = 0, false
	w.sim.gen++
	if w.sim.step == 0 {
		w.sim.step = sliceStepStart
	}
	w.cache = frameCache{}
	w.startGrading()
	// Only up to the player's time before the first draw: what comes after
	// is computed in slices, while the learner already sees the stage.
	w.advance(w.clock.t)
	w.sim.drawn = true
	w.scheduleSlice(ctx)
}

// advance runs the simulation up to t and notes how far it has got.
func (w *podWorkbench) advance(t time.Duration) {
	t = min(t, w.horizon())
	if err := recovered("simulate", func() { w.advanceRun(t) }); err != nil {
		w.crashed(err)
		return
	}
	w.sim.computed = t
	w.sim.done = w.sim.run.Done() || t >= w.horizon()
	w.cache.marks = marksOf(w.sim.tl.Events)
}

// slice computes the next piece of the run, adapting its length so it
// takes about sliceBudget, then yields to the browser.
func (w *podWorkbench) slice(ctx app.Context, gen int) {
	if gen != w.sim.gen || w.sim.done {
		return
	}
	began := time.Now()
	w.advance(w.sim.computed + w.sim.step)
	w.sim.step = adaptStep(w.sim.step, time.Since(began))
	w.scheduleSlice(ctx)
	if w.sim.done {
		w.Update() // the check results and the lesson pane
		return
	}
	w.redrawLive()
}

// adaptStep doubles or halves the virtual length of a slice so that its
// wall time stays near sliceBudget.
func adaptStep(step, took time.Duration) time.Duration {
	switch {
	case took < sliceBudget/2:
		step *= 2
	case took > sliceBudget:
		step /= 2
	}
	return max(minSliceStep, min(step, maxSliceStep))
}

// finish grades the finished run for the lesson's check results.
func (w *podWorkbench) finish() { w.finishGrading() }

// scheduleSlice asks for the next slice after the browser has had its turn
// (setTimeout 0), so input and frames are never held up by the simulation.
func (w *podWorkbench) scheduleSlice(ctx app.Context) {
	if w.sim.done {
		w.finish()
		return
	}
	if !app.IsClient {
		return // tests drive slices by calling runToEnd
	}
	gen := w.sim.gen
	var fn app.Func
	fn = app.FuncOf(func(this app.Value, args []app.Value) any {
		fn.Release()
		w.later(func(ctx app.Context) { w.slice(ctx, gen) })
		return nil
	})
	app.Window().Call("setTimeout", fn, 0)
}

// runToEnd computes the rest of the run at once; for tests.
func (w *podWorkbench) runToEnd() {
	for w.sim.run != nil && !w.sim.done {
		w.advance(w.sim.computed + time.Minute)
	}
	w.finish()
}
