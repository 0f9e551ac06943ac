//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"regexp"
)

// go-app v9.8.0 writes a few things into every page that Podlab cannot
// ship; fixHTML rewrites them in the generated HTML. Each rule must match:
// if a go-app upgrade changes its output, generation fails here instead of
// quietly shipping the old problem.
var htmlFixes = []struct {
	why  string
	re   *regexp.Regexp
	with string
}{
	{
		// maximum-scale=1, user-scalable=0 stop people from zooming, which
		// low-vision readers need (WCAG 1.4.4, axe meta-viewport).
		why:  "viewport that allows zoom",
		re:   metaTag(`name="viewport"`),
		with: `<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">` + "\n",
	},
	{
		// The loading spinner is an image without alt text (axe image-alt).
		why:  "alt text on the loader icon",
		re:   regexp.MustCompile(`<img ([^>]*id="app-wasm-loader-icon"[^>]*)>`),
		with: `<img alt="" $1>`,
	},
	{
		// og:url is the address the generator fetched the page from, a
		// throwaway local server; a static site does not know its host.
		why:  "no og:url pointing at the generator",
		re:   metaTag(`property="og:url"`),
		with: ``,
	},
}

// metaTag matches the <meta> element with the attribute key and a content
// attribute, in either order.
func metaTag(key string) *regexp.Regexp {
	k := regexp.QuoteMeta(key)
	return regexp.MustCompile(`<meta (?:` + k + ` content="[^"]*"|content="[^"]*" ` + k + `)>\s*`)
}

// fixHTML applies htmlFixes to one generated page.
func fixHTML(page []byte) ([]byte, error) {
	for _, f := range htmlFixes {
		if !f.re.Match(page) {
			return nil, fmt.Errorf("fix html (%s): %q not found in go-app's page", f.why, f.re)
		}
		page = f.re.ReplaceAll(page, []byte(f.with))
	}
	if bytes.Contains(page, []byte("user-scalable")) {
		return nil, fmt.Errorf("fix html: page still disables zoom")
	}
	return page, nil
}
