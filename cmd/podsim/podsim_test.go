package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/podlab/podlab/sim/images"
	"github.com/podlab/podlab/sim/play"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata/*.txtar")

// TestScripts runs every testdata/*.txtar: its first comment line is the
// podsim command line (FILE names refer to the archive's files, "-" reads
// the file named "stdin"); the files "stdout", "stderr" and "exit" hold
// what it must print and return. They need the whole simulator (sim/play);
// while play is a placeholder they are skipped.
func TestScripts(t *testing.T) {
	if why := runtimeMissing(); why != "" {
		t.Skip(why)
	}
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

// runtimeMissing says why the scripts cannot run yet: they need sim/play
// with the shell runtime and an image catalogue that knows the docs'
// images. It is "" once the catalogue knows them and a busybox container's
// shell arithmetic reaches its log (the engine's scripted fake runtime has
// no arithmetic).
func runtimeMissing() string {
	for _, ref := range []string{"registry.k8s.io/busybox:1.27.2", "debian", "nginx"} {
		if _, ok := images.Lookup(ref); !ok {
			return "the image catalogue does not know " + ref + " yet"
		}
	}
	const probe = "apiVersion: v1\nkind: Pod\nmetadata: {name: probe}\n" +
		"spec: {containers: [{name: c, image: busybox, command: [sh, -c, 'echo ok$((1+1)); sleep 3600']}]}\n"
	r, err := play.Start([]byte(probe), play.Options{Until: time.Minute})
	if err != nil {
		return "sim/play cannot start: " + err.Error()
	}
	r.Advance(time.Minute)
	for _, l := range r.Timeline().Logs {
		if l.Text == "ok2" {
			return ""
		}
	}
	return "sim/play does not run container commands yet (no shell runtime or image catalogue)"
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
