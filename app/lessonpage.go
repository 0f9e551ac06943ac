package main

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/podlab/podlab/lessons"
	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/play"
	simshell "github.com/podlab/podlab/sim/shell"
)

// podWorkbench is the working area of a lesson and of the sandbox: it owns
// the spec text, the simulation run and the player's time, and composes the
// editor, the stage, the player and the lesson text into the page shell.
// The route components (lessonPage, sandboxPage) give it the lesson.
//
// Its state changes only on the UI goroutine: in event handlers, in the
// player's frame callbacks and in the simulation slices it dispatches.
type podWorkbench struct {
	app.Compo

	Heading string
	Nav     []app.UI
	Lesson  []app.UI // the lesson's text and tasks, in the learner's language
	Starter string   // the spec the editor opens with
	Options play.Options
	// Exercise is the lesson whose text, tasks and checks the left pane
	// shows (lesson_panel*.go); nil on the sandbox.
	Exercise *lessons.Lesson
	// Next is the lesson after this one, linked once every task passes
	// (an empty Slug: the sandbox).
	Next tocEntry
	// Examples are the sandbox's example Pods, listed in the left pane.
	Examples []lessons.Example
	// Slug names the lesson ("" for the sandbox): the key of its saved
	// draft and the lesson a share link names.
	Slug string
	// Store keeps drafts and progress; nil opens the browser's.
	Store Store

	lang    lang
	theme   theme
	present bool
	help    bool

	sim        simState
	clock      clockState
	narr       narrPoint
	said       string // the narration's current text
	narrLang   lang   // the language said is in
	cache      frameCache
	unkeys     func()               // removes the keyboard listener
	ctx        app.Context          // the workbench's own, for slices scheduled from elsewhere
	live       [partCount]*liveView // the mounted live views
	stamp      int                  // counts renders, see liveView
	shownStage stageKey             // what the stage pane last drew
	keep       keepState            // drafts, share links, exports, the error panel (persist_workbench.go)
	grade      gradeState           // the lesson's checks on the run (checks_grade.go)
	layers     *simshell.Layers     // images' file trees, shared by the page's runs
}

// clockState is the player's side of the page: where, whether and how fast.
type clockState struct {
	t       time.Duration
	playing bool
	speed   float64
}

// simState is the simulation side: the run drawn on the stage and what the
// spec it came from declares.
type simState struct {
	spec     string
	run      *play.Run
	tl       *sim.Timeline
	layouts  []podLayout
	objs     api.Objects
	diags    []api.Diagnostic
	failure  string        // the run could not start for a reason other than the spec
	stale    bool          // the spec is invalid; the run is the last good one
	computed time.Duration // how far the run has got
	done     bool
	gen      int           // bumped per run, so old slices stop
	step     time.Duration // virtual time per slice, adapted to the machine
	drawn    bool          // the first simulation has been drawn
}

// OnMount loads the preferences, starts the simulation and listens for the
// keyboard shortcuts.
func (w *podWorkbench) OnMount(ctx app.Context) {
	w.ctx = ctx
	w.clock.speed = 1
	w.lang = loadLang(ctx)
	ctx.GetState(stateTheme, &w.theme)
	ctx.ObserveState(stateLang).Value(&w.lang)
	ctx.ObserveState(stateTheme).Value(&w.theme)
	ctx.ObserveState(statePresent).Value(&w.present)
	ctx.ObserveState(stateHelp).Value(&w.help)
	if w.sim.spec == "" {
		w.sim.spec = w.Starter
	}
	w.grade.slug = w.slug() // see OnUpdate (lesson_panel_nav.go)
	w.keepMount(ctx)
	w.restart(ctx)
	if app.IsClient {
		w.unkeys = app.Window().AddEventListener("keydown", w.onKey)
	}
}

// OnDismount stops the keyboard listener and any pending slices.
func (w *podWorkbench) OnDismount() {
	if w.unkeys != nil {
		w.unkeys()
	}
	w.sim.gen++
}

// Render composes the page.
func (w *podWorkbench) Render() app.UI {
	l := w.lang.orDefault()
	w.stamp++ // the live views redraw with the workbench
	w.shownStage = stageKey{}
	return &shell{
		Heading:  w.Heading,
		Nav:      w.Nav,
		Controls: []app.UI{&prefControls{}},
		Lesson:   w.lessonSlot(l),
		Editor: []app.UI{
			&errorPanel{Err: w.keep.crash, Lang: l},
			&codeEditor{
				Text: w.sim.spec, Revision: w.keep.rev, Diagnostics: w.sim.diags, Lang: l, Theme: string(w.theme),
				Schema: editorSchemaJSON(), OnChange: w.setSpec, OnReset: w.resetSpec,
			},
			&keepBar{Lang: l, Link: w.keep.link, Notice: w.keep.note, Ctl: w},
		},
		// No app.If in these slices: go-app's FilterUIElems filters a
		// Body's arguments in place, so a condition in a slice the shell
		// renders twice duplicates the elements after it.
		Stage: []app.UI{&liveView{W: w, Part: partStage, Stamp: w.stamp}},
		Player: []app.UI{
			&liveView{W: w, Part: partPlayer, Stamp: w.stamp},
			&shortcutsDialog{Lang: l, Open: w.help},
		},
		Pending:   !w.sim.drawn,
		Resizable: true,
	}
}

func (w *podWorkbench) renderPlayer(l lang) app.UI {
	return &player{
		Lang: l, T: w.clock.t, End: w.horizon(), Computed: w.sim.computed, Done: w.sim.done,
		Playing: w.clock.playing, Speed: w.clock.speed, Marks: w.cache.marks, Ctl: w,
	}
}

func (w *podWorkbench) renderInspector(l lang) app.UI {
	tl, t := w.timeline(), w.frameTime()
	return &inspector{
		Lang:    l,
		Events:  tl.Events[:upToTime(len(tl.Events), func(i int) time.Duration { return tl.Events[i].At }, t)],
		Logs:    tl.Logs[:upToTime(len(tl.Logs), func(i int) time.Duration { return tl.Logs[i].At }, t)],
		Files:   tl.Files[:upToTime(len(tl.Files), func(i int) time.Duration { return tl.Files[i].At }, t)],
		Layouts: w.sim.layouts,
		Ctl:     w,
	}
}

// horizon is where the run stops: the lesson's, else the simulator's 10m.
func (w *podWorkbench) horizon() time.Duration {
	if u := w.options().Until; u > 0 {
		return u
	}
	return 10 * time.Minute
}

// timeline is the run's timeline, empty before the first good run.
func (w *podWorkbench) timeline() *sim.Timeline {
	if w.sim.tl == nil {
		return &sim.Timeline{}
	}
	return w.sim.tl
}

// frameTime is the instant the stage draws: the player's time, held back
// to what the simulation has computed so far.
func (w *podWorkbench) frameTime() time.Duration {
	return min(w.clock.t, w.sim.computed)
}
