package kubectl

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("%s differs:\n--- got\n%s--- want\n%s", name, got, want)
	}
}

const s = time.Second

func intp(n int) *int { return &n }

func conds(scheduled, ready2start, initialized, containersReady, ready string) []sim.Condition {
	return []sim.Condition{
		{Type: "PodReadyToStartContainers", Status: ready2start},
		{Type: "Initialized", Status: initialized},
		{Type: "Ready", Status: ready},
		{Type: "ContainersReady", Status: containersReady},
		{Type: "PodScheduled", Status: scheduled},
	}
}

// livenessExec is the docs' liveness-exec Pod as a hand-built timeline:
// running from 3 s, the probe fails at 35, 40 and 45 s, killed (30 s grace,
// exit 137) and restarted at 76 s.
func livenessExec() (*api.Pod, []sim.PodStatus, []sim.Event) {
	pod := &api.Pod{ObjectMeta: api.ObjectMeta{Name: "liveness-exec", Labels: map[string]string{"test": "liveness"}},
		Spec: api.PodSpec{Containers: []api.Container{{
			Name: "liveness", Image: "registry.k8s.io/busybox:1.27.2",
			Args: []string{"/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"},
			LivenessProbe: &api.Probe{ProbeHandler: api.ProbeHandler{Exec: &api.ExecAction{Command: []string{"cat", "/tmp/healthy"}}},
				InitialDelaySeconds: 5, PeriodSeconds: 5},
			VolumeMounts: []api.VolumeMount{{Name: "kube-api-access-x7k2p", MountPath: "/var/run/secrets/kubernetes.io/serviceaccount", ReadOnly: true}},
		}}}}
	base := sim.PodStatus{Pod: "liveness-exec", Namespace: "default", Node: "node-1", QOSClass: "BestEffort", LastRestart: -1}
	st := func(at time.Duration, phase sim.PodPhase, status, ready string, c sim.ContainerStatus, cs []sim.Condition) sim.PodStatus {
		b := base
		b.At, b.Phase, b.Status, b.Ready, b.Containers, b.Conditions = at, phase, status, ready, []sim.ContainerStatus{c}, cs
		if at > 0 {
			b.IP = "10.244.0.7"
		}
		return b
	}
	c := sim.ContainerStatus{Name: "liveness", Kind: sim.AppKind, State: sim.Waiting, Reason: "ContainerCreating"}
	statuses := []sim.PodStatus{
		st(0, sim.PodPending, "Pending", "0/1", c, conds("True", "False", "True", "False", "False")),
		st(1*s, sim.PodPending, "ContainerCreating", "0/1", c, conds("True", "True", "True", "False", "False")),
	}
	c = sim.ContainerStatus{Name: "liveness", Kind: sim.AppKind, State: sim.Running, StartedAt: 3 * s, Ready: true, Started: true}
	statuses = append(statuses, st(3*s, sim.PodRunning, "Running", "1/1", c, conds("True", "True", "True", "True", "True")))
	c.StartedAt, c.RestartCount = 76*s, 1
	c.LastState = &sim.Termination{ExitCode: 137, Reason: "Error", StartedAt: 3 * s, FinishedAt: 75 * s}
	r := st(76*s, sim.PodRunning, "Running", "1/1", c, conds("True", "True", "True", "True", "True"))
	r.Restarts, r.LastRestart = 1, 75*s
	statuses = append(statuses, r)

	ev := func(at time.Duration, typ sim.EventType, reason, msg string) sim.Event {
		e := sim.Event{At: at, Type: typ, Reason: reason, Object: "pod/liveness-exec", Message: msg}
		if reason != "Scheduled" {
			e.Container = "liveness"
		}
		return e
	}
	unhealthy := "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory"
	events := []sim.Event{
		ev(0, sim.EventNormal, "Scheduled", "Successfully assigned default/liveness-exec to node-1"),
		ev(1*s, sim.EventNormal, "Pulling", `Pulling image "registry.k8s.io/busybox:1.27.2"`),
		ev(2*s, sim.EventNormal, "Pulled", `Successfully pulled image "registry.k8s.io/busybox:1.27.2" in 1.2s (1.2s including waiting). Image size: 712341 bytes.`),
		ev(2*s, sim.EventNormal, "Created", "Created container: liveness"),
		ev(3*s, sim.EventNormal, "Started", "Started container liveness"),
		ev(38*s, sim.EventWarning, "Unhealthy", unhealthy),
		ev(43*s, sim.EventWarning, "Unhealthy", unhealthy),
		ev(48*s, sim.EventWarning, "Unhealthy", unhealthy),
		ev(48*s, sim.EventNormal, "Killing", "Container liveness failed liveness probe, will be restarted"),
		ev(75*s, sim.EventNormal, "Pulling", `Pulling image "registry.k8s.io/busybox:1.27.2"`),
		ev(76*s, sim.EventNormal, "Pulled", `Successfully pulled image "registry.k8s.io/busybox:1.27.2" in 512ms (512ms including waiting). Image size: 712341 bytes.`),
		ev(76*s, sim.EventNormal, "Created", "Created container: liveness"),
		ev(76*s, sim.EventNormal, "Started", "Started container liveness"),
	}
	return pod, statuses, events
}

func TestGetPods(t *testing.T) {
	_, statuses, _ := livenessExec()
	last := statuses[len(statuses)-1]
	golden(t, "get.golden", GetPods([]sim.PodStatus{last}, 90*s, false))
	golden(t, "get-wide.golden", GetPods([]sim.PodStatus{last}, 90*s, true))
}

func TestWatch(t *testing.T) {
	_, statuses, _ := livenessExec()
	golden(t, "watch.golden", Watch(statuses, 2*time.Minute, false))
}

func TestDeleted(t *testing.T) {
	_, statuses, _ := livenessExec()
	last := statuses[len(statuses)-1]
	gone := last
	gone.At, gone.Deleted = 110*s, true
	all := append(append([]sim.PodStatus{}, statuses...), gone, gone)
	if got, want := GetPods([]sim.PodStatus{gone}, 120*s, false), "No resources found in default namespace.\n"; got != want {
		t.Errorf("GetPods(deleted) = %q, want %q", got, want)
	}
	w := Watch(all, 2*time.Minute, false)
	lines := strings.Split(strings.TrimSpace(w), "\n")
	if n := len(lines); n != 6 || !strings.HasPrefix(lines[5], "1m50s") {
		t.Errorf("watch with a deletion: want the last row printed once more at 1m50s, got\n%s", w)
	}
}

func TestEvents(t *testing.T) {
	_, _, events := livenessExec()
	golden(t, "events.golden", Events(events, 90*s))
}

func TestDescribe(t *testing.T) {
	pod, statuses, events := livenessExec()
	v := PodView{Pod: pod, Status: statuses[len(statuses)-1], Events: events, HostIP: "192.168.49.2"}
	golden(t, "describe.golden", Describe(v, 90*s))
}

func TestRestarts(t *testing.T) {
	tests := []struct {
		restarts int
		last     time.Duration
		now      time.Duration
		want     string
	}{
		{0, -1, 10 * s, "0"},
		{2, 75 * s, 90 * s, "2 (15s ago)"},
		{5, 60 * s, 10 * time.Minute, "5 (9m ago)"},
		{1, -1, 10 * s, "1"},
	}
	for _, tt := range tests {
		got := Restarts(sim.PodStatus{Restarts: tt.restarts, LastRestart: tt.last}, tt.now)
		if got != tt.want {
			t.Errorf("Restarts(%d, last %v, now %v) = %q, want %q", tt.restarts, tt.last, tt.now, got, tt.want)
		}
	}
}

func TestAggregate(t *testing.T) {
	e := func(at time.Duration, msg string) sim.Event {
		return sim.Event{At: at, Type: sim.EventWarning, Reason: "Unhealthy", Object: "pod/p", Container: "c", Message: msg}
	}
	rs := Aggregate([]sim.Event{e(10*s, "a"), e(15*s, "a"), e(20*s, "b"), e(25*s, "a")})
	if len(rs) != 2 {
		t.Fatalf("got %d records, want 2", len(rs))
	}
	if got, want := interval(rs[0], 30*s), "5s (x3 over 20s)"; got != want {
		t.Errorf("interval = %q, want %q", got, want)
	}
	if got, want := interval(rs[1], 30*s), "10s"; got != want {
		t.Errorf("interval = %q, want %q", got, want)
	}
}

func TestAggregateSimilar(t *testing.T) {
	var events []sim.Event
	for i := 0; i < 12; i++ {
		events = append(events, sim.Event{At: time.Duration(i) * s, Type: sim.EventWarning, Reason: "Unhealthy", Object: "pod/p",
			Container: "c", Message: fmt.Sprintf("Readiness probe failed: attempt %d", i)})
	}
	rs := Aggregate(events)
	if len(rs) != 10 {
		t.Fatalf("got %d records, want 9 single ones and one combined", len(rs))
	}
	last := rs[9]
	if last.Count != 3 || last.Message != "(combined from similar events): Readiness probe failed: attempt 11" || last.FirstSeen != 9*s {
		t.Errorf("combined record = %+v", last)
	}
	// 10 minutes of quiet start a fresh aggregation.
	late := sim.Event{At: 20 * time.Minute, Type: sim.EventWarning, Reason: "Unhealthy", Object: "pod/p", Container: "c", Message: "Readiness probe failed: late"}
	if rs := Aggregate(append(events, late)); rs[len(rs)-1].Message != late.Message {
		t.Errorf("after 10 quiet minutes: %q", rs[len(rs)-1].Message)
	}
}

func TestDescribeProbe(t *testing.T) {
	port := api.IntOrString{IntVal: 8080}
	tests := []struct {
		p    api.Probe
		want string
	}{
		{api.Probe{ProbeHandler: api.ProbeHandler{HTTPGet: &api.HTTPGetAction{Path: "/healthz", Port: port, Scheme: "HTTP"}},
			InitialDelaySeconds: 3, PeriodSeconds: 3},
			"http-get http://:8080/healthz delay=3s timeout=1s period=3s #success=1 #failure=3"},
		{api.Probe{ProbeHandler: api.ProbeHandler{Exec: &api.ExecAction{Command: []string{"cat", "/tmp/healthy"}}}, InitialDelaySeconds: 5, PeriodSeconds: 5},
			"exec [cat /tmp/healthy] delay=5s timeout=1s period=5s #success=1 #failure=3"},
		{api.Probe{ProbeHandler: api.ProbeHandler{TCPSocket: &api.TCPSocketAction{Port: port}}, InitialDelaySeconds: 15, PeriodSeconds: 10},
			"tcp-socket :8080 delay=15s timeout=1s period=10s #success=1 #failure=3"},
		{api.Probe{ProbeHandler: api.ProbeHandler{GRPC: &api.GRPCAction{Port: 2379}}, InitialDelaySeconds: 10},
			"grpc <pod>:2379  delay=10s timeout=1s period=10s #success=1 #failure=3"},
	}
	for _, tt := range tests {
		if got := DescribeProbe(&tt.p); got != tt.want {
			t.Errorf("DescribeProbe = %q, want %q", got, tt.want)
		}
	}
}
