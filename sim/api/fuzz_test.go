package api

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse: nothing the learner types crashes the parser, defaulting or
// validation, and every diagnostic points inside the source.
func FuzzParse(f *testing.F) {
	for _, rel := range []string{"pods/probe/exec-liveness.yaml", "pods/init-containers.yaml", "secret/dotfile-secret.yaml", "pods/pod-rs.yaml"} {
		if src, err := os.ReadFile(filepath.Join(corpusDir, rel)); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte(podHead + "  RestartPolicy: Never\n  containers: [{name: a, image: b, ports: [{containerPort: \"x\"}]}]\n"))
	f.Add([]byte("a: &a [x]\nb: [*a, *a]\n"))
	f.Add([]byte("{apiVersion: v1, kind: Pod"))
	f.Fuzz(func(t *testing.T, src []byte) {
		objs, err := Parse(src)
		checkPositions(t, src, err)
		if err == nil {
			Default(&objs)
			checkPositions(t, src, Validate(objs))
		}
		for _, d := range objs.NotSimulated {
			checkPosition(t, src, d)
		}
	})
}

func checkPositions(t *testing.T, src []byte, err error) {
	if err == nil {
		return
	}
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error %T is not an ErrorList: %v", err, err)
	}
	if len(list) == 0 {
		t.Fatal("empty ErrorList returned as an error")
	}
	for _, d := range list {
		checkPosition(t, src, d)
	}
}

// checkPosition: a diagnostic's line is within the source (or the line
// after its last line break) and its column is positive.
func checkPosition(t *testing.T, src []byte, d Diagnostic) {
	lines := yamlLines(src)
	if d.Line < 1 || d.Line > lines || d.Col < 1 {
		t.Fatalf("diagnostic %q at %d:%d, outside the %d-line source", d.Message, d.Line, d.Col, lines)
	}
}

// yamlLines counts lines as YAML does: \n, \r\n, a lone \r, NEL, LS
// and PS all end one (go-yaml's is_break).
func yamlLines(src []byte) int {
	s := string(src)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	n := 1
	for _, r := range s {
		switch r {
		case '\n', '\r', '\u0085', '\u2028', '\u2029':
			n++
		}
	}
	return n
}
