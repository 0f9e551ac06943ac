package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// notFoundPage answers every path that is not a route, in the app's own
// look (go-app's default loads its icon from the page and says only "404").
type notFoundPage struct {
	app.Compo

	lang lang
}

func newNotFoundPage() *notFoundPage { return &notFoundPage{} }

// OnMount follows the UI language.
func (p *notFoundPage) OnMount(ctx app.Context) {
	p.lang = loadLang(ctx)
	ctx.ObserveState(stateLang).Value(&p.lang)
}

// Render points back to the course.
func (p *notFoundPage) Render() app.UI {
	l := p.lang.orDefault()
	return &shell{
		Heading:  l.T(msgNotFound),
		Nav:      []app.UI{navLink(l.T(msgContents), pageURL(homePath), "")},
		Controls: pageControls(),
		Lesson: []app.UI{
			app.P().Text(l.T(msgNotFoundText)),
			app.P().Body(app.A().Href(pageURL(homePath)).Text(l.T(msgGoToLessons))),
		},
	}
}
