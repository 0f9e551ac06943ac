package main

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/kubectl"
)

// panelTab is one of the inspector's tabs.
type panelTab int

const (
	tabEvents panelTab = iota
	tabLogs
	tabFiles
)

// maxEventRows bounds the events list; a crash loop can log hundreds.
const maxEventRows = 200

// inspector shows, at the player's time, the events (as kubectl describe
// lists them), a container's log and the files a container sees. The
// slices are the timeline's records up to t; the page re-slices them as
// t moves, which go-app compares cheaply (same array, new length).
type inspector struct {
	app.Compo

	Lang    lang
	Events  []sim.Event
	Logs    []sim.LogLine
	Files   []sim.FileChange
	Layouts []podLayout
	Ctl     playerControl

	tab  panelTab
	pick string // the chosen container, as "pod/container"
	file string // the chosen file's path
}

// Render draws the tabs and the chosen panel.
func (in *inspector) Render() app.UI {
	return app.Div().Class("inspector").Body(
		app.Div().Class("tabs").Role("tablist").Body(
			in.tabButton(tabEvents, msgEvents),
			in.tabButton(tabLogs, msgLogs),
			in.tabButton(tabFiles, msgFiles),
		),
		app.Div().Class("tabpanel").Role("tabpanel").Aria("labelledby", in.tabID(in.tab)).Body(
			in.renderTab(),
		),
	)
}

// renderTab draws the chosen tab only: app.If would evaluate all three.
func (in *inspector) renderTab() app.UI {
	switch in.tab {
	case tabLogs:
		return in.renderLogs()
	case tabFiles:
		return in.renderFiles()
	}
	return in.renderEvents()
}

func (in *inspector) tabID(t panelTab) string {
	return [...]string{"tab-events", "tab-logs", "tab-files"}[t]
}

func (in *inspector) tabButton(t panelTab, label msg) app.UI {
	return app.Button().Type("button").ID(in.tabID(t)).Class("tab").Role("tab").
		Aria("selected", in.tab == t).Text(in.Lang.T(label)).
		OnClick(func(ctx app.Context, e app.Event) { in.tab = t })
}

func (in *inspector) renderEvents() app.UI {
	evs := in.Events
	if len(evs) > maxEventRows {
		evs = evs[len(evs)-maxEventRows:]
	}
	cols := []msg{msgColTime, msgColType, msgColReason, msgColFrom, msgColMessage}
	return app.Div().Class("events-scroll").DataSet("testid", "events").Body(
		app.If(len(evs) == 0, app.P().Class("empty").Text(in.Lang.T(msgNoEvents))).Else(
			app.Table().Class("events").Body(
				app.THead().Body(app.Tr().Body(app.Range(cols).Slice(func(i int) app.UI {
					return app.Th().Scope("col").Text(in.Lang.T(cols[i]))
				}))),
				app.TBody().Body(app.Range(evs).Slice(func(i int) app.UI {
					return in.eventRow(evs[i], i == len(evs)-1)
				})),
			),
		),
	)
}

func (in *inspector) eventRow(e sim.Event, newest bool) app.UI {
	at := e.At
	return app.Tr().Class("ev", "ev-"+string(e.Type), "newest-"+boolWord(newest)).DataSet("reason", e.Reason).Body(
		app.Td().Body(app.Button().Type("button").Class("ev-time").
			Aria("label", in.Lang.T(msgJumpTo, fmtClock(at))).
			Value(int64(at)).OnClick(in.seekToValue).
			Text(fmtClock(at))),
		app.Td().Body(
			app.Span().Aria("hidden", "true").Text(typeGlyph(e.Type)+" "),
			app.Text(string(e.Type)),
		),
		app.Td().Text(e.Reason),
		app.Td().Text(kubectl.Source(e)),
		app.Td().Class("ev-msg").Text(e.Message),
	)
}

// go-app keeps an element's old event handler when the new one has the
// same code (pkg/app/event.go, eventHandler.Equal compares function
// pointers), so a handler in a list must not capture its row: a row's
// handler would keep acting on whatever the row showed first. The rows
// carry their value in the element instead, and one handler reads it.

// seekToValue jumps to the time (nanoseconds) in the clicked element's value.
func (in *inspector) seekToValue(ctx app.Context, e app.Event) {
	at, err := strconv.ParseInt(ctx.JSSrc().Get("value").String(), 10, 64)
	if err == nil {
		in.Ctl.seek(time.Duration(at))
	}
}

// pickFile shows the file whose path is the clicked element's value.
func (in *inspector) pickFile(ctx app.Context, e app.Event) {
	in.file = ctx.JSSrc().Get("value").String()
}

// typeGlyph tells warnings from normal events by shape.
func typeGlyph(t sim.EventType) string {
	if t == sim.EventWarning {
		return "▲"
	}
	return "○"
}

// containers lists "pod/container" for every container of every Pod.
func (in *inspector) containers() []string {
	var out []string
	for _, l := range in.Layouts {
		for _, c := range l.Containers {
			out = append(out, l.Name+"/"+c.Name)
		}
	}
	return out
}

// picked is the chosen container, the first one until the learner picks.
func (in *inspector) picked() string {
	cs := in.containers()
	for _, c := range cs {
		if c == in.pick {
			return c
		}
	}
	if len(cs) == 0 {
		return ""
	}
	return cs[0]
}

func (in *inspector) renderPicker() app.UI {
	cs, cur := in.containers(), in.picked()
	return app.Label().Class("picker").Body(
		app.Span().Text(in.Lang.T(msgContainerPick)+" "),
		app.Select().OnChange(func(ctx app.Context, e app.Event) {
			in.pick = ctx.JSSrc().Get("value").String()
			in.file = ""
		}).Body(app.Range(cs).Slice(func(i int) app.UI {
			return app.Option().Value(cs[i]).Selected(cs[i] == cur).Text(cs[i])
		})),
	)
}

func (in *inspector) renderLogs() app.UI {
	lines := logLinesOf(in.Logs, in.picked())
	return app.Div().Class("logs").Body(
		in.renderPicker(),
		app.If(len(lines) == 0, app.P().Class("empty").Text(in.Lang.T(msgNoLogs))).Else(
			app.Pre().Class("log").Body(app.Range(lines).Slice(func(i int) app.UI {
				l := lines[i]
				return app.Span().Class("log-line", "log-"+string(l.Stream)).Body(
					app.Span().Class("log-time").Text(fmtClock(l.At)+" "),
					app.Text(l.Text+"\n"),
				)
			})),
		),
	)
}

// logLinesOf returns the lines key ("pod/container") wrote.
func logLinesOf(logs []sim.LogLine, key string) []sim.LogLine {
	var out []sim.LogLine
	for _, l := range logs {
		if l.Pod+"/"+l.Container == key {
			out = append(out, l)
		}
	}
	return out
}

func (in *inspector) renderFiles() app.UI {
	files := filesSeenBy(in.Files, in.Layouts, in.picked())
	shown, content := false, ""
	for _, f := range files {
		if f.Path == in.file {
			shown, content = true, f.Content
		}
	}
	return app.Div().Class("files").Body(
		in.renderPicker(),
		app.If(len(files) == 0, app.P().Class("empty").Text(in.Lang.T(msgNoFiles))).Else(
			app.Ul().Class("file-list").Body(app.Range(files).Slice(func(i int) app.UI {
				f := files[i]
				return app.Li().Body(app.Button().Type("button").Class("file-pick").
					Aria("pressed", f.Path == in.file).
					Value(f.Path).OnClick(in.pickFile).
					Body(app.Code().Text(f.Path), app.Span().Class("file-meta").
						Text(" "+in.Lang.T(msgFileAt, fmtClock(f.At), f.Size))))
			})),
		),
		app.If(shown, app.Pre().Class("file-content").Text(content)),
	)
}

// fileView is a file as one container sees it at the player's time.
type fileView struct {
	Path    string
	At      time.Duration
	Size    int64
	Content string
}
