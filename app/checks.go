package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/podlab/podlab/lessons"
)

// taskView is one task of a lesson: its title, its checks' results as
// the grader worded them ("phase: got Pending, want Running") and its
// progressive hints, one more per click.
type taskView struct {
	app.Compo

	Lang lang
	Text lessons.TaskText
	// Result is the task's outcome; nil before the first graded run.
	Result *lessons.TaskResult
	// Stale: the results are of an older run (a newer one is being
	// checked, or the spec is invalid); they are dimmed.
	Stale bool

	shown int // hints revealed
}

// Render draws the task.
func (t *taskView) Render() app.UI {
	l := t.Lang.orDefault()
	return app.Li().Class("task", t.stateClass()).DataSet("task", t.Text.ID).Body(
		app.H4().Class("task-title").Body(
			app.Span().Class("task-icon").Aria("hidden", "true").Text(t.icon()),
			app.Span().Body(mdInline(t.Text.Title)...),
		),
		t.renderChecks(l),
		t.renderHints(l),
	)
}

// stateClass names the task's state for the style sheet.
func (t *taskView) stateClass() string {
	switch {
	case t.Result == nil || t.Stale:
		return "task-pending"
	case t.Result.OK:
		return "task-ok"
	}
	return "task-fail"
}

func (t *taskView) icon() string {
	switch {
	case t.Result == nil:
		return "○"
	case t.Result.OK:
		return "✓"
	}
	return "✗"
}

func (t *taskView) renderChecks(l lang) app.UI {
	if t.Result == nil {
		return app.Text("")
	}
	ul := app.Ul().Class("checks")
	if t.Stale {
		ul = ul.Class("stale").Aria("busy", "true")
	}
	return ul.Body(app.Range(t.Result.Checks).Slice(func(i int) app.UI { return renderCheck(l, t.Result.Checks[i]) }))
}

// renderCheck is one check's result: an icon, a word for screen readers
// (the state is never told by colour alone), what was checked and, when
// it failed, what the run showed instead.
func renderCheck(l lang, c lessons.Result) app.UI {
	icon, word, result := "✗", msgCheckFailed, "fail"
	if c.OK {
		icon, word, result = "✓", msgCheckPassed, "pass"
	}
	// data-result is "pass" or "fail", not a boolean: go-app prints a
	// "true" attribute without its value.
	return app.Li().Class("check", "check-"+result).DataSet("testid", "check-result").DataSet("result", result).Body(
		app.Span().Class("check-icon").Aria("hidden", "true").Text(icon+" "),
		app.Span().Class("visually-hidden").Text(l.T(word)+" "),
		app.Span().Class("check-label").Text(c.Label),
		app.If(!c.OK && c.Message != "",
			app.Div().Class("check-message").Text(c.Message),
		),
	)
}

// renderHints shows the hints revealed so far and the button for the
// next one.
func (t *taskView) renderHints(l lang) app.UI {
	hints := t.Text.Hints
	if len(hints) == 0 {
		return app.Text("")
	}
	shown := min(t.shown, len(hints))
	return app.Div().Class("hints").Body(
		app.Ol().Class("hint-list").Body(
			app.Range(hints[:shown]).Slice(func(i int) app.UI {
				return app.Li().Class("hint").DataSet("testid", "hint").Body(
					app.Strong().Text(l.T(msgHintN, i+1)+" "),
					app.Span().Body(mdInline(hints[i])...),
				)
			}),
		),
		app.If(shown < len(hints),
			app.Button().Type("button").Class("button", "hint-button").DataSet("testid", "hint-button").
				OnClick(func(ctx app.Context, e app.Event) { t.shown++ }).
				Text(l.T(msgHintShow, shown+1, len(hints))),
		).Else(
			app.P().Class("hint-none").Text(l.T(msgHintNone)),
		),
	)
}
