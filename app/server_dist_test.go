//go:build !wasm

package main

import (
	"encoding/json"
	gobuild "go/build"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// fakeWeb is a web/ folder with a stand-in app.wasm. Generating a site
// sets go-app's GOAPP_* variables in the process environment (the
// prerender reads them); fakeWeb has the test restore them afterwards.
func fakeWeb(t *testing.T) string {
	t.Helper()
	for _, k := range []string{"GOAPP_ROOT_PREFIX", "GOAPP_STATIC_RESOURCES_URL", "GOAPP_VERSION", "GOAPP_INTERNAL_URLS"} {
		t.Setenv(k, os.Getenv(k))
	}
	dir := t.TempDir()
	for name, body := range map[string]string{"app.wasm": "\x00asm", "podlab.css": "body{}", "icon.svg": "<svg/>"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func readSite(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestGenerateWritesEveryPageUnderThePrefix(t *testing.T) {
	out := t.TempDir()
	toc := []tocEntry{{Slug: "first-pod", Title: "First"}, {Slug: "probes", Title: "Probes"}}
	if err := generate(build{Out: out, Web: fakeWeb(t), Prefix: "/podlab/"}, routes(toc)); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"index.html", "lessons/first-pod.html", "lessons/first-pod/index.html",
		"lessons/probes.html", "sandbox.html", "sandbox/index.html", "404.html",
		"app.js", "wasm_exec.js", "app.css", "app-worker.js", "manifest.webmanifest", "web/app.wasm", "web/podlab.css"} {
		readSite(t, out, f)
	}
	page := readSite(t, out, "lessons/probes.html")
	for _, want := range []string{`<html lang="en">`, `href="/podlab/manifest.webmanifest"`, `src="/podlab/app.js"`,
		`href="/podlab/web/podlab.css"`, `<title>2. Probes · Podlab</title>`} {
		if !strings.Contains(page, want) {
			t.Errorf("lessons/probes.html lacks %s", want)
		}
	}
	if !strings.Contains(readSite(t, out, "app.js"), `"GOAPP_ROOT_PREFIX":"/podlab"`) {
		t.Error("app.js does not tell the wasm its prefix")
	}
}

func TestGeneratedPagesLoadNothingFromAnotherHost(t *testing.T) {
	out := t.TempDir()
	if err := generate(build{Out: out, Web: fakeWeb(t), Prefix: "/podlab"}, routes(testCourse)); err != nil {
		t.Fatal(err)
	}
	remote := regexp.MustCompile(`(?:src|href|content)="(https?://[^"]*)"`)
	pages, _ := filepath.Glob(filepath.Join(out, "*.html"))
	more, _ := filepath.Glob(filepath.Join(out, "lessons", "*.html"))
	for _, p := range append(pages, more...) {
		b, _ := os.ReadFile(p)
		if m := remote.FindSubmatch(b); m != nil {
			t.Errorf("%s refers to %s", p, m[1])
		}
	}
	for _, f := range []string{"manifest.webmanifest", "app-worker.js", "app.js"} {
		if s := readSite(t, out, f); strings.Contains(s, "http://") || strings.Contains(s, "https://") {
			t.Errorf("%s names another host", f)
		}
	}
}

func TestServiceWorkerCachesEveryPageAndTheWasm(t *testing.T) {
	out := t.TempDir()
	toc := []tocEntry{{Slug: "first-pod", Title: "First"}}
	if err := generate(build{Out: out, Web: fakeWeb(t), Prefix: "/podlab"}, routes(toc)); err != nil {
		t.Fatal(err)
	}
	sw := readSite(t, out, "app-worker.js")
	files := regexp.MustCompile(`const files = (.*);`).FindStringSubmatch(sw)
	pages := regexp.MustCompile(`const pages = (.*);`).FindStringSubmatch(sw)
	if files == nil || pages == nil {
		t.Fatalf("app-worker.js has no files or pages list:\n%s", sw)
	}
	var gotFiles []string
	var gotPages map[string]string
	if err := json.Unmarshal([]byte(files[1]), &gotFiles); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(pages[1]), &gotPages); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"/podlab/index.html", "/podlab/lessons/first-pod.html", "/podlab/sandbox.html",
		"/podlab/404.html", "/podlab/app.js", "/podlab/wasm_exec.js", "/podlab/manifest.webmanifest", "/podlab/web/app.wasm"} {
		if !slices.Contains(gotFiles, want) {
			t.Errorf("worker does not cache %s; caches %q", want, gotFiles)
		}
	}
	wantPages := map[string]string{"/": "/podlab/index.html", "/lessons/first-pod": "/podlab/lessons/first-pod.html", "/sandbox": "/podlab/sandbox.html",
		"/console": "/podlab/console.html"}
	if !mapsEqual(gotPages, wantPages) {
		t.Errorf("worker pages = %v, want %v", gotPages, wantPages)
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestSiteVersionFollowsTheContent(t *testing.T) {
	web := fakeWeb(t)
	files, _ := listWeb(web)
	v1, _ := hashWeb(web, files, "/podlab")
	os.WriteFile(filepath.Join(web, "app.wasm"), []byte("\x00asm changed"), 0o644)
	v2, _ := hashWeb(web, files, "/podlab")
	v3, _ := hashWeb(web, files, "/other")
	if v1 == v2 || v2 == v3 {
		t.Errorf("versions %s, %s, %s: want a new version for new content and for another prefix", v1, v2, v3)
	}
}

func TestGenerateNeedsTheWasm(t *testing.T) {
	web := t.TempDir()
	err := generate(build{Out: t.TempDir(), Web: web, Prefix: "/podlab"}, routes(testCourse))
	if err == nil || !strings.Contains(err.Error(), "make wasm") {
		t.Errorf("generate without app.wasm: error %v, want one that says to run make wasm", err)
	}
}

func TestManifest(t *testing.T) {
	for _, tt := range []struct{ prefix, scope string }{{"", "/"}, {"/podlab", "/podlab/"}} {
		b, err := site{Prefix: tt.prefix}.manifestJSON()
		if err != nil {
			t.Fatal(err)
		}
		var m manifest
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		if m.StartURL != tt.scope || m.Scope != tt.scope || m.ID != tt.scope {
			t.Errorf("prefix %q: start_url %q scope %q id %q, want %q", tt.prefix, m.StartURL, m.Scope, m.ID, tt.scope)
		}
		var maskable bool
		for _, ic := range m.Icons {
			maskable = maskable || ic.Purpose == "maskable"
			if !strings.HasPrefix(ic.Src, tt.prefix+"/web/") {
				t.Errorf("icon %s is not under %s/web/", ic.Src, tt.prefix)
			}
		}
		if !maskable {
			t.Errorf("prefix %q: no maskable icon", tt.prefix)
		}
	}
}

// TestServerCodeStaysOutOfTheWasm: the wasm must not link net/http's
// server (a go-app hello world grows from 7 MB to 18.6 MB with it). Files
// that serve or generate the site carry //go:build !wasm.
func TestServerCodeStaysOutOfTheWasm(t *testing.T) {
	ctx := gobuild.Default
	ctx.GOOS, ctx.GOARCH = "js", "wasm"
	pkg, err := ctx.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, banned := range []string{"net/http", "net/http/httptest", "net"} {
		if slices.Contains(pkg.Imports, banned) {
			t.Errorf("the wasm build of app imports %s (files: %q); put that code in a //go:build !wasm file", banned, pkg.GoFiles)
		}
	}
}

func TestGenerateShipsTheToolchainsWasmExec(t *testing.T) {
	out, exec := t.TempDir(), filepath.Join(t.TempDir(), "wasm_exec.js")
	os.WriteFile(exec, []byte("// the toolchain's wasm_exec.js"), 0o644)
	if err := generate(build{Out: out, Web: fakeWeb(t), Prefix: "/podlab", WasmExec: exec}, routes(testCourse)); err != nil {
		t.Fatal(err)
	}
	if got := readSite(t, out, "wasm_exec.js"); got != "// the toolchain's wasm_exec.js" {
		t.Errorf("dist/wasm_exec.js = %.40q…, want the toolchain's", got)
	}
}
