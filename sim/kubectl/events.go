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

// Aggregate folds events the way client-go's event recorder does before
// they reach the API server (tools/record/events_cache.go):
//
//   - EventAggregate: once 10 or more different messages with the same
//     source, object, type and reason arrive within 10 minutes of each
//     other, each further one is replaced by one event
//     "(combined from similar events): <message>";
//   - eventObserve: an event equal to an earlier one (source, object with
//     its fieldPath, here the container, type, reason, message; for a
//     combined event its aggregate key) only increments that record's count
//     and moves its last timestamp (and, combined, its message).
//
// Records are in order of first occurrence.
func Aggregate(events []sim.Event) []Record {
	var out []Record
	index := map[string]int{}
	similar := map[string]*similarRecord{}
	for _, e := range events {
		key := strings.Join([]string{Source(e), e.Object, e.Container, string(e.Type), e.Reason, e.Message}, "\x00")
		if aggKey, combined := aggregate(similar, e); combined {
			key = aggKey
			e.Message = "(combined from similar events): " + e.Message
			e.Container = ""
		}
		if i, ok := index[key]; ok {
			out[i].Count++
			out[i].LastSeen = e.At
			out[i].Message = e.Message
			continue
		}
		index[key] = len(out)
		out = append(out, Record{Event: e, FirstSeen: e.At, LastSeen: e.At, Count: 1})
	}
	return out
}

// The EventAggregator's defaults (NewEventCorrelator: defaultAggregateMaxEvents,
// defaultAggregateIntervalInSeconds).
const (
	aggregateMaxEvents = 10
	aggregateInterval  = 600 * time.Second
)

// similarRecord is EventAggregator's aggregateRecord: the distinct
// messages seen for one aggregate key and when the last one arrived.
type similarRecord struct {
	messages map[string]bool
	last     time.Duration
}

// aggregate mirrors EventAggregator.EventAggregate (keyed by
// EventAggregatorByReasonFunc: the fieldPath is not part of the key). It
// reports whether e must be replaced by the combined event, and that
// event's key. Where client-go drops an arbitrary message to stay at the
// limit (sets.String.PopAny), this drops the smallest, to stay
// deterministic.
func aggregate(similar map[string]*similarRecord, e sim.Event) (string, bool) {
	aggKey := strings.Join([]string{Source(e), e.Object, string(e.Type), e.Reason}, "\x00")
	r := similar[aggKey]
	if r == nil || e.At-r.last > aggregateInterval {
		r = &similarRecord{messages: map[string]bool{}}
		similar[aggKey] = r
	}
	r.messages[e.Message] = true
	r.last = e.At
	if len(r.messages) < aggregateMaxEvents {
		return "", false
	}
	delete(r.messages, smallestKey(r.messages))
	return aggKey, true
}

func smallestKey(m map[string]bool) string {
	first := true
	var min string
	for k := range m {
		if first || k < min {
			min, first = k, false
		}
	}
	return min
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
