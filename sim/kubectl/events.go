package kubectl

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/podlab/podlab/sim"
)

// Record is an event as the API server stores it after the recorder's
// deduplication: repeats of the same event bump Count and LastSeen.
type Record struct {
	sim.Event
	FirstSeen time.Duration
	LastSeen  time.Duration
	Count     int
}

// Aggregate folds repeated events into Records the way client-go's event
// correlator does (tools/record/events_cache.go, getEventKey and
// eventObserve): two events are the same when source, involved object
// (with its fieldPath, here the container), type, reason and message are
// equal; the second one only increments the count and moves the last
// timestamp. Records are in order of first occurrence.
func Aggregate(events []sim.Event) []Record {
	var out []Record
	index := map[string]int{}
	for _, e := range events {
		key := strings.Join([]string{Source(e), e.Object, e.Container, string(e.Type), e.Reason, e.Message}, "\x00")
		if i, ok := index[key]; ok {
			out[i].Count++
			out[i].LastSeen = e.At
			continue
		}
		index[key] = len(out)
		out = append(out, Record{Event: e, FirstSeen: e.At, LastSeen: e.At, Count: 1})
	}
	return out
}

// Source is the reporting component kubectl describe shows in From: the
// scheduler's events, the node lifecycle controller's, else the kubelet's.
func Source(e sim.Event) string {
	switch e.Reason {
	case "Scheduled", "FailedScheduling":
		return "default-scheduler"
	case "NodeNotReady", "TaintManagerEviction":
		return "node-controller"
	}
	return "kubelet"
}

// sortByLastSeen mirrors kubectl's SortableEvents (describe.go): events
// ordered by their last timestamp; stable, so equal times keep their order.
func sortByLastSeen(rs []Record) {
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].LastSeen < rs[j].LastSeen })
}

// interval mirrors getInterval of kubectl events and the Age cell of
// DescribeEvents: "<since last> (xN over <since first>)" for repeats.
func interval(r Record, now time.Duration) string {
	first := since(r.FirstSeen, now)
	if r.Count > 1 {
		return fmt.Sprintf("%s (x%d over %s)", since(r.LastSeen, now), r.Count, first)
	}
	return first
}

// Events prints `kubectl events` at now for the events that happened up to
// then (pkg/cmd/events/events_printer.go printOneEvent): LAST SEEN, TYPE,
// REASON, OBJECT as Kind/name, MESSAGE.
func Events(events []sim.Event, now time.Duration) string {
	rs := Aggregate(upTo(events, now))
	if len(rs) == 0 {
		return "No events found in default namespace.\n"
	}
	sortByLastSeen(rs)
	var buf bytes.Buffer
	w := newTableWriter(&buf)
	fmt.Fprintln(w, "LAST SEEN\tTYPE\tREASON\tOBJECT\tMESSAGE")
	for _, r := range rs {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", interval(r, now), r.Type, r.Reason,
			objectRef(r.Object), strings.TrimSpace(r.Message))
	}
	w.Flush()
	return buf.String()
}

// objectRef turns the timeline's "pod/name" into kubectl events'
// "Pod/name" (InvolvedObject.Kind + "/" + Name).
func objectRef(obj string) string {
	kind, name, ok := strings.Cut(obj, "/")
	if !ok || kind == "" {
		return obj
	}
	return strings.ToUpper(kind[:1]) + kind[1:] + "/" + name
}

// upTo keeps the events at or before now.
func upTo(events []sim.Event, now time.Duration) []sim.Event {
	n := sort.Search(len(events), func(i int) bool { return events[i].At > now })
	return events[:n]
}
