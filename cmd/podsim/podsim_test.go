package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata/*.txtar")

// TestScripts runs every testdata/*.txtar: its first comment line is the
// podsim command line (FILE names refer to the archive's files, "-" reads
// the file named "stdin"); the files "stdout", "stderr" and "exit" hold
// what it must print and return.
func TestScripts(t *testing.T) {
	paths, _ := filepath.Glob("testdata/*.txtar")
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			runScript(t, path)
		})
	}
}

func runScript(t *testing.T, path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a := parseArchive(string(data))
	args := splitCommand(strings.SplitN(a.comment, "\n", 2)[0])
	if len(args) == 0 || args[0] != "podsim" {
		t.Fatalf("first line %q is not a podsim command", a.comment)
	}
	dir := t.TempDir()
	for _, f := range a.files {
		os.WriteFile(filepath.Join(dir, f.name), []byte(f.data), 0o644)
	}
	for i, arg := range args {
		if _, ok := a.file(arg); ok && i > 0 {
			args[i] = filepath.Join(dir, arg)
		}
	}
	stdin, _ := a.file("stdin")
	var stdout, stderr bytes.Buffer
	code := run(args[1:], strings.NewReader(stdin), &stdout, &stderr, startPlay)
	errText := strings.ReplaceAll(stderr.String(), dir+string(filepath.Separator), "")
	got := map[string]string{"stdout": stdout.String(), "stderr": errText, "exit": strconv.Itoa(code) + "\n"}
	if *update {
		for _, name := range []string{"stdout", "stderr", "exit"} {
			if _, ok := a.file(name); ok || got[name] != "" && got[name] != "0\n" {
				a.set(name, got[name])
			}
		}
		os.WriteFile(path, a.format(), 0o644)
		return
	}
	for _, name := range []string{"stdout", "stderr", "exit"} {
		want, ok := a.file(name)
		if !ok {
			want = map[string]string{"exit": "0\n"}[name]
		}
		if got[name] != want {
			t.Errorf("%s differs:\n--- got\n%s--- want\n%s", name, got[name], want)
		}
	}
}

// splitCommand splits a script's command line into words: blanks separate
// them, and single or double quotes group (without escapes).
func splitCommand(line string) []string {
	var words []string
	var cur strings.Builder
	inWord := false
	var quote rune
	for _, r := range line {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			cur.WriteRune(r)
		case r == '\'' || r == '"':
			quote, inWord = r, true
		case r == ' ' || r == '\t':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words
}
