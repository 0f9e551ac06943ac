package lessons

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// courseFile is content/course.yaml: the single ordered table of contents.
type courseFile struct {
	Title   Text     `json:"title"`
	Lessons []string `json:"lessons"` // slugs; lesson i lives in folder "%02d-<slug>"
}

// checksFile is a lesson's checks.yaml: everything that does not depend on
// the language.
type checksFile struct {
	RunOptions `json:",inline"`
	Tasks      []Task   `json:"tasks"`
	Predict    *Predict `json:"predict,omitempty"`
}

var (
	slugRE      = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	lessonDirRE = regexp.MustCompile(`^[0-9]{2}-`)
)

// Load reads a course from fsys: course.yaml, one folder per lesson and
// the sandbox folder. Every problem is reported with the file it is in.
func Load(fsys fs.FS) (*Course, error) {
	var cf courseFile
	if err := readStrict(fsys, "course.yaml", &cf); err != nil {
		return nil, err
	}
	c := &Course{Title: cf.Title}
	for i, slug := range cf.Lessons {
		if slices.Index(cf.Lessons, slug) != i {
			return nil, fmt.Errorf("course.yaml: lesson %q listed twice", slug)
		}
	}
	for i, slug := range cf.Lessons {
		l, err := loadLesson(fsys, slug, i+1)
		if err != nil {
			return nil, err
		}
		c.Lessons = append(c.Lessons, l)
	}
	if err := checkTOC(fsys, c); err != nil {
		return nil, err
	}
	ex, err := loadExamples(fsys)
	if err != nil {
		return nil, err
	}
	c.Examples = ex
	return c, nil
}

// checkTOC rejects a lesson folder missing from course.yaml: the table of
// contents is the only order there is.
func checkTOC(fsys fs.FS, c *Course) error {
	seen := map[string]bool{}
	for _, l := range c.Lessons {
		seen[l.Dir] = true
	}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.IsDir() && lessonDirRE.MatchString(e.Name()) && !seen[e.Name()] {
			return fmt.Errorf("%s: folder is not in course.yaml (or its number is not its position)", e.Name())
		}
	}
	return nil
}

func loadLesson(fsys fs.FS, slug string, n int) (*Lesson, error) {
	if !slugRE.MatchString(slug) {
		return nil, fmt.Errorf("course.yaml: %q is not a slug (lower-case words joined by -)", slug)
	}
	l := &Lesson{Slug: slug, Number: n, Dir: fmt.Sprintf("%02d-%s", n, slug), Pages: map[Lang]*Page{}}
	var cf checksFile
	if err := readStrict(fsys, path.Join(l.Dir, "checks.yaml"), &cf); err != nil {
		return nil, err
	}
	l.Run, l.Tasks, l.Predict = cf.RunOptions, cf.Tasks, cf.Predict
	if err := validateTasks(l); err != nil {
		return nil, fmt.Errorf("%s/checks.yaml: %w", l.Dir, err)
	}
	for _, lang := range Langs() {
		p, err := loadPage(fsys, l.Dir, lang)
		if err != nil {
			return nil, err
		}
		if err := matchPage(l, p); err != nil {
			return nil, fmt.Errorf("%s/lesson.%s.md: %w", l.Dir, lang, err)
		}
		l.Pages[lang] = p
	}
	var err error
	if l.Starter, err = fs.ReadFile(fsys, path.Join(l.Dir, "starter.yaml")); err != nil {
		return nil, err
	}
	if l.Solution, err = fs.ReadFile(fsys, path.Join(l.Dir, "solution.yaml")); err != nil {
		return nil, err
	}
	return l, nil
}

func loadPage(fsys fs.FS, dir string, lang Lang) (*Page, error) {
	name := path.Join(dir, "lesson."+string(lang)+".md")
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	front, body, err := splitFrontMatter(src)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	p := &Page{}
	if err := decodeStrict(front, p); err != nil {
		return nil, fmt.Errorf("%s: front matter: %s%s", name, fileLines(err), quoteHint(err))
	}
	p.Body = string(body)
	if p.Title == "" {
		return nil, fmt.Errorf("%s: front matter: title: required", name)
	}
	return p, nil
}

// validateTasks checks the language-neutral half of a lesson.
func validateTasks(l *Lesson) error {
	if len(l.Tasks) == 0 {
		return errors.New("tasks: a lesson needs at least one task")
	}
	ids := map[string]bool{}
	for i, t := range l.Tasks {
		if !slugRE.MatchString(t.ID) || ids[t.ID] {
			return fmt.Errorf("tasks[%d].id %q: want a unique slug", i, t.ID)
		}
		ids[t.ID] = true
		if len(t.Checks) == 0 {
			return fmt.Errorf("tasks[%d] (%s): no checks", i, t.ID)
		}
		for j := range t.Checks {
			if err := t.Checks[j].validate(); err != nil {
				return fmt.Errorf("tasks[%d].checks[%d] (%s): %w", i, j, t.ID, err)
			}
			if err := withinHorizon(&t.Checks[j], l.Run.Horizon()); err != nil {
				return fmt.Errorf("tasks[%d].checks[%d] (%s): %w", i, j, t.ID, err)
			}
		}
	}
	return nil
}

// withinHorizon rejects a check that looks past the simulation's end: it
// could never see what it asks for.
func withinHorizon(c *Check, h time.Duration) error {
	limit := Duration(h)
	for _, d := range []*Duration{c.At, windowEnd(c.During), windowEnd(c.Within)} {
		if d != nil && *d > limit {
			return fmt.Errorf("time %s is past the lesson's until (%s)", fmtDur(d.D()), fmtDur(limit.D()))
		}
	}
	return nil
}

func windowEnd(w *Window) *Duration {
	if w == nil {
		return nil
	}
	return &w.To
}

// matchPage checks that a page has the same tasks (ids, in order) as
// checks.yaml, hints for each, and a predict text exactly when there is a
// predict answer.
func matchPage(l *Lesson, p *Page) error {
	var want, got []string
	for _, t := range l.Tasks {
		want = append(want, t.ID)
	}
	for _, t := range p.Tasks {
		got = append(got, t.ID)
		if t.Title == "" || len(t.Hints) == 0 {
			return fmt.Errorf("task %s: needs a title and at least one hint", t.ID)
		}
	}
	if !slices.Equal(got, want) {
		return fmt.Errorf("tasks %v do not match checks.yaml %v", got, want)
	}
	if (p.Predict == nil) != (l.Predict == nil) {
		return errors.New("predict: present in one of lesson text and checks.yaml only")
	}
	if p.Predict != nil && (l.Predict.Answer < 0 || l.Predict.Answer >= len(p.Predict.Choices)) {
		return fmt.Errorf("predict: answer %d is not one of the %d choices", l.Predict.Answer, len(p.Predict.Choices))
	}
	return nil
}

// readStrict reads and strictly decodes a YAML file.
func readStrict(fsys fs.FS, name string, v any) error {
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		return err
	}
	if err := decodeStrict(src, v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// quoteHint explains the commonest front-matter mistake: an unquoted text
// with ": " in it, which YAML reads as a key and its value.
func quoteHint(err error) string {
	if strings.Contains(err.Error(), "cannot unmarshal object into Go struct field") {
		return ` (a text that contains ": " must be put in quotes)`
	}
	return ""
}

var yamlLineRE = regexp.MustCompile(`line ([0-9]+)`)

// fileLines rewrites the YAML library's "line N", counted from the start
// of the front matter, to the line of the lesson file (one more, for the
// opening ---).
func fileLines(err error) string {
	return yamlLineRE.ReplaceAllStringFunc(err.Error(), func(m string) string {
		n, _ := strconv.Atoi(m[len("line "):])
		return fmt.Sprintf("line %d", n+1)
	})
}
