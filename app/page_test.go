package main

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// rootOf is the path from a route component to its shell's root element.
var rootOf = app.TestPath(0, 0)

// clientHTML mounts c as the browser would (OnMount runs) and prints it.
func clientHTML(t *testing.T, c app.UI) string {
	t.Helper()
	d := app.NewClientTester(c)
	defer d.Close()
	d.Consume()
	return app.HTMLString(c)
}

// prerenderHTML mounts c as the static-site generator does and prints it.
func prerenderHTML(t *testing.T, c app.UI) string {
	t.Helper()
	d := app.NewServerTester(c)
	defer d.Close()
	d.Consume()
	return app.HTMLString(c)
}

func TestShellSaysReadyOnlyOnceMountedInTheBrowser(t *testing.T) {
	panes := func(pending bool) *shell {
		return &shell{Heading: "x", Editor: []app.UI{app.P()}, Stage: []app.UI{app.P()}, Pending: pending}
	}
	tests := []struct {
		name    string
		mount   func(app.UI) func()
		c       *shell
		wantDiv app.HTMLDiv
	}{
		{"prerendered", serverTester, panes(false), app.Div().Class("podlab", "layout-panes")},
		{"in the browser", clientTester, panes(false), app.Div().Class("podlab", "layout-panes").DataSet("testid", "app-ready")},
		{"in the browser, first simulation pending", clientTester, panes(true), app.Div().Class("podlab", "layout-panes")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := app.Div().Body(tt.c)
			defer tt.mount(root)()
			if err := app.TestMatch(root, app.TestUIDescriptor{Path: rootOf, Expected: tt.wantDiv}); err != nil {
				t.Error(err)
			}
		})
	}
}

func serverTester(c app.UI) func() {
	d := app.NewServerTester(c)
	d.Consume()
	return d.Close
}

func clientTester(c app.UI) func() {
	d := app.NewClientTester(c)
	d.Consume()
	return d.Close
}

func TestShellLandmarks(t *testing.T) {
	tests := []struct {
		name     string
		c        *shell
		want     []string
		dontWant []string
	}{
		{
			name: "three panes",
			c:    &shell{Heading: "H", Lesson: []app.UI{app.P()}, Editor: []app.UI{app.P()}, Stage: []app.UI{app.P()}},
			want: []string{`<header`, `<nav`, `aria-label="Course"`, `<main`, `id="main"`, `aria-label="Lesson"`,
				`aria-label="Editor"`, `<aside`, `aria-label="Stage"`, `<footer`, `<h1 class="page-heading">H</h1>`, `href="#main"`},
		},
		{
			name:     "reading column",
			c:        &shell{Heading: "H", Lesson: []app.UI{app.P()}},
			want:     []string{`layout-single`, `<main`, `<footer`},
			dontWant: []string{`<aside`, `aria-label="Editor"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html := prerenderHTML(t, tt.c)
			for _, w := range tt.want {
				if !strings.Contains(html, w) {
					t.Errorf("page lacks %s:\n%s", w, html)
				}
			}
			for _, w := range tt.dontWant {
				if strings.Contains(html, w) {
					t.Errorf("page has %s:\n%s", w, html)
				}
			}
		})
	}
}

func TestEveryRouteHasItsHeading(t *testing.T) {
	toc := testCourse
	want := map[string]string{homePath: "Kubernetes Pods, step by step", sandboxPath: "Sandbox", consolePath: "kubectl console"}
	for i, e := range toc {
		want[lessonPath(e.Slug)] = lessonHeading(i, e.Title)
	}
	for _, r := range routes(toc) {
		t.Run(r.Path, func(t *testing.T) {
			html := clientHTML(t, r.New())
			h1 := `<h1 class="page-heading">` + escape(want[r.Path]) + `</h1>`
			if !strings.Contains(html, h1) {
				t.Errorf("got page\n%s\nwant %s", html, h1)
			}
			if !strings.Contains(html, `data-testid="app-ready"`) {
				t.Errorf("page never says app-ready:\n%s", html)
			}
		})
	}
}

func escape(s string) string { return strings.ReplaceAll(s, "&", "&amp;") }

func TestLinksKeepTheSitePrefix(t *testing.T) {
	t.Setenv("GOAPP_ROOT_PREFIX", "/podlab")
	html := prerenderHTML(t, newHomePage(testCourse))
	for _, e := range testCourse {
		if want := `href="/podlab/lessons/` + e.Slug + `"`; !strings.Contains(html, want) {
			t.Errorf("home page lacks %s", want)
		}
	}
	if strings.Contains(html, `href="/lessons/`) || strings.Contains(html, `href="/sandbox"`) {
		t.Errorf("home page links outside /podlab:\n%s", html)
	}
}

func TestCourseNav(t *testing.T) {
	t.Setenv("GOAPP_ROOT_PREFIX", "")
	toc := []tocEntry{{Slug: "a", Title: "A"}, {Slug: "b", Title: "B"}, {Slug: "c", Title: "C"}}
	tests := []struct {
		name string
		at   int
		want []string
	}{
		{"home", -1, []string{`href="/"`, `href="/lessons/a" rel="next"`}},
		{"first lesson", 0, []string{`href="/"`, `href="/lessons/b" rel="next"`}},
		{"middle lesson", 1, []string{`href="/"`, `href="/lessons/a" rel="prev"`, `href="/lessons/c" rel="next"`}},
		{"last lesson", 2, []string{`href="/"`, `href="/lessons/b" rel="prev"`, `href="/sandbox" rel="next"`}},
		{"sandbox", 3, []string{`href="/"`, `href="/lessons/c" rel="prev"`, `href="/console" rel="next"`}},
		{"console", 4, []string{`href="/"`, `href="/sandbox" rel="prev"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			links := courseNavIn(langEN, toc, tt.at)
			var got []string
			for _, l := range links {
				got = append(got, hrefAndRel(prerenderHTML(t, app.Div().Body(l))))
			}
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("courseNavIn(en, %d) = %q, want %q", tt.at, got, tt.want)
			}
		})
	}
}

// hrefAndRel pulls `href="…"` and ` rel="…"` out of one printed link.
func hrefAndRel(html string) string {
	attr := func(name string) string {
		i := strings.Index(html, name+`="`)
		if i < 0 {
			return ""
		}
		j := strings.Index(html[i+len(name)+2:], `"`)
		return html[i : i+len(name)+3+j]
	}
	if rel := attr("rel"); rel != "" {
		return attr("href") + " " + rel
	}
	return attr("href")
}

// TestShellLeavesItsSlotsAlone: go-app filters Body's arguments in place;
// the shell must not let that rewrite the slices it was handed.
func TestShellLeavesItsSlotsAlone(t *testing.T) {
	lesson := []app.UI{app.If(false, app.P().Text("hidden")), app.P().Text("shown")}
	s := &shell{Heading: "H", Lesson: lesson}
	html := prerenderHTML(t, s)
	if n := strings.Count(html, "shown"); n != 1 {
		t.Errorf("slot element rendered %d times, want 1:\n%s", n, html)
	}
	if _, isP := lesson[1].(app.HTMLP); !isP {
		t.Errorf("the caller's Lesson slice was rewritten: %#v", lesson)
	}
}

func TestFooterWithoutPlayerSaysWhatPodlabIs(t *testing.T) {
	html := prerenderHTML(t, &shell{Heading: "H"})
	if !strings.Contains(html, `<footer class="site-footer">`) {
		t.Errorf("no site footer:\n%s", html)
	}
}
