package main

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/podlab/podlab/sim"
)

// narrPoint is what the narration compares between two instants.
type narrPoint struct {
	T      time.Duration
	Events int    // how many events had happened
	Pod    string // the first Pod's name
	Status string // its STATUS column
	Phase  sim.PodPhase
}

// maxNarratedEvents bounds one announcement: at 16× a screen reader
// cannot keep up with every event, so the newest few are read.
const maxNarratedEvents = 3

// narrate says in words what changed from prev to cur: the events that
// happened in between and the new status line, when time moved forward;
// where it now is, when the learner jumped back. "" when nothing changed.
func narrate(l lang, events []sim.Event, prev, cur narrPoint) string {
	if cur.T < prev.T || cur.Events < prev.Events {
		return l.T(msgNarrSeek, fmtClock(cur.T)) + " " + narrStatus(l, cur)
	}
	out := ""
	from := max(prev.Events, cur.Events-maxNarratedEvents)
	for _, e := range events[from:cur.Events] {
		out += l.T(msgNarrEvent, fmtClock(e.At), e.Reason, e.Message) + " "
	}
	if cur.Status != prev.Status || cur.Phase != prev.Phase {
		out += narrStatus(l, cur)
	}
	return out
}

func narrStatus(l lang, p narrPoint) string {
	if p.Pod == "" {
		return ""
	}
	return l.T(msgNarrStatus, fmtClock(p.T), p.Pod, p.Status, p.Phase)
}

// narration is the live region that reads the changes out: polite, so it
// waits for the screen reader to finish, and visible as a caption for the
// back row of a classroom.
type narration struct {
	app.Compo

	Text string
}

// Render draws the caption.
func (n *narration) Render() app.UI {
	return app.Div().Class("narration").Role("status").Aria("live", "polite").
		DataSet("testid", "narration").Text(n.Text)
}
