package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestPackageOf(t *testing.T) {
	tests := []struct{ sym, want string }{
		{"runtime.mallocgc", "runtime"},
		{"github.com_podlab_podlab_sim_kubelet.__podWorker_.execProbe", "github.com_podlab_podlab_sim_kubelet"},
		{"go.yaml.in_yaml_v3.__parser_.parse", "go.yaml.in_yaml_v3"},
		{"internal_bisect.__Matcher_.stack", "internal_bisect"},
		{"main.__shortcutsDialog_.github.com_maxence_charriere_go_app_v9_pkg_app.getParent", "main"},
		{"go_buildid", "(other)"},
	}
	for _, tt := range tests {
		if got := packageOf(tt.sym); got != tt.want {
			t.Errorf("packageOf(%q) = %q, want %q", tt.sym, got, tt.want)
		}
	}
}

// TestReport builds a tiny module by hand: one imported function, two
// defined ones (bodies of 3 and 5 bytes) named in two packages.
func TestReport(t *testing.T) {
	section := func(id byte, body ...byte) []byte { return append([]byte{id, byte(len(body))}, body...) }
	str := func(s string) []byte { return append([]byte{byte(len(s))}, s...) }
	var imports, names, code []byte
	imports = append(append(append([]byte{1}, str("go")...), str("f")...), 0, 0)
	names = append(names, 3)
	for i, n := range []string{"go.f", "a/b.F", "c.G"} {
		names = append(append(names, byte(i)), str(n)...)
	}
	names = append(append(str("name"), 1, byte(len(names))), names...)
	code = []byte{2, 3, 0, 0, 0, 5, 0, 0, 0, 0, 0}
	wasm := append([]byte("\x00asm\x01\x00\x00\x00"), section(2, imports...)...)
	wasm = append(wasm, section(10, code...)...)
	wasm = append(wasm, section(0, names...)...)
	var out bytes.Buffer
	if err := report(&out, wasm, 10); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"code 8,", "5  62.5%  c", "3  37.5%  a/b"} {
		if !strings.Contains(strings.Join(strings.Fields(out.String()), " "), strings.Join(strings.Fields(want), " ")) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}
