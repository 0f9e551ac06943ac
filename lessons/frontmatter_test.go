package lessons

import (
	"encoding/json"
	"io/fs"
	"os/exec"
	"path"
	"reflect"
	"strings"
	"testing"

	"sigs.k8s.io/yaml"
)

// The lessons' YAML decoding must read every file as sigs.k8s.io/yaml
// (which the course was written against, and which tests may still use)
// does: these tests decode with both and compare.

// probe has a field of each kind the course's types use.
type probe struct {
	Str      string            `json:"str"`
	Strs     []string          `json:"strs"`
	PStr     *string           `json:"pstr"`
	Int      int               `json:"int"`
	PInt     *int              `json:"pint"`
	Float    float64           `json:"float"`
	Bool     *bool             `json:"bool"`
	Dict     map[string]string `json:"dict"`
	Any      any               `json:"any"`
	AnyMap   map[string]any    `json:"anyMap"`
	At       *Duration         `json:"at"`
	During   *Window           `json:"during"`
	Count    *Range            `json:"count"`
	Nested   *probe            `json:"nested"`
	Items    []probe           `json:"items"`
	NamedStr Lang              `json:"lang"`
	Langs    map[string]Lang   `json:"langs"`
	Untagged string
	RunOptions
}

var decodeCases = []string{
	"",
	"# only a comment\n",
	"str: hello\nint: 3\nfloat: 1.5\nbool: true\n",
	// Scalars for a string field become strings (sigs.k8s.io/yaml's
	// target-type coercion), with YAML 1.1's readings.
	"strs: [true, yes, no, on, off, 1, 0777, 1e3, 1.5, 0x1F, 1_000, -0b101, 3.14159265358979, 18446744073709551615]\n",
	"str: yes\n", "str: 0.1\n", "str: 012\n", "str: 1_0\n", "str: .5\n", "str: .inf\n", "str: 2001-12-14\n",
	"pstr: 5\n", "lang: 7\n", "langs: {a: 1, b: on}\n",
	"dict: {a: 1, b: true, c: ~, d: 1.0}\n",
	"str: null\n", "str: ~\n", "str:\n",
	`strs: ["true", 'yes', !!str 1, !!str on]` + "\n",
	"str: |\n  block\n  text\n", "str: >\n  folded\n  text\n",
	// Numbers and booleans elsewhere keep their type.
	"int: 0777\n", "int: 1e3\n", "int: 0x10\n", "int: 1_000\n", "int: 08\n", "int: +5\n", "int: 1.5\n",
	"float: 3\n", "float: .5\n", "float: -.inf\n", "float: !!float 2\n", "int: !!int 7\n", "int: !!int x\n",
	"bool: yes\n", "bool: Off\n", "bool: 1\n", "bool: 'true'\n",
	"any: [yes, 1, 1.5, x, ~, {a: no}]\n", "anyMap: {k: [on, 0777]}\n",
	// Unmarshalers get the value unconverted.
	"at: 10s\n", "at: 90\n", "at: 1.5\n", "at: yes\n", "during: [25s, 45]\n", "count: 2\n", "count: {min: 1}\n", "count: {min: 1, extra: 2}\n",
	// Keys.
	"dict: {1: a, 1.5: b, true: c, yes: d}\n", "anyMap: {on: 1, 0x10: 2, .inf: 3}\n", "dict: {~: a}\n", "dict: {18446744073709551615: a}\n",
	"str: a\nSTR: b\n", "Str: a\n", "untagged: x\n", "Untagged: 5\n",
	// Duplicates: an error when strict, the last one otherwise.
	"str: a\nstr: b\n", "dict: {yes: a, true: b}\n", "dict: {1: a, 01: b}\n",
	// Anchors, aliases and merge keys.
	"base: &b {str: x}\nnested: *b\n", "nested: &b {str: x}\nitems: [*b, *b]\n",
	"d: &d {a: 1, b: 2}\ndict: {<<: *d, c: 3}\n", "d: &d {a: 1}\ndict: {<<: *d, a: 2}\n",
	"x: &x {a: 1}\ny: &y {a: 2, b: 3}\ndict: {<<: [*x, *y]}\n", "dict: {<<: 1}\n", "dict: {'<<': 1}\n",
	"nested: {str: x, nested: {strs: [1, true]}}\n", "items: [{str: 1}, {int: '2'}]\n",
	// Inline (embedded) fields: the promoted field's own type is not used.
	"until: 1m\ndeleteAt: 30\n", "until: 60\n",
	// Wrong shapes and unknown fields.
	"str: {a: b}\n", "str: [a]\n", "strs: a\n", "nested: 1\n", "nope: 1\n", "nested: {nope: 1}\n",
	"[1, 2]\n", "just text\n", "str: a\n---\nstr: b\n",
	// Syntax errors.
	"str: [a\n", "str: a\n b: c\n", "\tstr: a\n", "a: b: c\n",
}

func TestDecodeMatchesSigsYAML(t *testing.T) {
	for _, src := range decodeCases {
		t.Run("", func(t *testing.T) {
			compareDecoders(t, []byte(src), func() any { return new(probe) })
		})
	}
}

// compareDecoders decodes src with both libraries, strictly and leniently,
// and wants the same value and the same success.
func compareDecoders(t *testing.T, src []byte, fresh func() any) {
	t.Helper()
	for _, strict := range []bool{true, false} {
		want, got := fresh(), fresh()
		var wantErr, gotErr error
		if strict {
			wantErr, gotErr = yaml.UnmarshalStrict(src, want), decodeStrictJSON(src, got)
		} else {
			wantErr, gotErr = yaml.Unmarshal(src, want), decodeYAML(src, got)
		}
		if (wantErr == nil) != (gotErr == nil) {
			t.Errorf("strict=%v %q:\n got error %v\nwant error %v", strict, src, gotErr, wantErr)
			continue
		}
		if wantErr == nil && !reflect.DeepEqual(got, want) {
			t.Errorf("strict=%v %q:\n got %s\nwant %s", strict, src, dump(got), dump(want))
		}
	}
}

// decodeStrictJSON is decodeStrict without its case-sensitivity check,
// which sigs.k8s.io/yaml does not have.
func decodeStrictJSON(src []byte, v any) error {
	doc, err := parseYAML(src)
	if err != nil {
		return err
	}
	return unmarshalJSONOf(doc, v, true)
}

func dump(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return err.Error()
	}
	return string(b)
}

// TestCourseMatchesSigsYAML decodes every YAML file and front matter of the
// course into its type with both libraries.
func TestCourseMatchesSigsYAML(t *testing.T) {
	n := 0
	err := fs.WalkDir(Content(), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := fs.ReadFile(Content(), name)
		if err != nil {
			return err
		}
		fresh := courseTypeOf(name)
		if fresh == nil {
			return nil
		}
		if strings.HasSuffix(name, ".md") {
			if src, _, err = splitFrontMatter(src); err != nil {
				return err
			}
		}
		n++
		compareDecoders(t, src, fresh)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 30 {
		t.Errorf("compared %d files, want the whole course", n)
	}
}

// courseTypeOf returns a constructor of the type a course file is read
// into, nil for the files that are not (Pod specs).
func courseTypeOf(name string) func() any {
	switch base := path.Base(name); {
	case name == "course.yaml":
		return func() any { return new(courseFile) }
	case name == "sandbox/examples.yaml":
		return func() any { return new([]exampleEntry) }
	case base == "checks.yaml":
		return func() any { return new(checksFile) }
	case strings.HasPrefix(base, "lesson.") && strings.HasSuffix(base, ".md"):
		return func() any { return new(Page) }
	}
	return nil
}

// TestDecodeStrictErrors: what the course author sees for the mistakes
// the strict decoder adds.
func TestDecodeStrictErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"str: a\nstr: b\n", `line 2: key "str" already set in map`},
		{"nope: 1\n", `unknown field "nope"`},
		{"nested: {Str: a}\n", `nested.Str: unknown field "Str"`},
		{"str: [a\n", "yaml: line 1"},
		{"a: &a [*a]\n", "contains itself"},
		{"dict: {<<: 1}\n", "map merge requires map"},
		{"int: !!int x\n", "cannot decode !!str `x` as a !!int"},
	}
	for _, tt := range tests {
		err := decodeStrict([]byte(tt.src), new(probe))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("decodeStrict(%q) = %v, want an error containing %q", tt.src, err, tt.want)
		}
	}
}

// TestBillionLaughs: nested aliases end in an error, not a hang.
func TestBillionLaughs(t *testing.T) {
	src := "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
	for c := 'b'; c <= 'j'; c++ {
		prev := string(c - 1)
		src += string(c) + ": &" + string(c) + " [*" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev +
			", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + "]\n"
	}
	var v any
	if err := decodeYAML([]byte(src), &v); err == nil || !strings.Contains(err.Error(), "excessive aliasing") {
		t.Errorf("decodeYAML(billion laughs) = %v, want excessive aliasing", err)
	}
}

// TestNoSecondYAMLLibrary keeps go-yaml v2 (through sigs.k8s.io/yaml) out
// of the lessons package and so out of the page's wasm, where sim/api's
// go-yaml v3 is already linked.
func TestNoSecondYAMLLibrary(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		if dep == "go.yaml.in/yaml/v2" || dep == "sigs.k8s.io/yaml" || dep == "gopkg.in/yaml.v2" {
			t.Errorf("lessons depends on %s", dep)
		}
	}
}

func FuzzDecodeMatchesSigsYAML(f *testing.F) {
	for _, src := range decodeCases {
		f.Add([]byte(src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 1<<12 {
			return
		}
		if _, err := parseYAML(src); err != nil || nonSpecificTag(src) {
			return // go-yaml v2 and v3 disagree on some malformed input; only decoding is ours
		}
		compareDecoders(t, src, func() any { return new(probe) })
	})
}

// nonSpecificTag reports a "!" tag (not "!!str", "!foo"): go-yaml v3's
// node tree does not keep it, so such a scalar is read as if untagged
// (v2 makes it a string). The course never writes one.
func nonSpecificTag(src []byte) bool {
	for i, c := range src {
		if c == '!' && (i+1 == len(src) || strings.IndexByte(" \t\r\n,[]{}", src[i+1]) >= 0) {
			return true
		}
	}
	return false
}
