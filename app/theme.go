package main

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// The go-app states the UI preferences live in. Language, theme and the
// pane sizes are persisted (localStorage) so a second visit keeps them;
// presentation mode and the help dialog are for this visit only.
const (
	stateLang    = "podlab.lang"
	stateTheme   = "podlab.theme"
	statePresent = "podlab.present"
	stateHelp    = "podlab.help"
	statePanes   = "podlab.panes" // a paneLayout's String (panes.go)
)

// theme is the colour scheme; themeSystem follows prefers-color-scheme.
type theme string

const (
	themeSystem theme = ""
	themeLight  theme = "light"
	themeDark   theme = "dark"
)

// toggled is the other theme. From "system" it picks the opposite of what
// the system shows now, so the first press always changes the screen.
func (t theme) toggled(systemDark bool) theme {
	switch {
	case t == themeDark, t == themeSystem && systemDark:
		return themeLight
	}
	return themeDark
}

// detectLang picks the UI language from navigator.languages at the first
// visit: the first Chinese or English entry wins; English otherwise.
func detectLang(browser []string) lang {
	for _, tag := range browser {
		t := strings.ToLower(tag)
		switch {
		case strings.HasPrefix(t, "zh"):
			return langZH
		case strings.HasPrefix(t, "en"):
			return langEN
		}
	}
	return langEN
}

// otherLang is the language the switch changes to.
func (l lang) other() lang {
	if l == langZH {
		return langEN
	}
	return langZH
}

// browserLangs reads navigator.languages.
func browserLangs() []string {
	if !app.IsClient {
		return nil
	}
	nav := app.Window().Get("navigator")
	list := nav.Get("languages")
	if !list.Truthy() {
		return []string{nav.Get("language").String()}
	}
	out := make([]string, list.Length())
	for i := range out {
		out[i] = list.Index(i).String()
	}
	return out
}

// systemDark reports whether the system asks for a dark scheme.
func systemDark() bool {
	if !app.IsClient {
		return false
	}
	return app.Window().Call("matchMedia", "(prefers-color-scheme: dark)").Get("matches").Bool()
}

// applyPrefs writes the preferences onto <html>: lang for screen readers
// and fonts, data-theme and data-presentation for the CSS (web/podlab.css).
func applyPrefs(l lang, t theme, present bool) {
	if !app.IsClient {
		return
	}
	root := app.Window().Get("document").Get("documentElement")
	root.Call("setAttribute", "lang", string(l))
	if t == themeSystem {
		root.Call("removeAttribute", "data-theme")
	} else {
		root.Call("setAttribute", "data-theme", string(t))
	}
	root.Call("setAttribute", "data-presentation", onOff(present))
}

// loadLang returns the remembered language, detecting it from the browser
// (and remembering that) on the first visit.
func loadLang(ctx app.Context) lang {
	var l lang
	ctx.GetState(stateLang, &l)
	if !l.valid() {
		l = detectLang(browserLangs())
		ctx.SetState(stateLang, l, app.Persist)
	}
	return l
}

// onOff is "on" or "off", for data attributes.
func onOff(b bool) string {
	if b {
		return "on"
	}
	return "off"
}
