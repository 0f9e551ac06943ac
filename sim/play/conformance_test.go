package play

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sigs.k8s.io/yaml"

	"github.com/podlab/podlab/sim"
)

// conformanceDir holds the acceptance scenarios (../shared/conformance
// from the repository root).
const conformanceDir = "../../../shared/conformance"

// scenarioFile is one conformance/*.yaml (format in its README).
type scenarioFile struct {
	Name   string        `json:"name"`
	Source string        `json:"source"`
	Until  string        `json:"until"`
	Flags  []string      `json:"flags"`
	Spec   string        `json:"spec"`
	Expect []expectation `json:"expect"`
}

// expectation is one `expect` item: a status check (at, during, never) or
// an event check (event with within/count, order).
type expectation struct {
	statusMatch
	At     *string      `json:"at"`
	During []string     `json:"during"`
	Never  *statusMatch `json:"never"`
	Event  *eventMatch  `json:"event"`
	Within []string     `json:"within"`
	Count  *minMax      `json:"count"`
	Order  []eventMatch `json:"order"`
}

type statusMatch struct {
	Phase      *string                   `json:"phase"`
	Status     *string                   `json:"status"`
	Ready      *string                   `json:"ready"`
	Restarts   *minMax                   `json:"restarts"`
	Conditions map[string]string         `json:"conditions"`
	Containers map[string]containerMatch `json:"containers"`
}

type containerMatch struct {
	State        *string `json:"state"`
	Reason       *string `json:"reason"`
	ExitCode     *int    `json:"exitCode"`
	Ready        *bool   `json:"ready"`
	Started      *bool   `json:"started"`
	RestartCount *minMax `json:"restartCount"`
}

type eventMatch struct {
	Reason    string `json:"reason"`
	Type      string `json:"type"`
	Object    string `json:"object"`
	Container string `json:"container"`
	Message   string `json:"message"`
}

// minMax is a number (exact) or {min, max}.
type minMax struct {
	Min, Max *int
}

func (m *minMax) UnmarshalJSON(b []byte) error {
	var n int
	if err := json.Unmarshal(b, &n); err == nil {
		m.Min, m.Max = &n, &n
		return nil
	}
	var mm struct{ Min, Max *int }
	if err := json.Unmarshal(b, &mm); err != nil {
		return err
	}
	m.Min, m.Max = mm.Min, mm.Max
	return nil
}

func (m *minMax) holds(v int) bool {
	return m == nil || ((m.Min == nil || v >= *m.Min) && (m.Max == nil || v <= *m.Max))
}

func (m *minMax) String() string {
	switch {
	case m.Min != nil && m.Max != nil && *m.Min == *m.Max:
		return fmt.Sprint(*m.Min)
	case m.Min != nil && m.Max != nil:
		return fmt.Sprintf("[%d, %d]", *m.Min, *m.Max)
	case m.Min != nil:
		return fmt.Sprintf("≥ %d", *m.Min)
	case m.Max != nil:
		return fmt.Sprintf("≤ %d", *m.Max)
	}
	return "any"
}

func loadScenarios(t testing.TB) map[string]scenarioFile {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(conformanceDir, "*.yaml"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no conformance scenarios in %s (err %v): the shared tree must be next to the repository", conformanceDir, err)
	}
	out := map[string]scenarioFile{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var sc scenarioFile
		if err := yaml.UnmarshalStrict(data, &sc); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out[strings.TrimSuffix(filepath.Base(p), ".yaml")] = sc
	}
	return out
}

// options turns until and flags into play Options.
func (sc scenarioFile) options(t testing.TB) Options {
	opts := Options{Until: mustDur(t, sc.Until)}
	for i := 0; i+1 < len(sc.Flags); i += 2 {
		d := mustDur(t, sc.Flags[i+1])
		switch sc.Flags[i] {
		case "--delete-at":
			opts.DeleteAt = &d
		case "--node-lost-at":
			opts.NodeLostAt = &d
		default:
			t.Fatalf("unknown flag %q", sc.Flags[i])
		}
	}
	return opts
}

func mustDur(t testing.TB, s string) time.Duration {
	t.Helper()
	d, err := time.ParseDuration(s)
	if err != nil {
		t.Fatalf("duration %q: %v", s, err)
	}
	return d
}

// runScenario runs sc to its horizon in steps, as the page would.
func runScenario(t testing.TB, sc scenarioFile) *sim.Timeline {
	t.Helper()
	opts := sc.options(t)
	r, err := Start([]byte(sc.Spec), opts)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	for at := time.Duration(0); !r.Done(); at += 10 * time.Second {
		r.Advance(at)
	}
	return r.Timeline()
}

func TestConformance(t *testing.T) {
	for name, sc := range loadScenarios(t) {
		t.Run(name, func(t *testing.T) {
			tl := runScenario(t, sc)
			pod := firstPod(tl)
			for i, e := range sc.Expect {
				if err := e.check(t, tl, pod); err != nil {
					t.Errorf("expect[%d]: %v", i, err)
				}
			}
		})
	}
}

func firstPod(tl *sim.Timeline) string {
	if len(tl.Statuses) == 0 {
		return ""
	}
	return tl.Statuses[0].Pod
}

func (e expectation) check(t testing.TB, tl *sim.Timeline, pod string) error {
	switch {
	case e.At != nil:
		s, ok := tl.StatusAt(pod, mustDur(t, *e.At))
		if !ok {
			return fmt.Errorf("at %s: no status", *e.At)
		}
		if msg := e.statusMatch.mismatch(s); msg != "" {
			return fmt.Errorf("at %s: %s", *e.At, msg)
		}
	case e.During != nil:
		return e.checkDuring(t, tl, pod)
	case e.Never != nil:
		for _, s := range tl.Statuses {
			if s.Pod == pod && e.Never.mismatch(s) == "" {
				return fmt.Errorf("never: matched the status at %v", s.At)
			}
		}
	case e.Event != nil:
		return e.checkEvent(t, tl)
	case e.Order != nil:
		return checkOrder(tl, e.Order)
	default:
		return fmt.Errorf("empty expectation")
	}
	return nil
}

func (e expectation) checkDuring(t testing.TB, tl *sim.Timeline, pod string) error {
	from, to := mustDur(t, e.During[0]), mustDur(t, e.During[1])
	if s, ok := tl.StatusAt(pod, from); !ok {
		return fmt.Errorf("during: no status at %v", from)
	} else if msg := e.statusMatch.mismatch(s); msg != "" {
		return fmt.Errorf("during: at %v: %s", from, msg)
	}
	for _, s := range tl.Statuses {
		if s.Pod == pod && s.At > from && s.At <= to {
			if msg := e.statusMatch.mismatch(s); msg != "" {
				return fmt.Errorf("during: at %v: %s", s.At, msg)
			}
		}
	}
	return nil
}

func (e expectation) checkEvent(t testing.TB, tl *sim.Timeline) error {
	var times []time.Duration
	for _, ev := range tl.Events {
		if e.Event.matches(ev) {
			times = append(times, ev.At)
		}
	}
	if e.Count != nil {
		if !e.Count.holds(len(times)) {
			return fmt.Errorf("event %+v: %d matches, want %s", *e.Event, len(times), e.Count)
		}
	} else if len(times) == 0 {
		return fmt.Errorf("event %+v: none", *e.Event)
	}
	if e.Within != nil && len(times) > 0 {
		from, to := mustDur(t, e.Within[0]), mustDur(t, e.Within[1])
		if times[0] < from || times[0] > to {
			return fmt.Errorf("event %+v: first at %v, want within [%v, %v]", *e.Event, times[0], from, to)
		}
	}
	return nil
}

func checkOrder(tl *sim.Timeline, order []eventMatch) error {
	last := -1
	for _, m := range order {
		idx := -1
		for i, ev := range tl.Events {
			if m.matches(ev) {
				idx = i
				break
			}
		}
		if idx < 0 {
			return fmt.Errorf("order: no event %+v", m)
		}
		if idx < last {
			return fmt.Errorf("order: %+v came before the previous one", m)
		}
		last = idx
	}
	return nil
}

func (m eventMatch) matches(e sim.Event) bool {
	return (m.Reason == "" || m.Reason == e.Reason) && (m.Type == "" || m.Type == string(e.Type)) &&
		(m.Object == "" || m.Object == e.Object) && (m.Container == "" || m.Container == e.Container) &&
		strings.Contains(e.Message, m.Message)
}

// mismatch describes the first field of m that s does not match ("" when
// all match).
func (m statusMatch) mismatch(s sim.PodStatus) string {
	switch {
	case m.Phase != nil && *m.Phase != string(s.Phase):
		return fmt.Sprintf("phase %s, want %s", s.Phase, *m.Phase)
	case m.Status != nil && *m.Status != s.Status:
		return fmt.Sprintf("status %s, want %s", s.Status, *m.Status)
	case m.Ready != nil && *m.Ready != s.Ready:
		return fmt.Sprintf("ready %s, want %s", s.Ready, *m.Ready)
	case !m.Restarts.holds(s.Restarts):
		return fmt.Sprintf("restarts %d, want %s", s.Restarts, m.Restarts)
	}
	for typ, want := range m.Conditions {
		got := ""
		for _, c := range s.Conditions {
			if c.Type == typ {
				got = c.Status
			}
		}
		if got != want {
			return fmt.Sprintf("condition %s %q, want %q", typ, got, want)
		}
	}
	for name, cm := range m.Containers {
		if msg := cm.mismatch(s, name); msg != "" {
			return msg
		}
	}
	return ""
}

func (m containerMatch) mismatch(s sim.PodStatus, name string) string {
	var cs *sim.ContainerStatus
	for i := range s.Containers {
		if s.Containers[i].Name == name {
			cs = &s.Containers[i]
		}
	}
	if cs == nil {
		return fmt.Sprintf("container %s: no status", name)
	}
	code := -1
	if cs.ExitCode != nil {
		code = *cs.ExitCode
	}
	switch {
	case m.State != nil && *m.State != string(cs.State):
		return fmt.Sprintf("container %s: state %s, want %s", name, cs.State, *m.State)
	case m.Reason != nil && *m.Reason != cs.Reason:
		return fmt.Sprintf("container %s: reason %q, want %q", name, cs.Reason, *m.Reason)
	case m.ExitCode != nil && *m.ExitCode != code:
		return fmt.Sprintf("container %s: exit code %d, want %d", name, code, *m.ExitCode)
	case m.Ready != nil && *m.Ready != cs.Ready:
		return fmt.Sprintf("container %s: ready %v, want %v", name, cs.Ready, *m.Ready)
	case m.Started != nil && *m.Started != cs.Started:
		return fmt.Sprintf("container %s: started %v, want %v", name, cs.Started, *m.Started)
	case !m.RestartCount.holds(cs.RestartCount):
		return fmt.Sprintf("container %s: restartCount %d, want %s", name, cs.RestartCount, m.RestartCount)
	}
	return ""
}
