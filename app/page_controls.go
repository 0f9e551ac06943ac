package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// pageControls are the header's switches: language, theme, presentation
// mode and help (theme_controls.go).
func pageControls() []app.UI {
	return []app.UI{&prefControls{}}
}
