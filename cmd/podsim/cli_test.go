package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/play"
)

const s = time.Second

// fakeSession replays a hand-built timeline, so the commands can be
// tested without the engine.
type fakeSession struct {
	tl   sim.Timeline
	opts play.Options
}

func (f *fakeSession) Advance(time.Duration)   {}
func (f *fakeSession) Timeline() *sim.Timeline { return &f.tl }
func (f *fakeSession) Exec(pod, c string, argv []string) (string, string, int) {
	if argv[0] == "cat" && argv[1] == "/tmp/healthy" {
		return "", "cat: can't open '/tmp/healthy': No such file or directory\n", 1
	}
	return strings.Join(argv, " ") + "\n", "", 0
}

const livenessYAML = `apiVersion: v1
kind: Pod
metadata:
  labels:
    test: liveness
  name: liveness-exec
spec:
  containers:
  - name: liveness
    image: registry.k8s.io/busybox:1.27.2
    args:
    - /bin/sh
    - -c
    - touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600
    livenessProbe:
      exec:
        command:
        - cat
        - /tmp/healthy
      initialDelaySeconds: 5
      periodSeconds: 5
`

// livenessTimeline is liveness-exec as the docs tell it: running at 3 s,
// three failed probes, killed at 48 s, restarted at 76 s.
func livenessTimeline() sim.Timeline {
	cond := func(v string) []sim.Condition {
		return []sim.Condition{{Type: "PodReadyToStartContainers", Status: "True"}, {Type: "Initialized", Status: "True"},
			{Type: "Ready", Status: v}, {Type: "ContainersReady", Status: v}, {Type: "PodScheduled", Status: "True"}}
	}
	st := func(at time.Duration, phase sim.PodPhase, status, ready string, restarts int, c sim.ContainerStatus) sim.PodStatus {
		r := "False"
		if ready == "1/1" {
			r = "True"
		}
		last := time.Duration(-1)
		if c.LastState != nil {
			last = c.LastState.FinishedAt
		}
		return sim.PodStatus{At: at, Pod: "liveness-exec", Namespace: "default", Node: "node-1", IP: "10.244.1.7", Phase: phase,
			Status: status, Ready: ready, Restarts: restarts, LastRestart: last, Conditions: cond(r), Containers: []sim.ContainerStatus{c}}
	}
	code := 137
	ctr := sim.ContainerStatus{Name: "liveness", Kind: sim.AppKind}
	waiting, running := ctr, ctr
	waiting.State, waiting.Reason = sim.Waiting, "ContainerCreating"
	running.State, running.StartedAt, running.Ready, running.Started = sim.Running, 3*s, true, true
	dead := running
	dead.State, dead.Ready, dead.Started, dead.ExitCode, dead.Reason, dead.FinishedAt = sim.Terminated, false, false, &code, "Error", 75*s
	again := running
	again.StartedAt, again.RestartCount = 76*s, 1
	again.LastState = &sim.Termination{ExitCode: 137, Reason: "Error", StartedAt: 3 * s, FinishedAt: 75 * s}
	ev := func(at time.Duration, typ sim.EventType, reason, msg string) sim.Event {
		return sim.Event{At: at, Type: typ, Reason: reason, Object: "pod/liveness-exec", Container: "liveness", Message: msg}
	}
	fail := "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory"
	return sim.Timeline{
		Statuses: []sim.PodStatus{
			st(1*s, sim.PodPending, "ContainerCreating", "0/1", 0, waiting),
			st(3*s, sim.PodRunning, "Running", "1/1", 0, running),
			st(75*s, sim.PodRunning, "Error", "0/1", 0, dead),
			st(76*s, sim.PodRunning, "Running", "1/1", 1, again),
		},
		Events: []sim.Event{
			{At: 0, Type: sim.EventNormal, Reason: "Scheduled", Object: "pod/liveness-exec", Message: "Successfully assigned default/liveness-exec to node-1"},
			ev(2*s, sim.EventNormal, "Created", "Created container: liveness"),
			ev(3*s, sim.EventNormal, "Started", "Started container liveness"),
			ev(38*s, sim.EventWarning, "Unhealthy", fail), ev(43*s, sim.EventWarning, "Unhealthy", fail), ev(48*s, sim.EventWarning, "Unhealthy", fail),
			ev(48*s, sim.EventNormal, "Killing", "Container liveness failed liveness probe, will be restarted"),
			ev(76*s, sim.EventNormal, "Created", "Created container: liveness"),
			ev(76*s, sim.EventNormal, "Started", "Started container liveness"),
		},
		Logs: []sim.LogLine{
			{At: 3 * s, Pod: "liveness-exec", Container: "liveness", Attempt: 0, Stream: sim.Stdout, Text: "first run"},
			{At: 76 * s, Pod: "liveness-exec", Container: "liveness", Attempt: 1, Stream: sim.Stdout, Text: "second run"},
		},
	}
}

func fakeStarter(tl sim.Timeline) starter {
	return func(src []byte, opts play.Options) (session, error) {
		return &fakeSession{tl: tl, opts: opts}, nil
	}
}

func podsim(t *testing.T, start starter, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(args, strings.NewReader(stdin), &o, &e, start)
	return o.String(), e.String(), code
}

func TestCommands(t *testing.T) {
	start := fakeStarter(livenessTimeline())
	tests := []struct {
		name       string
		args       []string
		wantOut    string
		wantErr    string
		wantStatus int
	}{
		{"get", []string{"get", "--at", "90s", "-"},
			"NAME            READY   STATUS    RESTARTS      AGE\nliveness-exec   1/1     Running   1 (15s ago)   90s\n", "", 0},
		{"get before restart, flags after FILE", []string{"get", "-", "--at=60s"},
			"NAME            READY   STATUS    RESTARTS   AGE\nliveness-exec   1/1     Running   0          60s\n", "", 0},
		{"get -o wide", []string{"get", "--at", "2s", "-o", "wide", "-"},
			"NAME            READY   STATUS              RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES\n" +
				"liveness-exec   0/1     ContainerCreating   0          2s    10.244.1.7   node-1   <none>           <none>\n", "", 0},
		{"watch", []string{"watch", "--until", "80s", "-"},
			"TIME   NAME            READY   STATUS              RESTARTS   AGE\n" +
				"1s     liveness-exec   0/1     ContainerCreating   0          1s\n" +
				"3s     liveness-exec   1/1     Running             0          3s\n" +
				"1m15s   liveness-exec   0/1     Error               0          75s\n" +
				"1m16s   liveness-exec   1/1     Running             1 (1s ago)   76s\n", "", 0},
		{"logs", []string{"logs", "--at", "90s", "-", "liveness"}, "second run\n", "", 0},
		{"logs -p", []string{"logs", "--at", "90s", "-p", "-", "liveness"}, "first run\n", "", 0},
		{"logs -p without restarts", []string{"logs", "--at", "30s", "--previous", "-", "liveness"}, "",
			"Error from server (BadRequest): previous terminated container \"liveness\" in pod \"liveness-exec\" not found\n", 1},
		{"logs while creating", []string{"logs", "--at", "1s", "-", "liveness"}, "",
			"Error from server (BadRequest): container \"liveness\" in pod \"liveness-exec\" is waiting to start: ContainerCreating\n", 1},
		{"logs unknown container", []string{"logs", "-", "nope"}, "", "error: no Pod has a container named nope\n", 1},
		{"logs POD/CONTAINER", []string{"logs", "--at", "90s", "-", "liveness-exec/liveness"}, "second run\n", "", 0},
		{"exec", []string{"exec", "--at", "40s", "-", "liveness", "--", "cat", "/tmp/healthy"}, "",
			"cat: can't open '/tmp/healthy': No such file or directory\ncommand terminated with exit code 1\n", 1},
		{"exec in a terminated container", []string{"exec", "--at", "75s", "-", "liveness", "--", "ls"}, "",
			"error: Internal error occurred: error executing command in container: failed to exec in container: container is in CONTAINER_EXITED state\n", 1},
		{"exec while creating", []string{"exec", "--at", "2s", "-", "liveness", "--", "ls"}, "",
			"error: unable to upgrade connection: container not found (\"liveness\")\n", 1},
	}
	for _, tt := range tests {
		out, errOut, code := podsim(t, start, livenessYAML, tt.args...)
		if out != tt.wantOut || errOut != tt.wantErr || code != tt.wantStatus {
			t.Errorf("%s: podsim %s\n--- stdout\n%s--- want\n%s--- stderr\n%s--- want\n%s--- exit %d, want %d",
				tt.name, strings.Join(tt.args, " "), out, tt.wantOut, errOut, tt.wantErr, code, tt.wantStatus)
		}
	}
}

func TestNotSimulatedNotes(t *testing.T) {
	src := strings.Replace(livenessYAML, "spec:\n", "spec:\n  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n", 1)
	_, errOut, code := podsim(t, fakeStarter(livenessTimeline()), src, "get", "-")
	if code != 0 || !strings.HasPrefix(errOut, "<stdin>:9:5: spec.securityContext.seccompProfile: not simulated") {
		t.Errorf("exit %d, stderr %q; want a not-simulated note at 9:5", code, errOut)
	}
	_, errOut, _ = podsim(t, fakeStarter(livenessTimeline()), src, "logs", "--at", "90s", "-", "liveness")
	if errOut != "" {
		t.Errorf("logs printed notes: %q", errOut)
	}
}

func TestRunNotes(t *testing.T) {
	tl := livenessTimeline()
	tl.Notes = []sim.Note{{At: 12 * s, Pod: "liveness-exec", Message: "stopped after 100000 steps: a loop without sleep?"},
		{Field: "spec.x", Message: "not simulated"}}
	_, errOut, _ := podsim(t, fakeStarter(tl), livenessYAML, "get", "--at", "30s", "-")
	if want := "<stdin>: at 12s: pod/liveness-exec: stopped after 100000 steps: a loop without sleep?\n"; errOut != want {
		t.Errorf("stderr %q, want %q", errOut, want)
	}
}

func TestDeletedPod(t *testing.T) {
	tl := livenessTimeline()
	gone := tl.Statuses[len(tl.Statuses)-1]
	gone.At, gone.Deleted = 110*s, true
	tl.Statuses = append(tl.Statuses, gone)
	tests := []struct {
		args    []string
		wantErr string
	}{
		{[]string{"get", "--at", "2m", "-"}, "No resources found in default namespace.\n"},
		{[]string{"describe", "--at", "2m", "-"}, "Error from server (NotFound): pods \"liveness-exec\" not found\n"},
		{[]string{"logs", "--at", "2m", "-", "liveness-exec/liveness"}, "Error from server (NotFound): pods \"liveness-exec\" not found\n"},
	}
	for _, tt := range tests {
		_, errOut, _ := podsim(t, fakeStarter(tl), livenessYAML, tt.args...)
		if errOut != tt.wantErr {
			t.Errorf("podsim %s: stderr %q, want %q", strings.Join(tt.args, " "), errOut, tt.wantErr)
		}
	}
}

func TestJSON(t *testing.T) {
	out, _, code := podsim(t, fakeStarter(livenessTimeline()), livenessYAML, "run", "--json", "--until", "40s", "-")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	want := []string{
		`{"t":0,"kind":"event","type":"Normal","reason":"Scheduled","object":"pod/liveness-exec","message":"Successfully assigned default/liveness-exec to node-1"}`,
		`{"t":1,"kind":"status","pod":"liveness-exec","phase":"Pending","status":"ContainerCreating","ready":"0/1","restarts":0,"conditions":{"PodScheduled":"True","PodReadyToStartContainers":"True","Initialized":"True","ContainersReady":"False","Ready":"False"},"containers":[{"name":"liveness","kind":"app","state":"waiting","reason":"ContainerCreating","exitCode":null,"ready":false,"started":false,"restartCount":0}]}`,
		`{"t":2,"kind":"event","type":"Normal","reason":"Created","object":"pod/liveness-exec","container":"liveness","message":"Created container: liveness"}`,
		`{"t":3,"kind":"event","type":"Normal","reason":"Started","object":"pod/liveness-exec","container":"liveness","message":"Started container liveness"}`,
		`{"t":3,"kind":"status","pod":"liveness-exec","phase":"Running","status":"Running","ready":"1/1","restarts":0,"conditions":{"PodScheduled":"True","PodReadyToStartContainers":"True","Initialized":"True","ContainersReady":"True","Ready":"True"},"containers":[{"name":"liveness","kind":"app","state":"running","reason":"","exitCode":null,"ready":true,"started":true,"restartCount":0}]}`,
		`{"t":38,"kind":"event","type":"Warning","reason":"Unhealthy","object":"pod/liveness-exec","container":"liveness","message":"Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory"}`,
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

func TestDescribeGolden(t *testing.T) {
	out, errOut, code := podsim(t, fakeStarter(livenessTimeline()), livenessYAML, "describe", "--at", "90s", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	path := filepath.Join("testdata", "describe-liveness.golden")
	if *update {
		os.WriteFile(path, []byte(out), 0o644)
		return
	}
	want, _ := os.ReadFile(path)
	if out != string(want) {
		t.Errorf("describe differs:\n--- got\n%s--- want\n%s", out, want)
	}
}

func TestDiagnostics(t *testing.T) {
	bad := func(src []byte, opts play.Options) (session, error) {
		return nil, api.ErrorList{
			{Line: 7, Col: 5, Field: "spec.containers[0].image", Message: "Required value"},
			{Line: 3, Col: 1, Message: `unknown field "RestartPolicy" (did you mean restartPolicy?)`},
		}
	}
	_, errOut, code := podsim(t, bad, "x", "get", "-")
	want := "<stdin>:7:5: spec.containers[0].image: Required value\n<stdin>:3:1: unknown field \"RestartPolicy\" (did you mean restartPolicy?)\n"
	if code != 1 || errOut != want {
		t.Errorf("exit %d, stderr\n%s\nwant exit 1 and\n%s", code, errOut, want)
	}
}

func TestUsageErrors(t *testing.T) {
	start := fakeStarter(livenessTimeline())
	for _, args := range [][]string{{}, {"frobnicate", "-"}, {"run", "-"}, {"get"}, {"get", "--at", "soon", "-"}, {"exec", "-", "c"}, {"get", "--bogus", "-"}} {
		_, errOut, code := podsim(t, start, "", args...)
		if code != 2 || !strings.Contains(errOut, "usage:") {
			t.Errorf("podsim %q: exit %d, stderr %q; want exit 2 with usage", args, code, errOut)
		}
	}
}

func TestOptionsReachPlay(t *testing.T) {
	var got play.Options
	start := func(src []byte, opts play.Options) (session, error) {
		got = opts
		return &fakeSession{tl: livenessTimeline()}, nil
	}
	podsim(t, start, livenessYAML, "events", "--until", "2m", "--delete-at", "40s", "--node-lost-at", "90s", "-")
	if got.Until != 2*time.Minute || got.DeleteAt == nil || *got.DeleteAt != 40*s || got.NodeLostAt == nil || *got.NodeLostAt != 90*s {
		t.Errorf("play.Options = %+v", got)
	}
}
