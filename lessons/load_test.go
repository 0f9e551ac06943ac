package lessons

import (
	"strings"
	"testing"
	"testing/fstest"
)

// miniCourse is a one-lesson course; tests break one file at a time.
func miniCourse() fstest.MapFS {
	page := func(title string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\ntitle: " + title + "\nsummary: s\ntasks:\n- id: run\n  title: Run it\n  hints: [h1, h2]\npredict:\n  question: q\n  choices: [a, b]\n  explanation: e\n---\n## One\n\ntext\n\n## Two\n")}
	}
	return fstest.MapFS{
		"course.yaml":                 {Data: []byte("title: {en: T, zh: T}\nlessons: [first]\n")},
		"01-first/checks.yaml":        {Data: []byte("until: 1m\ntasks:\n- id: run\n  checks:\n  - {at: 30s, pod: {phase: Running}}\npredict: {answer: 1}\n")},
		"01-first/lesson.en.md":       page("First"),
		"01-first/lesson.zh.md":       page("第一课"),
		"01-first/starter.yaml":       {Data: []byte("apiVersion: v1\n")},
		"01-first/solution.yaml":      {Data: []byte("apiVersion: v1\n")},
		"sandbox/examples.yaml":       {Data: []byte("- {slug: one, file: one.yaml, title: {en: One, zh: 一}, until: 1m}\n")},
		"sandbox/one.yaml":            {Data: []byte("apiVersion: v1\n")},
		"02-stray/checks.yaml.unused": {Data: []byte("")},
	}
}

func TestLoadMini(t *testing.T) {
	fsys := miniCourse()
	delete(fsys, "02-stray/checks.yaml.unused")
	c, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	l := c.Lesson("first")
	if l == nil || l.Number != 1 || l.Dir != "01-first" || l.Page(ZH).Title != "第一课" || l.Predict.Answer != 1 {
		t.Fatalf("lesson = %+v", l)
	}
	if got := l.Page(ZH).Task("run").Hints; len(got) != 2 {
		t.Errorf("hints = %q, want 2", got)
	}
	if c.Next(l) != nil {
		t.Error("Next of the last lesson is not nil")
	}
	if len(c.Examples) != 1 || c.Examples[0].Title.In(ZH) != "一" || c.Examples[0].Run.Horizon().Seconds() != 60 {
		t.Errorf("examples = %+v", c.Examples)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		edit func(fstest.MapFS)
		want string
	}{
		{"folder not in the TOC", func(f fstest.MapFS) {}, "02-stray: folder is not in course.yaml"},
		{"slug listed twice", func(f fstest.MapFS) {
			f["course.yaml"] = &fstest.MapFile{Data: []byte("title: {en: T, zh: T}\nlessons: [first, first]\n")}
		}, `lesson "first" listed twice`},
		{"tasks differ between languages", func(f fstest.MapFS) {
			f["01-first/lesson.zh.md"].Data = []byte(strings.Replace(string(f["01-first/lesson.zh.md"].Data), "id: run", "id: walk", 1))
		}, "lesson.zh.md: tasks [walk] do not match checks.yaml [run]"},
		{"check past the horizon", func(f fstest.MapFS) {
			f["01-first/checks.yaml"].Data = []byte("until: 1m\ntasks:\n- id: run\n  checks:\n  - {at: 90s, pod: {phase: Running}}\npredict: {answer: 1}\n")
		}, "time 1m30s is past the lesson's until (1m)"},
		{"predict answer out of range", func(f fstest.MapFS) {
			f["01-first/checks.yaml"].Data = []byte("until: 1m\ntasks:\n- id: run\n  checks:\n  - {at: 30s, pod: {phase: Running}}\npredict: {answer: 2}\n")
		}, "answer 2 is not one of the 2 choices"},
		{"wrongly cased field", func(f fstest.MapFS) {
			f["01-first/checks.yaml"].Data = []byte("until: 1m\ntasks:\n- id: run\n  checks:\n  - {at: 30s, pod: {Phase: Running}}\npredict: {answer: 1}\n")
		}, `unknown field "Phase"`},
		{"unquoted colon in a hint", func(f fstest.MapFS) {
			f["01-first/lesson.en.md"].Data = []byte(strings.Replace(string(f["01-first/lesson.en.md"].Data), "[h1, h2]", "\n  - 'ok'\n  - add restartPolicy: Never", 1))
		}, `must be put in quotes`},
		{"a check with two kinds", func(f fstest.MapFS) {
			f["01-first/checks.yaml"].Data = []byte("until: 1m\ntasks:\n- id: run\n  checks:\n  - {at: 30s, pod: {phase: Running}, log: {container: a, contains: b}}\npredict: {answer: 1}\n")
		}, "tasks[0].checks[0] (run): check mixes kinds"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := miniCourse()
			if tt.name != "folder not in the TOC" {
				delete(fsys, "02-stray/checks.yaml.unused")
			}
			tt.edit(fsys)
			_, err := Load(fsys)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load() = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}
