package main

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// consolePath is the route of the kubectl console.
const consolePath = "/console"

// maxEntries bounds the terminal's scrollback, so rendering stays cheap
// however long a watch runs.
const maxEntries = 400

// consolePage is the kubectl console: a terminal on a simulated cluster
// whose clock runs while the page is open, and the cluster drawn beside
// it. It owns the session and everything the views show; it changes them
// only on the UI goroutine (handlers, ticks, dispatched restores).
type consolePage struct {
	app.Compo

	// Toc is the course, for the header's navigation.
	Toc []tocEntry
	// Store keeps the workstation folder; nil opens the browser's.
	Store Store

	lang      lang
	sess      *consoleSession
	failure   string // the session could not start
	entries   []termEntry
	fill      termFill      // the "try this" line last clicked
	following string        // the watch or log follow still printing, if any
	hist      []string      // lines run, for ↑/↓
	sleepLeft time.Duration // of a long sleep still running (console_sleep.go)
	clock     consoleClock
	cards     []nodeCard
	restored  bool   // the saved folder is back (or there was none)
	saved     string // the folder as last saved, to skip unchanged saves
	gen       int    // bumped on dismount, so old ticks stop
	ctx       app.Context
}

func newConsolePage(toc []tocEntry) *consolePage { return &consolePage{Toc: toc} }

// OnMount starts a fresh cluster, restores the folder and starts the clock.
func (p *consolePage) OnMount(ctx app.Context) {
	p.ctx = ctx
	p.lang = loadLang(ctx)
	ctx.ObserveState(stateLang).Value(&p.lang)
	if p.Store == nil {
		p.Store = newBrowserStore()
	}
	p.clock = consoleClock{Playing: true, Speed: 1}
	s, err := newConsoleSession()
	if err != nil {
		p.failure = err.Error()
		p.restored = true // nothing to wait for: the page says what failed
		return
	}
	p.sess = s
	p.cards = s.clusterCards()
	p.restore(ctx)
	p.gen++
	if app.IsClient { // tests call tick themselves
		p.schedule(ctx, p.gen)
	}
}

// OnDismount stops the clock and the session's goroutines.
func (p *consolePage) OnDismount() {
	p.gen++
	if p.sess != nil {
		p.sess.close()
	}
}

// Render composes the page: intro and examples, the terminal, the cluster.
func (p *consolePage) Render() app.UI {
	l := p.lang.orDefault()
	return &shell{
		Heading:  l.T(msgConsoleTitle),
		Nav:      courseNavIn(l, p.Toc, len(p.Toc)+1),
		Controls: pageControls(),
		Lesson:   p.renderIntro(l),
		Editor: []app.UI{
			&consoleClockBar{Lang: l, Clock: p.clock, OnToggle: p.togglePlay, OnSpeed: p.setSpeed},
			&consoleTerm{
				Lang: l, Entries: p.entries, History: p.hist, Disabled: !p.restored || p.sleepLeft > 0, Fill: p.fill,
				Following: p.followingText(l),
				OnRun:     p.run, OnClear: p.clear, Complete: p.complete,
			},
		},
		Stage:   []app.UI{&clusterPane{Lang: l, Cards: p.cards}},
		Pending: !p.restored,
	}
}

func (p *consolePage) renderIntro(l lang) []app.UI {
	steps := consoleTrySteps()
	return []app.UI{
		app.P().Class("lead").Text(l.T(msgConsoleIntro)),
		app.P().Text(l.T(msgConsoleFresh)),
		app.If(p.failure != "", app.P().Class("con-failure").Role("alert").Text(l.T(msgConsoleFailed, p.failure))),
		app.H2().Text(l.T(msgConsoleTry)),
		app.Ol().Class("con-try").DataSet("testid", "console-try").Body(
			app.Range(steps).Slice(func(i int) app.UI {
				s := steps[i]
				return app.Li().Body(
					app.Button().Class("con-try-line").Type("button").Title(l.T(msgConsoleTypeIt)).
						OnClick(func(ctx app.Context, e app.Event) { p.typeLine(s.Line) }).
						Body(app.Code().Text(s.Line)),
					app.Span().Class("con-try-note").Text(l.T(s.Note)),
				)
			}),
		),
	}
}

// typeLine puts an example into the prompt, for the learner to read and
// run with Enter.
func (p *consolePage) typeLine(line string) {
	p.fill = termFill{Line: line, Rev: p.fill.Rev + 1}
}

// run runs the line typed, shows what it printed and saves the folder.
func (p *consolePage) run(line string) {
	if p.sess == nil || !p.restored || p.sleepLeft > 0 {
		return
	}
	if line = strings.TrimSpace(line); line != "" {
		p.hist = append(p.hist, line)
	}
	if d, ok := longSleep(line); ok {
		p.startSleep(line, d)
		p.redraw()
		return
	}
	out := p.sess.run(line)
	p.appendEntry(termEntry{Cmd: line, Out: out, Prompt: true})
	p.following = ""
	if p.sess.following() {
		p.following = line
	}
	p.cards = p.sess.clusterCards()
	p.clock.Now = p.sess.now()
	p.save()
	p.redraw()
}

// redraw draws the page now: run and the clock's buttons are called from
// the terminal's and the clock bar's handlers, whose context redraws only
// them, and the next tick is up to tickEvery away.
func (p *consolePage) redraw() {
	if p.ctx != nil {
		p.Update()
	}
}

func (p *consolePage) appendEntry(e termEntry) {
	p.entries = append(p.entries, e)
	// Drop a quarter at once: every drop shifts the blocks, which then all
	// redraw, so it should be rare.
	if len(p.entries) > maxEntries {
		p.entries = append([]termEntry(nil), p.entries[len(p.entries)-maxEntries*3/4:]...)
	}
	if app.IsClient && p.ctx != nil {
		// Output that streams in (a watch) follows the end only if the
		// learner has not scrolled up to read; a typed command always does.
		if e.Prompt || atEnd("console-output") {
			p.ctx.Defer(func(app.Context) { scrollToEnd("console-output") })
		}
	}
}

// followingText is the notice under the output: a long sleep's time
// left, or the watch still printing.
func (p *consolePage) followingText(l lang) string {
	switch {
	case p.sleepLeft > 0:
		return l.T(msgConsoleSleeping, fmtClockShort(p.sleepLeft))
	case p.following != "":
		return l.T(msgConsoleFollowing, p.following)
	}
	return ""
}

// clear is Ctrl-L: the screen empties, the history stays.
func (p *consolePage) clear() {
	p.entries = nil
	p.redraw()
}

func (p *consolePage) complete(line string) []string {
	if p.sess == nil {
		return nil
	}
	return p.sess.console.Complete(line)
}

// focusElement and scrollToEnd touch the DOM after a render.
func focusElement(id string) {
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("focus")
	}
}

// atEnd reports whether the element is scrolled to (near) its end.
func atEnd(id string) bool {
	el := app.Window().GetElementByID(id)
	if !el.Truthy() {
		return true
	}
	return el.Get("scrollHeight").Int()-el.Get("scrollTop").Int()-el.Get("clientHeight").Int() < 48
}

func scrollToEnd(id string) {
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Set("scrollTop", el.Get("scrollHeight"))
	}
}

// tickEvery is how often the page lets virtual time pass.
const tickEvery = 250 * time.Millisecond
