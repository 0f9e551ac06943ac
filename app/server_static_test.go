//go:build !wasm

package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

func TestStaticSiteServesLikeGitHubPages(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"index.html": "home", "404.html": "not found", "lessons/a.html": "a", "lessons/a/index.html": "a/",
		"lessons/b/index.html": "b/", "web/app.wasm": "wasm",
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(body), 0o644)
	}
	os.WriteFile(filepath.Join(t.TempDir(), "secret"), []byte("secret"), 0o644)
	s := staticSite{Dir: dir, Prefix: "/podlab"}
	tests := []struct {
		path     string
		code     int
		body     string
		location string
		ctype    string
	}{
		{path: "/podlab", code: 301, location: "/podlab/"},
		{path: "/podlab/", code: 200, body: "home"},
		{path: "/podlab/lessons/a", code: 200, body: "a", ctype: "text/html; charset=utf-8"},
		{path: "/podlab/lessons/a/", code: 200, body: "a/"},
		{path: "/podlab/lessons/b", code: 301, location: "/podlab/lessons/b/"},
		{path: "/podlab/lessons/c", code: 404, body: "not found"},
		{path: "/podlab/../secret", code: 404, body: "not found"},
		{path: "/elsewhere", code: 404},
		{path: "/podlab/web/app.wasm", code: 200, body: "wasm", ctype: "application/wasm"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			rec := httptest.NewRecorder()
			req := httptest.NewRequest(http.MethodGet, "/", nil)
			req.URL.Path = tt.path
			s.ServeHTTP(rec, req)
			if rec.Code != tt.code {
				t.Errorf("status %d, want %d", rec.Code, tt.code)
			}
			if tt.body != "" && rec.Body.String() != tt.body {
				t.Errorf("body %q, want %q", rec.Body.String(), tt.body)
			}
			if got := rec.Header().Get("Location"); got != tt.location {
				t.Errorf("Location %q, want %q", got, tt.location)
			}
			if got := rec.Header().Get("Content-Type"); tt.ctype != "" && got != tt.ctype {
				t.Errorf("Content-Type %q, want %q", got, tt.ctype)
			}
		})
	}
}
