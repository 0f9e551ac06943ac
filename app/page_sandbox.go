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
}

func newSandboxPage(toc []tocEntry) *sandboxPage {
	ex, err := lessons.DefaultExamples()
	if err != nil {
		app.Log(err) // the content test proves they load; the sandbox works without them
	}
	return &sandboxPage{Toc: toc, Examples: ex}
}

// Render shows the editor and the stage beside a short explanation.
func (p *sandboxPage) Render() app.UI {
	return &podWorkbench{
		Heading: "Sandbox",
		Nav:     courseNav(p.Toc, len(p.Toc)),
		Lesson: []app.UI{
			app.H2().Text("Sandbox"),
			app.P().Text("Paste or write any Pod spec; the stage shows what the kubelet does with it."),
		},
		Starter:  placeholderSpec,
		Examples: p.Examples,
	}
}
