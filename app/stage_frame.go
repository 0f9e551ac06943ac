package main

import (
	"sort"
	"time"

	"github.com/podlab/podlab/sim"
)

// podFrame is one Pod as the stage draws it at one instant: the spec's
// layout plus the records of the timeline in effect then. The page builds
// it by looking records up (binary search); nothing here simulates.
type podFrame struct {
	Layout  podLayout
	Node    nodeLayout
	Status  sim.PodStatus
	Exists  bool // a status line exists at this instant
	Volumes []volumeFrame
	Probes  []probeFrame
	// Now is the instant truncated to the second: the stage's clock for
	// AGE and the back-off countdown, coarse so that the stage redraws
	// only when something it shows has changed.
	Now time.Duration
}

// volumeFrame is the files a volume holds at one instant, as paths relative
// to the volume's root, sorted.
type volumeFrame struct {
	Name  string
	Files []string
}

// probeFrame is the newest result of one probe of one container.
type probeFrame struct {
	Container string
	Kind      sim.ProbeKind
	OK        bool
	At        time.Duration
	Fresh     bool // it ran within the last second: the stage pulses it
}

// probeLookback bounds how far back the stage looks for a probe's last
// result, so that a frame costs the same late in a long run; probes run
// every periodSeconds, 10 s by default.
const probeLookback = 2 * time.Minute

// upToTime returns how many of n time-ordered records have At <= t.
func upToTime(n int, at func(int) time.Duration, t time.Duration) int {
	return sort.Search(n, func(i int) bool { return at(i) > t })
}

// statusAt returns the newest status line of pod at or before t.
func statusAt(tl *sim.Timeline, pod string, t time.Duration) (sim.PodStatus, bool) {
	n := upToTime(len(tl.Statuses), func(i int) time.Duration { return tl.Statuses[i].At }, t)
	for i := n - 1; i >= 0; i-- {
		if tl.Statuses[i].Pod == pod {
			return tl.Statuses[i], true
		}
	}
	return sim.PodStatus{}, false
}

// volumeFilesAt replays the file changes of pod's volumes up to t.
func volumeFilesAt(tl *sim.Timeline, l podLayout, t time.Duration) []volumeFrame {
	n := upToTime(len(tl.Files), func(i int) time.Duration { return tl.Files[i].At }, t)
	sets := map[string]map[string]bool{}
	for _, f := range tl.Files[:n] {
		if f.Pod != l.Name || f.Volume == "" || f.Op == sim.FileMkdir {
			continue
		}
		if sets[f.Volume] == nil {
			sets[f.Volume] = map[string]bool{}
		}
		sets[f.Volume][f.VolPath] = f.Op == sim.FileWrite
	}
	out := make([]volumeFrame, 0, len(l.Volumes))
	for _, v := range l.Volumes {
		out = append(out, volumeFrame{Name: v.Name, Files: presentFiles(sets[v.Name])})
	}
	return out
}

func presentFiles(set map[string]bool) []string {
	var out []string
	for p, ok := range set {
		if ok {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// probesAt returns the newest result of every probe the layout declares,
// looking back at most probeLookback from t.
func probesAt(tl *sim.Timeline, l podLayout, t time.Duration) []probeFrame {
	n := upToTime(len(tl.Probes), func(i int) time.Duration { return tl.Probes[i].At }, t)
	newest := map[[2]string]sim.ProbeResult{}
	for i := n - 1; i >= 0 && t-tl.Probes[i].At <= probeLookback; i-- {
		p := tl.Probes[i]
		k := [2]string{p.Container, string(p.Kind)}
		if _, seen := newest[k]; !seen && p.Pod == l.Name {
			newest[k] = p
		}
	}
	var out []probeFrame
	for _, c := range l.Containers {
		for _, kind := range c.Probes {
			if p, ok := newest[[2]string{c.Name, string(kind)}]; ok {
				out = append(out, probeFrame{Container: c.Name, Kind: kind, OK: p.OK, At: p.At, Fresh: t-p.At < time.Second})
			}
		}
	}
	return out
}

// framePod builds the stage's view of one Pod at t.
func framePod(tl *sim.Timeline, l podLayout, node func(string) nodeLayout, t time.Duration) podFrame {
	f := podFrame{Layout: l, Now: t.Truncate(time.Second)}
	f.Status, f.Exists = statusAt(tl, l.Name, t)
	if f.Status.Node != "" {
		f.Node = node(f.Status.Node)
	}
	f.Volumes = volumeFilesAt(tl, l, t)
	f.Probes = probesAt(tl, l, t)
	return f
}
