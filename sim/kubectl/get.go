package kubectl

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/podlab/podlab/sim"
)

// podColumns are kubectl get pods' columns (pkg/printers/internalversion/
// printers.go, podColumnDefinitions); the wide ones follow.
var (
	podColumns     = []string{"NAME", "READY", "STATUS", "RESTARTS", "AGE"}
	podWideColumns = []string{"IP", "NODE", "NOMINATED NODE", "READINESS GATES"}
)

// GetPods prints `kubectl get pods` (or `-o wide`) for the Pods' status
// lines seen at now. The STATUS and READY cells are the engine's (it
// computes them as printPod does); this adds RESTARTS with its "(… ago)"
// and AGE, both through HumanDuration.
//
// A Pod gone from the API server (Deleted) has no row; with no rows left
// the result is kubectl's "No resources found in default namespace."
func GetPods(statuses []sim.PodStatus, now time.Duration, wide bool) string {
	var buf bytes.Buffer
	w := newTableWriter(&buf)
	fmt.Fprintln(w, strings.Join(header(wide), "\t"))
	rows := 0
	for _, s := range statuses {
		if !s.Deleted {
			fmt.Fprintln(w, strings.Join(PodRow(s, now, wide), "\t"))
			rows++
		}
	}
	w.Flush()
	if rows == 0 {
		return "No resources found in default namespace.\n"
	}
	return buf.String()
}

func header(wide bool) []string {
	h := append([]string{}, podColumns...)
	if wide {
		h = append(h, podWideColumns...)
	}
	return h
}

// PodRow is one row of kubectl get pods for s seen at now (printPod).
func PodRow(s sim.PodStatus, now time.Duration, wide bool) []string {
	status := s.Status
	if status == "" {
		status = string(s.Phase)
	}
	row := []string{s.Pod, s.Ready, status, Restarts(s, now), HumanDuration(now)}
	if wide {
		row = append(row, orNone(s.IP), orNone(s.Node), "<none>", "<none>")
	}
	return row
}

// Restarts is the RESTARTS cell: printPod appends "(<age> ago)" of the
// newest lastState.terminated.finishedAt when there were restarts.
func Restarts(s sim.PodStatus, now time.Duration) string {
	n := strconv.Itoa(s.Restarts)
	if s.Restarts == 0 || s.LastRestart < 0 {
		return n
	}
	return fmt.Sprintf("%s (%s ago)", n, since(s.LastRestart, now))
}

func orNone(s string) string {
	if s == "" {
		return "<none>"
	}
	return s
}

// Watch prints `kubectl get pods -w` up to until: the header, then one line
// per visible change, each led by the virtual time it happened at. Like
// kubectl's watch printer, the table writer remembers column widths, so a
// long STATUS such as ContainerCreating widens the column for the lines
// after it. Status lines that change nothing kubectl shows are skipped (the
// engine records finer changes than the API server's updates). A deleted
// Pod's last row is printed once more, as the watch's DELETED event is.
func Watch(statuses []sim.PodStatus, until time.Duration, wide bool) string {
	var rows [][]string
	last := map[string]string{}
	for _, s := range statuses {
		if s.At > until {
			break
		}
		row := PodRow(s, s.At, wide)
		key := fmt.Sprint(row[1], row[2], s.Restarts, s.IP, s.Node, s.Deleted)
		if last[s.Pod] == key || last[s.Pod] == "gone" {
			continue
		}
		if s.Deleted {
			key = "gone"
		}
		last[s.Pod] = key
		rows = append(rows, append([]string{formatT(s.At)}, row...))
	}
	var buf bytes.Buffer
	t := rememberingTable{out: &buf}
	head := append([]string{"TIME"}, header(wide)...)
	if len(rows) > 0 {
		t.grow(head, rows[0]) // kubectl flushes the header with the first row
	}
	t.row(head)
	for _, r := range rows {
		t.row(r)
	}
	return buf.String()
}

// formatT prints a virtual time as Go prints durations ("0s", "12.5s",
// "1m30s").
func formatT(d time.Duration) string {
	return d.String()
}
