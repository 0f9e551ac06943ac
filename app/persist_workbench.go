package main

import (
	"fmt"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// keepState is the workbench's memory and sharing: the saved drafts and
// progress, the last share link, the message for the learner and the
// error panel. The methods below are the workbench's; they keep
// lessonpage*.go to a few calls.
type keepState struct {
	progress progress
	rev      int    // bumped when the page replaces the editor's text
	link     string // the last share link made
	note     notice
	crash    error
}

// notice is a message for the learner, kept as its texts so it follows a
// language switch.
type notice struct {
	text  bilingual
	args  []any
	alert bool // a problem (role=alert) rather than news (role=status)
}

func (n notice) in(l lang) string {
	if n.text.en == "" {
		return ""
	}
	return fmt.Sprintf(l.pick(n.text), n.args...)
}

// slug is the key of this page's draft: the lesson's slug, or "sandbox".
func (w *podWorkbench) slug() string {
	if w.Slug == "" {
		return "sandbox"
	}
	return w.Slug
}

// keepMount runs in OnMount before the first simulation: a share link in
// the URL wins (and is removed from the address bar, so a reload shows the
// learner's own later edits); otherwise the saved draft is loaded.
//
// It also hands the editor the text OnMount chose: go-app mounts the
// children (the editor) before the parent's OnMount runs, so the editor
// first saw an empty spec.
func (w *podWorkbench) keepMount(ctx app.Context) {
	defer func() { w.keep.rev++ }()
	if w.Store == nil {
		w.Store = newBrowserStore()
	}
	w.keep.progress = progress{store: w.Store}
	if u := ctx.Page().URL(); u != nil && isShareFragment(u.Fragment) {
		w.openShare(ctx, u.Fragment)
		clearFragment()
		return
	}
	w.loadDraft(ctx)
}

// openShare applies a share link: its spec and time, nothing else. The
// decoder runs under recovered: a bug in it must not cost the page.
func (w *podWorkbench) openShare(ctx app.Context, fragment string) {
	var s shareLink
	var err error
	if perr := recovered("open share link", func() { s, err = decodeShare(fragment) }); perr != nil {
		err = perr
	}
	if err != nil {
		w.tell(shareNotice(err))
		return
	}
	if s.Lesson != "" && s.Lesson != w.slug() {
		ctx.Navigate(pageURL(lessonPath(s.Lesson)) + "#" + fragment)
		return
	}
	w.sim.spec = s.Spec
	w.clock.t = s.At
	w.tell(notice{text: shareOpened, args: []any{formatSeconds(s.At)}})
}

// shareNotice is the learner's message for a link that did not open.
func shareNotice(err error) notice {
	if se, ok := shareErrorOf(err); ok && se.Kind == shareTooLarge {
		return notice{text: shareTooLargeText, alert: true}
	}
	return notice{text: shareMalformedText, alert: true}
}

// loadDraft reads the saved draft off the UI goroutine and, if the learner
// has not typed yet, runs it.
func (w *podWorkbench) loadDraft(ctx app.Context) {
	p, slug := w.keep.progress, w.slug()
	ctx.Async(func() {
		text, ok, err := p.Draft(slug)
		if err != nil || !ok {
			return
		}
		ctx.Dispatch(func(ctx app.Context) {
			if w.sim.spec == w.Starter && text != w.Starter {
				w.replaceSpec(ctx, text)
			}
		})
	})
}

// keepDraft saves the learner's text a little after the redraw, so the
// IndexedDB work stays off the edit → redraw path; a save that a newer
// edit overtook is skipped.
func (w *podWorkbench) keepDraft(ctx app.Context, text string) {
	ctx.After(draftSaveDelay, func(ctx app.Context) {
		if text != w.sim.spec {
			return
		}
		p, slug := w.keep.progress, w.slug()
		ctx.Async(func() {
			if err := p.SaveDraft(slug, text); err != nil {
				ctx.Dispatch(func(ctx app.Context) { w.tell(notice{text: storeFailed, alert: true}) })
			}
		})
	})
}

// draftSaveDelay is how long after an edit its draft is saved.
const draftSaveDelay = 300 * time.Millisecond

// replaceSpec puts text in the editor (not typed by the learner) and runs it.
func (w *podWorkbench) replaceSpec(ctx app.Context, text string) {
	w.sim.spec = text
	w.keep.rev++
	w.restart(ctx)
	w.Update()
}

// forgetDraft is the reset: the lesson's draft and progress are dropped,
// and the editor shows the starter again.
func (w *podWorkbench) forgetDraft(ctx app.Context) {
	w.keep.rev++
	p, slug := w.keep.progress, w.slug()
	w.tell(notice{text: resetDone})
	ctx.Async(func() { p.Reset(slug) })
}

// keepPassed remembers which of the lesson's checks passed.
func (w *podWorkbench) keepPassed(ctx app.Context, ids []string) {
	p, slug := w.keep.progress, w.slug()
	ctx.Async(func() { p.SavePassed(slug, ids) })
}

// crashed shows the error panel; the run stops where it was.
func (w *podWorkbench) crashed(err error) {
	w.keep.crash = err
	w.sim.done = true
}

// shareTime is the time a share link records: the player's, in whole
// milliseconds.
func (w *podWorkbench) shareTime() time.Duration { return w.clock.t.Truncate(time.Millisecond) }

// tell shows n under the editor. The keep bar's buttons and the editor
// call the workbench with their own context, whose Dispatch redraws only
// them, so the workbench redraws itself here.
func (w *podWorkbench) tell(n notice) {
	w.keep.note = n
	w.Update()
}
