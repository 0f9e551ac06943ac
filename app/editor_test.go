package main

import (
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/podlab/podlab/sim/api"
)

// editorHost is a minimal route owner: it holds the text, as the lesson
// page does, and re-renders the editor with it.
type editorHost struct {
	app.Compo
	Text  string
	Diags []api.Diagnostic
	Theme string
	Rev   int
	edits []string
	reset int
	ed    *codeEditor // the mounted editor: go-app keeps the first instance
}

func (h *editorHost) Render() app.UI {
	e := &codeEditor{
		Text: h.Text, Revision: h.Rev, Diagnostics: h.Diags, Theme: h.Theme, Lang: langEN,
		OnChange: func(ctx app.Context, text string) { h.edits = append(h.edits, text); h.Text = text },
		OnReset:  func(ctx app.Context) { h.reset++; h.Text = "starter"; h.Rev++ },
	}
	if h.ed == nil {
		h.ed = e
	}
	return e
}

// fakeBinding records what the editor pushes to CodeMirror.
type fakeBinding struct {
	texts    []string
	diags    [][]api.Diagnostic
	themes   []string
	commands []string
}

func (f *fakeBinding) SetText(t string)                  { f.texts = append(f.texts, t) }
func (f *fakeBinding) SetDiagnostics(d []api.Diagnostic) { f.diags = append(f.diags, d) }
func (f *fakeBinding) SetTheme(t string)                 { f.themes = append(f.themes, t) }
func (f *fakeBinding) SetSchema(string)                  {}
func (f *fakeBinding) Command(n string)                  { f.commands = append(f.commands, n) }
func (f *fakeBinding) Release()                          {}

// within runs fn on the UI goroutine with a context for node, then lets
// the updates settle: go-app dispatches OnUpdate after the frame that
// re-rendered, so it takes a second Consume.
func within(disp app.ClientDispatcher, node app.Composer, fn func(app.Context)) {
	disp.Dispatch(app.Dispatch{Mode: app.Update, Source: node, Function: fn})
	disp.Consume()
	disp.Consume()
}

func TestEditorFallbackIsATextarea(t *testing.T) {
	h := &editorHost{Text: "kind: Pod\n"}
	disp := app.NewClientTester(h)
	defer disp.Close()
	disp.Consume()

	ed := h.ed
	if !ed.fallback {
		t.Fatal("native build: editor did not fall back to the textarea")
	}
	if err := app.TestMatch(h, app.TestUIDescriptor{
		Path: app.TestPath(0, 0, 1),
		Expected: app.Textarea().Class("code-editor-fallback").DataSet("testid", "editor").
			Aria("label", "YAML editor").Aria("describedby", editorHintID).
			Spellcheck(false).Rows(24).Text("kind: Pod\n").
			OnInput(func(app.Context, app.Event) {}),
	}); err != nil {
		t.Error(err)
	}
	within(disp, ed, func(ctx app.Context) { ed.edited(ctx, "kind: Pod\nmetadata: {}\n") })
	if got, want := h.Text, "kind: Pod\nmetadata: {}\n"; got != want {
		t.Errorf("page text = %q, want %q", got, want)
	}
}

func TestEditorPushesOnlyWhatChanged(t *testing.T) {
	h := &editorHost{Text: "a: 1\n", Theme: "light"}
	disp := app.NewClientTester(h)
	defer disp.Close()
	disp.Consume()
	ed := h.ed
	fb := &fakeBinding{}
	ed.binding, ed.fallback = fb, false
	ed.shown = editorShown{theme: "light"}

	// The learner types: the page's text follows, nothing is pushed back,
	// not even a late echo of an older edit.
	within(disp, ed, func(ctx app.Context) { ed.edited(ctx, "a: 12\n") })
	within(disp, h, func(ctx app.Context) { h.Update() })
	within(disp, h, func(ctx app.Context) { h.Text = "a: 1\n"; h.Update() })
	if len(fb.texts) != 0 {
		t.Errorf("after an edit the editor got SetText(%q); want no push back", fb.texts)
	}

	// The simulator finds a problem: it is pushed once.
	d := []api.Diagnostic{{Line: 1, Col: 4, Field: "a", Message: "bad"}}
	within(disp, h, func(ctx app.Context) { h.Diags = d; h.Update() })
	within(disp, h, func(ctx app.Context) { h.Theme = "dark"; h.Update() })
	if len(fb.diags) != 1 || fb.diags[0][0] != d[0] {
		t.Errorf("diagnostics pushed %v, want once %v", fb.diags, d)
	}
	if len(fb.themes) != 1 || fb.themes[0] != "dark" {
		t.Errorf("themes pushed %v, want [dark]", fb.themes)
	}

	// Reset: the page replaces the text, so the editor's text is replaced.
	within(disp, ed, func(ctx app.Context) { ed.reset(ctx, app.Event{}) })
	within(disp, h, func(ctx app.Context) { h.Update() })
	if h.reset != 1 || len(fb.texts) != 1 || fb.texts[0] != "starter" {
		t.Errorf("after reset: resets=%d, SetText calls %q; want 1 and [starter]", h.reset, fb.texts)
	}
}

func TestEditorToolbar(t *testing.T) {
	h := &editorHost{Text: "a: 1\n"}
	disp := app.NewClientTester(h)
	defer disp.Close()
	disp.Consume()
	ed := h.ed
	fb := &fakeBinding{}
	ed.binding = fb
	for _, c := range []string{"undo", "redo", "format"} {
		ed.command(c)
	}
	if got := len(fb.commands); got != 3 {
		t.Errorf("commands %v, want undo, redo, format", fb.commands)
	}
}

func TestEditorProblemsAreText(t *testing.T) {
	h := &editorHost{Text: "a: 1\n", Diags: []api.Diagnostic{{Line: 3, Col: 7, Field: "metadata.name", Message: "<img src=x onerror=alert(1)>"}}}
	disp := app.NewClientTester(h)
	defer disp.Close()
	disp.Consume()
	if err := app.TestMatch(h, app.TestUIDescriptor{
		Path:     app.TestPath(0, 0, 2, 0, 0),
		Expected: app.Text("3:7 metadata.name: <img src=x onerror=alert(1)>"),
	}); err != nil {
		t.Error(err)
	}
}
