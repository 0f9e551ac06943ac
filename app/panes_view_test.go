package main

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

func TestSplitterKey(t *testing.T) {
	def := defaultPaneLayout()
	tests := []struct {
		name   string
		key    string
		shift  bool
		want   paneLayout
		wantOK bool
	}{
		{"← narrows the lesson", "ArrowLeft", false, layout(23, 32, 45), true},
		{"→ widens it", "ArrowRight", false, layout(27, 28, 45), true},
		{"Shift+→ widens it further", "ArrowRight", true, layout(35, 20, 45), true},
		{"Home: the lesson as narrow as it goes", "Home", false, layout(15, 40, 45), true},
		{"End: the editor as narrow as it goes", "End", false, layout(40, 15, 45), true},
		{"Enter: the default sizes", "Enter", false, def, true},
		{"other keys are the page's", " ", false, def, false},
		{"↑ is not a vertical splitter's key", "ArrowUp", false, def, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := splitterKey(def, 0, tt.key, tt.shift)
			if !sameLayout(got, tt.want) || ok != tt.wantOK {
				t.Errorf("splitterKey(default, 0, %q, shift %v) = %v, %v; want %v, %v", tt.key, tt.shift, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

// TestShellPanesCollapse drives the shell as the lesson page uses it:
// three panes with their buttons and splitters, then the lesson collapsed
// with its button's handler.
func TestShellPanesCollapse(t *testing.T) {
	s := &shell{Heading: "H", Lesson: []app.UI{app.P()}, Editor: []app.UI{app.P()}, Stage: []app.UI{app.P()}, Resizable: true}
	d := app.NewClientTester(s)
	defer d.Close()
	d.Consume()

	html := app.HTMLString(s)
	for _, want := range []string{
		`class="podlab layout-panes layout-resizable"`,
		`--pane-lesson:minmax(0, 25.00fr);--pane-editor:minmax(0, 30.00fr);--pane-stage:minmax(0, 45.00fr);`,
		`id="pane-lesson"`, `id="pane-editor"`, `id="pane-stage"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("open panes: page lacks %s:\n%s", want, html)
		}
	}
	for _, p := range []string{"lesson", "editor", "stage"} {
		b := startTag(html, `data-testid="pane-toggle-`+p+`"`)
		if !strings.Contains(b, `aria-expanded`) || strings.Contains(b, `aria-expanded="false"`) || !strings.Contains(b, `aria-controls="pane-`+p+`"`) || strings.Contains(b, "disabled") {
			t.Errorf("the %s's button is not an enabled, expanded toggle of pane-%[1]s: %s", p, b)
		}
	}
	for i, want := range []string{`aria-valuenow="25"`, `aria-valuenow="55"`} {
		sep := startTag(html, `data-testid="splitter-`+string(rune('0'+i))+`"`)
		if !strings.Contains(sep, `role="separator"`) || !strings.Contains(sep, `tabindex="0"`) || !strings.Contains(sep, want) {
			t.Errorf("splitter %d is not a focusable separator with %s: %s", i, want, sep)
		}
	}

	var saved string
	d.Dispatch(app.Dispatch{Mode: app.Update, Source: s, Function: func(ctx app.Context) {
		s.togglePane(ctx, paneLesson)
		ctx.GetState(statePanes, &saved)
	}})
	d.Consume()
	if want := "25,30,45;lesson"; saved != want {
		t.Errorf("saved layout %q, want %q", saved, want)
	}
	html = app.HTMLString(s)
	for _, want := range []string{
		`class="pane pane-lesson pane-collapsed"`,
		`--pane-lesson:var(--pane-strip);`,
		`Lesson pane</span>`, // the strip's name
	} {
		if !strings.Contains(html, want) {
			t.Errorf("lesson collapsed: page lacks %s:\n%s", want, html)
		}
	}
	if b := startTag(html, `data-testid="pane-toggle-lesson"`); !strings.Contains(b, `aria-expanded="false"`) {
		t.Errorf("the lesson's button does not say collapsed: %s", b)
	}
	if sep := startTag(html, `pane-split-0"`); strings.Contains(sep, "separator") || !strings.Contains(sep, "aria-hidden") {
		t.Errorf("splitter 0, with no open pane on its left, is still a separator: %s", sep)
	}
	if n := strings.Count(html, `role="separator"`); n != 1 {
		t.Errorf("%d separators, want 1 (between the editor and the stage)", n)
	}
}

// TestShellPanesLastOneStaysOpen: with two panes collapsed, the third's
// button is disabled.
func TestShellPanesLastOneStaysOpen(t *testing.T) {
	s := &shell{Heading: "H", Lesson: []app.UI{app.P()}, Editor: []app.UI{app.P()}, Stage: []app.UI{app.P()}, Resizable: true}
	d := app.NewClientTester(s)
	defer d.Close()
	d.Dispatch(app.Dispatch{Mode: app.Update, Source: s, Function: func(ctx app.Context) {
		savePanes(ctx, layout(25, 30, 45, paneLesson, paneEditor))
	}})
	d.Consume()
	html := app.HTMLString(s)
	if b := startTag(html, `data-testid="pane-toggle-stage"`); !strings.Contains(b, " disabled") || strings.Contains(b, `disabled="false"`) {
		t.Errorf("the stage's button is not disabled: %s", b)
	}
	if strings.Contains(html, `role="separator"`) {
		t.Errorf("one pane open, yet a separator:\n%s", html)
	}
}

func TestShellWithoutPanesIsUnchanged(t *testing.T) {
	html := prerenderHTML(t, &shell{Heading: "H", Lesson: []app.UI{app.P()}, Editor: []app.UI{app.P()}, Stage: []app.UI{app.P()}})
	for _, dontWant := range []string{"layout-resizable", "pane-toggle", "pane-splitter", "--pane-", `id="pane-`} {
		if strings.Contains(html, dontWant) {
			t.Errorf("a shell that is not Resizable has %s:\n%s", dontWant, html)
		}
	}
}

// startTag is the start tag in html that holds attr (go-app prints
// attributes in no fixed order), or "".
func startTag(html, attr string) string {
	i := strings.Index(html, attr)
	if i < 0 {
		return ""
	}
	j := strings.LastIndex(html[:i], "<")
	k := strings.Index(html[i:], ">")
	return html[j : i+k+1]
}
