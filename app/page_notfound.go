package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// notFoundPage answers every path that is not a route, in the app's own
// look (go-app's default loads its icon from the page and says only "404").
type notFoundPage struct {
	app.Compo
}

func newNotFoundPage() *notFoundPage { return &notFoundPage{} }

// Render points back to the course.
func (p *notFoundPage) Render() app.UI {
	return &shell{
		Heading:  "Page not found",
		Nav:      []app.UI{navLink("Contents", pageURL(homePath), "")},
		Controls: pageControls(),
		Lesson: []app.UI{
			app.P().Text("There is no page at this address."),
			app.P().Body(app.A().Href(pageURL(homePath)).Text("Go to the list of lessons")),
		},
	}
}
