package main

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// editorHintID names the keyboard hint the editor is described by.
const editorHintID = "editor-keys-hint"

// Render draws the toolbar, the editor host (or the textarea fallback) and
// the keyboard hint.
func (c *codeEditor) Render() app.UI {
	return app.Div().Class("code-editor").Body(
		c.renderToolbar(),
		app.If(c.fallback, c.renderTextarea()).
			Else(app.Div().Class("code-editor-host").DataSet("testid", "editor")),
		app.If(c.fallback, c.renderProblems()),
		app.P().ID(editorHintID).Class("code-editor-hint").Text(c.Lang.pick(editorKeysHint)),
	)
}

func (c *codeEditor) renderToolbar() app.UI {
	return app.Div().Class("code-editor-toolbar").Role("toolbar").
		Aria("label", c.Lang.pick(editorToolbar)).Body(
		app.If(!c.fallback,
			c.toolButton("undo", editorUndo, "↶"),
			c.toolButton("redo", editorRedo, "↷"),
			c.toolButton("format", editorFormat, "⇥"),
		),
		app.If(c.OnReset != nil,
			app.Button().Type("button").Class("tool").DataSet("testid", "editor-reset").
				Title(c.Lang.pick(editorResetHint)).OnClick(c.reset).
				Text(c.Lang.pick(editorReset)),
		),
	)
}

// toolButton is a toolbar button with an icon and its name as text.
func (c *codeEditor) toolButton(cmd string, name bilingual, icon string) app.UI {
	return app.Button().Type("button").Class("tool").DataSet("testid", "editor-"+cmd).
		OnClick(func(ctx app.Context, e app.Event) { c.command(cmd) }).Body(
		app.Span().Aria("hidden", "true").Text(icon+" "),
		app.Text(c.Lang.pick(name)),
	)
}

func (c *codeEditor) command(name string) {
	if c.binding != nil {
		c.binding.Command(name)
	}
}

func (c *codeEditor) reset(ctx app.Context, e app.Event) {
	if c.OnReset != nil {
		c.OnReset(ctx)
	}
}

// renderTextarea is the fallback editor: plain, labelled, spell-check off.
func (c *codeEditor) renderTextarea() app.UI {
	return app.Textarea().Class("code-editor-fallback").DataSet("testid", "editor").
		Aria("label", c.Lang.pick(editorLabel)).Aria("describedby", editorHintID).
		Spellcheck(false).Rows(24).Text(c.initial).
		OnInput(func(ctx app.Context, e app.Event) {
			c.edited(ctx, ctx.JSSrc().Get("value").String())
		})
}

// renderProblems lists the diagnostics under the textarea fallback (in
// CodeMirror they are written under their lines).
func (c *codeEditor) renderProblems() app.UI {
	return app.Ul().Class("code-editor-problems").Body(
		app.Range(c.Diagnostics).Slice(func(i int) app.UI {
			d := c.Diagnostics[i]
			return app.Li().DataSet("testid", "editor-diagnostic").
				Text(fmt.Sprintf("%d:%d %s", d.Line, d.Col, diagnosticText(d)))
		}),
	)
}
