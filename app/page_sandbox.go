package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// sandboxPage runs any Pod spec, without a lesson's checks.
type sandboxPage struct {
	app.Compo

	// Toc is the course, for the header's navigation.
	Toc []tocEntry
}

func newSandboxPage(toc []tocEntry) *sandboxPage { return &sandboxPage{Toc: toc} }

// Render shows the editor and the stage beside a short explanation.
func (p *sandboxPage) Render() app.UI {
	return &podWorkbench{
		Heading: "Sandbox",
		Nav:     courseNav(p.Toc, len(p.Toc)),
		Lesson: []app.UI{
			app.H2().Text("Sandbox"),
			app.P().Text("Paste or write any Pod spec; the stage shows what the kubelet does with it."),
		},
		Starter: placeholderSpec,
	}
}
