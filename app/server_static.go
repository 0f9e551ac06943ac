//go:build !wasm

package main

import (
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// staticSite serves a generated site the way GitHub Pages does, so that
// `make run` behaves like the deployment: the site lives under Prefix;
// /x is x, else x.html, else the directory x/ (redirected to x/); x/ is
// x/index.html; anything else is 404.html with status 404.
type staticSite struct {
	Dir    string
	Prefix string
}

func (s staticSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == s.Prefix {
		http.Redirect(w, r, s.Prefix+"/", http.StatusMovedPermanently)
		return
	}
	rel, ok := strings.CutPrefix(r.URL.Path, s.Prefix+"/")
	if !ok {
		http.NotFound(w, r)
		return
	}
	name := filepath.Join(s.Dir, filepath.FromSlash(path.Clean("/"+rel)))
	index := filepath.Join(name, "index.html")
	folder := strings.HasSuffix(r.URL.Path, "/")
	switch {
	case folder && isFile(index):
		s.serveFile(w, r, index, http.StatusOK)
	case !folder && isFile(name):
		s.serveFile(w, r, name, http.StatusOK)
	case !folder && isFile(name+".html"):
		s.serveFile(w, r, name+".html", http.StatusOK)
	case !folder && isFile(index):
		http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
	default:
		s.serveFile(w, r, filepath.Join(s.Dir, "404.html"), http.StatusNotFound)
	}
}

// serveFile answers with the file's content. No caching headers: the
// service worker does the caching, as it will on GitHub Pages.
func (s staticSite) serveFile(w http.ResponseWriter, r *http.Request, name string, status int) {
	body, err := os.ReadFile(name)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", contentType(name))
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// contentType knows the types a PWA needs even where the system's MIME
// table does not (.wasm must be application/wasm for streaming compile).
func contentType(name string) string {
	switch filepath.Ext(name) {
	case ".wasm":
		return "application/wasm"
	case ".webmanifest":
		return "application/manifest+json"
	case ".html":
		return "text/html; charset=utf-8"
	}
	if t := mime.TypeByExtension(filepath.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}

func isFile(name string) bool {
	fi, err := os.Stat(name)
	return err == nil && fi.Mode().IsRegular()
}
