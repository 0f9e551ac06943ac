package main

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// consoleClock is the console's virtual clock as the page shows it: the
// cluster's time runs at Speed× while Playing.
type consoleClock struct {
	Playing bool
	Speed   int
	Now     time.Duration
	// Cost is the wall time the last tick took (advance, follow, redraw
	// data), shown to tests as data-tick-ms.
	Cost time.Duration
}

// consoleSpeeds are the speeds offered.
func consoleSpeeds() []int { return []int{1, 4, 16} }

// schedule asks for the next tick of generation gen.
func (p *consolePage) schedule(ctx app.Context, gen int) {
	ctx.After(tickEvery, func(ctx app.Context) { p.tickGen(ctx, gen) })
}

func (p *consolePage) tickGen(ctx app.Context, gen int) {
	if gen != p.gen || p.sess == nil {
		return
	}
	p.tick()
	p.schedule(ctx, gen)
}

// tick lets tickEvery × speed of virtual time pass, prints what a running
// watch or log follow printed, and redraws the cluster.
func (p *consolePage) tick() {
	if !p.clock.Playing || !p.restored || p.sleepLeft > 0 {
		return
	}
	start := time.Now()
	out, following := p.sess.advance(tickEvery * time.Duration(p.clock.Speed))
	if out != "" {
		p.appendEntry(termEntry{Out: out})
	}
	if !following {
		p.following = ""
	}
	p.cards = p.sess.clusterCards()
	p.clock.Now = p.sess.now()
	p.clock.Cost = time.Since(start)
}

func (p *consolePage) togglePlay() {
	p.clock.Playing = !p.clock.Playing
	p.redraw()
}

func (p *consolePage) setSpeed(s int) {
	for _, ok := range consoleSpeeds() {
		if s == ok {
			p.clock.Speed = s
		}
	}
	p.redraw()
}

// consoleClockBar shows the virtual time with a pause/play toggle and the
// speeds.
type consoleClockBar struct {
	app.Compo

	Lang     lang
	Clock    consoleClock
	OnToggle func()
	OnSpeed  func(int)
}

// Render draws the bar.
func (b *consoleClockBar) Render() app.UI {
	label, icon, testid := msgPause, iconPause, "pause"
	if !b.Clock.Playing {
		label, icon, testid = msgPlay, iconPlay, "play"
	}
	ss := consoleSpeeds()
	return app.Div().Class("con-clock").Body(
		app.Button().Type("button").Class("control").DataSet("testid", testid).
			Title(b.Lang.T(label)).Aria("label", b.Lang.T(label)).
			OnClick(func(ctx app.Context, e app.Event) { b.OnToggle() }).Body(svgIcon(icon)),
		app.Div().Class("con-speeds").Role("group").Aria("label", b.Lang.T(msgSpeed)).Body(
			app.Range(ss).Slice(func(i int) app.UI {
				s := ss[i]
				return app.Button().Type("button").Class("control", "con-speed").DataSet("testid", "speed-"+strconv.Itoa(s)).
					Aria("pressed", strconv.FormatBool(s == b.Clock.Speed)).
					OnClick(func(ctx app.Context, e app.Event) { b.OnSpeed(s) }).Text(strconv.Itoa(s) + "×")
			}),
		),
		app.P().Class("con-time").DataSet("testid", "clock").
			DataSet("tick-ms", strconv.FormatFloat(float64(b.Clock.Cost.Microseconds())/1000, 'f', 2, 64)).Body(
			app.Span().Class("con-time-label").Text(b.Lang.T(msgConsoleClock)+" "),
			app.Strong().Text(fmtClockShort(b.Clock.Now)),
			app.If(!b.Clock.Playing, app.Span().Class("con-paused").Text(" · "+b.Lang.T(msgConsolePaused))),
		),
	)
}
