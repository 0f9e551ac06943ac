package main

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/podlab/podlab/sim/api"
)

// editorDebounceMS is how long the editor waits after the last keystroke
// before it reports the text, so a re-simulation runs once per pause in
// typing rather than once per key.
const editorDebounceMS = 250

// codeEditor is the YAML editor: CodeMirror 6 (web/editor.js) in the
// browser, a plain textarea where that bundle is missing (native tests, a
// failed download). It is a view: the page owns the text and passes it
// down; the editor reports edits up through OnChange.
type codeEditor struct {
	app.Compo

	// Text is the spec the page holds. The editor shows it when it mounts
	// and whenever Revision changes; otherwise it is the echo of the
	// learner's own edits, which may lag behind what they typed, so it is
	// never pushed back (that would undo their last keystrokes).
	Text string
	// Revision is bumped by the page when it replaces the text (reset, a
	// draft loaded, a progress import): the editor then shows Text, as one
	// undoable change.
	Revision int
	// Diagnostics are the simulator's problems with Text, shown inline.
	Diagnostics []api.Diagnostic
	// Lang is the language of the editor's own controls.
	Lang lang
	// Theme is "light" or "dark" ("" follows the system).
	Theme string
	// Schema is the field table for completion and hover docs, as JSON
	// (see editorSchemaJSON); "" turns both off.
	Schema string
	// OnChange receives the text after an edit, debounced.
	OnChange func(ctx app.Context, text string)
	// OnReset restores the lesson's starter; nil hides the reset button.
	OnReset func(ctx app.Context)

	binding  editorBinding // nil until mounted, and in the textarea fallback
	fallback bool          // CodeMirror is not available: use the textarea
	rev      int           // the Revision whose Text the editor was given
	initial  string        // the textarea fallback's text, as of rev
	shown    editorShown   // what was last pushed to CodeMirror
}

// editorShown remembers what was pushed to CodeMirror, so OnUpdate only
// crosses into JavaScript for what changed.
type editorShown struct {
	diags  []api.Diagnostic
	theme  string
	schema string
}

// editorBinding is the editor's handle on CodeMirror (editor_js.go); the
// native build has none (editor_other.go).
type editorBinding interface {
	SetText(text string)
	SetDiagnostics(ds []api.Diagnostic)
	SetTheme(theme string)
	SetSchema(schemaJSON string)
	Command(name string) // "undo", "redo", "format", "focus"
	Release()
}

// editorOptions configure a new binding.
type editorOptions struct {
	Label      string
	Theme      string
	DebounceMS int
	OnChange   func(text string) // called on the JavaScript side's goroutine
}

// OnMount starts CodeMirror in the host element, or falls back to the
// textarea when the bundle is not there.
func (c *codeEditor) OnMount(ctx app.Context) {
	c.rev, c.initial = c.Revision, c.Text
	c.mount(ctx, editorMountTries)
}

// editorMountTries bounds the wait for web/editor.js: a deferred script
// that normally runs long before the wasm starts, but a slow machine may
// reorder them. 20 tries 100 ms apart, then the textarea.
const editorMountTries = 20

func (c *codeEditor) mount(ctx app.Context, tries int) {
	b, ok := mountEditor(ctx.JSSrc(), c.Text, editorOptions{
		Label:      c.Lang.pick(editorLabel),
		Theme:      c.Theme,
		DebounceMS: editorDebounceMS,
		OnChange: func(text string) {
			ctx.Dispatch(func(ctx app.Context) { c.edited(ctx, text) })
		},
	})
	switch {
	case ok:
		c.binding = b
		c.push()
	case app.IsClient && tries > 1:
		ctx.After(100*time.Millisecond, func(ctx app.Context) { c.mount(ctx, tries-1) })
	default:
		c.fallback = true
		c.initial = c.Text
	}
}

// OnDismount releases the JavaScript callbacks.
func (c *codeEditor) OnDismount() {
	if c.binding != nil {
		c.binding.Release()
		c.binding = nil
	}
}

// OnUpdate carries the page's new inputs into CodeMirror.
func (c *codeEditor) OnUpdate(ctx app.Context) {
	replaced := c.Revision != c.rev
	if replaced {
		c.rev, c.initial = c.Revision, c.Text
	}
	if c.binding == nil {
		return
	}
	if replaced {
		c.binding.SetText(c.Text)
	}
	c.push()
}

// push sends diagnostics, theme and schema when they changed.
func (c *codeEditor) push() {
	if !sameDiagnostics(c.shown.diags, c.Diagnostics) {
		c.shown.diags = c.Diagnostics
		c.binding.SetDiagnostics(c.Diagnostics)
	}
	if c.shown.theme != c.Theme {
		c.shown.theme = c.Theme
		c.binding.SetTheme(c.Theme)
	}
	if c.shown.schema != c.Schema {
		c.shown.schema = c.Schema
		c.binding.SetSchema(c.Schema)
	}
}

// edited reports the learner's edit.
func (c *codeEditor) edited(ctx app.Context, text string) {
	if c.OnChange != nil {
		c.OnChange(ctx, text)
	}
}

func sameDiagnostics(a, b []api.Diagnostic) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
