package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/podlab/podlab/sim"
)

// transcriptJSON is the run as `podsim run --json` prints it (DESIGN.md):
// one object per line in time order, an event before a status change of
// the same instant, a status object only when one of its fields changed.
//
// It mirrors cmd/podsim/json.go, which lives in a main package the page
// cannot import; TestTranscriptJSON pins the format to DESIGN.md's example.
func transcriptJSON(tl *sim.Timeline, until time.Duration) string {
	var out strings.Builder
	events := tl.EventsUntil(until)
	last := map[string]string{}
	i := 0
	for _, s := range tl.Statuses {
		if s.At > until {
			break
		}
		for ; i < len(events) && events[i].At <= s.At; i++ {
			out.WriteString(eventLine(events[i]))
		}
		if body := statusBody(s); last[s.Pod] != body {
			last[s.Pod] = body
			fmt.Fprintf(&out, "{\"t\":%s,%s}\n", jsonSeconds(s.At), body)
		}
	}
	for ; i < len(events); i++ {
		out.WriteString(eventLine(events[i]))
	}
	return out.String()
}

func jsonSeconds(d time.Duration) string { return strconv.FormatFloat(d.Seconds(), 'f', -1, 64) }

// jsonQuote is s as a JSON string without HTML escaping ("<none>" stays
// readable; the file is downloaded, never inserted into the page).
func jsonQuote(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

func eventLine(ev sim.Event) string {
	var b strings.Builder
	fmt.Fprintf(&b, `{"t":%s,"kind":"event","type":%s,"reason":%s,"object":%s`,
		jsonSeconds(ev.At), jsonQuote(string(ev.Type)), jsonQuote(ev.Reason), jsonQuote(ev.Object))
	if ev.Container != "" {
		fmt.Fprintf(&b, `,"container":%s`, jsonQuote(ev.Container))
	}
	fmt.Fprintf(&b, ",\"message\":%s}\n", jsonQuote(ev.Message))
	return b.String()
}

// jsonConditionOrder is the order of DESIGN.md's example; others follow.
func jsonConditionOrder() []string {
	return []string{"PodScheduled", "PodReadyToStartContainers", "Initialized", "ContainersReady", "Ready"}
}

// statusBody is a status object without its time: what is compared to
// decide whether anything changed.
func statusBody(s sim.PodStatus) string {
	status := s.Status
	if status == "" {
		status = string(s.Phase)
	}
	containers := make([]string, len(s.Containers))
	for i, c := range s.Containers {
		containers[i] = containerObject(c)
	}
	return fmt.Sprintf(`"kind":"status","pod":%s,"phase":%s,"status":%s,"ready":%s,"restarts":%d,"conditions":{%s},"containers":[%s]`,
		jsonQuote(s.Pod), jsonQuote(string(s.Phase)), jsonQuote(status), jsonQuote(s.Ready), s.Restarts,
		conditionsObject(s.Conditions), strings.Join(containers, ","))
}

func conditionsObject(cs []sim.Condition) string {
	var parts []string
	done := map[string]bool{}
	add := func(c sim.Condition) {
		if !done[c.Type] {
			done[c.Type] = true
			parts = append(parts, jsonQuote(c.Type)+":"+jsonQuote(c.Status))
		}
	}
	for _, t := range jsonConditionOrder() {
		for _, c := range cs {
			if c.Type == t {
				add(c)
			}
		}
	}
	for _, c := range cs {
		add(c)
	}
	return strings.Join(parts, ",")
}

func containerObject(c sim.ContainerStatus) string {
	exit := "null"
	if c.ExitCode != nil {
		exit = strconv.Itoa(*c.ExitCode)
	}
	return fmt.Sprintf(`{"name":%s,"kind":%s,"state":%s,"reason":%s,"exitCode":%s,"ready":%t,"started":%t,"restartCount":%d}`,
		jsonQuote(c.Name), jsonQuote(string(c.Kind)), jsonQuote(string(c.State)), jsonQuote(c.Reason), exit,
		c.Ready, c.Started, c.RestartCount)
}
