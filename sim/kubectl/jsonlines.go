package kubectl

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/podlab/podlab/sim"
)

// JSONLines is the timeline until a moment as `podsim run --json` prints
// it (DESIGN.md): one object per line, events and status objects in time
// order, an event before a status change of the same instant, a status
// object only when one of its fields changed. The page's "Export" offers
// the same file.
func JSONLines(tl *sim.Timeline, until time.Duration) string {
	var out strings.Builder
	events, statuses := tl.EventsUntil(until), tl.Statuses
	last := map[string]string{}
	i, j := 0, 0
	for i < len(events) || j < len(statuses) {
		if j >= len(statuses) || (i < len(events) && events[i].At <= statuses[j].At) {
			fmt.Fprintln(&out, eventJSON(events[i]))
			i++
			continue
		}
		s := statuses[j]
		j++
		if s.At > until {
			j = len(statuses)
			continue
		}
		body := statusBody(s)
		if last[s.Pod] == body {
			continue
		}
		last[s.Pod] = body
		fmt.Fprintf(&out, `{"t":%s,%s}`+"\n", seconds(s.At), body)
	}
	return out.String()
}

// seconds prints a virtual time as a JSON number of seconds, exactly
// (35, 12.5, 1.586; not the float 1.5859999999999999).
func seconds(d time.Duration) string {
	sign := ""
	if d < 0 {
		sign, d = "-", -d
	}
	whole, frac := d/time.Second, d%time.Second
	if frac == 0 {
		return sign + strconv.FormatInt(int64(whole), 10)
	}
	return sign + strconv.FormatInt(int64(whole), 10) + "." + strings.TrimRight(fmt.Sprintf("%09d", int64(frac)), "0")
}

// quote is s as a JSON string, without escaping <, > and & (a terminal
// is not a web page, and "<none>" should read as it does in kubectl).
func quote(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return string(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
}

func eventJSON(ev sim.Event) string {
	var b bytes.Buffer
	fmt.Fprintf(&b, `{"t":%s,"kind":"event","type":%s,"reason":%s,"object":%s`, seconds(ev.At),
		quote(string(ev.Type)), quote(ev.Reason), quote(ev.Object))
	if ev.Container != "" {
		fmt.Fprintf(&b, `,"container":%s`, quote(ev.Container))
	}
	fmt.Fprintf(&b, `,"message":%s}`, quote(ev.Message))
	return b.String()
}

// conditionOrder is the order of DESIGN.md's example; other conditions
// (readiness gates) follow in the order the engine lists them.
var conditionOrder = []string{"PodScheduled", "PodReadyToStartContainers", "Initialized", "ContainersReady", "Ready"}

// statusBody is a status object without its time: the part compared to
// decide whether something changed.
func statusBody(s sim.PodStatus) string {
	var b bytes.Buffer
	status := s.Status
	if status == "" {
		status = string(s.Phase)
	}
	fmt.Fprintf(&b, `"kind":"status","pod":%s,"phase":%s,"status":%s,"ready":%s,"restarts":%d,"conditions":{%s},"containers":[`,
		quote(s.Pod), quote(string(s.Phase)), quote(status), quote(s.Ready), s.Restarts, conditionsJSON(s.Conditions))
	for i, c := range s.Containers {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(containerJSON(c))
	}
	b.WriteByte(']')
	return b.String()
}

func conditionsJSON(cs []sim.Condition) string {
	var parts []string
	done := map[string]bool{}
	add := func(c sim.Condition) {
		if !done[c.Type] {
			done[c.Type] = true
			parts = append(parts, quote(c.Type)+":"+quote(c.Status))
		}
	}
	for _, t := range conditionOrder {
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

func containerJSON(c sim.ContainerStatus) string {
	exit := "null"
	if c.ExitCode != nil {
		exit = strconv.Itoa(*c.ExitCode)
	}
	return fmt.Sprintf(`{"name":%s,"kind":%s,"state":%s,"reason":%s,"exitCode":%s,"ready":%t,"started":%t,"restartCount":%d}`,
		quote(c.Name), quote(string(c.Kind)), quote(string(c.State)), quote(c.Reason), exit, c.Ready, c.Started, c.RestartCount)
}
