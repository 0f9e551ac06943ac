package main

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/podlab/podlab/lessons"
)

// realCourse is the embedded course as the routes see it.
func realCourse(t *testing.T) []tocEntry {
	t.Helper()
	toc, err := loadCourse()
	if err != nil {
		t.Fatal(err)
	}
	return toc
}

// tocIndex is the position of slug in toc.
func tocIndex(t *testing.T, toc []tocEntry, slug string) int {
	t.Helper()
	i := slices.IndexFunc(toc, func(e tocEntry) bool { return e.Slug == slug })
	if i < 0 {
		t.Fatalf("no lesson %q", slug)
	}
	return i
}

// mountLesson mounts lesson slug's workbench on store and runs its starter
// (or the saved draft) to the end.
func mountLesson(t *testing.T, store Store, slug string) (*podWorkbench, app.ClientDispatcher) {
	t.Helper()
	toc := realCourse(t)
	w := lessonWorkbench(langEN, toc, tocIndex(t, toc, slug))
	w.Store = store
	disp := app.NewClientTester(w)
	disp.Consume()
	w.runToEnd()
	w.Update()
	disp.Consume()
	return w, disp
}

// checkStates lists data-result (pass or fail) of each check result drawn,
// in order.
func checkStates(html string) []string {
	var out []string
	for _, m := range checkTagRE.FindAllString(html, -1) {
		if strings.Contains(m, `data-testid="check-result"`) {
			out = append(out, checkOKRE.FindStringSubmatch(m)[1])
		}
	}
	return out
}

var (
	checkTagRE = regexp.MustCompile(`<li [^>]*data-result="[^"]*"[^>]*>`)
	checkOKRE  = regexp.MustCompile(`data-result="([^"]*)"`)
)

// TestLessonPanelStarterThenSolution is the learner's way through a
// lesson: the starter fails a check, said in words; the solution (loaded
// through the confirmation's path) passes every check, the next-lesson
// link appears and the passed checks are stored.
func TestLessonPanelStarterThenSolution(t *testing.T) {
	store := newMemStore()
	w, disp := mountLesson(t, store, "init-containers")
	defer disp.Close()
	html := app.HTMLString(w)
	for _, want := range []string{`data-testid="lesson"`, "Container design patterns", "Get Tomcat running", "Your tasks"} {
		if !strings.Contains(html, want) {
			t.Errorf("starter page lacks %q", want)
		}
	}
	states := checkStates(html)
	if len(states) == 0 || !slices.Contains(states, "fail") {
		t.Fatalf("starter: check states %v, want at least one fail", states)
	}
	if !strings.Contains(html, "got ") || strings.Contains(html, `data-testid="next-lesson"`) {
		t.Errorf("starter: want a got/want message and no next-lesson link")
	}

	onUI(disp, w, func(ctx app.Context) { w.loadSolution(ctx) })
	w.runToEnd()
	w.Update()
	disp.Consume()
	html = app.HTMLString(w)
	if states := checkStates(html); len(states) == 0 || slices.Contains(states, "fail") {
		t.Errorf("solution: check states %v, want all pass", states)
	}
	if !strings.Contains(html, `href="/lessons/init-order"`) || !strings.Contains(html, `data-testid="next-lesson"`) {
		t.Errorf("solution: no link to the next lesson")
	}
	passed, err := progress{store: store}.Passed("init-containers")
	if err != nil || !slices.Contains(passed, lessons.CheckID("start-tomcat", 0)) {
		t.Errorf("stored passed checks = %v (%v), want start-tomcat/0 among them", passed, err)
	}
	if draft, _, _ := (progress{store: store}).Draft("init-containers"); draft != string(w.Exercise.Solution) {
		t.Errorf("the loaded solution was not saved as the draft")
	}
}

// TestWorkbenchGradesLikeGrade: grading alongside the page's run, sliced
// as the page slices it, gives exactly lessons.Grade's report, for every
// lesson's starter and solution, in both languages.
func TestWorkbenchGradesLikeGrade(t *testing.T) {
	if testing.Short() {
		t.Skip("simulates every lesson twice")
	}
	toc := realCourse(t)
	for i, e := range toc {
		for _, src := range [][]byte{e.Lesson.Starter, e.Lesson.Solution} {
			w := lessonWorkbench(langEN, toc, i)
			w.sim.spec = string(src)
			w.restart(nil)
			w.runToEnd()
			for _, cl := range lessons.Langs() {
				want, err := lessons.Grade(e.Lesson, src, cl)
				if err != nil {
					t.Fatal(err)
				}
				if got := w.grade.reports[cl]; !reflect.DeepEqual(got, want) {
					t.Errorf("%s (%s): workbench report differs from Grade:\n got %+v\nwant %+v", e.Slug, cl, got, want)
				}
			}
		}
	}
}

func TestLessonPanelInChinese(t *testing.T) {
	w, disp := mountLesson(t, newMemStore(), "init-containers")
	defer disp.Close()
	onUI(disp, w, func(ctx app.Context) { w.lang = langZH; w.Update() })
	html := app.HTMLString(w)
	for _, want := range []string{"你的任务", w.Exercise.Page(lessons.ZH).Title} {
		if !strings.Contains(html, want) {
			t.Errorf("Chinese panel lacks %q", want)
		}
	}
}

// fakeControl records what the panel asked of its page.
type fakeControl struct{ solution, played, example int }

func (f *fakeControl) loadSolution(app.Context)     { f.solution++ }
func (f *fakeControl) playFromStart()               { f.played++ }
func (f *fakeControl) loadExample(app.Context, int) { f.example++ }

// mountView mounts c and returns its dispatcher.
func mountView(c app.Composer) app.ClientDispatcher {
	disp := app.NewClientTester(c)
	disp.Consume()
	return disp
}

func TestSolutionNeedsConfirmation(t *testing.T) {
	toc := realCourse(t)
	ctl := &fakeControl{}
	p := &lessonPanel{Lang: langEN, Lesson: toc[0].Lesson, Ctl: ctl}
	disp := mountView(p)
	defer disp.Close()
	if html := app.HTMLString(p); strings.Contains(html, "solution-confirm") || !strings.Contains(html, `data-testid="solution"`) {
		t.Fatalf("before asking: want the solution button only")
	}
	onUI(disp, p, func(ctx app.Context) { p.asking = true })
	if html := app.HTMLString(p); !strings.Contains(html, `role="alertdialog"`) || !strings.Contains(html, "It replaces your YAML") {
		t.Errorf("asking: no confirmation shown")
	}
	if ctl.solution != 0 {
		t.Errorf("the solution loaded before confirmation")
	}
	onUI(disp, p, func(ctx app.Context) { p.confirmSolution(ctx, app.Event{}) })
	if ctl.solution != 1 || p.asking {
		t.Errorf("after confirming: loads %d, asking %v; want 1, false", ctl.solution, p.asking)
	}
}

func TestHintsOneMorePerClick(t *testing.T) {
	tv := &taskView{Lang: langEN, Text: lessons.TaskText{ID: "x", Title: "Do it", Hints: []string{"first <b>", "second `code`"}}}
	disp := mountView(tv)
	defer disp.Close()
	steps := []struct {
		want, dontWant []string
	}{
		{[]string{"Show a hint (1 of 2)"}, []string{"first", "second"}},
		{[]string{"first &lt;b&gt;", "Show a hint (2 of 2)"}, []string{"second"}},
		{[]string{"first", "second <code>code</code>", "No more hints"}, []string{"Show a hint"}},
	}
	for k, s := range steps {
		if k > 0 {
			onUI(disp, tv, func(ctx app.Context) { tv.shown++ })
		}
		html := strings.NewReplacer(">\n", ">", "\n<", "<").Replace(app.HTMLString(tv))
		for _, w := range s.want {
			if !strings.Contains(html, w) {
				t.Errorf("after %d clicks: lacks %q in %s", k, w, html)
			}
		}
		for _, w := range s.dontWant {
			if strings.Contains(html, w) {
				t.Errorf("after %d clicks: shows %q too early", k, w)
			}
		}
	}
}

func TestCheckResultsSaidWithIconAndWords(t *testing.T) {
	tv := &taskView{Lang: langEN, Text: lessons.TaskText{ID: "x", Title: "T"}, Result: &lessons.TaskResult{
		ID: "x", Checks: []lessons.Result{
			{OK: true, Label: "at 60s: phase Running"},
			{Label: "at 150s, tomcat: <img src=x onerror=alert(1)>", Message: "state: got waiting, want running"},
		},
	}}
	disp := mountView(tv)
	defer disp.Close()
	html := app.HTMLString(tv)
	if got := checkStates(html); !slices.Equal(got, []string{"pass", "fail"}) {
		t.Errorf("check states %v, want [pass fail]", got)
	}
	for _, want := range []string{"✓", "✗", "Passed:", "Not yet:", "state: got waiting, want running", "&lt;img src=x"} {
		if !strings.Contains(html, want) {
			t.Errorf("check results lack %q", want)
		}
	}
	if strings.Contains(html, "<img") {
		t.Errorf("a check's text became an element")
	}
}

func TestPredictThenPlay(t *testing.T) {
	ctl := &fakeControl{}
	q := &predictQuestion{Lang: langEN, Answer: 1, Ctl: ctl, Text: &lessons.PredictText{
		Question: "STATUS?", Choices: []string{"Pending", "`Init:0/1`"}, Explanation: "Because init.",
	}}
	disp := mountView(q)
	defer disp.Close()
	if html := app.HTMLString(q); strings.Contains(html, "Because init.") || strings.Contains(html, "predict-play") {
		t.Fatalf("before choosing: explanation or play button shown")
	}
	onUI(disp, q, func(ctx app.Context) { q.choose(0); q.choose(1) }) // the first choice counts
	html := app.HTMLString(q)
	if !strings.Contains(html, "You predicted: Pending.") || strings.Contains(html, "Because init.") {
		t.Errorf("after choosing: want the invitation to play and no explanation yet")
	}
	onUI(disp, q, func(ctx app.Context) { q.playAndSee(ctx, app.Event{}) })
	html = app.HTMLString(q)
	if ctl.played != 1 || !strings.Contains(html, "You predicted Pending; the answer is Init:0/1.") || !strings.Contains(html, "Because init.") {
		t.Errorf("after playing: played %d; html %s", ctl.played, html)
	}
}

func TestTocProgress(t *testing.T) {
	l := &lessons.Lesson{Tasks: []lessons.Task{
		{ID: "a", Checks: make([]lessons.Check, 2)},
		{ID: "b", Checks: make([]lessons.Check, 1)},
	}}
	e := tocEntry{Slug: "x", Lesson: l}
	tests := []struct {
		passed            []string
		wantDone, wantAll int
	}{
		{nil, 0, 2},
		{[]string{"a/0"}, 0, 2},
		{[]string{"a/0", "a/1"}, 1, 2},
		{[]string{"a/0", "a/1", "b/0"}, 2, 2},
		{[]string{"b/0", "zz/9"}, 1, 2},
	}
	for _, tt := range tests {
		if done, all := tocProgress(e, tt.passed); done != tt.wantDone || all != tt.wantAll {
			t.Errorf("tocProgress(%v) = %d/%d, want %d/%d", tt.passed, done, all, tt.wantDone, tt.wantAll)
		}
	}
}

func TestContentsShowProgressAndLanguage(t *testing.T) {
	toc := realCourse(t)
	store := newMemStore()
	var ids []string
	for _, task := range toc[0].Lesson.Tasks {
		for j := range task.Checks {
			ids = append(ids, lessons.CheckID(task.ID, j))
		}
	}
	if err := (progress{store: store}).SavePassed(toc[0].Slug, ids); err != nil {
		t.Fatal(err)
	}
	c := &courseContents{Toc: toc, Store: store}
	disp := mountView(c)
	defer disp.Close()
	html := app.HTMLString(c)
	if n := strings.Count(html, `class="toc-entry"`); n != len(toc) {
		t.Errorf("%d entries, want %d", n, len(toc))
	}
	if !strings.Contains(html, "toc-done") || strings.Count(html, "toc-done") != 1 {
		t.Errorf("want exactly the first lesson marked done")
	}
	onUI(disp, c, func(ctx app.Context) { c.lang = langZH })
	if html := app.HTMLString(c); !strings.Contains(html, toc[0].Titles.ZH) || !strings.Contains(html, "已完成") {
		t.Errorf("Chinese contents lack the Chinese title or progress")
	}
}

func TestSandboxLoadsAnExampleWithItsOptions(t *testing.T) {
	ex, err := lessons.DefaultExamples()
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(ex, func(e lessons.Example) bool { return e.Run.DeleteAt != nil })
	if i < 0 {
		t.Fatal("no example with deleteAt")
	}
	w := &podWorkbench{Heading: "Sandbox", Starter: placeholderSpec, Examples: ex, Store: newMemStore()}
	disp := app.NewClientTester(w)
	defer disp.Close()
	disp.Consume()
	if html := app.HTMLString(w); !strings.Contains(html, ex[0].Title.EN) {
		t.Fatalf("sandbox lacks the first example's title")
	}
	onUI(disp, w, func(ctx app.Context) { w.loadExample(ctx, i) })
	if w.sim.spec != string(ex[i].Spec) || w.horizon() != ex[i].Run.Horizon() || w.options().DeleteAt == nil {
		t.Errorf("example %s: spec loaded %v, horizon %v (want %v), deleteAt %v",
			ex[i].Slug, w.sim.spec == string(ex[i].Spec), w.horizon(), ex[i].Run.Horizon(), w.options().DeleteAt)
	}
	if html := app.HTMLString(w); !strings.Contains(html, "is in the editor") {
		t.Errorf("no word that the example was loaded")
	}
}

// lessonHost shows lesson Index of Toc, as the router does when one lesson
// page leads to another: the same component type in the same place.
type lessonHost struct {
	app.Compo
	Toc   []tocEntry
	Index int
	Store Store
	wb    *podWorkbench
}

func (h *lessonHost) Render() app.UI {
	w := lessonWorkbench(langEN, h.Toc, h.Index)
	w.Store = h.Store
	if h.wb == nil {
		h.wb = w
	}
	return w
}

func TestNextLessonStartsOver(t *testing.T) {
	toc := realCourse(t)
	i := tocIndex(t, toc, "init-containers")
	h := &lessonHost{Toc: toc, Index: i, Store: newMemStore()}
	disp := mountView(h)
	defer disp.Close()
	w := h.wb
	onUI(disp, w, func(ctx app.Context) { w.loadSolution(ctx) })
	w.runToEnd()
	onUI(disp, h, func(ctx app.Context) { h.Index = i + 1; h.Update() })
	disp.Consume() // the frame's update dispatched the workbench's OnUpdate
	if w.Exercise != toc[i+1].Lesson || w.sim.spec != string(toc[i+1].Lesson.Starter) {
		t.Fatalf("after the next-lesson link: lesson %v, spec is the new starter: %v", w.Exercise.Slug, w.sim.spec == string(toc[i+1].Lesson.Starter))
	}
	if w.grade.current || w.report(langEN) != nil {
		t.Errorf("the previous lesson's results are still shown")
	}
	w.runToEnd()
	w.Update()
	disp.Consume()
	if html := app.HTMLString(w); !slices.Contains(checkStates(html), "fail") || !strings.Contains(html, toc[i+1].Title) {
		t.Errorf("the next lesson's starter is not graded as failing")
	}
}
