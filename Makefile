# Podlab: `make run` serves the course on http://localhost:8000,
# `make test` runs every test (Go, Go under wasm in Node, headless Chromium).

PREFIX   ?= /podlab
ADDR     ?= localhost:8000
FUZZTIME ?= 20s
BENCHTIME ?= 1s
# WASM_OPT=1 runs binaryen's wasm-opt over app.wasm (Debian: apt-get install binaryen).
WASM_OPT ?=
# No inlining outside the standard library: 7 % less gzip for app.wasm, no
# slower on the benchmarks (README, Size). WASM_GCFLAGS= restores inlining.
WASM_GCFLAGS ?= -gcflags=all=-l -gcflags=std=

GOROOT   := $(shell go env GOROOT)
WASM     := web/app.wasm
# The wasm_exec.js that matches the Go that builds app.wasm.
WASM_EXEC := $(GOROOT)/lib/wasm/wasm_exec.js
BROWSER  := tests/browser
LIGHTHOUSE := tools/lighthouse
# Packages that must also pass as GOOS=js GOARCH=wasm under Node: the
# pure code the wasm runs (app needs a real browser, see tests/browser).
WASM_TEST_PKGS ?= $(shell go list ./sim/... ./lessons/... 2>/dev/null | grep -v /internal/schemagen)

export CGO_ENABLED = 0

# The YAML editor: CodeMirror 6 from npm, bundled by esbuild (editor/).
EDITOR_JS  := web/editor.js
EDITOR_SRC := $(wildcard editor/src/*.js)

.PHONY: all run wasm editor dist size size-report lighthouse test lint test-go test-wasm test-editor test-browser bench fuzz icons clean

all: wasm

## run: build the wasm and the site, serve it on http://$(ADDR)/
run: wasm
	go run ./app serve -addr $(ADDR) -wasmexec $(WASM_EXEC)

## wasm: build web/app.wasm (UI only; server code is //go:build !wasm), and the editor bundle
wasm: editor
	GOOS=js GOARCH=wasm go build -trimpath $(WASM_GCFLAGS) -ldflags='-s -w' -o $(WASM) ./app
ifneq ($(WASM_OPT),)
	wasm-opt -Oz --enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int $(WASM) -o $(WASM).opt
	mv $(WASM).opt $(WASM)
endif

## editor: bundle CodeMirror and editor/src into web/editor.js (untracked)
editor: $(EDITOR_JS)

$(EDITOR_JS): $(EDITOR_SRC) editor/package.json editor/node_modules/.package-lock.json
	cd editor && npm run --silent build

editor/node_modules/.package-lock.json: editor/package-lock.json
	cd editor && npm ci --no-audit --no-fund

## dist: the static site for GitHub Pages under $(PREFIX), in dist/
dist: wasm
	rm -rf dist
	go run ./app dist -prefix "$(PREFIX)" -o dist -wasmexec $(WASM_EXEC)

## size: raw and gzip -9 bytes of web/app.wasm (budget 3.0 MB gzip)
size: wasm
	@raw=$$(wc -c < $(WASM)); gz=$$(gzip -9 -c $(WASM) | wc -c); \
	 awk -v r=$$raw -v g=$$gz 'BEGIN { printf "web/app.wasm  raw %d bytes (%.2f MB)  gzip -9 %d bytes (%.2f MB)\n", r, r/1e6, g, g/1e6 }'

## size-report: code bytes of each Go package in the wasm (needs the name section, so a second, unstripped build)
size-report:
	@mkdir -p out
	GOOS=js GOARCH=wasm go build -trimpath $(WASM_GCFLAGS) -o out/app-names.wasm ./app
	go run ./tools/wasmsize -top $(or $(TOP),30) out/app-names.wasm

## lighthouse: Lighthouse (mobile) scores of dist/ for a few pages; reports in out/lighthouse/ (not part of test)
lighthouse: dist $(LIGHTHOUSE)/node_modules/.package-lock.json
	cd $(LIGHTHOUSE) && node run.mjs -prefix "$(PREFIX)"

$(LIGHTHOUSE)/node_modules/.package-lock.json: $(LIGHTHOUSE)/package-lock.json
	cd $(LIGHTHOUSE) && npm ci --no-audit --no-fund

## test: everything
test: lint test-go test-wasm test-editor test-browser

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	 if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	go vet ./...
	GOOS=js GOARCH=wasm go vet ./app $(WASM_TEST_PKGS)

test-go:
	go test ./...

test-wasm:
	GOOS=js GOARCH=wasm go test -exec="$(GOROOT)/lib/wasm/go_js_wasm_exec" $(WASM_TEST_PKGS)

test-editor: editor/node_modules/.package-lock.json
	cd editor && node --test test/

test-browser: dist $(BROWSER)/node_modules/.package-lock.json
	cd $(BROWSER) && node --test

$(BROWSER)/node_modules/.package-lock.json: $(BROWSER)/package-lock.json
	cd $(BROWSER) && npm ci --no-audit --no-fund

## bench: every benchmark, once
bench:
	go test -run '^$$' -bench . -benchtime $(BENCHTIME) -benchmem ./...

## fuzz: each fuzz target for $(FUZZTIME)
fuzz:
	@set -e; for pkg in $$(go list ./...); do \
	  for f in $$(go test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
	    echo "fuzz $$pkg $$f"; go test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg; \
	  done; \
	done

## icons: redraw web/icon*.{svg,png} (committed)
icons:
	go run ./tools/icons -o web

clean:
	rm -rf dist out $(WASM) $(EDITOR_JS)
