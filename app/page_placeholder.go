package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// PLACEHOLDER panes. The editor, stage and player components (editor*.go,
// stage*.go, player*.go) replace these functions' results in the route
// components; the shell's slots stay as they are.

const placeholderSpec = `apiVersion: v1
kind: Pod
metadata:
  name: hello
spec:
  containers:
  - name: app
    image: busybox
    command: ["sh", "-c", "echo hello; sleep 3600"]
`

func placeholderEditor() []app.UI {
	return []app.UI{
		app.Label().For("spec").Class("pane-title").Text("Pod spec (YAML)"),
		app.Textarea().ID("spec").Class("editor-text").DataSet("testid", "editor").
			Spellcheck(false).Rows(16).Text(placeholderSpec),
	}
}

func placeholderStage() []app.UI {
	return []app.UI{
		app.H2().Class("pane-title").Text("Stage"),
		app.Div().Class("stage-node").Body(
			app.P().Text("node-1"),
			app.Div().Class("stage-pod").Body(
				app.P().Text("Pod hello"),
				app.P().DataSet("testid", "pod-status").Text("Pending"),
			),
		),
	}
}

func placeholderPlayer() []app.UI {
	return []app.UI{
		app.Button().Type("button").Class("control").Disabled(true).Aria("label", "Play").Text("▶"),
		app.Label().For("scrub").Class("visually-hidden").Text("Time"),
		app.Input().Type("range").ID("scrub").Class("scrub").Min(0).Max(600).Value(0).Disabled(true),
		app.Span().Class("clock").DataSet("testid", "clock").Text("0:00 / 10:00"),
	}
}
