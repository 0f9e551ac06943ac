package kubelet

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/internal/fakert"
)

var update = flag.Bool("update", false, "rewrite the golden timelines in testdata")

// scenario is one golden file: the objects, the run's flags, and the
// expected rendering.
type scenario struct {
	src      []byte
	until    time.Duration
	opts     Options
	expected []byte
}

func loadScenario(t *testing.T, path string) (*txtarArchive, scenario) {
	t.Helper()
	ar, err := readTxtar(path)
	if err != nil {
		t.Fatal(err)
	}
	sc := scenario{until: 3 * time.Minute}
	for _, f := range ar.Files {
		switch f.Name {
		case "pod.yaml":
			sc.src = f.Data
		case "flags":
			parseFlags(t, string(f.Data), &sc)
		case "timeline":
			sc.expected = f.Data
		}
	}
	return ar, sc
}

func parseFlags(t *testing.T, s string, sc *scenario) {
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		name, val, _ := strings.Cut(strings.TrimSpace(line), " ")
		d, err := time.ParseDuration(strings.TrimSpace(val))
		if err != nil {
			t.Fatalf("flags: %q: %v", line, err)
		}
		switch name {
		case "until":
			sc.until = d
		case "delete-at":
			sc.opts.DeleteAt = &d
		case "node-lost-at":
			sc.opts.NodeLostAt = &d
		default:
			t.Fatalf("flags: unknown %q", name)
		}
	}
}

// simulate runs src on the fake runtime, checking the invariants after
// every step.
func simulate(t testing.TB, src []byte, until time.Duration, opts Options) *sim.Timeline {
	t.Helper()
	objs, err := api.Parse(src)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	api.Default(&objs)
	if err := api.Validate(objs); err != nil {
		t.Fatalf("validate: %v", err)
	}
	opts.Images = fakert.Images
	k := New(objs, fakert.New(), opts)
	for {
		next, ok := k.Next()
		if !ok || next > until {
			break
		}
		k.Step()
		if err := CheckInvariants(k.Timeline()); err != nil {
			t.Fatalf("after step %d at %v: %v", k.Steps(), k.Now(), err)
		}
	}
	k.RunUntil(until)
	return k.Timeline()
}

func TestGolden(t *testing.T) {
	paths, _ := filepath.Glob("testdata/*.txtar")
	if len(paths) == 0 {
		t.Fatal("no golden files in testdata")
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			ar, sc := loadScenario(t, path)
			got := render(simulate(t, sc.src, sc.until, sc.opts))
			if *update {
				writeGolden(t, path, ar, got)
				return
			}
			if !bytes.Equal(got, sc.expected) {
				t.Errorf("timeline differs (go test ./sim/kubelet -run TestGolden -update); got:\n%s", got)
			}
		})
	}
}

func writeGolden(t *testing.T, path string, ar *txtarArchive, got []byte) {
	found := false
	for i := range ar.Files {
		if ar.Files[i].Name == "timeline" {
			ar.Files[i].Data, found = got, true
		}
	}
	if !found {
		ar.Files = append(ar.Files, txtarFile{Name: "timeline", Data: got})
	}
	if err := os.WriteFile(path, formatTxtar(ar), 0o644); err != nil {
		t.Fatal(err)
	}
}

// render prints a timeline for humans: events, status changes (phase,
// STATUS, READY, RESTARTS, the conditions that are True and each
// container's state), logs and probe results, in time order.
func render(tl *sim.Timeline) []byte {
	type line struct {
		at   time.Duration
		kind int
		seq  int
		text string
	}
	var lines []line
	add := func(at time.Duration, kind int, text string) {
		lines = append(lines, line{at, kind, len(lines), text})
	}
	for _, e := range tl.Events {
		obj := e.Object
		if e.Container != "" {
			obj += "/" + e.Container
		}
		add(e.At, 0, fmt.Sprintf("%-7s %-20s %-28s %s", e.Type, e.Reason, obj, e.Message))
	}
	for _, s := range tl.Statuses {
		add(s.At, 1, renderStatus(s))
	}
	for _, l := range tl.Logs {
		add(l.At, 2, fmt.Sprintf("log     %s/%s#%d %s: %s", l.Pod, l.Container, l.Attempt, l.Stream, l.Text))
	}
	for _, p := range tl.Probes {
		add(p.At, 3, fmt.Sprintf("probe   %s/%s %s ok=%v %s", p.Pod, p.Container, p.Kind, p.OK, p.Output))
	}
	for _, n := range tl.Notes {
		add(n.At, 4, "note    "+n.Message)
	}
	sort.SliceStable(lines, func(i, j int) bool {
		if lines[i].at != lines[j].at {
			return lines[i].at < lines[j].at
		}
		return lines[i].kind < lines[j].kind
	})
	var b bytes.Buffer
	for _, l := range lines {
		fmt.Fprintf(&b, "%7s  %s\n", fmtDur(l.at), l.text)
	}
	return b.Bytes()
}

func fmtDur(d time.Duration) string {
	if d%time.Second == 0 {
		return fmt.Sprintf("%ds", d/time.Second)
	}
	return fmt.Sprintf("%.1fs", d.Seconds())
}

func renderStatus(s sim.PodStatus) string {
	var conds []string
	for _, c := range s.Conditions {
		if c.Status == "True" {
			conds = append(conds, c.Type)
		} else if c.Reason != "" {
			conds = append(conds, "!"+c.Type+"("+c.Reason+")")
		} else {
			conds = append(conds, "!"+c.Type)
		}
	}
	var cs []string
	for _, c := range s.Containers {
		st := string(c.State)
		if c.Reason != "" {
			st += "/" + c.Reason
		}
		if c.ExitCode != nil {
			st += fmt.Sprintf("(%d)", *c.ExitCode)
		}
		flags := ""
		if c.Started {
			flags += "S"
		}
		if c.Ready {
			flags += "R"
		}
		cs = append(cs, fmt.Sprintf("%s=%s%s#%d", c.Name, st, bracket(flags), c.RestartCount))
	}
	del := ""
	if s.Deleting {
		del = " deleting"
	}
	if s.Deleted {
		del += " DELETED"
	}
	return fmt.Sprintf("status  %s %s %s %s restarts=%d ip=%s%s [%s] {%s}", s.Pod, s.Phase, s.Status, s.Ready, s.Restarts, s.IP,
		del, strings.Join(conds, " "), strings.Join(cs, " "))
}

func bracket(s string) string {
	if s == "" {
		return ""
	}
	return "[" + s + "]"
}
