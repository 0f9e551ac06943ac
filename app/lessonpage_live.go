package main

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// livePart names a part of the workbench's page that follows the player's
// time: the stage pane (stage, narration, inspector) or the player bar.
type livePart int

const (
	partStage livePart = iota
	partPlayer
	partCount
)

// liveView draws one live part of its workbench. On each animation frame
// the workbench redraws only these, not the shell: re-rendering the shell
// would compare and redraw the editor and the lesson sixty times a second
// (their callback fields never compare equal), which is what made frames
// long. W is the same pointer on every render, so go-app's comparison of
// the fields is cheap; Stamp changes whenever the workbench itself renders.
type liveView struct {
	app.Compo

	W     *podWorkbench
	Part  livePart
	Stamp int
}

// OnMount registers the view with its workbench.
func (v *liveView) OnMount(ctx app.Context) { v.W.live[v.Part] = v }

// OnDismount unregisters it.
func (v *liveView) OnDismount() {
	if v.W.live[v.Part] == v {
		v.W.live[v.Part] = nil
	}
}

// Render draws the part from the workbench's state.
func (v *liveView) Render() app.UI {
	l := v.W.lang.orDefault()
	if v.Part == partPlayer {
		return app.Div().Class("live", "live-player").Body(v.W.renderPlayer(l))
	}
	return app.Div().Class("live", "live-stage").Body(
		&stage{Lang: l, Pods: v.W.frames(), Stale: v.W.sim.stale, Failure: v.W.sim.failure},
		&narration{Text: v.W.said},
		v.W.renderInspector(l),
	)
}

// redrawLive redraws the live parts after the clock or the run moved; the
// whole workbench when they are not mounted (yet).
//
// The stage pane is redrawn only when something it shows has changed (see
// stageKey): while playing, most frames move only the clock.
func (w *podWorkbench) redrawLive() {
	drawn := false
	key := w.stageKey()
	for part, v := range w.live {
		if v == nil || !v.Mounted() {
			continue
		}
		drawn = true
		if livePart(part) == partStage && key == w.shownStage {
			continue
		}
		v.Update()
	}
	w.shownStage = key
	if !drawn {
		w.Update()
	}
}

// stageKey is everything the stage pane draws from the clock and the run:
// the stage's own one-second clock and how many of each kind of record the
// frame includes. Equal keys draw the same stage pane.
type stageKey struct {
	now                                        time.Duration
	events, logs, files, probes, statuses, gen int
	computed                                   time.Duration
}

func (w *podWorkbench) stageKey() stageKey {
	tl, t := w.timeline(), w.frameTime()
	count := func(n int, at func(int) time.Duration) int { return upToTime(n, at, t) }
	return stageKey{
		now:      t.Truncate(time.Second),
		events:   count(len(tl.Events), func(i int) time.Duration { return tl.Events[i].At }),
		logs:     count(len(tl.Logs), func(i int) time.Duration { return tl.Logs[i].At }),
		files:    count(len(tl.Files), func(i int) time.Duration { return tl.Files[i].At }),
		probes:   count(len(tl.Probes), func(i int) time.Duration { return tl.Probes[i].At }),
		statuses: count(len(tl.Statuses), func(i int) time.Duration { return tl.Statuses[i].At }),
		gen:      w.sim.gen,
		computed: min(w.sim.computed, t+time.Second), // only while the run catches up with t
	}
}

// later runs fn on the UI goroutine with the workbench's context, without
// redrawing anything by itself (go-app's Next mode): fn says what to redraw.
func (w *podWorkbench) later(fn func(app.Context)) {
	if w.ctx == nil || !w.Mounted() {
		return
	}
	w.ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Next, Source: w, Function: fn})
}
