//go:build !wasm

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// distFiles are go-app's own files that every page loads.
var distFiles = []string{"/wasm_exec.js", "/app.js", "/app.css"}

// build says what to generate.
type build struct {
	Out    string // output folder
	Web    string // static assets folder, with app.wasm
	Prefix string // URL path the site will be served under
	// WasmExec is the wasm_exec.js of the Go toolchain that built app.wasm
	// ($(go env GOROOT)/lib/wasm/wasm_exec.js); "" keeps go-app's copy,
	// which dates from Go 1.21.
	WasmExec string
}

// generate writes the complete static site into b.Out: every route
// prerendered, 404.html, go-app's scripts, the manifest and service worker,
// and a copy of b.Web (which GenerateStaticWebsite would leave out,
// app.wasm included).
func generate(b build, rs []route) error {
	registerRoutes(rs) // go-app renders pages from its global router
	out, webDir := b.Out, b.Web
	web, err := listWeb(webDir)
	if err != nil {
		return err
	}
	s, err := newSite(b.Prefix, webDir, web)
	if err != nil {
		return err
	}
	files, pages, err := renderSite(s, rs)
	if err != nil {
		return err
	}
	if b.WasmExec != "" {
		if files["/wasm_exec.js"], err = os.ReadFile(b.WasmExec); err != nil {
			return err
		}
	}
	cached := sortedKeys(files)
	for _, f := range web {
		cached = append(cached, "/web/"+f)
	}
	if files["/app-worker.js"], err = s.workerScript(cached, pages); err != nil {
		return err
	}
	for _, r := range rs {
		if r.Path != homePath {
			files[r.Path+"/index.html"] = files[pages[r.Path]]
		}
	}
	if err := writeFiles(out, files); err != nil {
		return err
	}
	return copyWeb(out, webDir, web)
}

// newSite describes the build: its prefix, styles, scripts and version.
func newSite(prefix, webDir string, web []string) (site, error) {
	s := site{Prefix: cleanPrefix(prefix)}
	for _, f := range web {
		switch {
		case strings.Contains(f, "/"):
		case strings.HasSuffix(f, ".css"):
			s.Styles = append(s.Styles, "/web/"+f)
		case strings.HasSuffix(f, ".js"):
			s.Scripts = append(s.Scripts, "/web/"+f)
		}
	}
	v, err := hashWeb(webDir, web, s.Prefix)
	s.Version = v
	return s, err
}

// renderSite renders every page and go-app file of s. It returns the files
// by site path and, for each route, the path of the file that holds it.
func renderSite(s site, rs []route) (map[string][]byte, map[string]string, error) {
	h := s.handler()
	files := make(map[string][]byte)
	pages := make(map[string]string)
	for _, r := range rs {
		file := pageFile(r.Path)
		pages[r.Path] = file
		if err := renderPage(h, r.Path, file, files); err != nil {
			return nil, nil, err
		}
	}
	if err := renderPage(h, "/404.html", "/404.html", files); err != nil {
		return nil, nil, err
	}
	for _, p := range distFiles {
		body, err := get(h, p)
		if err != nil {
			return nil, nil, err
		}
		files[p] = body
	}
	m, err := s.manifestJSON()
	files["/manifest.webmanifest"] = m
	return files, pages, err
}

// renderPage prerenders the page at route into files[file].
func renderPage(h http.Handler, route, file string, files map[string][]byte) error {
	body, err := get(h, route)
	if err != nil {
		return err
	}
	files[file], err = fixHTML(body)
	if err != nil {
		return fmt.Errorf("page %s: %w", route, err)
	}
	return nil
}

// get asks h for path, in memory: no port, no network.
func get(h http.Handler, path string) ([]byte, error) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("render %s: status %d", path, rec.Code)
	}
	return rec.Body.Bytes(), nil
}

// pageFile is the file that holds the page at route: "/" is index.html,
// "/lessons/x" is lessons/x.html (GitHub Pages serves it for /lessons/x).
func pageFile(route string) string {
	if route == homePath {
		return "/index.html"
	}
	return route + ".html"
}

// listWeb lists the files under dir (slash-separated, sorted), skipping
// dot files. web/app.wasm must be among them.
func listWeb(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(d.Name(), ".") {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		files = append(files, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", dir, err)
	}
	sort.Strings(files)
	if i := sort.SearchStrings(files, "app.wasm"); i == len(files) || files[i] != "app.wasm" {
		return nil, fmt.Errorf("%s has no app.wasm: build it first (make wasm)", dir)
	}
	return files, nil
}

// hashWeb is the site's version: a digest of the prefix and of every file
// under webDir (app.wasm included, so any change to the Go code counts).
func hashWeb(webDir string, web []string, prefix string) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "prefix %s\n", prefix)
	for _, f := range web {
		b, err := os.ReadFile(filepath.Join(webDir, filepath.FromSlash(f)))
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s %d\n", f, len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// writeFiles writes files (keyed by site path) under out.
func writeFiles(out string, files map[string][]byte) error {
	for p, body := range files {
		name := filepath.Join(out, filepath.FromSlash(strings.TrimPrefix(p, "/")))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(name, body, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// copyWeb copies the files of webDir to out/web.
func copyWeb(out, webDir string, web []string) error {
	files := make(map[string][]byte, len(web))
	for _, f := range web {
		b, err := os.ReadFile(filepath.Join(webDir, filepath.FromSlash(f)))
		if err != nil {
			return err
		}
		files[path.Join("/web", f)] = b
	}
	return writeFiles(out, files)
}

func sortedKeys(m map[string][]byte) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
