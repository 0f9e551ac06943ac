package api

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParseDefaultValidate is the API side of one edit in the
// editor: a docs example through Parse, Default and Validate.
func BenchmarkParseDefaultValidate(b *testing.B) {
	src, err := os.ReadFile(filepath.Join(corpusDir, "pods/probe/exec-liveness.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		objs, err := Parse(src)
		if err != nil {
			b.Fatal(err)
		}
		Default(&objs)
		if err := Validate(objs); err != nil {
			b.Fatal(err)
		}
	}
}
