package kubelet

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
)

func TestNextBackOff(t *testing.T) {
	tests := []struct {
		name  string
		prev  time.Duration
		fresh bool
		want  time.Duration
	}{
		{"first failure", 0, true, 10 * time.Second},
		{"doubles", 10 * time.Second, false, 20 * time.Second},
		{"doubles again", 80 * time.Second, false, 160 * time.Second},
		{"capped", 160 * time.Second, false, 300 * time.Second},
		{"stays capped", 300 * time.Second, false, 300 * time.Second},
		{"expired entry starts over", 300 * time.Second, true, 10 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := nextBackOff(tt.prev, initialCrashLoopBackOff, maxCrashLoopBackOff, tt.fresh); got != tt.want {
				t.Errorf("nextBackOff(%v, fresh=%v) = %v, want %v", tt.prev, tt.fresh, got, tt.want)
			}
		})
	}
}

// TestDoBackOffGaps replays doBackOff for a container that exits at once:
// the gaps between an exit and the next start are 0, 10, 20, 40, 80, 160,
// 300, 300 s (§6.3), when syncs come exactly at the back-off's end.
func TestDoBackOffGaps(t *testing.T) {
	b := newBackOff(initialCrashLoopBackOff, maxCrashLoopBackOff)
	var gaps []time.Duration
	now := time.Duration(0)
	for i := 0; i < 8; i++ {
		exit := now
		start := exit
		for b.IsInBackOffSince("c", exit, start) {
			start += time.Second
		}
		b.Next("c", exit, start)
		gaps = append(gaps, start-exit)
		now = start
	}
	want := []time.Duration{0, 10, 20, 40, 80, 160, 300, 300}
	for i := range want {
		want[i] *= time.Second
	}
	if !reflect.DeepEqual(gaps, want) {
		t.Errorf("gaps = %v, want %v", gaps, want)
	}
}

func TestBackOffExpiresAfterTenMinutes(t *testing.T) {
	b := newBackOff(initialCrashLoopBackOff, maxCrashLoopBackOff)
	b.Next("c", 0, 0)
	b.Next("c", 20*time.Second, 20*time.Second)
	if got := b.Get("c"); got != 20*time.Second {
		t.Fatalf("backoff = %v, want 20s", got)
	}
	// the container ran for more than 600 s after the last update
	exit := 20*time.Second + 601*time.Second
	if b.IsInBackOffSince("c", exit, exit) {
		t.Error("in back-off after 10 minutes of running; want the entry expired")
	}
	b.Next("c", exit, exit)
	if got := b.Get("c"); got != 10*time.Second {
		t.Errorf("backoff after reset = %v, want 10s", got)
	}
}

func TestShouldRestart(t *testing.T) {
	tests := []struct {
		policy   api.RestartPolicy
		sidecar  bool
		deleting bool
		state    runtimeState
		code     int
		want     bool
	}{
		{api.RestartAlways, false, false, stateNone, 0, true},
		{api.RestartNever, false, false, stateNone, 0, true},
		{api.RestartAlways, false, false, stateRunning, 0, false},
		{api.RestartAlways, false, false, stateExited, 0, true},
		{api.RestartOnFailure, false, false, stateExited, 0, false},
		{api.RestartOnFailure, false, false, stateExited, 1, true},
		{api.RestartNever, false, false, stateExited, 1, false},
		{api.RestartNever, true, false, stateExited, 0, true},
		{api.RestartAlways, false, true, stateExited, 1, false},
		{api.RestartNever, false, false, stateCreated, 0, true},
	}
	for _, tt := range tests {
		name := fmt.Sprintf("%s/sidecar=%v/deleting=%v/%v/%d", tt.policy, tt.sidecar, tt.deleting, tt.state, tt.code)
		t.Run(name, func(t *testing.T) {
			if got := shouldRestart(tt.policy, tt.sidecar, tt.deleting, tt.state, tt.code); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestProbeTransition(t *testing.T) {
	tests := []struct {
		name       string
		last       probeResult
		run        int
		result     probeResult
		succ, fail int
		wantRun    int
		wantStore  bool
	}{
		{"first failure below threshold", resultNone, 0, resultFailure, 1, 3, 1, false},
		{"second failure", resultFailure, 1, resultFailure, 1, 3, 2, false},
		{"third failure trips", resultFailure, 2, resultFailure, 1, 3, 3, true},
		{"success resets the run", resultFailure, 2, resultSuccess, 1, 3, 1, true},
		{"success below successThreshold", resultFailure, 2, resultSuccess, 2, 3, 1, false},
		{"failureThreshold 1 trips at once", resultSuccess, 5, resultFailure, 1, 1, 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			last, run, store := probeTransition(tt.last, tt.run, tt.result, tt.succ, tt.fail)
			if last != tt.result || run != tt.wantRun || store != tt.wantStore {
				t.Errorf("got (%v, %d, %v), want (%v, %d, %v)", last, run, store, tt.result, tt.wantRun, tt.wantStore)
			}
		})
	}
}

func exit(code int) *int { return &code }

func cs(name string, kind sim.ContainerKind, state sim.ContainerState, mods ...func(*sim.ContainerStatus)) sim.ContainerStatus {
	c := sim.ContainerStatus{Name: name, Kind: kind, State: state}
	for _, m := range mods {
		m(&c)
	}
	return c
}

func code(n int) func(*sim.ContainerStatus) {
	return func(c *sim.ContainerStatus) {
		c.ExitCode = exit(n)
		c.Reason = map[bool]string{true: "Completed", false: "Error"}[n == 0]
	}
}
func reason(r string) func(*sim.ContainerStatus) {
	return func(c *sim.ContainerStatus) { c.Reason = r }
}
func last(n int) func(*sim.ContainerStatus) {
	return func(c *sim.ContainerStatus) {
		c.LastState = &sim.Termination{ExitCode: n, FinishedAt: 30 * time.Second}
	}
}
func started(c *sim.ContainerStatus) { c.Started = true }
func ready(c *sim.ContainerStatus)   { c.Ready = true }
func restarts(n int) func(*sim.ContainerStatus) {
	return func(c *sim.ContainerStatus) { c.RestartCount = n }
}

func TestGetPhase(t *testing.T) {
	const (
		a = sim.AppKind
		i = sim.InitKind
		s = sim.SidecarKind
	)
	tests := []struct {
		name        string
		policy      api.RestartPolicy
		init, app   []sim.ContainerStatus
		terminal    bool
		initialized bool
		want        sim.PodPhase
	}{
		{"init running", api.RestartAlways, []sim.ContainerStatus{cs("i", i, sim.Running)}, []sim.ContainerStatus{cs("a", a, sim.Waiting)}, false, false, sim.PodPending},
		{"failed init, Never", api.RestartNever, []sim.ContainerStatus{cs("i", i, sim.Terminated, code(1))}, []sim.ContainerStatus{cs("a", a, sim.Waiting)}, false, false, sim.PodFailed},
		{"crash-looping init, Always", api.RestartAlways, []sim.ContainerStatus{cs("i", i, sim.Waiting, last(1))}, []sim.ContainerStatus{cs("a", a, sim.Waiting)}, false, false, sim.PodPending},
		{"one app never started", api.RestartAlways, nil, []sim.ContainerStatus{cs("a", a, sim.Running), cs("b", a, sim.Waiting)}, false, false, sim.PodPending},
		{"running", api.RestartAlways, nil, []sim.ContainerStatus{cs("a", a, sim.Running)}, false, false, sim.PodRunning},
		{"crash loop counts as stopped", api.RestartAlways, nil, []sim.ContainerStatus{cs("a", a, sim.Waiting, last(1))}, false, false, sim.PodRunning},
		{"all exited 0, OnFailure", api.RestartOnFailure, nil, []sim.ContainerStatus{cs("a", a, sim.Terminated, code(0))}, false, false, sim.PodSucceeded},
		{"exited 1, Never", api.RestartNever, nil, []sim.ContainerStatus{cs("a", a, sim.Terminated, code(1))}, false, false, sim.PodFailed},
		{"exited 1, OnFailure: restarting", api.RestartOnFailure, nil, []sim.ContainerStatus{cs("a", a, sim.Terminated, code(1))}, false, false, sim.PodRunning},
		{"exited 0, Always: restarting", api.RestartAlways, nil, []sim.ContainerStatus{cs("a", a, sim.Terminated, code(0))}, false, false, sim.PodRunning},
		{"terminal, exit 137", api.RestartAlways, nil, []sim.ContainerStatus{cs("a", a, sim.Terminated, code(137))}, true, false, sim.PodFailed},
		{"terminal, exit 0, sidecar 137 ignored", api.RestartNever, []sim.ContainerStatus{cs("s", s, sim.Terminated, code(137))}, []sim.ContainerStatus{cs("a", a, sim.Terminated, code(0))}, true, true, sim.PodSucceeded},
		{"sidecar not started yet", api.RestartAlways, []sim.ContainerStatus{cs("s", s, sim.Running)}, []sim.ContainerStatus{cs("a", a, sim.Waiting)}, false, false, sim.PodPending},
		{"sidecar running, main done", api.RestartNever, []sim.ContainerStatus{cs("s", s, sim.Running, started)}, []sim.ContainerStatus{cs("a", a, sim.Terminated, code(0))}, false, true, sim.PodRunning},
		{"no statuses", api.RestartAlways, nil, nil, false, false, sim.PodPending},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nApp := len(tt.app)
			if nApp == 0 {
				nApp = 1
			}
			got := getPhase(tt.policy, tt.init, tt.app, len(tt.init), nApp, tt.terminal, tt.initialized)
			if got != tt.want {
				t.Errorf("getPhase = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestPrintPod(t *testing.T) {
	const (
		a = sim.AppKind
		i = sim.InitKind
		s = sim.SidecarKind
	)
	tests := []struct {
		name string
		in   printInput
		want printOutput
	}{
		{"pending before the kubelet", printInput{Phase: sim.PodPending, NumApp: 1},
			printOutput{"Pending", "0/1", 0, -1}},
		{"container creating", printInput{Phase: sim.PodPending, NumApp: 1, App: []sim.ContainerStatus{cs("a", a, sim.Waiting, reason("ContainerCreating"))}},
			printOutput{"ContainerCreating", "0/1", 0, -1}},
		{"Init:1/2", printInput{Phase: sim.PodPending, NumInit: 2, NumApp: 1,
			Init: []sim.ContainerStatus{cs("i1", i, sim.Terminated, code(0)), cs("i2", i, sim.Running)},
			App:  []sim.ContainerStatus{cs("a", a, sim.Waiting, reason("PodInitializing"))}},
			printOutput{"Init:1/2", "0/1", 0, -1}},
		{"Init:Error", printInput{Phase: sim.PodFailed, NumInit: 1, NumApp: 1,
			Init: []sim.ContainerStatus{cs("i1", i, sim.Terminated, code(1))},
			App:  []sim.ContainerStatus{cs("a", a, sim.Waiting, reason("PodInitializing"))}},
			printOutput{"Init:Error", "0/1", 0, -1}},
		{"Init:CrashLoopBackOff counts init restarts", printInput{Phase: sim.PodPending, NumInit: 1, NumApp: 1,
			Init: []sim.ContainerStatus{cs("i1", i, sim.Waiting, reason("CrashLoopBackOff"), last(1), restarts(3))},
			App:  []sim.ContainerStatus{cs("a", a, sim.Waiting, reason("PodInitializing"))}},
			printOutput{"Init:CrashLoopBackOff", "0/1", 3, 30 * time.Second}},
		{"initialized: regular init restarts dropped", printInput{Phase: sim.PodRunning, NumInit: 1, NumApp: 1, Initialized: true, PodReady: true,
			Init: []sim.ContainerStatus{cs("i1", i, sim.Terminated, code(0), restarts(2))},
			App:  []sim.ContainerStatus{cs("a", a, sim.Running, started, ready)}},
			printOutput{"Running", "1/1", 0, -1}},
		{"sidecar counts in READY", printInput{Phase: sim.PodRunning, NumInit: 1, NumApp: 1, Initialized: true, PodReady: true,
			Init: []sim.ContainerStatus{cs("s", s, sim.Running, started, ready, restarts(1), last(0))},
			App:  []sim.ContainerStatus{cs("a", a, sim.Running, started, ready)}},
			printOutput{"Running", "2/2", 1, 30 * time.Second}},
		{"crash loop", printInput{Phase: sim.PodRunning, NumApp: 1, Initialized: true,
			App: []sim.ContainerStatus{cs("a", a, sim.Waiting, reason("CrashLoopBackOff"), last(1), restarts(4))}},
			printOutput{"CrashLoopBackOff", "0/1", 4, 30 * time.Second}},
		{"alphabetically first reason wins", printInput{Phase: sim.PodRunning, NumApp: 2, Initialized: true,
			App: []sim.ContainerStatus{cs("a", a, sim.Waiting, reason("CrashLoopBackOff"), last(1)), cs("b", a, sim.Terminated, code(0))}},
			printOutput{"CrashLoopBackOff", "0/2", 0, 30 * time.Second}},
		{"Completed and a ready container, pod not ready: NotReady", printInput{Phase: sim.PodRunning, NumApp: 2, Initialized: true,
			App: []sim.ContainerStatus{cs("a", a, sim.Terminated, code(0)), cs("b", a, sim.Running, started, ready)}},
			printOutput{"NotReady", "1/2", 0, -1}},
		{"Error is not rewritten", printInput{Phase: sim.PodRunning, NumApp: 2, Initialized: true,
			App: []sim.ContainerStatus{cs("a", a, sim.Terminated, code(2)), cs("b", a, sim.Running, started, ready)}},
			printOutput{"Error", "1/2", 0, -1}},
		{"Terminating", printInput{Phase: sim.PodRunning, NumApp: 1, Initialized: true, Deleting: true,
			App: []sim.ContainerStatus{cs("a", a, sim.Running, started, ready)}},
			printOutput{"Terminating", "1/1", 0, -1}},
		{"terminal while deleting shows the container", printInput{Phase: sim.PodFailed, NumApp: 1, Initialized: true, Deleting: true,
			App: []sim.ContainerStatus{cs("a", a, sim.Terminated, code(137))}},
			printOutput{"Error", "0/1", 0, -1}},
		{"node lost: Unknown", printInput{Phase: sim.PodRunning, Reason: "NodeLost", NumApp: 1, Initialized: true, Deleting: true,
			App: []sim.ContainerStatus{cs("a", a, sim.Running, started, ready)}},
			printOutput{"Unknown", "1/1", 0, -1}},
		{"scheduling gated", printInput{Phase: sim.PodPending, NumApp: 1, Gated: true},
			printOutput{"SchedulingGated", "0/1", 0, -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := printPod(tt.in); got != tt.want {
				t.Errorf("printPod = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func spec(policy api.RestartPolicy, init []string, app ...string) *api.PodSpec {
	s := &api.PodSpec{RestartPolicy: policy}
	always := api.RestartAlways
	for _, n := range init {
		c := api.Container{Name: n}
		if n[0] == 's' { // names starting with s are sidecars
			c.RestartPolicy = &always
		}
		s.InitContainers = append(s.InitContainers, c)
	}
	for _, n := range app {
		s.Containers = append(s.Containers, api.Container{Name: n})
	}
	return s
}

func TestComputePodActions(t *testing.T) {
	running := ctrView{state: stateRunning}
	none := ctrView{}
	exited := func(code int) ctrView { return ctrView{state: stateExited, exitCode: code} }
	tests := []struct {
		name string
		spec *api.PodSpec
		st   podState
		want podActions
	}{
		{"no sandbox: create it, start init 0", spec(api.RestartAlways, []string{"i1", "i2"}, "a"),
			podState{init: []ctrView{none, none}, app: []ctrView{none}},
			podActions{KillPod: true, CreateSandbox: true, InitToStart: []int{0}}},
		{"no sandbox, no init: all app containers", spec(api.RestartAlways, nil, "a", "b"),
			podState{app: []ctrView{none, none}},
			podActions{KillPod: true, CreateSandbox: true, AppToStart: []int{0, 1}}},
		{"init 0 done: start init 1", spec(api.RestartAlways, []string{"i1", "i2"}, "a"),
			podState{sandboxReady: true, init: []ctrView{exited(0), none}, app: []ctrView{none}},
			podActions{InitToStart: []int{1}}},
		{"init running: wait", spec(api.RestartAlways, []string{"i1"}, "a"),
			podState{sandboxReady: true, init: []ctrView{running}, app: []ctrView{none}},
			podActions{}},
		{"init failed, Never: kill the pod", spec(api.RestartNever, []string{"i1"}, "a"),
			podState{sandboxReady: true, init: []ctrView{exited(1)}, app: []ctrView{none}},
			podActions{KillPod: true}},
		{"init failed, Always: restart it", spec(api.RestartAlways, []string{"i1"}, "a"),
			podState{sandboxReady: true, init: []ctrView{exited(1)}, app: []ctrView{none}},
			podActions{InitToStart: []int{0}}},
		{"started sidecar lets the next init start", spec(api.RestartAlways, []string{"s1", "i2"}, "a"),
			podState{sandboxReady: true, init: []ctrView{running, none}, app: []ctrView{none}},
			podActions{InitToStart: []int{1}}},
		{"last init done: start apps", spec(api.RestartAlways, []string{"i1"}, "a", "b"),
			podState{sandboxReady: true, init: []ctrView{exited(0)}, app: []ctrView{none, none}},
			podActions{AppToStart: []int{0, 1}}},
		{"liveness failure: kill and restart", spec(api.RestartAlways, nil, "a"),
			podState{sandboxReady: true, app: []ctrView{{state: stateRunning, liveness: resultFailure}}},
			podActions{AppToStart: []int{0}, ToKill: []killInfo{{idx: 0, message: "Container a failed liveness probe, will be restarted", reason: reasonLivenessProbe}}}},
		{"liveness failure, Never, only container: kill the pod", spec(api.RestartNever, nil, "a"),
			podState{sandboxReady: true, app: []ctrView{{state: stateRunning, liveness: resultFailure}}},
			podActions{KillPod: true, ToKill: []killInfo{{idx: 0, message: "Container a failed liveness probe", reason: reasonLivenessProbe}}}},
		{"job done, sidecar running: kill the pod", spec(api.RestartNever, []string{"s1"}, "a"),
			podState{sandboxReady: true, init: []ctrView{running}, app: []ctrView{exited(0)}},
			podActions{KillPod: true}},
		{"exited sidecar after init: restart it", spec(api.RestartNever, []string{"s1"}, "a"),
			podState{sandboxReady: true, init: []ctrView{exited(1)}, app: []ctrView{running}},
			podActions{InitToStart: []int{0}}},
		{"sandbox gone, Never: nothing", spec(api.RestartNever, nil, "a"),
			podState{sandboxAttempt: 1, app: []ctrView{exited(0)}},
			podActions{KillPod: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := computePodActions(tt.spec, tt.st)
			if !reflect.DeepEqual(normal(got), normal(tt.want)) {
				t.Errorf("computePodActions =\n %+v\nwant\n %+v", got, tt.want)
			}
		})
	}
}

// normal makes empty slices nil for comparison.
func normal(a podActions) podActions {
	if len(a.InitToStart) == 0 {
		a.InitToStart = nil
	}
	if len(a.AppToStart) == 0 {
		a.AppToStart = nil
	}
	if len(a.ToKill) == 0 {
		a.ToKill = nil
	}
	return a
}

func TestConditions(t *testing.T) {
	sp := spec(api.RestartAlways, []string{"init1", "init2"}, "run1")
	init := []sim.ContainerStatus{cs("init1", sim.InitKind, sim.Waiting, last(1)), cs("init2", sim.InitKind, sim.Waiting, reason("PodInitializing"))}
	app := []sim.ContainerStatus{cs("run1", sim.AppKind, sim.Waiting, reason("PodInitializing"))}
	got := podInitializedCondition(sp, init, app, sim.PodPending)
	want := condition{condInitialized, condFalse, reasonNotInitialized, "containers with incomplete status: [init1 init2]"}
	if got != want {
		t.Errorf("Initialized = %+v, want %+v (e2e init_container.go)", got, want)
	}
	cr := containersReadyCondition(sp, init, app, sim.PodPending)
	if cr.Reason != reasonContainersNotRdy || cr.Message != "containers with unready status: [run1]" {
		t.Errorf("ContainersReady = %+v", cr)
	}
	if r := podReadyCondition(sp, cr); r.Status != condFalse || r.Message != cr.Message {
		t.Errorf("Ready = %+v, want ContainersReady's reason and message", r)
	}
}
