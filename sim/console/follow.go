package console

import (
	"slices"
	"strings"
	"time"

	"github.com/podlab/podlab/sim/kubectl"
)

type followKind int

const (
	followPods followKind = iota // kubectl get pods -w
	followLogs                   // kubectl logs -f
)

// follower is a watch or a log follow still running: as virtual time
// passes, it prints what happened, until the next command replaces it.
type follower struct {
	kind      followKind
	names     []string // pods to watch; all when empty
	pod       string   // for logs
	container string
	attempt   int
	since     time.Duration
	last      map[string]string // the last row printed per Pod
	widths    []int             // column widths of the table printed first
}

// columnStarts measures the columns of a table's header line, so the
// watch's later rows line up under it, as kubectl's tabwriter with
// RememberWidths does.
func columnStarts(tbl string) []int {
	header, _, _ := strings.Cut(tbl, "\n")
	var widths []int
	start := 0
	for i := 1; i < len(header); i++ {
		if header[i-1] == ' ' && header[i] != ' ' {
			widths = append(widths, i-start)
			start = i
		}
	}
	return widths
}

// pad lays a row out in the remembered widths; a wider cell pushes the
// rest right by its excess plus the padding, as a tabwriter would.
func pad(row []string, widths []int) string {
	var b strings.Builder
	for i, cell := range row {
		b.WriteString(cell)
		if i == len(row)-1 {
			break
		}
		w := len(cell) + 3
		if i < len(widths) && widths[i] > w {
			w = widths[i]
		}
		b.WriteString(strings.Repeat(" ", w-len(cell)))
	}
	return b.String()
}

// Follow returns what a running watch or log follow prints for the
// virtual time that passed since the last call, and whether one runs.
func (k *Console) Follow() (string, bool) {
	f := k.follow
	if f == nil {
		return "", false
	}
	now := k.cluster.Now()
	from := f.since
	f.since = now
	if f.kind == followLogs {
		return k.logText(f.pod, f.container, f.attempt, from, now, false), true
	}
	return k.watchRows(f, from, now), true
}

// watchRows prints the status lines in (from, now] whose visible columns
// changed, without a header, as the watch printer does after the first.
func (k *Console) watchRows(f *follower, from, now time.Duration) string {
	if f.last == nil {
		f.last = map[string]string{}
	}
	var rows [][]string
	for _, s := range k.cluster.Timeline().Statuses {
		if s.At <= from || s.At > now || (len(f.names) > 0 && !slices.Contains(f.names, s.Pod)) {
			continue
		}
		row := kubectl.PodRow(s, s.At, false)
		row[4] = kubectl.HumanDuration(s.At - k.cluster.Created("Pod", s.Pod))
		key := strings.Join(row[1:4], " ")
		if f.last[s.Pod] == key {
			continue
		}
		f.last[s.Pod] = key
		rows = append(rows, row)
	}
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(pad(r, f.widths) + "\n")
	}
	return b.String()
}
