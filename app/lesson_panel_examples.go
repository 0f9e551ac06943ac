package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/podlab/podlab/lessons"
)

// exampleList is the sandbox's left pane: the notes' example Pods, each
// with a button that loads it into the editor.
type exampleList struct {
	app.Compo

	Lang     lang
	Examples []lessons.Example
	// Loaded is the slug of the example in the editor, "" for none.
	Loaded string
	Ctl    lessonControl
}

// Render lists the examples.
func (x *exampleList) Render() app.UI {
	l := x.Lang.orDefault()
	return app.Section().Class("examples").Aria("labelledby", "examples-heading").DataSet("testid", "examples").Body(
		app.H2().ID("examples-heading").Text(l.T(msgExamples)),
		app.P().Class("examples-status").Role("status").Text(x.loadedText(l)),
		app.Ul().Class("example-list").Body(
			app.Range(x.Examples).Slice(func(i int) app.UI { return x.renderExample(l, i) }),
		),
	)
}

func (x *exampleList) renderExample(l lang, i int) app.UI {
	ex := x.Examples[i]
	title := ex.Title.In(courseLang(l))
	return app.Li().Class("example").DataSet("example", ex.Slug).Body(
		app.Button().Type("button").Class("button", "example-load").Aria("label", l.T(msgExampleLoad, title)).
			OnClick(func(ctx app.Context, e app.Event) { x.load(ctx, i) }).Text(title),
		app.P().Class("example-about").Text(ex.About.In(courseLang(l))),
	)
}

func (x *exampleList) load(ctx app.Context, i int) {
	if x.Ctl != nil {
		x.Ctl.loadExample(ctx, i)
	}
}

// loadedText says which example is in the editor.
func (x *exampleList) loadedText(l lang) string {
	for _, ex := range x.Examples {
		if ex.Slug == x.Loaded {
			return l.T(msgExampleLoaded, ex.Title.In(courseLang(l)))
		}
	}
	return ""
}
