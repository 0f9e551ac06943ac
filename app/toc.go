package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/podlab/podlab/lessons"
)

// courseLang is the lessons package's name for a UI language.
func courseLang(l lang) lessons.Lang { return lessons.ParseLang(string(l)) }

// title is the lesson's title in l; the English Title when the entry has
// no translations (tests, a course that did not load).
func (e tocEntry) title(l lang) string {
	if t := e.Titles.In(courseLang(l)); t != "" {
		return t
	}
	return e.Title
}

// tocProgress counts the lesson's tasks whose every check is among passed
// (check ids, lessons.CheckID). An entry without its lesson has none.
func tocProgress(e tocEntry, passed []string) (done, total int) {
	if e.Lesson == nil {
		return 0, 0
	}
	ok := map[string]bool{}
	for _, id := range passed {
		ok[id] = true
	}
	for _, t := range e.Lesson.Tasks {
		all := true
		for j := range t.Checks {
			all = all && ok[lessons.CheckID(t.ID, j)]
		}
		if all {
			done++
		}
	}
	return done, len(e.Lesson.Tasks)
}

// courseContents is the table of contents with the learner's progress:
// each lesson's title in the UI language and how many of its tasks have
// passed (from the progress store).
type courseContents struct {
	app.Compo

	// Toc is the course, in order.
	Toc []tocEntry
	// Store holds the progress; nil opens the browser's.
	Store Store

	lang   lang
	passed map[string][]string // check ids by lesson slug
}

// OnMount follows the UI language and reads the progress off the UI
// goroutine.
func (c *courseContents) OnMount(ctx app.Context) {
	c.lang = loadLang(ctx)
	ctx.ObserveState(stateLang).Value(&c.lang)
	if c.Store == nil {
		c.Store = newBrowserStore()
	}
	p := progress{store: c.Store}
	ctx.Async(func() {
		all, err := p.All()
		if err != nil {
			return // no progress shown; the lessons are still listed
		}
		passed := map[string][]string{}
		for slug, lp := range all {
			passed[slug] = lp.Passed
		}
		ctx.Dispatch(func(ctx app.Context) { c.passed = passed })
	})
}

// Render lists the lessons.
func (c *courseContents) Render() app.UI {
	l := c.lang.orDefault()
	return app.Ol().Class("toc").Body(
		app.Range(c.Toc).Slice(func(i int) app.UI { return c.renderEntry(l, c.Toc[i]) }),
	)
}

func (c *courseContents) renderEntry(l lang, e tocEntry) app.UI {
	done, total := tocProgress(e, c.passed[e.Slug])
	return app.Li().Class("toc-entry").DataSet("slug", e.Slug).Body(
		app.A().Href(pageURL(lessonPath(e.Slug))).Text(e.title(l)),
		app.If(total > 0 && done == total,
			app.Span().Class("toc-progress", "toc-done").Body(
				app.Span().Aria("hidden", "true").Text(" ✓ "),
				app.Text(l.T(msgTocDone)),
			),
		).ElseIf(done > 0,
			app.Span().Class("toc-progress").Text(" · "+l.T(msgTocProgress, done, total)),
		),
	)
}
