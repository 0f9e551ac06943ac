package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// shell is the layout every page shares: a header (brand, page heading,
// course navigation, controls), the lesson | editor | stage panes, and the
// player bar in the footer. It only arranges what it is given: the route
// components own the state and pass their children in through the exported
// fields, which go-app compares on every update.
//
// Landmarks: header (banner) with a nav, main (lesson and editor), aside
// (the stage, top level as axe wants complementary landmarks) and footer.
type shell struct {
	app.Compo

	// Heading is the page's only h1.
	Heading string
	// Nav holds the course navigation links in the header.
	Nav []app.UI
	// Controls sit at the header's end: language, theme, presentation, help.
	Controls []app.UI
	// Lesson is the left pane; alone (no Editor, no Stage) it takes the width.
	Lesson []app.UI
	// Editor is the middle pane, the YAML editor.
	Editor []app.UI
	// Stage is the right pane, the drawing of the simulated Pod.
	Stage []app.UI
	// Player is the footer bar: transport, speed, timeline, clock.
	Player []app.UI
	// Pending holds back the app-ready test hook while the page has not
	// drawn its first simulation yet.
	Pending bool

	mounted bool
	lang    lang // the UI language, for the shell's own words
}

// OnPreRender titles the prerendered page.
func (s *shell) OnPreRender(ctx app.Context) { ctx.Page().SetTitle(s.title()) }

// OnMount runs only in the browser, never while prerendering, so the
// app-ready hook appears only once the wasm has started and rendered.
func (s *shell) OnMount(ctx app.Context) {
	s.mounted = true
	s.lang = loadLang(ctx)
	ctx.ObserveState(stateLang).Value(&s.lang)
	ctx.Page().SetTitle(s.title())
}

// OnUpdate keeps the document title in step with the heading (which
// changes with the language).
func (s *shell) OnUpdate(ctx app.Context) { ctx.Page().SetTitle(s.title()) }

// title is the document title: "Sandbox · Podlab".
func (s *shell) title() string {
	if s.Heading == "" {
		return "Podlab"
	}
	return s.Heading + " · Podlab"
}

// ready reports whether the page can say it is ready (DESIGN.md, test hooks).
func (s *shell) ready() bool { return s.mounted && !s.Pending }

// Render lays out the page.
func (s *shell) Render() app.UI {
	l := s.lang.orDefault()
	root := app.Div().Class("podlab", s.layout()).Body(
		app.A().Class("skip-link").Href("#main").Text(l.T(msgSkipToContent)),
		s.renderHeader(),
		app.Main().ID("main").Class("workspace").Body(
			s.pane("lesson", l.T(msgLesson), s.Lesson),
			app.If(len(s.Editor) > 0, s.pane("editor", l.T(msgEditorPane), s.Editor)),
		),
		app.If(len(s.Stage) > 0,
			app.Aside().Class("pane", "pane-stage").Aria("label", l.T(msgStagePane)).Body(slot(s.Stage)...),
		),
		s.renderFooter(),
	)
	if s.ready() {
		root = root.DataSet("testid", "app-ready")
	}
	return root
}

// layout names the grid the page uses: three panes, or one reading column.
func (s *shell) layout() string {
	if len(s.Editor) == 0 && len(s.Stage) == 0 {
		return "layout-single"
	}
	return "layout-panes"
}

func (s *shell) renderHeader() app.UI {
	return app.Header().Class("top-bar").Body(
		app.A().Class("brand").Href(pageURL(homePath)).Body(
			app.Img().Class("brand-icon").Src("/web/icon.svg").Alt("").Width(28).Height(28),
			app.Span().Text("Podlab"),
		),
		app.H1().Class("page-heading").Text(s.Heading),
		app.Nav().Class("course-nav").Aria("label", s.lang.orDefault().T(msgCourseNav)).Body(slot(s.Nav)...),
		app.Div().Class("controls").Body(slot(s.Controls)...),
	)
}

// renderFooter is the player bar, or a line about Podlab on pages
// without a player.
func (s *shell) renderFooter() app.UI {
	if len(s.Player) == 0 {
		return app.Footer().Class("site-footer").Body(
			app.P().Text(s.lang.orDefault().T(msgSiteFooter)),
		)
	}
	return app.Footer().Class("player-bar").Body(slot(s.Player)...)
}

// pane is one labelled section of the workspace.
func (s *shell) pane(name, label string, body []app.UI) app.UI {
	return app.Section().Class("pane", "pane-"+name).Aria("label", label).Body(slot(body)...)
}

// slot copies a slot's elements for Body: go-app filters Body's arguments
// in place (FilterUIElems), which would rewrite the caller's field and
// duplicate elements when a slot holds an app.If that renders nothing.
func slot(ui []app.UI) []app.UI {
	return append([]app.UI(nil), ui...)
}
