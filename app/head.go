//go:build !wasm

package main

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Colours the browser shows before the stylesheet loads (and in the PWA's
// title bar); they match web/podlab.css.
const (
	themeColor      = "#1d4e89"
	backgroundColor = "#f7f7f4"
)

// loadingLabel is what go-app's loader says while app.wasm loads. No
// {progress}: go-app divides the bytes it has read by Content-Length, which
// a gzipping host like GitHub Pages leaves out (NaN%) or gives compressed
// (over 100%).
const loadingLabel = "Loading Podlab…"

// site is one build of the static site.
type site struct {
	// Prefix is the URL path the site lives under: "" for the host's root,
	// "/podlab" for https://USER.github.io/podlab/.
	Prefix string
	// Version names this build's service-worker cache; it changes whenever
	// any file of the site changes, so browsers pick up a new deploy.
	Version string
	// Styles and Scripts are the site paths (/web/...) of web/*.css and
	// web/*.js, loaded in this order.
	Styles, Scripts []string
}

// cleanPrefix turns "podlab/", "/podlab" or "/podlab/" into "/podlab",
// and "" or "/" into "" (the host's root).
func cleanPrefix(p string) string {
	if p = strings.Trim(p, "/"); p == "" {
		return ""
	}
	return "/" + p
}

// url is the address of path on the site: url("/app.js") is
// "/podlab/app.js".
func (s site) url(path string) string { return s.Prefix + path }

// resources tells go-app where the site lives. At the root, LocalDir("")
// gives the empty prefix that go-app's client router expects (a prefix
// of "/" would strip the leading slash of every path).
func (s site) resources() app.ResourceProvider {
	if s.Prefix == "" {
		return app.LocalDir("")
	}
	return app.CustomProvider("", s.Prefix)
}

// handler is the go-app handler that renders the site's pages. The site
// is then fixed up (fixHTML) and written out as static files; the handler
// never serves anyone directly.
func (s site) handler() *app.Handler {
	return &app.Handler{
		Name:            "Podlab",
		ShortName:       "Podlab",
		Title:           "Podlab",
		Description:     "An interactive course on Kubernetes Pods: write a Pod spec and watch a simulated kubelet run it.",
		Author:          "Podlab",
		Keywords:        []string{"Kubernetes", "Pod", "kubelet", "course", "Kubernetes 教程"},
		Lang:            "en",
		LoadingLabel:    loadingLabel,
		ThemeColor:      themeColor,
		BackgroundColor: backgroundColor,
		Icon: app.Icon{
			Default:    "/web/icon-192.png",
			Large:      "/web/icon-512.png",
			SVG:        "/web/icon.svg",
			AppleTouch: "/web/icon-192.png",
		},
		Styles:    append([]string(nil), s.Styles...),
		Scripts:   deferAll(s.Scripts),
		Resources: s.resources(),
		Version:   s.Version,
	}
}

// deferAll marks scripts to load without blocking the first paint.
func deferAll(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = strings.TrimSpace(p) + " defer"
	}
	return out
}
