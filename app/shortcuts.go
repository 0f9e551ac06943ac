package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// shortcut is something a key does on a lesson page.
type shortcut int

const (
	scNone shortcut = iota
	scPlayPause
	scPrev
	scNext
	scSlower
	scFaster
	scStart
	scPresent
	scTheme
	scLang
	scHelp
	scClose
)

// shortcutFor maps a KeyboardEvent.key to its shortcut. Modified keys
// (Ctrl, Alt, Meta) are the browser's and never reach here.
func shortcutFor(key string) shortcut {
	switch key {
	case " ", "k":
		return scPlayPause
	case "ArrowLeft":
		return scPrev
	case "ArrowRight":
		return scNext
	case "[":
		return scSlower
	case "]":
		return scFaster
	case "Home", "0":
		return scStart
	case "p":
		return scPresent
	case "t":
		return scTheme
	case "l":
		return scLang
	case "?":
		return scHelp
	case "Escape":
		return scClose
	}
	return scNone
}

// typingTarget reports whether a key event comes from somewhere the learner
// types (the YAML editor, a text field, a select), where keys are text and
// not shortcuts.
func typingTarget(e app.Event) bool {
	t := e.Get("target")
	if !t.Truthy() {
		return false
	}
	switch t.Get("tagName").String() {
	case "INPUT", "TEXTAREA", "SELECT":
		return true
	}
	return t.Get("isContentEditable").Bool()
}

// keyHelp is one line of the shortcuts dialog.
type keyHelp struct {
	Keys []string
	What msg
}

// keyHelps lists the shortcuts, in the order the dialog shows them.
func keyHelps() []keyHelp {
	return []keyHelp{
		{[]string{"Space"}, msgKeySpace},
		{[]string{"←", "→"}, msgKeyArrows},
		{[]string{"[", "]"}, msgKeyBrackets},
		{[]string{"Home"}, msgKeyHome},
		{[]string{"P"}, msgKeyP},
		{[]string{"T"}, msgKeyT},
		{[]string{"L"}, msgKeyL},
		{[]string{"←", "→", "Home", "End", "Enter"}, msgKeySplitter},
		{[]string{"?"}, msgKeyQuestion},
		{[]string{"Esc"}, msgKeyEscape},
	}
}

// shortcutsDialog lists every shortcut. It is modal while open; the close
// button takes the focus so Enter or Escape closes it at once.
type shortcutsDialog struct {
	app.Compo

	Lang lang
	Open bool
}

// OnUpdate moves the focus into the dialog when it opens.
func (d *shortcutsDialog) OnUpdate(ctx app.Context) {
	if d.Open && app.IsClient {
		ctx.Defer(func(app.Context) {
			if b := app.Window().GetElementByID("shortcuts-close"); b.Truthy() {
				b.Call("focus")
			}
		})
	}
}

// Render draws the dialog, or nothing while closed.
func (d *shortcutsDialog) Render() app.UI {
	if !d.Open {
		return app.Div().Class("shortcuts-closed")
	}
	hs := keyHelps()
	return app.Div().Class("dialog-backdrop").Body(
		app.Div().Class("dialog").Role("dialog").Aria("modal", "true").
			Aria("labelledby", "shortcuts-title").DataSet("testid", "shortcuts").Body(
			app.H2().ID("shortcuts-title").Text(d.Lang.T(msgShortcutsTitle)),
			app.Dl().Class("keys").Body(app.Range(hs).Slice(func(i int) app.UI {
				return app.Div().Class("key-row").Body(
					app.Dt().Body(app.Range(hs[i].Keys).Slice(func(j int) app.UI {
						return app.Kbd().Text(hs[i].Keys[j])
					})),
					app.Dd().Text(d.Lang.T(hs[i].What)),
				)
			})),
			app.Button().Type("button").Class("control", "dialog-reset-panes").DataSet("testid", "reset-panes").
				OnClick(resetPanes).Text(d.Lang.T(msgResetLayout)),
			app.Button().Type("button").ID("shortcuts-close").Class("control", "dialog-close").
				OnClick(func(ctx app.Context, e app.Event) { ctx.SetState(stateHelp, false) }).
				Text(d.Lang.T(msgClose)),
		),
	)
}

// resetPanes gives the lesson page's panes their default sizes, all open.
func resetPanes(ctx app.Context, e app.Event) {
	savePanes(ctx, defaultPaneLayout())
}
