package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// OnUpdate starts the workbench over when the route has put another
// lesson in it. Going from one lesson to the next (the next-lesson link,
// the course navigation) renders the same component type in the same
// place, so go-app updates the mounted workbench's fields instead of
// mounting a new one: OnMount does not run again, and without this the
// new lesson would show the previous lesson's spec, run and results.
func (w *podWorkbench) OnUpdate(ctx app.Context) {
	if w.ctx == nil || w.grade.slug == w.slug() {
		return // not mounted yet (OnMount sets everything up), or the same lesson
	}
	w.grade = gradeState{slug: w.slug()}
	w.sim.spec = w.Starter
	w.clock = clockState{speed: w.clock.speed}
	w.keep.note, w.keep.link = notice{}, ""
	w.keep.rev++ // the editor takes the new text
	w.loadDraft(ctx)
	w.restart(ctx)
	w.Update()
}
