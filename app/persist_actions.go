package main

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/podlab/podlab/sim/kubectl"
)

// share makes a link to the spec at the player's time, shows it and tries
// to copy it.
func (w *podWorkbench) share(ctx app.Context) {
	if len(w.sim.spec) > shareMaxSpec {
		w.keep.link = ""
		w.tell(notice{text: shareTooBig, alert: true})
		return
	}
	frag := encodeShare(shareLink{Lesson: w.Slug, Spec: w.sim.spec, At: w.shareTime()})
	w.keep.link = pageBase(ctx) + "#" + frag
	w.tell(notice{text: shareShown})
	browserLib().Call("copy", w.keep.link, app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 && args[0].Bool() {
			ctx.Dispatch(func(ctx app.Context) { w.tell(notice{text: shareMade}) })
		}
		return nil
	}))
}

// pageBase is the page's address without its fragment.
func pageBase(ctx app.Context) string {
	u := *ctx.Page().URL()
	u.Fragment, u.RawFragment = "", ""
	return u.String()
}

// clearFragment drops the share link from the address bar (no reload).
func clearFragment() {
	loc := app.Window().Get("location")
	if !loc.Truthy() {
		return
	}
	app.Window().Get("history").Call("replaceState", nil, "", loc.Get("pathname").String()+loc.Get("search").String())
}

// browserLib is web/editor.js's API (download, copy, readFile).
func browserLib() app.Value { return app.Window().Get("podlabEditor") }

// exportTranscript downloads the run at the player's time as text.
func (w *podWorkbench) exportTranscript(ctx app.Context) {
	if w.sim.tl == nil {
		w.tell(notice{text: keepNothingToRun, alert: true})
		return
	}
	text := transcriptText(runExport{Lesson: w.Heading, Spec: w.sim.spec, Timeline: w.sim.tl, At: w.frameTime()})
	browserLib().Call("download", w.slug()+"-transcript.txt", "text/plain;charset=utf-8", text)
}

// exportJSON downloads what has been simulated as JSON lines.
func (w *podWorkbench) exportJSON(ctx app.Context) {
	if w.sim.tl == nil {
		w.tell(notice{text: keepNothingToRun, alert: true})
		return
	}
	text := kubectl.JSONLines(w.sim.tl, w.sim.computed)
	browserLib().Call("download", w.slug()+"-run.jsonl", "application/x-ndjson", text)
}

// exportProgress downloads every lesson's drafts and passed checks.
func (w *podWorkbench) exportProgress(ctx app.Context) {
	p := w.keep.progress
	ctx.Async(func() {
		data, err := p.Export()
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				w.tell(notice{text: storeFailed, alert: true})
				return
			}
			browserLib().Call("download", "podlab-progress.json", "application/json", string(data))
		})
	})
}

// importProgress reads the file chosen in the input (ctx.JSSrc) and
// imports it; the current lesson's draft, if the file has one, is run.
func (w *podWorkbench) importProgress(ctx app.Context, e app.Event) {
	browserLib().Call("readFile", ctx.JSSrc(), progressMaxFile, app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) < 2 {
			return nil
		}
		if args[1].Truthy() {
			problem := args[1].String()
			ctx.Dispatch(func(ctx app.Context) { w.tell(readProblem(problem)) })
			return nil
		}
		w.importText(ctx, args[0].String())
		return nil
	}))
}

func readProblem(problem string) notice {
	if problem == "too-large" {
		return notice{text: importTooBig, alert: true}
	}
	return notice{text: importFailed, alert: true}
}

// importText imports a progress file's text off the UI goroutine.
func (w *podWorkbench) importText(ctx app.Context, text string) {
	p := w.keep.progress
	ctx.Async(func() {
		n, err := p.Import([]byte(text))
		ctx.Dispatch(func(ctx app.Context) { w.imported(ctx, n, err) })
	})
}

func (w *podWorkbench) imported(ctx app.Context, n int, err error) {
	if ie, ok := err.(*importError); ok {
		w.tell(notice{text: ie.text, alert: true})
		return
	}
	if err != nil {
		w.tell(notice{text: storeFailed, alert: true})
		return
	}
	w.tell(notice{text: importDone, args: []any{n}})
	w.loadImportedDraft(ctx)
}

// loadImportedDraft runs this page's draft from the imported file.
func (w *podWorkbench) loadImportedDraft(ctx app.Context) {
	p, slug := w.keep.progress, w.slug()
	ctx.Async(func() {
		text, ok, _ := p.Draft(slug)
		if !ok || strings.TrimSpace(text) == "" {
			return
		}
		ctx.Dispatch(func(ctx app.Context) { w.replaceSpec(ctx, text) })
	})
}
