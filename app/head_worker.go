//go:build !wasm

package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"text/template"
)

//go:embed head_worker.js
var workerJS string

// workerTemplate is Podlab's service worker (head_worker.js).
var workerTemplate = template.Must(template.New("app-worker.js").Parse(workerJS))

// workerScript is the service worker for s: files are the site paths of
// every file to cache, pages maps each route to the file that holds it.
func (s site) workerScript(files []string, pages map[string]string) ([]byte, error) {
	urls := make([]string, len(files))
	for i, f := range files {
		urls[i] = s.url(f)
	}
	byRoute := make(map[string]string, len(pages))
	for route, file := range pages {
		byRoute[route] = s.url(file)
	}
	data := map[string]string{"Version": s.Version}
	for k, v := range map[string]any{"Prefix": s.Prefix, "Files": urls, "Pages": byRoute} {
		b, err := json.Marshal(v)
		if err != nil {
			return nil, fmt.Errorf("service worker: %w", err)
		}
		data[k] = string(b)
	}
	var out bytes.Buffer
	if err := workerTemplate.Execute(&out, data); err != nil {
		return nil, fmt.Errorf("service worker: %w", err)
	}
	return out.Bytes(), nil
}
