package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// homePage is the course home: what Podlab is and the table of contents.
type homePage struct {
	app.Compo

	// Toc is the course, in order.
	Toc []tocEntry

	lang lang
}

func newHomePage(toc []tocEntry) *homePage { return &homePage{Toc: toc} }

// OnMount follows the UI language.
func (p *homePage) OnMount(ctx app.Context) {
	p.lang = loadLang(ctx)
	ctx.ObserveState(stateLang).Value(&p.lang)
}

// Render shows the table of contents in a single reading column.
func (p *homePage) Render() app.UI {
	l := p.lang.orDefault()
	return &shell{
		Heading:  l.T(msgHomeHeading),
		Nav:      courseNavIn(l, p.Toc, -1),
		Controls: pageControls(),
		Lesson: []app.UI{
			app.P().Class("lead").Text(l.T(msgHomeLead)),
			app.H2().ID("contents").Text(l.T(msgLessons)),
			&courseContents{Toc: p.Toc}, // toc.go: titles in the UI language, progress
			app.P().Body(
				app.A().Href(pageURL(sandboxPath)).Text(l.T(msgOpenSandbox)),
				app.Text(l.T(msgSandboxWhy)),
			),
			app.P().Body(
				app.A().Href(pageURL(consolePath)).DataSet("testid", "console-link").Text(l.T(msgOpenConsole)),
				app.Text(l.T(msgConsoleWhy)),
			),
		},
	}
}
