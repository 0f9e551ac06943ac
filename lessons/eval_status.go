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
	return pass(label, "", "")
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
		return nil, mismatch{got: say(e.lang, "never-when", c.When.Name, describeContainer(c.When)),
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
		{"phase", p.Phase, string(st.Phase)},
		{"STATUS", p.Status, st.Status},
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

// describePod lists a pod expectation's fields: "phase Running, READY 1/1".
func describePod(p *PodExpect) string {
	var parts []string
	add := func(k, v string) {
		if v != "" {
			parts = append(parts, k+" "+v)
		}
	}
	add("phase", p.Phase)
	add("STATUS", p.Status)
	add("READY", p.Ready)
	if p.Restarts != nil {
		add("RESTARTS", p.Restarts.String())
	}
	add("node", p.Node)
	add("qosClass", p.QOSClass)
	for _, k := range sortedKeys(p.Conditions) {
		add(k, p.Conditions[k])
	}
	return strings.Join(parts, ", ")
}

// describeContainer lists a container expectation's fields.
func describeContainer(ce *ContainerExpect) string {
	var parts []string
	add := func(k, v string) {
		if v != "" {
			parts = append(parts, k+" "+v)
		}
	}
	add("state", ce.State)
	add("reason", ce.Reason)
	if ce.ExitCode != nil {
		add("exitCode", fmt.Sprint(*ce.ExitCode))
	}
	if ce.Ready != nil {
		add("ready", fmt.Sprint(*ce.Ready))
	}
	if ce.Started != nil {
		add("started", fmt.Sprint(*ce.Started))
	}
	if ce.Restarts != nil {
		add("restartCount", ce.Restarts.String())
	}
	add("lastState.reason", ce.LastReason)
	return strings.Join(parts, ", ")
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
