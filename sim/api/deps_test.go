package api

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// goList runs `go list` with extra environment, from this directory.
func goList(t *testing.T, env []string, args ...string) []string {
	t.Helper()
	if runtime.GOOS == "js" {
		t.Skip("go list cannot run under wasm; the native run checks this")
	}
	gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(gobin); err != nil {
		gobin = "go"
	}
	cmd := exec.Command(gobin, append([]string{"list"}, args...)...)
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list %v: %v", args, err)
	}
	return strings.Fields(string(out))
}

// TestNoK8sAPIInTheWasm: k8s.io/api (2 MB compressed) is for the schema
// generator only; neither sim/api nor the wasm app may depend on it.
func TestNoK8sAPIInTheWasm(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	targets := []struct {
		name string
		env  []string
		pkg  string
	}{
		{"sim/api", nil, "."},
		{"the wasm app", []string{"GOOS=js", "GOARCH=wasm"}, "../../app"},
	}
	for _, tt := range targets {
		for _, dep := range goList(t, tt.env, "-e", "-deps", tt.pkg) {
			if strings.HasPrefix(dep, "k8s.io/") {
				t.Errorf("%s depends on %s", tt.name, dep)
			}
		}
	}
}

// TestPureImports: sim/api is pure (DESIGN.md): no os, no clock, no
// goroutine machinery, no browser.
func TestPureImports(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	forbidden := map[string]bool{"os": true, "time": true, "syscall/js": true, "sync": true, "math/rand": true, "math/rand/v2": true}
	for _, imp := range goList(t, nil, "-f", `{{join .Imports " "}}`, ".") {
		if forbidden[imp] || strings.Contains(imp, "go-app") || strings.HasPrefix(imp, "k8s.io/") {
			t.Errorf("sim/api imports %s", imp)
		}
	}
}
