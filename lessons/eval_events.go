package lessons

import (
	"fmt"
	"strings"
	"time"

	"github.com/podlab/podlab/sim"
)

// matches reports whether the event ev is one m selects.
func (e *evaluator) matches(m EventMatch, ev sim.Event) bool {
	return (m.Reason == "" || ev.Reason == m.Reason) &&
		(m.Type == "" || string(ev.Type) == m.Type) &&
		(m.Container == "" || ev.Container == m.Container) &&
		(m.Pod == "" || ev.Object == "pod/"+m.Pod) &&
		strings.Contains(ev.Message, m.Message)
}

// describeEvent prints a matcher: "Unhealthy (liveness, message contains "x")".
func (e *evaluator) describeEvent(m EventMatch) string {
	var extra []string
	for _, s := range []string{m.Type, m.Pod, m.Container} {
		if s != "" {
			extra = append(extra, s)
		}
	}
	if m.Message != "" {
		extra = append(extra, say(e.lang, "msg-has", m.Message))
	}
	if len(extra) == 0 {
		return m.Reason
	}
	return fmt.Sprintf("%s (%s)", m.Reason, strings.Join(extra, say(e.lang, "sep")))
}

// evalEvent counts the matching events in the window (default: the whole
// run) and compares the count with c.Count (default: at least one).
func (e *evaluator) evalEvent(c *Check) Result {
	w := Window{To: Duration(e.horizon)}
	if c.Within != nil {
		w = *c.Within
	}
	want := Range{Min: ptr(1)}
	if c.Count != nil {
		want = *c.Count
	}
	n := 0
	for _, ev := range e.tl.Events {
		if w.Contains(ev.At) && e.matches(*c.Event, ev) {
			n++
		}
	}
	label := say(e.lang, "event", e.describeEvent(*c.Event)) + say(e.lang, "sep") +
		say(e.lang, "within", fmtDur(w.From.D()), fmtDur(w.To.D())) + say(e.lang, "sep") +
		say(e.lang, "count") + " " + want.String()
	if !want.Holds(n) {
		return fail(e.lang, label, mismatch{say(e.lang, "count"), fmt.Sprint(n), want.String()})
	}
	return pass(label, fmt.Sprint(n), want.String())
}

// evalOrder finds the first matching event of each matcher and requires
// them to come in the listed order (ties in time keep the timeline's
// order, which is the order the kubelet did things in).
func (e *evaluator) evalOrder(c *Check) Result {
	names := make([]string, len(c.Order))
	for i, m := range c.Order {
		names[i] = e.describeEvent(m)
	}
	label := say(e.lang, "order", strings.Join(names, " → "))
	idx := make([]int, len(c.Order))
	for i, m := range c.Order {
		idx[i] = e.firstEvent(m)
		if idx[i] < 0 {
			return fail(e.lang, label, mismatch{got: say(e.lang, "missing", names[i]), want: names[i]})
		}
	}
	for i := 1; i < len(idx); i++ {
		if idx[i] < idx[i-1] {
			got := fmt.Sprintf("%s (%s) → %s (%s)", names[i], fmtDur(e.tl.Events[idx[i]].At),
				names[i-1], fmtDur(e.tl.Events[idx[i-1]].At))
			return fail(e.lang, label, mismatch{got: got, want: names[i-1] + " → " + names[i]})
		}
	}
	return pass(label, strings.Join(names, " → "), strings.Join(names, " → "))
}

func (e *evaluator) firstEvent(m EventMatch) int {
	for i, ev := range e.tl.Events {
		if e.matches(m, ev) {
			return i
		}
	}
	return -1
}

// evalLog looks for a line containing the text, written by `at` (default:
// the horizon), by any attempt of the container.
func (e *evaluator) evalLog(c *Check) Result {
	by := e.horizon
	if c.At != nil {
		by = c.At.D()
	}
	pod := e.podOf(c.Log.Pod)
	label := say(e.lang, "log", c.Log.Container, c.Log.Contains) + say(e.lang, "sep") + say(e.lang, "by", fmtDur(by))
	last := ""
	for _, l := range e.tl.Logs {
		if l.Pod != pod || l.Container != c.Log.Container || l.At > by {
			continue
		}
		if strings.Contains(l.Text, c.Log.Contains) {
			return pass(label, l.Text, c.Log.Contains)
		}
		last = l.Text
	}
	got := say(e.lang, "no-logs")
	if last != "" {
		got = clip(last)
	}
	return fail(e.lang, label, mismatch{got: got, want: say(e.lang, "contains", c.Log.Contains)})
}

// clip shortens what a container printed for a result line.
func clip(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "\n", "⏎"))
	if r := []rune(s); len(r) > 100 {
		return string(r[:100]) + "…"
	}
	return s
}

func ptr[T any](v T) *T { return &v }

// horizonOf is the time the evaluator reads the timeline up to.
func horizonOf(tl *sim.Timeline, h time.Duration) time.Duration {
	if tl.Horizon > 0 && tl.Horizon < h {
		return tl.Horizon
	}
	return h
}
