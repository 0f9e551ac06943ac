package main

import (
	"strings"
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
)

const exportSpec = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: app
    image: busybox
    command: ["sh", "-c", "echo hello; sleep 3600"]
`

// exportTimeline is a hand-built run of exportSpec: created, pulled,
// started, printed hello at 2s.
func exportTimeline() *sim.Timeline {
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

func TestTranscriptText(t *testing.T) {
	got := transcriptText(runExport{Lesson: "Probes", Spec: exportSpec, Timeline: exportTimeline(), At: 5 * time.Second})
	// The sections in the order a terminal session would have them.
	want := []string{
		"# Podlab run transcript — Probes, at t=5s",
		"$ kubectl get pods\nNAME",
		"web    1/1     Running",
		"$ kubectl events\n",
		"Scheduled",
		"$ kubectl describe pod web\nName:",
		"$ kubectl logs web -c app\nhello\n\n",
		"$ cat pod.yaml\n" + exportSpec,
	}
	rest := got
	for _, w := range want {
		i := strings.Index(rest, w)
		if i < 0 {
			t.Fatalf("transcript lacks %q after the previous section; got\n%s", w, got)
		}
		rest = rest[i+len(w):]
	}
	if strings.Contains(got, "later") {
		t.Error("transcript at 5s holds a log line written at 9s")
	}
}

func TestTranscriptTextInvalidSpec(t *testing.T) {
	got := transcriptText(runExport{Spec: "kind: Pod\nspec: [", Timeline: exportTimeline(), At: time.Second})
	if !strings.Contains(got, "$ kubectl get pods\nNAME") || !strings.Contains(got, "web") {
		t.Errorf("with an invalid spec the transcript should still list the last good run; got\n%s", got)
	}
}
