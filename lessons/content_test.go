package lessons

import (
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/play"
)

// The content test, after golang/website's content_test.go: the embedded
// course loads, both languages say the same things in the same shape,
// every spec in it is valid, every solution passes its checks and every
// starter fails at least one.

func course(t *testing.T) *Course {
	t.Helper()
	c, err := Default()
	if err != nil {
		t.Fatalf("Default(): %v", err)
	}
	return c
}

func TestCourseLoads(t *testing.T) {
	c := course(t)
	if len(c.Lessons) == 0 {
		t.Fatal("no lessons")
	}
	titles := map[string]string{}
	for _, l := range c.Lessons {
		for _, lang := range Langs() {
			title := string(lang) + ":" + l.Page(lang).Title
			if prev, dup := titles[title]; dup {
				t.Errorf("%s and %s have the same title %q", prev, l.Dir, title)
			}
			titles[title] = l.Dir
		}
	}
}

// TestTOC proves course.yaml lists each lesson folder once, in order.
func TestTOC(t *testing.T) {
	c := course(t)
	entries, err := fs.ReadDir(Content(), ".")
	if err != nil {
		t.Fatal(err)
	}
	var dirs, listed []string
	for _, e := range entries {
		if e.IsDir() && lessonDirRE.MatchString(e.Name()) {
			dirs = append(dirs, e.Name())
		}
	}
	for _, l := range c.Lessons {
		listed = append(listed, l.Dir)
	}
	if !slices.Equal(dirs, listed) {
		t.Errorf("lesson folders %v, course.yaml lists %v", dirs, listed)
	}
}

var (
	headingRE = regexp.MustCompile(`(?m)^(#{1,6}) `)
	fenceRE   = regexp.MustCompile("(?ms)^```([^\\n]*)\\n(.*?)^```")
)

// shape is what both languages of a page must share: the heading levels
// in order and the info strings of the fenced blocks in order.
func shape(body string) (headings, fences []string) {
	for _, m := range headingRE.FindAllStringSubmatch(body, -1) {
		headings = append(headings, m[1])
	}
	for _, m := range fenceRE.FindAllStringSubmatch(body, -1) {
		fences = append(fences, m[1])
	}
	return headings, fences
}

func TestLanguagesMatch(t *testing.T) {
	for _, l := range course(t).Lessons {
		en, zh := l.Pages[EN], l.Pages[ZH]
		if en == nil || zh == nil {
			t.Errorf("%s: want both lesson.en.md and lesson.zh.md", l.Dir)
			continue
		}
		eh, ef := shape(en.Body)
		zhh, zf := shape(zh.Body)
		if !slices.Equal(eh, zhh) {
			t.Errorf("%s: headings differ: en %v, zh %v", l.Dir, eh, zhh)
		}
		if !slices.Equal(ef, zf) {
			t.Errorf("%s: code blocks differ: en %q, zh %q", l.Dir, ef, zf)
		}
		for i := range l.Tasks {
			if len(en.Tasks[i].Hints) != len(zh.Tasks[i].Hints) {
				t.Errorf("%s: task %s has %d hints in en, %d in zh", l.Dir, l.Tasks[i].ID, len(en.Tasks[i].Hints), len(zh.Tasks[i].Hints))
			}
		}
		if en.Predict != nil && len(en.Predict.Choices) != len(zh.Predict.Choices) {
			t.Errorf("%s: predict has %d choices in en, %d in zh", l.Dir, len(en.Predict.Choices), len(zh.Predict.Choices))
		}
		if n := len(headingRE.FindAllString(en.Body, -1)); n < 2 {
			t.Errorf("%s: only %d headings: a lesson is more than a paragraph", l.Dir, n)
		}
	}
}

// validSpec parses, defaults and validates src as the API server would.
func validSpec(src []byte) error {
	objs, err := api.Parse(src)
	if err != nil {
		return err
	}
	api.Default(&objs)
	return api.Validate(objs)
}

// TestSpecsValid: starters, solutions, sandbox examples and every ```yaml
// block of the text are valid manifests. "```yaml fragment" blocks are
// only YAML; "```yaml invalid" blocks must be rejected (they show a
// mistake, such as the notes' hostPost).
func TestSpecsValid(t *testing.T) {
	c := course(t)
	for _, l := range c.Lessons {
		for name, src := range map[string][]byte{"starter.yaml": l.Starter, "solution.yaml": l.Solution} {
			if err := validSpec(src); err != nil {
				t.Errorf("%s/%s: %v", l.Dir, name, err)
			}
		}
		for _, lang := range Langs() {
			checkBlocks(t, l.Dir+"/lesson."+string(lang)+".md", l.Pages[lang].Body)
		}
	}
	for _, ex := range c.Examples {
		if err := validSpec(ex.Spec); err != nil {
			t.Errorf("sandbox %s: %v", ex.Slug, err)
		}
	}
	files, err := ConsoleFiles(Content())
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"projected-volume.yaml", "pod-nginx.yaml"} {
		if _, ok := files[name]; !ok {
			t.Errorf("console/%s is missing: the console's walk-through applies it", name)
		}
	}
	for name, src := range files {
		if err := validSpec([]byte(src)); err != nil {
			t.Errorf("console/%s: %v", name, err)
		}
	}
}

func checkBlocks(t *testing.T, name, body string) {
	for _, m := range fenceRE.FindAllStringSubmatch(body, -1) {
		info, block := strings.Fields(m[1]+" "), []byte(m[2])
		if len(info) == 0 || info[0] != "yaml" {
			continue
		}
		switch {
		case len(info) == 1:
			if err := validSpec(block); err != nil {
				t.Errorf("%s: yaml block does not validate: %v\n%s", name, err, block)
			}
		case info[1] == "invalid":
			if validSpec(block) == nil {
				t.Errorf("%s: a `yaml invalid` block validates; the mistake it shows is not caught:\n%s", name, block)
			}
		case info[1] == "fragment":
			var v any
			if err := decodeYAML(block, &v); err != nil {
				t.Errorf("%s: yaml fragment: %v\n%s", name, err, block)
			}
		default:
			t.Errorf("%s: unknown yaml block kind %q (want yaml, yaml fragment or yaml invalid)", name, info[1])
		}
	}
}

func TestSolutionsPass(t *testing.T) {
	for _, l := range course(t).Lessons {
		t.Run(l.Slug, func(t *testing.T) {
			r, err := Grade(l, l.Solution, EN)
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Diagnostics) > 0 {
				t.Fatalf("solution does not validate: %v", r.Diagnostics)
			}
			for _, f := range r.Failed() {
				t.Errorf("solution fails: %s: %s", f.Label, f.Message)
			}
		})
	}
}

func TestStartersFail(t *testing.T) {
	for _, l := range course(t).Lessons {
		t.Run(l.Slug, func(t *testing.T) {
			r, err := Grade(l, l.Starter, ZH)
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Diagnostics) > 0 {
				t.Fatalf("starter does not validate: %v", r.Diagnostics)
			}
			if r.Passed() {
				t.Error("the starter already passes every check: the exercise is solved before it starts")
			}
		})
	}
}

// TestExamples: the sandbox holds the notes' examples, and each one runs.
func TestExamples(t *testing.T) {
	c := course(t)
	want := []string{"javaweb-2", "projected-volume", "downwardapi-volume", "lifecycle-demo", "liveness-exec", "liveness-http",
		"node-selector", "host-aliases", "share-process-namespace"}
	for _, slug := range want {
		if !slices.ContainsFunc(c.Examples, func(e Example) bool { return e.Slug == slug }) {
			t.Errorf("sandbox lacks the notes' example %s", slug)
		}
	}
	for _, ex := range c.Examples {
		run, err := play.Start(ex.Spec, ex.Run.PlayOptions())
		if err != nil {
			t.Errorf("sandbox %s: %v", ex.Slug, err)
			continue
		}
		run.Advance(ex.Run.Horizon())
		if len(run.Timeline().Statuses) == 0 {
			t.Errorf("sandbox %s: no status after %s", ex.Slug, fmtDur(ex.Run.Horizon()))
		}
	}
}
