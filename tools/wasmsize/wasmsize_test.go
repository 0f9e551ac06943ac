package main

import (
	"bytes"
	"fmt"
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

// buildModule builds a wasm module by hand: one imported function, then one
// defined function per body, named names[1:] (names[0] is the import).
func buildModule(names []string, bodies ...[]byte) []byte {
	section := func(id byte, body []byte) []byte { return append(append([]byte{id}, uleb(len(body))...), body...) }
	str := func(s string) []byte { return append(uleb(len(s)), s...) }
	imports := append(append(append([]byte{1}, str("go")...), str("f")...), 0, 0)
	nameMap := uleb(len(names))
	for i, n := range names {
		nameMap = append(append(nameMap, uleb(i)...), str(n)...)
	}
	nameSec := append(append(append(str("name"), 1), uleb(len(nameMap))...), nameMap...)
	code := uleb(len(bodies))
	for _, b := range bodies {
		code = append(append(code, uleb(len(b))...), b...)
	}
	wasm := append([]byte("\x00asm\x01\x00\x00\x00"), section(2, imports)...)
	wasm = append(wasm, section(10, code)...)
	return append(wasm, section(0, nameSec)...)
}

func uleb(n int) []byte {
	var out []byte
	for {
		c := byte(n & 0x7f)
		if n >>= 7; n == 0 {
			return append(out, c)
		}
		out = append(out, c|0x80)
	}
}

// TestReport: two defined functions (bodies of 3 and 5 bytes) in two
// packages, and the largest function.
func TestReport(t *testing.T) {
	wasm := buildModule([]string{"go.f", "a/b.F", "c.G"}, make([]byte, 3), make([]byte, 5))
	var out bytes.Buffer
	if err := report(&out, wasm, 10, 1); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"code 8,", "5 62.5%", "3 37.5%", "5 c.G"} {
		if !strings.Contains(strings.Join(strings.Fields(out.String()), " "), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

// TestReportGzip: of two packages with as much code, the repetitive one
// adds less to the download, and the report says so.
func TestReportGzip(t *testing.T) {
	random := make([]byte, 4000)
	x := uint32(1)
	for i := range random {
		x = x*1664525 + 1013904223
		random[i] = byte(x >> 24)
	}
	wasm := buildModule([]string{"go.f", "rnd.F", "zero.F"}, random, make([]byte, 4000))
	var out bytes.Buffer
	if err := report(&out, wasm, 10, 0); err != nil {
		t.Fatal(err)
	}
	gz := map[string]int{}
	for _, line := range strings.Split(out.String(), "\n") {
		var code, n int
		var pct, pkg string
		if _, err := fmt.Sscan(line, &code, &pct, &n, &pkg); err == nil {
			gz[pkg] = n
		}
	}
	if gz["zero"] == 0 || gz["rnd"] < 4000 || gz["zero"] > 100 {
		t.Errorf("gzip column: zero %d B, random %d B; want zero < 100 B and random >= 4000 B\n%s", gz["zero"], gz["rnd"], out.String())
	}
}
