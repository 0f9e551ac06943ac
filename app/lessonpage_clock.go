package main

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// The workbench is the player's playerControl: the player asks, the
// workbench moves its clock and redraws.
var _ playerControl = (*podWorkbench)(nil)

// seek moves the player's time to t, within [0, horizon].
func (w *podWorkbench) seek(t time.Duration) {
	w.clock.t = max(0, min(t, w.horizon()))
	w.redrawLive()
}

func (w *podWorkbench) setPlaying(on bool) {
	if on && w.clock.t >= w.horizon() {
		w.clock.t = 0 // play again from the start
	}
	w.clock.playing = on
	w.redrawLive()
}

func (w *podWorkbench) setSpeed(s float64) {
	w.clock.speed = s
	w.redrawLive()
}

// step jumps to the next (dir > 0) or previous event.
func (w *podWorkbench) step(dir int) {
	w.clock.playing = false
	w.seek(stepTime(eventTimes(w.timeline().Events), w.clock.t, dir, w.sim.computed))
}

// onKey runs the keyboard shortcuts, except while the learner types.
func (w *podWorkbench) onKey(ctx app.Context, e app.Event) {
	if e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("altKey").Bool() || typingTarget(e) {
		return
	}
	sc := shortcutFor(e.Get("key").String())
	if sc == scNone {
		return
	}
	e.PreventDefault()
	w.doShortcut(ctx, sc)
}

// doShortcut carries a shortcut out.
func (w *podWorkbench) doShortcut(ctx app.Context, sc shortcut) {
	switch sc {
	case scPlayPause:
		w.setPlaying(!w.clock.playing)
	case scPrev, scNext:
		w.step(map[shortcut]int{scPrev: -1, scNext: 1}[sc])
	case scSlower, scFaster:
		w.setSpeed(nextSpeed(w.clock.speed, map[shortcut]int{scSlower: -1, scFaster: 1}[sc]))
	case scStart:
		w.clock.playing = false
		w.seek(0)
	case scPresent:
		ctx.SetState(statePresent, !w.present)
	case scTheme:
		ctx.SetState(stateTheme, w.theme.toggled(systemDark()), app.Persist)
	case scLang:
		ctx.SetState(stateLang, w.lang.orDefault().other(), app.Persist)
	case scHelp:
		ctx.SetState(stateHelp, !w.help)
	case scClose:
		ctx.SetState(stateHelp, false)
	}
}
