package main

import (
	"time"

	"github.com/podlab/podlab/sim"
)

// frameCache keeps what the workbench derives from the timeline between
// frames, so a frame that changes only the clock costs only lookups.
type frameCache struct {
	marks []eventMark
}

// maxMarks bounds the marks on the time bar; beyond it a crash loop's
// repeats would only pile up on the same pixels.
const maxMarks = 300

// marksOf turns events into time-bar marks, one per distinct (time, reason).
func marksOf(events []sim.Event) []eventMark {
	var out []eventMark
	for i, e := range events {
		if i > 0 && events[i-1].At == e.At && events[i-1].Reason == e.Reason {
			continue
		}
		out = append(out, eventMark{At: e.At, Reason: e.Reason, Warning: e.Type == sim.EventWarning})
		if len(out) == maxMarks {
			break
		}
	}
	return out
}

// eventTimes lists the events' times, for stepping.
func eventTimes(events []sim.Event) []time.Duration {
	out := make([]time.Duration, len(events))
	for i, e := range events {
		out[i] = e.At
	}
	return out
}

// frames builds the stage's view of every Pod at the player's time, and
// updates the narration from what changed since the last frame.
func (w *podWorkbench) frames() []podFrame {
	tl, t := w.timeline(), w.frameTime()
	node := func(name string) nodeLayout { return layoutNode(w.sim.objs, name) }
	out := make([]podFrame, 0, len(w.sim.layouts))
	for _, l := range w.sim.layouts {
		out = append(out, framePod(tl, l, node, t))
	}
	w.narrateFrame(tl, out, t)
	return out
}

// narrateFrame updates the narration when the events or the first Pod's
// status line have changed since the previous frame.
func (w *podWorkbench) narrateFrame(tl *sim.Timeline, fs []podFrame, t time.Duration) {
	cur := narrPoint{T: t, Events: upToTime(len(tl.Events), func(i int) time.Duration { return tl.Events[i].At }, t)}
	if len(fs) > 0 {
		cur.Pod, cur.Status, cur.Phase = fs[0].Layout.Name, statusWord(fs[0]), phaseOf(fs[0])
	}
	l := w.lang.orDefault()
	if l != w.narrLang {
		// the language changed: say where we are, in the new language
		w.narrLang, w.narr, w.said = l, cur, narrStatus(l, cur)
		return
	}
	if cur.Events == w.narr.Events && cur.Status == w.narr.Status && cur.Phase == w.narr.Phase {
		w.narr.T = t
		return
	}
	if s := narrate(l, tl.Events, w.narr, cur); s != "" {
		w.said = s
	}
	w.narr = cur
}
