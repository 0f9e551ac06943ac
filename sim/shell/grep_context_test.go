package shell

import (
	"strings"
	"testing"
)

// TestGrepContext follows busybox findutils/grep.c (grep_file's before_buf
// and print_n_lines_after, print_line's "--" separator).
func TestGrepContext(t *testing.T) {
	tests := []struct {
		name, script, stdout string
	}{
		{"-A 1", `seq 10 | grep -A 1 -E '^(3|7)$'`, "3\n4\n--\n7\n8\n"},
		{"-A joins touching groups", `seq 10 | grep -A 2 -E '^(3|6)$'`, "3\n4\n5\n6\n7\n8\n"},
		{"-B 1", `seq 10 | grep -B1 -E '^(3|7)$'`, "2\n3\n--\n6\n7\n"},
		{"-B at the start", `seq 5 | grep -B 3 2`, "1\n2\n"},
		{"-C 1 with -n", `seq 10 | grep -n -C 1 5`, "4-4\n5:5\n6-6\n"},
		{"-C adjacent groups have no --", `seq 10 | grep -C1 -E '^(3|5)$'`, "2\n3\n4\n5\n6\n"},
		{"-A overrides -C", `seq 10 | grep -C 2 -A 0 5`, "3\n4\n5\n"},
		{"-A past the end", `seq 3 | grep -A 5 2`, "2\n3\n"},
		{"-v with context", `printf 'a\nb\na\na\nc\n' | grep -v -A1 a`, "b\na\n--\nc\n"},
		{"two files mark context with -", `printf 'x\ny\n' > /tmp/a; printf 'y\nz\n' > /tmp/b; grep -A1 y /tmp/a /tmp/b`, "/tmp/a:y\n/tmp/b:y\n/tmp/b-z\n"},
		{"-c ignores context", `seq 10 | grep -c -A 3 5`, "1\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := sh(t, tt.script)
			if r.stdout != tt.stdout || r.stderr != "" {
				t.Errorf("%s\nstdout %q, want %q\nstderr %q", tt.script, r.stdout, tt.stdout, r.stderr)
			}
		})
	}
}

func TestGrepContextBadNumber(t *testing.T) {
	r := sh(t, `seq 3 | grep -A x 2; echo rc=$?`)
	if !strings.Contains(r.stderr, "grep: invalid number 'x'") || r.stdout != "rc=2\n" {
		t.Errorf("stdout %q stderr %q", r.stdout, r.stderr)
	}
}
