//go:build js

package main

import (
	"syscall/js"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/podlab/podlab/sim/api"
)

// jsEditor drives one CodeMirror instance made by web/editor.js
// (editor/src/main.js) through its window.podlabEditor API.
type jsEditor struct {
	ed       js.Value
	onChange js.Func
}

var _ editorBinding = (*jsEditor)(nil)

// mountEditor creates CodeMirror in root's .code-editor-host element. It
// reports false when the bundle did not load, so the page falls back to
// the textarea instead of failing.
func mountEditor(root app.Value, text string, o editorOptions) (editorBinding, bool) {
	lib := js.Global().Get("podlabEditor")
	if lib.Type() != js.TypeObject || root == nil {
		return nil, false
	}
	host := app.JSValue(root).Call("querySelector", ".code-editor-host")
	if host.IsNull() || host.IsUndefined() {
		return nil, false
	}
	e := &jsEditor{}
	e.onChange = js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) > 0 {
			text := args[0].String()
			recovered("editor change", func() { o.OnChange(text) })
		}
		return nil
	})
	e.ed = lib.Call("create", host, text, map[string]any{
		"label":       o.Label,
		"describedBy": editorHintID,
		"theme":       o.Theme,
		"debounce":    o.DebounceMS,
		"onChange":    e.onChange,
	})
	return e, true
}

func (e *jsEditor) SetText(text string) { e.ed.Call("setText", text) }

// SetDiagnostics passes {line, col, message} objects; the message is set
// as text by the bundle, never as HTML.
func (e *jsEditor) SetDiagnostics(ds []api.Diagnostic) {
	list := make([]any, len(ds))
	for i, d := range ds {
		list[i] = map[string]any{"line": d.Line, "col": d.Col, "message": diagnosticText(d)}
	}
	e.ed.Call("setDiagnostics", list)
}

func (e *jsEditor) SetTheme(theme string) { e.ed.Call("setTheme", theme) }

// SetSchema parses the JSON field table on the JavaScript side, once.
func (e *jsEditor) SetSchema(schemaJSON string) {
	if schemaJSON == "" {
		e.ed.Call("setSchema", js.Null())
		return
	}
	e.ed.Call("setSchema", js.Global().Get("JSON").Call("parse", schemaJSON))
}

// Command runs one of the editor's commands: undo, redo, format, focus.
func (e *jsEditor) Command(name string) { e.ed.Call(name) }

func (e *jsEditor) Release() {
	e.ed.Call("destroy")
	e.onChange.Release()
}
