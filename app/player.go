package main

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// playerControl is what the player asks of the page that owns the time.
// The page holds t, whether it plays and how fast; the player only draws
// the controls and, while playing, ticks.
type playerControl interface {
	seek(t time.Duration)
	setPlaying(on bool)
	setSpeed(s float64)
	step(dir int)
}

// eventMark is an event drawn on the time bar.
type eventMark struct {
	At      time.Duration
	Reason  string
	Warning bool
}

// player is the transport bar: play/pause, step, speed, the time bar with
// its event marks, and the clock. It is the only component that ticks in
// real time: while Playing, each animation frame moves t on by the wall
// time elapsed times Speed. Tests call tick directly.
type player struct {
	app.Compo

	Lang     lang
	T        time.Duration
	End      time.Duration // the horizon
	Computed time.Duration // how far the simulation has got
	Done     bool          // the simulation has reached the horizon
	Playing  bool
	Speed    float64
	Marks    []eventMark
	Ctl      playerControl

	lastFrame float64 // ms timestamp of the previous frame; 0 before the first
	ticking   bool    // a frame is requested
}

// maxFrameGap caps one frame's step, so a tab coming back from the
// background does not jump ahead by minutes.
const maxFrameGap = 100.0 // ms

// tick moves time on to the frame at nowMS (a requestAnimationFrame
// timestamp) and reports whether it wants another frame.
func (p *player) tick(nowMS float64) bool {
	if !p.Playing {
		p.lastFrame = 0
		return false
	}
	if p.lastFrame == 0 {
		p.lastFrame = nowMS
		return true
	}
	gap := min(nowMS-p.lastFrame, maxFrameGap)
	p.lastFrame = nowMS
	t := p.T + time.Duration(gap*p.Speed*float64(time.Millisecond))
	switch {
	case t >= p.End && p.Done:
		p.Ctl.seek(p.End)
		p.Ctl.setPlaying(false)
		p.lastFrame = 0
		return false
	case t > p.Computed && !p.Done:
		t = p.Computed // wait for the simulation to catch up
	}
	p.Ctl.seek(t)
	return true
}

// OnMount starts ticking if the page plays from the start.
func (p *player) OnMount(ctx app.Context) { p.startTicking(ctx) }

// OnUpdate starts ticking when the page has switched Playing on.
func (p *player) OnUpdate(ctx app.Context) { p.startTicking(ctx) }

func (p *player) startTicking(ctx app.Context) {
	if p.Playing && !p.ticking {
		p.ticking = true
		p.lastFrame = 0
		p.requestFrame(ctx)
	}
}

// requestFrame asks the browser for the next animation frame and runs tick
// on the UI goroutine when it comes.
func (p *player) requestFrame(ctx app.Context) {
	if !app.IsClient {
		return
	}
	var fn app.Func
	fn = app.FuncOf(func(this app.Value, args []app.Value) any {
		fn.Release()
		ms := args[0].Float()
		// Next, not Update: the page redraws what the new time changes
		// (the player included), so the player does not redraw twice.
		ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Next, Source: p, Function: func(ctx app.Context) {
			if p.ticking = p.tick(ms); p.ticking {
				p.requestFrame(ctx)
			}
		}})
		return nil
	})
	app.Window().Call("requestAnimationFrame", fn)
}

// Render draws the bar.
func (p *player) Render() app.UI {
	return app.Div().Class("player").Body(
		&transport{Lang: p.Lang, Playing: p.Playing, Speed: p.Speed, Ctl: p.Ctl},
		p.renderBar(),
		app.Output().Class("clock").DataSet("testid", "clock").Aria("label", p.Lang.T(msgClock)).
			Text(fmtClock(p.T)+" / "+fmtClockShort(p.End)),
		app.If(!p.Done, app.Span().Class("computing").Text(p.Lang.T(msgSimulating, fmtClockShort(p.Computed)))),
	)
}

// transport is the player's buttons and speed: a component of its own so
// that it is not redrawn on every frame, only when playing or speed change.
type transport struct {
	app.Compo

	Lang    lang
	Playing bool
	Speed   float64
	Ctl     playerControl
}

// Render draws the buttons.
func (p *transport) Render() app.UI {
	return app.Div().Class("transport").Body(
		p.button("step-back", msgStepBack, iconStepBack, func(ctx app.Context, e app.Event) { p.Ctl.step(-1) }),
		app.If(p.Playing,
			p.button("pause", msgPause, iconPause, func(ctx app.Context, e app.Event) { p.Ctl.setPlaying(false) }),
		).Else(
			p.button("play", msgPlay, iconPlay, func(ctx app.Context, e app.Event) { p.Ctl.setPlaying(true) }),
		),
		p.button("step", msgStepFwd, iconStepFwd, func(ctx app.Context, e app.Event) { p.Ctl.step(1) }),
		p.renderSpeed(),
	)
}

func (p *transport) button(testid string, label msg, icon string, h app.EventHandler) app.UI {
	return app.Button().Type("button").Class("control", "ctl-"+testid).DataSet("testid", testid).
		Title(p.Lang.T(label)).Aria("label", p.Lang.T(label)).
		OnClick(h).Body(svgIcon(icon))
}

func (p *transport) renderSpeed() app.UI {
	ss := speeds()
	return app.Label().Class("speed").Body(
		app.Span().Class("visually-hidden").Text(p.Lang.T(msgSpeed)),
		app.Select().DataSet("testid", "speed").Title(p.Lang.T(msgSpeed)).
			OnChange(func(ctx app.Context, e app.Event) { p.Ctl.setSpeed(parseSpeed(ctx.JSSrc().Get("value").String())) }).
			Body(app.Range(ss).Slice(func(i int) app.UI {
				v := strconv.FormatFloat(ss[i], 'f', -1, 64)
				return app.Option().Value(v).Selected(ss[i] == p.Speed).Text(speedLabel(ss[i]))
			})),
	)
}

func (p *player) renderBar() app.UI {
	end := max(p.End, time.Second)
	return app.Div().Class("timebar").Body(
		app.Div().Class("timebar-computed").Aria("hidden", "true").
			Style("width", percent(p.Computed, end)),
		app.Input().Type("range").Class("scrub").DataSet("testid", "scrub").
			Aria("label", p.Lang.T(msgScrub)).Aria("valuetext", fmtClock(p.T)).
			Min(0).Max(int64(end/time.Millisecond)).Step(100).Value(int64(p.T/time.Millisecond)).
			OnInput(func(ctx app.Context, e app.Event) {
				ms, _ := strconv.ParseInt(ctx.JSSrc().Get("value").String(), 10, 64)
				p.Ctl.seek(time.Duration(ms) * time.Millisecond)
			}),
		&eventMarks{Lang: p.Lang, Marks: p.Marks, End: end, Ctl: p.Ctl},
	)
}

// percent is d as a CSS percentage of end.
func percent(d, end time.Duration) string {
	return strconv.FormatFloat(100*float64(d)/float64(end), 'f', 2, 64) + "%"
}

// eventMarks draws the events on the time bar; a click jumps to one. They
// are out of the tab order: the events list is the keyboard's way in.
type eventMarks struct {
	app.Compo

	Lang  lang
	Marks []eventMark
	End   time.Duration
	Ctl   playerControl
}

// Render draws the marks.
func (m *eventMarks) Render() app.UI {
	return app.Div().Class("marks").Aria("label", m.Lang.T(msgEventMarks)).Body(
		app.Range(m.Marks).Slice(func(i int) app.UI {
			mk := m.Marks[i]
			label := m.Lang.T(msgJumpTo, fmtClock(mk.At)+" "+mk.Reason)
			return app.Button().Type("button").Class("mark", "mark-"+boolWord(mk.Warning)).
				TabIndex(-1).Title(label).Aria("label", label).
				Style("left", percent(mk.At, m.End)).
				Value(int64(mk.At)).OnClick(m.seekToValue).
				Body(app.Span().Aria("hidden", "true").Text(markGlyph(mk.Warning)))
		}),
	)
}

// seekToValue jumps to the mark's time, kept in its value: see
// inspector.seekToValue for why the handler does not capture it.
func (m *eventMarks) seekToValue(ctx app.Context, e app.Event) {
	at, err := strconv.ParseInt(ctx.JSSrc().Get("value").String(), 10, 64)
	if err == nil {
		m.Ctl.seek(time.Duration(at))
	}
}

// markGlyph is a triangle for warnings and a bar for normal events: the
// shapes differ, not only the colours.
func markGlyph(warning bool) string {
	if warning {
		return "▲"
	}
	return "│"
}
