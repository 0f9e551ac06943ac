package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// The transport icons are inline SVG, not text: the media-control glyphs
// (U+23EE…) are missing from many fonts, a projector's laptop included.
// They are constants, never built from input, so app.Raw is safe here.
const (
	iconPlay     = `<svg class="svg-icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M4 2.5v11l9-5.5z" fill="currentColor"/></svg>`
	iconPause    = `<svg class="svg-icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z" fill="currentColor"/></svg>`
	iconStepBack = `<svg class="svg-icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M2.5 2.5h2v11h-2zM13.5 2.5v11l-8-5.5z" fill="currentColor"/></svg>`
	iconStepFwd  = `<svg class="svg-icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M11.5 2.5h2v11h-2zM2.5 2.5v11l8-5.5z" fill="currentColor"/></svg>`
)

// svgIcon renders one of the constants above.
func svgIcon(svg string) app.UI { return app.Raw(svg) }
