package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/podlab/podlab/lessons"
)

// sandboxPage runs any Pod spec, without a lesson's checks.
type sandboxPage struct {
	app.Compo

	// Toc is the course, for the header's navigation.
	Toc []tocEntry
	// Examples are the notes' example Pods, to load into the editor.
	Examples []lessons.Example

	lang lang
}

func newSandboxPage(toc []tocEntry) *sandboxPage {
	ex, err := lessons.DefaultExamples()
	if err != nil {
		app.Log(err) // the content test proves they load; the sandbox works without them
	}
	return &sandboxPage{Toc: toc, Examples: ex}
}

// OnMount follows the UI language.
func (p *sandboxPage) OnMount(ctx app.Context) {
	p.lang = loadLang(ctx)
	ctx.ObserveState(stateLang).Value(&p.lang)
}

// Render shows the editor and the stage beside a short explanation.
func (p *sandboxPage) Render() app.UI {
	l := p.lang.orDefault()
	return &podWorkbench{
		Heading: l.T(msgSandbox),
		Nav:     courseNavIn(l, p.Toc, len(p.Toc)),
		Lesson: []app.UI{
			app.H2().Text(l.T(msgSandbox)),
			app.P().Text(l.T(msgSandboxLead)),
		},
		Starter:  placeholderSpec,
		Examples: p.Examples,
	}
}
