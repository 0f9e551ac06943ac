//go:build !js

package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// mountEditor has no CodeMirror outside the browser: the editor uses its
// textarea fallback, which is what the native component tests exercise.
func mountEditor(root app.Value, text string, o editorOptions) (editorBinding, bool) {
	return nil, false
}
