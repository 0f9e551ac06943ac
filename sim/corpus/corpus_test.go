package corpus

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/kubectl"
	"github.com/podlab/podlab/sim/kubelet"
	"github.com/podlab/podlab/sim/play"
)

const root = "testdata/k8s-website"

// example is one corpus file and what its docs page says happens.
type example struct {
	file   string   // under testdata/k8s-website
	needs  []string // prerequisite corpus files, or names in inlineObjects
	checks []check  // the stated outcomes, each at its own time
	// notSimulated names what the stated outcome depends on that the
	// simulator does not model yet; the file must still simulate (or be
	// rejected with diagnostics) without crashing, but its outcome is
	// only reported.
	notSimulated string
}

// check is one stated outcome, evaluated at virtual time at.
type check struct {
	at   time.Duration
	what string
	fn   func(x *runState) error
	// pending names what this outcome needs that is not simulated yet: a
	// failure is reported, not an error.
	pending string
}

// pending marks one stated outcome as not simulated yet.
func pending(reason string, c check) check {
	c.pending = reason
	return c
}

// runState is a simulation under test.
type runState struct {
	run *play.Run
	pod api.Pod // the file's first Pod, as parsed
	at  time.Duration
}

func (x *runState) status() (sim.PodStatus, error) {
	st, ok := x.run.Timeline().StatusAt(x.pod.Name, x.at)
	if !ok {
		return st, fmt.Errorf("no status for pod %s at %v", x.pod.Name, x.at)
	}
	return st, nil
}

func (x *runState) container(name string) (sim.ContainerStatus, error) {
	st, err := x.status()
	if err != nil {
		return sim.ContainerStatus{}, err
	}
	for _, c := range st.Containers {
		if c.Name == name {
			return c, nil
		}
	}
	return sim.ContainerStatus{}, fmt.Errorf("no status for container %s", name)
}

// logText is `kubectl logs POD -c CONTAINER` at the check's time: the lines
// of the current instance, each ended by a newline.
func (x *runState) logText(container string) string {
	attempt := 0
	if c, err := x.container(container); err == nil {
		attempt = c.RestartCount
	}
	var b strings.Builder
	for _, l := range x.run.Timeline().Logs {
		if l.Pod == x.pod.Name && l.Container == container && l.Attempt == attempt && l.At <= x.at {
			b.WriteString(l.Text + "\n")
		}
	}
	return b.String()
}

// getPods checks the READY, STATUS and RESTARTS columns (RESTARTS
// without its "(… ago)").
func getPods(at time.Duration, ready, status string, restarts int) check {
	return check{at: at, what: fmt.Sprintf("get pods: %s %s %d", ready, status, restarts), fn: func(x *runState) error {
		st, err := x.status()
		if err != nil {
			return err
		}
		row := kubectl.PodRow(st, x.at, false)
		if row[1] != ready || row[2] != status || st.Restarts != restarts {
			return fmt.Errorf("got %s %s %d", row[1], row[2], st.Restarts)
		}
		return nil
	}}
}

func restartsAtLeast(at time.Duration, n int) check {
	return check{at: at, what: fmt.Sprintf("RESTARTS >= %d", n), fn: func(x *runState) error {
		st, err := x.status()
		if err == nil && st.Restarts < n {
			err = fmt.Errorf("RESTARTS is %d", st.Restarts)
		}
		return err
	}}
}

func onNode(at time.Duration, node string) check {
	return check{at: at, what: "runs on " + node, fn: func(x *runState) error {
		st, err := x.status()
		if err == nil && st.Node != node {
			err = fmt.Errorf("node is %q", st.Node)
		}
		return err
	}}
}

func containerState(at time.Duration, container string, state sim.ContainerState) check {
	return check{at: at, what: container + " is " + string(state), fn: func(x *runState) error {
		c, err := x.container(container)
		if err == nil && c.State != state {
			err = fmt.Errorf("state is %s (%s)", c.State, c.Reason)
		}
		return err
	}}
}

// terminationMessage checks state.terminated.message, or lastState's once
// the container has been restarted.
func terminationMessage(at time.Duration, container, msg string) check {
	return check{at: at, what: fmt.Sprintf("%s termination message %q", container, msg), fn: func(x *runState) error {
		c, err := x.container(container)
		if err != nil {
			return err
		}
		got := c.Message
		if c.State != sim.Terminated && c.LastState != nil {
			got = c.LastState.Message
		}
		if strings.TrimSpace(got) != msg {
			return fmt.Errorf("message is %q", got)
		}
		return nil
	}}
}

func lastTermination(at time.Duration, container, reason string, code int) check {
	return check{at: at, what: fmt.Sprintf("%s lastState %s %d", container, reason, code), fn: func(x *runState) error {
		c, err := x.container(container)
		if err != nil {
			return err
		}
		if c.LastState == nil || c.LastState.Reason != reason || c.LastState.ExitCode != code {
			return fmt.Errorf("lastState is %+v", c.LastState)
		}
		return nil
	}}
}

func logHas(at time.Duration, container string, want ...string) check {
	return check{at: at, what: fmt.Sprintf("logs %s contain %q", container, want), fn: func(x *runState) error {
		return containsAll(x.logText(container), want)
	}}
}

func logLacks(at time.Duration, container, unwanted string) check {
	return check{at: at, what: fmt.Sprintf("logs %s lack %q", container, unwanted), fn: func(x *runState) error {
		if strings.Contains(x.logText(container), unwanted) {
			return fmt.Errorf("logs:\n%s", x.logText(container))
		}
		return nil
	}}
}

func logMatches(at time.Duration, container, pattern string) check {
	re := regexp.MustCompile(pattern)
	return check{at: at, what: fmt.Sprintf("logs %s match %q", container, pattern), fn: func(x *runState) error {
		if !re.MatchString(x.logText(container)) {
			return fmt.Errorf("logs:\n%s", x.logText(container))
		}
		return nil
	}}
}

func execHas(at time.Duration, container string, argv []string, want ...string) check {
	return check{at: at, what: fmt.Sprintf("exec %s -- %s prints %q", container, strings.Join(argv, " "), want), fn: func(x *runState) error {
		out, errOut, code := x.run.Exec(x.pod.Name, container, argv)
		if err := containsAll(out, want); err != nil {
			return fmt.Errorf("%v (stderr %q, exit %d)", err, errOut, code)
		}
		return nil
	}}
}

func eventHas(at time.Duration, reason, message string) check {
	return check{at: at, what: fmt.Sprintf("event %s %q", reason, message), fn: func(x *runState) error {
		for _, e := range x.run.Timeline().EventsUntil(x.at) {
			if e.Reason == reason && strings.Contains(e.Message, message) {
				return nil
			}
		}
		return fmt.Errorf("not found in:\n%s", kubectl.Events(x.run.Timeline().Events, x.at))
	}}
}

func noEvent(at time.Duration, reason string) check {
	return check{at: at, what: "no " + reason + " event", fn: func(x *runState) error {
		for _, e := range x.run.Timeline().EventsUntil(x.at) {
			if e.Reason == reason {
				return fmt.Errorf("%v: %s %s", e.At, e.Reason, e.Message)
			}
		}
		return nil
	}}
}

// qosClass checks the QoS class the kubelet computes for the Pod (and the
// one the engine reports, when it does).
func qosClass(at time.Duration, class string) check {
	return check{at: at, what: "qosClass " + class, fn: func(x *runState) error {
		if got := kubelet.GetPodQOS(&x.pod); got != class {
			return fmt.Errorf("GetPodQOS = %s", got)
		}
		if st, err := x.status(); err == nil && st.QOSClass != "" && st.QOSClass != class {
			return fmt.Errorf("status qosClass = %s", st.QOSClass)
		}
		return nil
	}}
}

func containsAll(got string, want []string) error {
	for _, w := range want {
		if !strings.Contains(got, w) {
			return fmt.Errorf("%q not in:\n%s", w, got)
		}
	}
	return nil
}

// source is the YAML simulated for e: its prerequisites, then the file.
func source(t *testing.T, e example) []byte {
	var docs []string
	for _, n := range append(append([]string{}, e.needs...), e.file) {
		if y, ok := inlineObjects[n]; ok {
			docs = append(docs, y)
			continue
		}
		b, err := os.ReadFile(filepath.Join(root, n))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, strings.TrimPrefix(string(b), "---\n"))
	}
	return []byte(strings.Join(docs, "\n---\n"))
}

// TestTable checks the table itself: every entry is a Pod file of the
// corpus and every prerequisite exists.
func TestTable(t *testing.T) {
	examples := allExamples(t)
	if len(examples) != 151 {
		t.Errorf("found %d Pod files, MANIFEST.md lists 151", len(examples))
	}
	for _, e := range examples {
		for _, n := range e.needs {
			if _, ok := inlineObjects[n]; ok {
				continue
			}
			if _, err := os.Stat(filepath.Join(root, n)); err != nil {
				t.Errorf("%s needs %s: %v", e.file, n, err)
			}
		}
	}
}

func TestCorpus(t *testing.T) {
	for _, e := range allExamples(t) {
		t.Run(e.file, func(t *testing.T) { runExample(t, e) })
	}
}

func runExample(t *testing.T, e example) {
	src := source(t, e)
	horizon := 2 * time.Minute
	for _, c := range e.checks {
		horizon = max(horizon, c.at)
	}
	r, err := play.Start(src, play.Options{Until: horizon})
	if err != nil {
		var list api.ErrorList
		if e.notSimulated != "" && errors.As(err, &list) {
			t.Logf("rejected (%s): %v", e.notSimulated, err)
			return
		}
		t.Fatalf("does not simulate: %v", err)
	}
	objs, _ := api.Parse(src)
	api.Default(&objs)
	x := &runState{run: r}
	if len(objs.Pods) > 0 {
		x.pod = objs.Pods[len(objs.Pods)-1]
	}
	checks := append([]check{}, e.checks...)
	sort.SliceStable(checks, func(i, j int) bool { return checks[i].at < checks[j].at })
	for _, c := range checks {
		r.Advance(c.at)
		x.at = c.at
		err := c.fn(x)
		if err == nil && c.pending != "" {
			// A pending mark that no longer hides anything would hide the
			// next regression: the outcome must be checked for real.
			t.Errorf("at %v, %s: passes now; remove its pending mark (%s)", c.at, c.what, c.pending)
		}
		if err != nil {
			if reason := e.notSimulated + c.pending; reason != "" {
				t.Logf("at %v, %s: %v (not simulated: %s)", c.at, c.what, err, reason)
				continue
			}
			t.Errorf("at %v, %s: %v", c.at, c.what, err)
		}
	}
	r.Advance(horizon)
	if e.notSimulated != "" {
		t.Logf("outcome not simulated yet: %s", e.notSimulated)
	}
}

// allExamples is every Pod file of the corpus, with the table's entry
// when it has one; a file without an entry must simulate without error.
func allExamples(t *testing.T) []example {
	byFile := map[string]example{}
	for _, e := range examples {
		if _, dup := byFile[e.file]; dup {
			t.Fatalf("%s is twice in the table", e.file)
		}
		byFile[e.file] = e
	}
	var out []example
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".yaml") {
			return err
		}
		b, _ := os.ReadFile(path)
		if !regexp.MustCompile(`kind: *"?Pod"?[,\n]`).Match(b) {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		e, ok := byFile[rel]
		if !ok {
			e = example{file: rel}
		}
		delete(byFile, rel)
		out = append(out, e)
		return nil
	})
	for f := range byFile {
		t.Errorf("table entry %s is not a Pod file of the corpus", f)
	}
	return out
}
