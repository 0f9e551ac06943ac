//go:build !wasm

package main

import "encoding/json"

// manifestIcon is one entry of the web app manifest's icons.
type manifestIcon struct {
	Src     string `json:"src"`
	Type    string `json:"type"`
	Sizes   string `json:"sizes"`
	Purpose string `json:"purpose,omitempty"`
}

// manifest is the web app manifest. Podlab writes its own instead of
// go-app's, which has no id, no lang and no maskable icon (Android crops
// a non-maskable icon into a circle and cuts its edges).
type manifest struct {
	ID              string         `json:"id"`
	Name            string         `json:"name"`
	ShortName       string         `json:"short_name"`
	Description     string         `json:"description"`
	Lang            string         `json:"lang"`
	StartURL        string         `json:"start_url"`
	Scope           string         `json:"scope"`
	Display         string         `json:"display"`
	BackgroundColor string         `json:"background_color"`
	ThemeColor      string         `json:"theme_color"`
	Icons           []manifestIcon `json:"icons"`
}

// manifestJSON is the manifest of s.
func (s site) manifestJSON() ([]byte, error) {
	h := s.handler()
	m := manifest{
		ID:              s.url("/"),
		Name:            h.Name,
		ShortName:       h.ShortName,
		Description:     h.Description,
		Lang:            h.Lang,
		StartURL:        s.url("/"),
		Scope:           s.url("/"),
		Display:         "standalone",
		BackgroundColor: h.BackgroundColor,
		ThemeColor:      h.ThemeColor,
		Icons: []manifestIcon{
			{Src: s.url("/web/icon.svg"), Type: "image/svg+xml", Sizes: "any"},
			{Src: s.url("/web/icon-192.png"), Type: "image/png", Sizes: "192x192"},
			{Src: s.url("/web/icon-512.png"), Type: "image/png", Sizes: "512x512"},
			{Src: s.url("/web/icon-maskable-512.png"), Type: "image/png", Sizes: "512x512", Purpose: "maskable"},
		},
	}
	return json.MarshalIndent(m, "", "  ")
}
