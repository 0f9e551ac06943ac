package api

import (
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestResolveScalar: plain scalars resolve as kubectl's go-yaml v2 reads
// them (checked against sigs.k8s.io/yaml.YAMLToJSON).
func TestResolveScalar(t *testing.T) {
	tests := []struct {
		in   string
		kind scalarKind
		json string
	}{
		{"yes", scalarBool, ""}, {"n", scalarBool, ""}, {"Off", scalarBool, ""}, {"true", scalarBool, ""},
		{"0777", scalarInt, "511"}, {"0x1F", scalarInt, "31"}, {"0o7", scalarInt, "7"}, {"0b101", scalarInt, "5"},
		{"1_000", scalarInt, "1000"}, {"+1", scalarInt, "1"}, {"1e3", scalarFloat, "1000"}, {".5", scalarFloat, "0.5"},
		{"1.0", scalarFloat, "1"}, {"1e400", scalarString, "1e400"}, {"12:30", scalarString, "12:30"},
		{"~", scalarNull, ""}, {"", scalarNull, ""}, {"null", scalarNull, ""}, {"nginx", scalarString, "nginx"},
	}
	for _, tt := range tests {
		s := resolvePlain(tt.in)
		if s.kind != tt.kind || (tt.json != "" && s.jsonText() != tt.json) {
			t.Errorf("%q: kind %v, JSON %q; want %v, %q", tt.in, s.kind, s.jsonText(), tt.kind, tt.json)
		}
	}
}

func TestQuotedAndTaggedScalarsAreStrings(t *testing.T) {
	for _, src := range []string{`"yes"`, `'0777'`, `!!str 12`, "|\n  true\n"} {
		var doc yaml.Node
		if err := yaml.Unmarshal([]byte(src), &doc); err != nil {
			t.Fatal(err)
		}
		if k := resolveScalar(doc.Content[0]).kind; k != scalarString {
			t.Errorf("%q resolved as %v, want string", src, k)
		}
	}
}

func TestSuggest(t *testing.T) {
	fields := []string{"restartPolicy", "containers", "initContainers", "volumes", "image", "name"}
	tests := map[string]string{
		"RestartPolicy": "restartPolicy", "contianers": "containers", "volume": "volumes",
		"imgae": "image", "nmae": "name", "frobnicate": "", "x": "",
	}
	for in, want := range tests {
		if got := suggest(in, fields); got != want {
			t.Errorf("suggest(%q) = %q, want %q", in, got, want)
		}
	}
}
