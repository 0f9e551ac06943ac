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
	// Resizable gives the three panes splitters and collapse buttons, and
	// remembers their sizes (panes.go); the console keeps its own layout.
	Resizable bool

	mounted bool
	lang    lang       // the UI language, for the shell's own words
	saved   string     // the saved pane layout (statePanes)
	panes   paneLayout // the layout the last render drew
}

// OnPreRender titles the prerendered page.
func (s *shell) OnPreRender(ctx app.Context) { ctx.Page().SetTitle(s.title()) }

// OnMount runs only in the browser, never while prerendering, so the
// app-ready hook appears only once the wasm has started and rendered.
func (s *shell) OnMount(ctx app.Context) {
	s.mounted = true
	s.lang = loadLang(ctx)
	ctx.ObserveState(stateLang).Value(&s.lang)
	ctx.GetState(statePanes, &s.saved)
	ctx.ObserveState(statePanes).Value(&s.saved)
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
	s.panes = parsePaneLayout(s.saved)
	root := app.Div().Class("podlab", s.layout()).Body(
		app.A().Class("skip-link").Href("#main").Text(l.T(msgSkipToContent)),
		s.renderHeader(),
		app.Main().ID("main").Class("workspace").Body(
			s.pane(l, paneLesson, s.Lesson),
			s.splitter(l, 0),
			app.If(len(s.Editor) > 0, s.pane(l, paneEditor, s.Editor)),
			s.splitter(l, 1),
		),
		app.If(len(s.Stage) > 0, s.pane(l, paneStage, s.Stage)),
		s.renderFooter(),
	)
	if s.Resizable {
		root = root.Class("layout-resizable")
		for _, v := range s.panes.cssVars() {
			root = root.Style(v[0], v[1])
		}
	}
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

// pane is one labelled section of the workspace (the stage: a top-level
// aside). A resizable pane starts with its collapse button, and while
// collapsed web/panes.css shows only that.
func (s *shell) pane(l lang, i pane, body []app.UI) app.UI {
	label := l.T(i.name())
	cls := []string{"pane", "pane-" + i.String()}
	if !s.Resizable {
		if i == paneStage {
			return app.Aside().Class(cls...).Aria("label", label).Body(slot(body)...)
		}
		return app.Section().Class(cls...).Aria("label", label).Body(slot(body)...)
	}
	if s.panes.Collapsed[i] {
		cls = append(cls, "pane-collapsed")
	}
	id, body := "pane-"+i.String(), append([]app.UI{s.paneToggle(l, i)}, body...)
	if i == paneStage {
		return app.Aside().ID(id).Class(cls...).Aria("label", label).Body(body...)
	}
	return app.Section().ID(id).Class(cls...).Aria("label", label).Body(body...)
}

// splitter is the handle after pane i (0: lesson, 1: editor), on
// resizable pages only.
func (s *shell) splitter(l lang, i int) app.UI {
	return app.If(s.Resizable, &paneSplitter{Split: i, Layout: s.panes, Lang: l, Ctl: s})
}

// slot copies a slot's elements for Body: go-app filters Body's arguments
// in place (FilterUIElems), which would rewrite the caller's field and
// duplicate elements when a slot holds an app.If that renders nothing.
func slot(ui []app.UI) []app.UI {
	return append([]app.UI(nil), ui...)
}
