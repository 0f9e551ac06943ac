package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// homePage is the course home: what Podlab is and the table of contents.
type homePage struct {
	app.Compo

	// Toc is the course, in order.
	Toc []tocEntry
}

func newHomePage(toc []tocEntry) *homePage { return &homePage{Toc: toc} }

// Render shows the table of contents in a single reading column.
func (p *homePage) Render() app.UI {
	return &shell{
		Heading:  "Kubernetes Pods, step by step",
		Nav:      courseNav(p.Toc, -1),
		Controls: pageControls(),
		Lesson: []app.UI{
			app.P().Class("lead").Text("Write a Pod spec, watch a simulated kubelet run it: " +
				"the pause container, init containers, volumes, probes and restarts, on a clock you control."),
			app.H2().ID("contents").Text("Lessons"),
			&courseContents{Toc: p.Toc}, // toc.go: titles in the UI language, progress
			app.P().Body(
				app.A().Href(pageURL(sandboxPath)).Text("Open the sandbox"),
				app.Text(" to try any Pod spec without a lesson."),
			),
			app.P().Body(
				app.A().Href(pageURL(consolePath)).DataSet("testid", "console-link").Text("Open the kubectl console"),
				app.Text(": create Secrets from files, apply Pods and watch them land on nodes."),
			),
		},
	}
}
