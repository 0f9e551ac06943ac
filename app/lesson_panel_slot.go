package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// The workbench is the lesson panel's and the example list's control.
var _ lessonControl = (*podWorkbench)(nil)

// lessonSlot is the left pane: what the route put there, then the lesson
// panel (a lesson) or the example list (the sandbox).
func (w *podWorkbench) lessonSlot(l lang) []app.UI {
	ui := append([]app.UI{}, w.Lesson...)
	switch {
	case w.Exercise != nil:
		ui = append(ui, &lessonPanel{
			Lang: l, Lesson: w.Exercise, Report: w.report(l),
			Grading: !w.grade.current, Invalid: len(w.sim.diags) > 0 || w.sim.failure != "",
			Played: w.clock.t > 0 || w.clock.playing, Next: w.Next, Ctl: w,
		})
	case len(w.Examples) > 0:
		ui = append(ui, &exampleList{Lang: l, Examples: w.Examples, Loaded: w.loadedExample(), Ctl: w})
	}
	return ui
}

// loadSolution puts the lesson's solution in the editor (saved as the
// draft, like any edit) and runs it: the same path as a draft load.
func (w *podWorkbench) loadSolution(ctx app.Context) {
	if w.Exercise == nil {
		return
	}
	text := string(w.Exercise.Solution)
	w.keepDraft(ctx, text)
	w.replaceSpec(ctx, text)
}

// playFromStart plays the run from 0.
func (w *podWorkbench) playFromStart() {
	w.clock.t = 0
	w.setPlaying(true)
}

// loadExample puts the sandbox's example i in the editor and runs it with
// its own options (horizon, deletion, node loss), from 0.
func (w *podWorkbench) loadExample(ctx app.Context, i int) {
	if i < 0 || i >= len(w.Examples) {
		return
	}
	w.grade.example = &w.Examples[i]
	w.clock = clockState{speed: w.clock.speed}
	text := string(w.Examples[i].Spec)
	w.keepDraft(ctx, text)
	w.replaceSpec(ctx, text)
}

// loadedExample is the slug of the example the sandbox runs, or "".
func (w *podWorkbench) loadedExample() string {
	if w.grade.example == nil {
		return ""
	}
	return w.grade.example.Slug
}

// lessonWorkbench is lesson i's page: its starter and run options, its
// panel, and the next lesson to link once every task passes; its heading
// and navigation in l.
func lessonWorkbench(l lang, toc []tocEntry, i int) *podWorkbench {
	e := toc[i]
	var next tocEntry
	if i+1 < len(toc) {
		next = toc[i+1]
	}
	return &podWorkbench{
		Heading:  lessonHeading(i, e.title(l)),
		Nav:      courseNavIn(l, toc, i),
		Slug:     e.Slug,
		Exercise: e.Lesson,
		Next:     next,
		Starter:  string(e.Lesson.Starter),
		Options:  e.Lesson.Run.PlayOptions(),
	}
}
