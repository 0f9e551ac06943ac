package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/podlab/podlab/sim/play"
)

// lessonPage is one lesson: its text, the learner's YAML and the stage.
//
// PLACEHOLDER panes until the lessons package and the editor, stage and
// player components land; the layout and the routes are final.
type lessonPage struct {
	app.Compo

	// Toc is the course, in order.
	Toc []tocEntry
	// Index is this lesson's position in Toc.
	Index int

	lang lang
}

func newLessonPage(toc []tocEntry, i int) *lessonPage { return &lessonPage{Toc: toc, Index: i} }

// OnMount follows the UI language: the heading and the navigation name
// the lessons in it.
func (p *lessonPage) OnMount(ctx app.Context) {
	p.lang = loadLang(ctx)
	ctx.ObserveState(stateLang).Value(&p.lang)
}

// Render puts the lesson into the three panes.
func (p *lessonPage) Render() app.UI {
	l := p.lang.orDefault()
	e := p.Toc[p.Index]
	if e.Lesson != nil {
		return lessonWorkbench(l, p.Toc, p.Index) // lesson_panel_slot.go
	}
	return &podWorkbench{
		Heading: lessonHeading(p.Index, e.title(l)),
		Nav:     courseNavIn(l, p.Toc, p.Index),
		Slug:    e.Slug,
		Lesson: []app.UI{
			app.H2().Text(l.T(msgLesson)),
			app.P().DataSet("testid", "lesson").Text(l.T(msgLessonSoon)),
		},
		Starter: placeholderSpec,
		Options: play.Options{},
	}
}
