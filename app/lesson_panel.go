package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/podlab/podlab/lessons"
)

// lessonControl is what the lesson panel and the sandbox's example list
// ask of the page that owns the spec and the run (the workbench).
type lessonControl interface {
	// loadSolution puts the lesson's solution in the editor and runs it.
	loadSolution(ctx app.Context)
	// playFromStart plays the run from 0 (the predict question's button).
	playFromStart()
	// loadExample puts the sandbox's example i in the editor and runs it
	// with its options.
	loadExample(ctx app.Context, i int)
}

// lessonPanel is the left pane of a lesson: its text in the learner's
// language, the predict question, the tasks with their checks' results,
// hints, the solution behind a confirmation and, once every task passes,
// the link to the next lesson. It is a view: the workbench owns the spec,
// the run and the report, and passes them in.
type lessonPanel struct {
	app.Compo

	Lang   lang
	Lesson *lessons.Lesson
	// Report is the last graded run's outcome in Lang; nil before the first.
	Report *lessons.Report
	// Grading: a newer run than Report's is being simulated.
	Grading bool
	// Invalid: the spec does not validate or its run could not start.
	Invalid bool
	// Played: the learner has moved the player since the page opened.
	Played bool
	// Next is the lesson after this one; an empty Slug means the sandbox.
	Next tocEntry
	Ctl  lessonControl

	asking bool // the solution's confirmation is open
}

// Render draws the panel.
func (p *lessonPanel) Render() app.UI {
	l := p.Lang.orDefault()
	page := p.Lesson.Page(courseLang(l))
	return app.Div().Class("lesson-panel").DataSet("testid", "lesson").Body(
		app.H2().Class("lesson-title").Body(mdInline(page.Title)...),
		app.P().Class("lesson-summary").Body(mdInline(page.Summary)...),
		// Open at first; a learner who has read it folds it away to keep
		// the tasks and their results beside the editor.
		app.Details().Class("lesson-body").Open(true).Body(
			app.Summary().Text(l.T(msgLessonText)),
			&markdownView{Source: page.Body},
		),
		p.renderPredict(l, page),
		p.renderTasks(l, page),
		p.renderNext(l),
		p.renderSolution(l),
	)
}

func (p *lessonPanel) renderPredict(l lang, page *lessons.Page) app.UI {
	if p.Lesson.Predict == nil || page.Predict == nil {
		return app.Text("")
	}
	return &predictQuestion{Lang: l, Text: page.Predict, Answer: p.Lesson.Predict.Answer, Played: p.Played, Ctl: p.Ctl}
}

func (p *lessonPanel) renderTasks(l lang, page *lessons.Page) app.UI {
	stale := p.Grading || p.Invalid
	return app.Section().Class("tasks").Aria("labelledby", "tasks-heading").Body(
		app.H3().ID("tasks-heading").Text(l.T(msgTasks)),
		app.P().Class("tasks-status").Role("status").Text(p.status(l)),
		app.Ol().Class("task-list").Body(
			app.Range(p.Lesson.Tasks).Slice(func(i int) app.UI {
				id := p.Lesson.Tasks[i].ID
				return &taskView{Lang: l, Text: page.Task(id), Result: p.result(i), Stale: stale}
			}),
		),
	)
}

// result is task i's outcome in the report, or nil.
func (p *lessonPanel) result(i int) *lessons.TaskResult {
	if p.Report == nil || i >= len(p.Report.Tasks) {
		return nil
	}
	return &p.Report.Tasks[i]
}

// status sums the report up in a sentence.
func (p *lessonPanel) status(l lang) string {
	switch {
	case p.Invalid:
		return l.T(msgFixSpec)
	case p.Report == nil || p.Grading:
		return l.T(msgChecking)
	case p.Report.Passed():
		return l.T(msgAllPassed)
	}
	done := 0
	for _, t := range p.Report.Tasks {
		if t.OK {
			done++
		}
	}
	return l.T(msgTasksPassed, done, len(p.Report.Tasks))
}

// passed reports whether the run on the stage passes every task.
func (p *lessonPanel) passed() bool {
	return p.Report != nil && !p.Grading && !p.Invalid && p.Report.Passed()
}

func (p *lessonPanel) renderNext(l lang) app.UI {
	if !p.passed() {
		return app.Text("")
	}
	href, text := pageURL(sandboxPath), l.T(msgToSandbox)
	if p.Next.Slug != "" {
		href, text = pageURL(lessonPath(p.Next.Slug)), l.T(msgNextLesson, p.Next.title(l))
	}
	return app.P().Class("next-lesson").Body(
		app.A().Href(href).Rel("next").DataSet("testid", "next-lesson").Text(text),
	)
}

// renderSolution is the solution button, or its confirmation.
func (p *lessonPanel) renderSolution(l lang) app.UI {
	if !p.asking {
		return app.P().Class("solution").Body(
			app.Button().Type("button").Class("button").DataSet("testid", "solution").
				OnClick(func(ctx app.Context, e app.Event) { p.asking = true }).
				Text(l.T(msgSolution)),
		)
	}
	return app.Div().Class("solution", "confirm").Role("alertdialog").Aria("labelledby", "solution-ask").Body(
		app.P().ID("solution-ask").Text(l.T(msgSolutionAsk)),
		app.Button().Type("button").Class("button", "primary").DataSet("testid", "solution-confirm").
			OnClick(p.confirmSolution).Text(l.T(msgSolutionLoad)),
		app.Button().Type("button").Class("button").
			OnClick(func(ctx app.Context, e app.Event) { p.asking = false }).Text(l.T(msgCancel)),
	)
}

func (p *lessonPanel) confirmSolution(ctx app.Context, e app.Event) {
	p.asking = false
	if p.Ctl != nil {
		p.Ctl.loadSolution(ctx)
	}
}
