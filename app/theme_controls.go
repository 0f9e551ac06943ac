package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// prefControls are the header's switches: language, theme, presentation
// mode and the shortcuts help. They keep the go-app states and <html> in
// step; every page renders them once, in its header.
type prefControls struct {
	app.Compo

	lang    lang
	theme   theme
	present bool
}

// OnMount loads the preferences, follows their changes (the keyboard
// shortcuts set them too) and applies them to the document.
func (c *prefControls) OnMount(ctx app.Context) {
	c.lang = loadLang(ctx)
	ctx.GetState(stateTheme, &c.theme)
	apply := func() { applyPrefs(c.lang, c.theme, c.present) }
	ctx.ObserveState(stateLang).OnChange(apply).Value(&c.lang)
	ctx.ObserveState(stateTheme).OnChange(apply).Value(&c.theme)
	ctx.ObserveState(statePresent).OnChange(apply).Value(&c.present)
	apply()
}

// Render draws the switches; each says what it does in the current
// language and shows its state in words too.
func (c *prefControls) Render() app.UI {
	l := c.lang.orDefault()
	return app.Div().Class("pref-controls").Body(
		app.Button().Type("button").Class("control", "ctl-lang").DataSet("testid", "control-lang").
			Title(l.T(msgLanguage)).Aria("label", l.T(msgLanguage)+": "+l.other().name()).
			OnClick(c.switchLang).
			Body(app.Span().Lang(string(l.other())).Text(l.other().name())),
		app.Button().Type("button").Class("control", "ctl-theme").DataSet("testid", "control-theme").
			Title(l.T(msgTheme)).Aria("label", l.T(msgTheme)+": "+c.themeWord(l)).
			Aria("pressed", c.effectiveDark()).
			OnClick(func(ctx app.Context, e app.Event) {
				ctx.SetState(stateTheme, c.theme.toggled(systemDark()), app.Persist)
			}).
			Body(app.Span().Aria("hidden", "true").Text(themeGlyph(c.effectiveDark()))),
		app.Button().Type("button").Class("control", "ctl-present").DataSet("testid", "control-present").
			Title(l.T(msgPresent)).Aria("label", l.T(msgPresent)).Aria("pressed", c.present).
			OnClick(func(ctx app.Context, e app.Event) { ctx.SetState(statePresent, !c.present) }).
			Body(app.Span().Aria("hidden", "true").Text("⤢")),
		app.Button().Type("button").Class("control", "ctl-help").DataSet("testid", "control-help").
			Title(l.T(msgShortcuts)).Aria("label", l.T(msgShortcuts)).
			OnClick(func(ctx app.Context, e app.Event) { ctx.SetState(stateHelp, true) }).
			Body(app.Span().Aria("hidden", "true").Text("?")),
	)
}

func (c *prefControls) effectiveDark() bool {
	return c.theme == themeDark || c.theme == themeSystem && systemDark()
}

func (c *prefControls) themeWord(l lang) string {
	if c.effectiveDark() {
		return l.T(msgThemeDark)
	}
	return l.T(msgThemeLight)
}

// themeGlyph shows the theme in force: a moon for dark, a sun for light.
func themeGlyph(dark bool) string {
	if dark {
		return "☾"
	}
	return "☀"
}

// switchLang switches to the other language. It reads c's language when
// clicked: go-app keeps the first closure it was given for an element
// (handlers are compared by code), so a captured language would go stale.
func (c *prefControls) switchLang(ctx app.Context, e app.Event) {
	ctx.SetState(stateLang, c.lang.orDefault().other(), app.Persist)
}
