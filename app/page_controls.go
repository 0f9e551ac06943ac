package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// pageControls are the header's buttons: language, theme, presentation
// mode and help.
//
// PLACEHOLDER: the UI engineer replaces these with the real components
// (i18n*.go, theme*.go, ...); they are labelled buttons that do nothing yet.
func pageControls() []app.UI {
	return []app.UI{
		// Text, not aria-label: a button's accessible name must contain
		// the words it shows (WCAG 2.5.3, axe label-content-name-mismatch).
		controlButton("lang", "Switch language",
			app.Span().Class("visually-hidden").Text("Language: "),
			app.Span().Lang("zh-CN").Text("中文"), app.Text(" / EN")),
		iconButton("theme", "Toggle dark theme", "☾"),
		iconButton("present", "Presentation mode", "⛶"),
		iconButton("help", "Help", "?"),
	}
}

// controlButton is a header button with a tooltip; its text names it.
func controlButton(id, tooltip string, body ...app.UI) app.HTMLButton {
	return app.Button().Type("button").Class("control").
		DataSet("testid", "control-"+id).Title(tooltip).Body(body...)
}

// iconButton is a header button that shows a symbol; label names it.
func iconButton(id, label, symbol string) app.UI {
	return controlButton(id, label, app.Span().Aria("hidden", "true").Text(symbol)).Aria("label", label)
}
