//go:build !wasm

package main

import (
	"strings"
	"testing"
)

func TestFixHTML(t *testing.T) {
	page := `<head><meta content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover" name="viewport">
<meta property="og:url" content="http://127.0.0.1:3456/lessons/x">
</head><body><img class="goapp-logo goapp-spin" id="app-wasm-loader-icon" src="/web/icon-192.png"></body>`
	got, err := fixHTML([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">`,
		`<img alt="" class="goapp-logo goapp-spin" id="app-wasm-loader-icon" src="/web/icon-192.png">`,
	} {
		if !strings.Contains(string(got), want) {
			t.Errorf("fixed page lacks %s:\n%s", want, got)
		}
	}
	for _, bad := range []string{"user-scalable", "maximum-scale", "og:url", "127.0.0.1"} {
		if strings.Contains(string(got), bad) {
			t.Errorf("fixed page still has %s:\n%s", bad, got)
		}
	}
}

// TestFixHTMLFailsWhenGoAppChanges: a rule that no longer matches stops
// the build instead of shipping the page unfixed.
func TestFixHTMLFailsWhenGoAppChanges(t *testing.T) {
	if _, err := fixHTML([]byte(`<head></head><body></body>`)); err == nil {
		t.Error("fixHTML of a page without go-app's viewport: no error")
	}
}
