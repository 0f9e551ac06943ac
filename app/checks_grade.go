package main

import (
	"time"

	"github.com/podlab/podlab/lessons"
	"github.com/podlab/podlab/sim/play"
	simshell "github.com/podlab/podlab/sim/shell"
)

// gradeState is the lesson's checks on the workbench's run. The learner's
// spec is simulated once: the workbench advances its own run in slices and
// the lessons.Grader runs the file and exec checks inside the containers
// at their times along the way (advanceRun). When the run reaches the
// horizon the outcome is worded in each UI language at once, so a
// language switch redraws without grading again.
type gradeState struct {
	slug    string // the lesson the workbench was set up for (lesson_panel_nav.go)
	grader  *lessons.Grader
	reports map[lessons.Lang]lessons.Report // the last finished run's
	current bool                            // reports are of the run on the stage
	example *lessons.Example                // sandbox: the example loaded, whose options the run uses
}

// options are the simulation options of the run: the sandbox example's
// when one is loaded, else the page's.
func (w *podWorkbench) options() play.Options {
	o := w.Options
	if w.grade.example != nil {
		o = w.grade.example.Run.PlayOptions()
	}
	if w.layers == nil {
		w.layers = simshell.NewLayers()
	}
	o.Layers = w.layers // every edit starts a run: the images' files are built once
	return o
}

// startGrading prepares the grading of a new run of the current spec.
func (w *podWorkbench) startGrading() {
	w.grade.grader, w.grade.current = nil, false
	if w.Exercise != nil {
		w.grade.grader = lessons.NewGrader(w.Exercise, lessons.FirstPod([]byte(w.sim.spec)), lessons.EN)
	}
}

// advanceRun advances the run to t, stopping at each time a check must
// look inside a container (a file or a command), as lessons.GradeSim does.
func (w *podWorkbench) advanceRun(t time.Duration) {
	if g := w.grade.grader; g != nil {
		for due, ok := g.Due(); ok && due <= t; due, ok = g.Due() {
			w.sim.run.Advance(due)
			g.Exec(w.sim.run, due)
		}
	}
	w.sim.run.Advance(t)
}

// finishGrading words the finished run's outcome and remembers the checks
// that passed.
func (w *podWorkbench) finishGrading() {
	g := w.grade.grader
	if g == nil || w.grade.current || w.sim.tl == nil {
		return
	}
	w.grade.reports = map[lessons.Lang]lessons.Report{}
	for _, cl := range lessons.Langs() {
		w.grade.reports[cl] = g.ReportIn(w.sim.tl, cl)
	}
	w.grade.current = true
	if ids := passedChecks(w.grade.reports[lessons.EN]); len(ids) > 0 && w.ctx != nil {
		w.keepPassedUnion(ids)
	}
}

// passedChecks lists the ids of the checks that passed in r.
func passedChecks(r lessons.Report) []string {
	var ids []string
	for _, t := range r.Tasks {
		for j, c := range t.Checks {
			if c.OK {
				ids = append(ids, lessons.CheckID(t.ID, j))
			}
		}
	}
	return ids
}

// keepPassedUnion adds ids to the lesson's stored passed checks: progress
// records what the learner has achieved, so breaking the spec afterwards
// does not take a finished task away (reset does).
func (w *podWorkbench) keepPassedUnion(ids []string) {
	p, slug := w.keep.progress, w.slug()
	if p.store == nil {
		return
	}
	w.ctx.Async(func() {
		old, _ := p.Passed(slug)
		p.SavePassed(slug, union(old, ids))
	})
}

// union returns the strings in a or b, each once, in a's order then b's.
func union(a, b []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range append(append([]string(nil), a...), b...) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// report is the outcome to show in l: nil before the first graded run,
// and between the route putting another lesson in the workbench and
// OnUpdate starting over (the old lesson's results must not flash up).
func (w *podWorkbench) report(l lang) *lessons.Report {
	r, ok := w.grade.reports[courseLang(l)]
	if !ok || w.grade.slug != w.slug() {
		return nil
	}
	return &r
}
