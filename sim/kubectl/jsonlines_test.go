package kubectl

import (
	"strings"
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
)

// jsonTimeline is a hand-built run of a busybox Pod: created, pulled,
// started, printed hello at 2s.
func jsonTimeline() *sim.Timeline {
	app := sim.ContainerStatus{Name: "app", Kind: sim.AppKind, Image: "busybox", State: sim.Waiting, Reason: "ContainerCreating"}
	running := app
	running.State, running.Reason, running.Started, running.Ready = sim.Running, "", true, true
	cond := func(ready string) []sim.Condition {
		return []sim.Condition{{Type: "Ready", Status: ready}, {Type: "PodScheduled", Status: "True"}}
	}
	return &sim.Timeline{
		Events: []sim.Event{
			{At: 0, Type: sim.EventNormal, Reason: "Scheduled", Object: "pod/web", Message: "Successfully assigned default/web to node-1"},
			{At: 1 * time.Second, Type: sim.EventNormal, Reason: "Started", Object: "pod/web", Container: "app", Message: `Started container app <"quoted">`},
		},
		Statuses: []sim.PodStatus{
			{At: 0, Pod: "web", Phase: sim.PodPending, Status: "ContainerCreating", Ready: "0/1", Conditions: cond("False"), Containers: []sim.ContainerStatus{app}},
			{At: 1 * time.Second, Pod: "web", Phase: sim.PodRunning, Status: "Running", Ready: "1/1", Conditions: cond("True"), Containers: []sim.ContainerStatus{running}},
			{At: 1500 * time.Millisecond, Pod: "web", Phase: sim.PodRunning, Status: "Running", Ready: "1/1", Conditions: cond("True"), Containers: []sim.ContainerStatus{running}},
		},
		Logs: []sim.LogLine{
			{At: 2 * time.Second, Pod: "web", Container: "app", Stream: sim.Stdout, Text: "hello"},
			{At: 9 * time.Second, Pod: "web", Container: "app", Stream: sim.Stdout, Text: "later"},
		},
		Horizon: 10 * time.Minute,
	}
}

func TestJSONLines(t *testing.T) {
	got := JSONLines(jsonTimeline(), 5*time.Second)
	want := `{"t":0,"kind":"event","type":"Normal","reason":"Scheduled","object":"pod/web","message":"Successfully assigned default/web to node-1"}
{"t":0,"kind":"status","pod":"web","phase":"Pending","status":"ContainerCreating","ready":"0/1","restarts":0,"conditions":{"PodScheduled":"True","Ready":"False"},"containers":[{"name":"app","kind":"app","state":"waiting","reason":"ContainerCreating","exitCode":null,"ready":false,"started":false,"restartCount":0}]}
{"t":1,"kind":"event","type":"Normal","reason":"Started","object":"pod/web","container":"app","message":"Started container app <\"quoted\">"}
{"t":1,"kind":"status","pod":"web","phase":"Running","status":"Running","ready":"1/1","restarts":0,"conditions":{"PodScheduled":"True","Ready":"True"},"containers":[{"name":"app","kind":"app","state":"running","reason":"","exitCode":null,"ready":true,"started":true,"restartCount":0}]}
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if early := JSONLines(jsonTimeline(), 0); strings.Count(early, "\n") != 2 {
		t.Errorf("until 0 got\n%s\nwant the two lines at t=0", early)
	}
}

func TestSeconds(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{0, "0"}, {35 * time.Second, "35"}, {12500 * time.Millisecond, "12.5"},
		{1586 * time.Millisecond, "1.586"}, {time.Nanosecond, "0.000000001"}, {-time.Second / 2, "-0.5"},
	}
	for _, tt := range tests {
		if got := seconds(tt.d); got != tt.want {
			t.Errorf("seconds(%v) = %s, want %s", tt.d, got, tt.want)
		}
	}
}
