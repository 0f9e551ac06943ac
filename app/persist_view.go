package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// keepBar is the row under the editor: share link, run exports, progress
// export and import, and the message about the last of them. A view: the
// workbench passes its state down and its methods up.
type keepBar struct {
	app.Compo

	Lang   lang
	Link   string // the last share link; "" hides the field
	Notice notice
	Ctl    keepControl
}

// keepControl is what the bar asks of the workbench.
type keepControl interface {
	share(ctx app.Context)
	exportTranscript(ctx app.Context)
	exportJSON(ctx app.Context)
	exportProgress(ctx app.Context)
	importProgress(ctx app.Context, e app.Event)
}

var _ keepControl = (*podWorkbench)(nil)

// Render draws the buttons, the link and the message.
func (b *keepBar) Render() app.UI {
	l := b.Lang
	return app.Div().Class("keep-bar").Role("group").Aria("label", l.pick(keepToolsLabel)).Body(
		app.Div().Class("keep-buttons").Body(
			b.button("share", keepShare, keepShareHint, b.Ctl.share),
			b.button("export-text", keepTranscript, keepTranscriptH, b.Ctl.exportTranscript),
			b.button("export-json", keepJSON, keepJSONHint, b.Ctl.exportJSON),
			b.button("export-progress", keepExport, keepExportHint, b.Ctl.exportProgress),
			app.Label().Class("tool", "keep-import").Title(l.pick(keepImportHint)).Body(
				app.Text(l.pick(keepImport)),
				app.Input().Type("file").Accept(".json,application/json").Class("visually-hidden").
					DataSet("testid", "import-progress").OnChange(b.Ctl.importProgress),
			),
		),
		app.If(b.Link != "",
			app.Input().Type("text").ReadOnly(true).Class("keep-link").DataSet("testid", "share-link").
				Aria("label", l.pick(keepLinkLabel)).Value(b.Link).
				OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") }),
		),
		b.renderNotice(),
	)
}

func (b *keepBar) button(id string, name, hint bilingual, do func(app.Context)) app.UI {
	return app.Button().Type("button").Class("tool").DataSet("testid", id).
		Title(b.Lang.pick(hint)).Text(b.Lang.pick(name)).
		OnClick(func(ctx app.Context, e app.Event) { do(ctx) })
}

// renderNotice is always in the page, so screen readers announce changes.
func (b *keepBar) renderNotice() app.UI {
	role := "status"
	if b.Notice.alert {
		role = "alert"
	}
	return app.P().Class("keep-notice").Role(role).DataSet("testid", "keep-notice").
		Text(b.Notice.in(b.Lang))
}
