package lessons

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/podlab/podlab/sim"
)

// evalStatus checks pod and container expectations at one moment (at),
// at every status change in a window (during), or at every status line
// where a condition holds (when).
func (e *evaluator) evalStatus(c *Check) Result {
	label := e.statusLabel(c)
	moments, m, ok := e.moments(c)
	if !ok {
		return fail(e.lang, label, m)
	}
	for _, t := range moments {
		if m, bad := e.statusAt(c, t); bad {
			if c.At == nil {
				m.field = say(e.lang, "at-field", fmtDur(t), m.field)
			}
			return fail(e.lang, label, m)
		}
	}
	return pass(label, e.seen(c, moments[len(moments)-1]), e.wanted(c))
}

// wanted lists what a status check asks for: "phase Running; state running".
func (e *evaluator) wanted(c *Check) string {
	var parts []string
	if c.Pod != nil {
		parts = append(parts, describePod(c.Pod))
	}
	if c.Container != nil {
		parts = append(parts, describeContainer(c.Container))
	}
	return strings.Join(parts, say(e.lang, "semi"))
}

// seen lists, for the fields a status check names, what the run showed at
// t: a passed check can still show "restartCount 2" against "≥ 1".
func (e *evaluator) seen(c *Check, t time.Duration) string {
	var parts []string
	if c.Pod != nil {
		st, _ := e.tl.StatusAt(e.podOf(c.Pod.Name), t)
		parts = append(parts, describePod(actualPod(c.Pod, st)))
	}
	if c.Container != nil {
		st, _ := e.tl.StatusAt(e.podOf(c.Container.Pod), t)
		for _, cs := range st.Containers {
			if cs.Name == c.Container.Name {
				parts = append(parts, describeContainer(actualContainer(c.Container, cs)))
			}
		}
	}
	return strings.Join(parts, say(e.lang, "semi"))
}

// moments lists the instants a status check looks at.
func (e *evaluator) moments(c *Check) ([]time.Duration, mismatch, bool) {
	switch {
	case c.At != nil:
		return []time.Duration{c.At.D()}, mismatch{}, true
	case c.During != nil:
		ts := []time.Duration{c.During.From.D()}
		for _, s := range e.tl.Statuses {
			if s.At > c.During.From.D() && s.At <= c.During.To.D() {
				ts = append(ts, s.At)
			}
		}
		return ts, mismatch{}, true
	}
	var ts []time.Duration
	for _, s := range e.tl.Statuses {
		if s.Pod == e.podOf(c.When.Pod) && containerMatches(c.When, s) {
			ts = append(ts, s.At)
		}
	}
	if len(ts) == 0 {
		return nil, mismatch{field: say(e.lang, "container", c.When.Name), got: say(e.lang, "never"),
			want: describeContainer(c.When)}, false
	}
	return ts, mismatch{}, true
}

// containerMatches reports whether the status line s shows the container
// as ce describes it.
func containerMatches(ce *ContainerExpect, s sim.PodStatus) bool {
	for _, cs := range s.Containers {
		if cs.Name == ce.Name {
			_, bad := compareContainer(ce, cs)
			return !bad
		}
	}
	return false
}

// statusAt compares the expectations with the status lines in effect at t.
func (e *evaluator) statusAt(c *Check, t time.Duration) (mismatch, bool) {
	if c.Pod != nil {
		st, ok := e.tl.StatusAt(e.podOf(c.Pod.Name), t)
		if !ok {
			return mismatch{got: say(e.lang, "no-pod", e.podOf(c.Pod.Name)), want: "Pod"}, true
		}
		if m, bad := comparePod(c.Pod, st); bad {
			return m, true
		}
	}
	if c.Container != nil {
		return e.containerAt(c.Container, t)
	}
	return mismatch{}, false
}

func (e *evaluator) containerAt(ce *ContainerExpect, t time.Duration) (mismatch, bool) {
	pod := e.podOf(ce.Pod)
	st, ok := e.tl.StatusAt(pod, t)
	if !ok {
		return mismatch{got: say(e.lang, "no-pod", pod), want: "Pod"}, true
	}
	for _, cs := range st.Containers {
		if cs.Name == ce.Name {
			return compareContainer(ce, cs)
		}
	}
	a, b := swapZH(e.lang, ce.Name, pod)
	return mismatch{got: say(e.lang, "no-container", a, b), want: ce.Name}, true
}

// comparePod returns the first field of p that st does not show.
func comparePod(p *PodExpect, st sim.PodStatus) (mismatch, bool) {
	for _, f := range []struct{ name, want, got string }{
		{"STATUS", p.Status, st.Status}, // first: the column learners read, and the more telling
		{"phase", p.Phase, string(st.Phase)},
		{"READY", p.Ready, st.Ready},
		{"node", p.Node, st.Node},
		{"qosClass", p.QOSClass, st.QOSClass},
	} {
		if f.want != "" && f.got != f.want {
			return mismatch{f.name, orNone(f.got), f.want}, true
		}
	}
	if p.Restarts != nil && !p.Restarts.Holds(st.Restarts) {
		return mismatch{"RESTARTS", fmt.Sprint(st.Restarts), p.Restarts.String()}, true
	}
	return compareConditions(p.Conditions, st.Conditions)
}

func compareConditions(want map[string]string, have []sim.Condition) (mismatch, bool) {
	for _, typ := range sortedKeys(want) {
		got := ""
		for _, c := range have {
			if c.Type == typ {
				got = c.Status
			}
		}
		if got != want[typ] {
			return mismatch{typ, orNone(got), want[typ]}, true
		}
	}
	return mismatch{}, false
}

// compareContainer returns the first field of ce that cs does not show.
func compareContainer(ce *ContainerExpect, cs sim.ContainerStatus) (mismatch, bool) {
	name := func(f string) string { return ce.Name + "." + f }
	for _, f := range []struct{ name, want, got string }{
		{"state", ce.State, string(cs.State)},
		{"reason", ce.Reason, cs.Reason},
		{"lastState.reason", ce.LastReason, lastReason(cs)},
	} {
		if f.want != "" && f.got != f.want {
			return mismatch{name(f.name), orNone(f.got), f.want}, true
		}
	}
	if ce.ExitCode != nil && (cs.ExitCode == nil || *cs.ExitCode != *ce.ExitCode) {
		return mismatch{name("exitCode"), intOrNone(cs.ExitCode), fmt.Sprint(*ce.ExitCode)}, true
	}
	if ce.Ready != nil && cs.Ready != *ce.Ready {
		return mismatch{name("ready"), fmt.Sprint(cs.Ready), fmt.Sprint(*ce.Ready)}, true
	}
	if ce.Started != nil && cs.Started != *ce.Started {
		return mismatch{name("started"), fmt.Sprint(cs.Started), fmt.Sprint(*ce.Started)}, true
	}
	if ce.Restarts != nil && !ce.Restarts.Holds(cs.RestartCount) {
		return mismatch{name("restartCount"), fmt.Sprint(cs.RestartCount), ce.Restarts.String()}, true
	}
	return mismatch{}, false
}

func lastReason(cs sim.ContainerStatus) string {
	if cs.LastState == nil {
		return ""
	}
	return cs.LastState.Reason
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func intOrNone(p *int) string {
	if p == nil {
		return "(none)"
	}
	return fmt.Sprint(*p)
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// statusLabel says what a status check looks at, in the learner's language.
func (e *evaluator) statusLabel(c *Check) string {
	var parts []string
	if c.Pod != nil {
		parts = append(parts, say(e.lang, "field", say(e.lang, "pod", e.podOf(c.Pod.Name)), describePod(c.Pod)))
	}
	if c.Container != nil {
		parts = append(parts, say(e.lang, "field", say(e.lang, "container", c.Container.Name), describeContainer(c.Container)))
	}
	body := strings.Join(parts, say(e.lang, "semi"))
	switch {
	case c.At != nil:
		return say(e.lang, "at", fmtDur(c.At.D())) + say(e.lang, "sep") + body
	case c.During != nil:
		return say(e.lang, "during", fmtDur(c.During.From.D()), fmtDur(c.During.To.D())) + say(e.lang, "sep") + body
	}
	return say(e.lang, "when", c.When.Name, describeContainer(c.When)) + say(e.lang, "sep") + body
}
