package lessons

import (
	"strings"
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
	"sigs.k8s.io/yaml"
)

// fakeSim replays a hand-built timeline and answers exec calls from a
// table keyed by "container argv@time".
type fakeSim struct {
	tl    sim.Timeline
	now   time.Duration
	execs map[string]execOutcome
	calls []string
}

func (f *fakeSim) Advance(t time.Duration) {
	if t < f.now {
		panic("Advance went back in time")
	}
	f.now = t
}
func (f *fakeSim) Timeline() *sim.Timeline { return &f.tl }
func (f *fakeSim) Exec(pod, container string, argv []string) (string, string, int) {
	key := container + " " + strings.Join(argv, " ") + "@" + fmtDur(f.now)
	f.calls = append(f.calls, key)
	o, ok := f.execs[key]
	if !ok {
		return "", "error: container not running", 1
	}
	return o.stdout, o.stderr, o.code
}

func sec(n float64) time.Duration { return time.Duration(n * float64(time.Second)) }

func status(at float64, phase sim.PodPhase, st string, cs ...sim.ContainerStatus) sim.PodStatus {
	return sim.PodStatus{At: sec(at), Pod: "javaweb-2", Phase: phase, Status: st, Ready: "0/1", Containers: cs,
		Conditions: []sim.Condition{{Type: "Initialized", Status: map[bool]string{true: "True", false: "False"}[phase == sim.PodRunning]}}}
}

func ctr(name string, state sim.ContainerState, restarts int) sim.ContainerStatus {
	return sim.ContainerStatus{Name: name, State: state, RestartCount: restarts}
}

// javaweb is a hand-built timeline of the notes' WAR + Tomcat Pod.
func javaweb() *fakeSim {
	zero := 0
	war := ctr("war", sim.Terminated, 0)
	war.ExitCode, war.Reason = &zero, "Completed"
	tomcat := ctr("tomcat", sim.Running, 0)
	tomcat.Ready = true
	return &fakeSim{
		tl: sim.Timeline{
			Statuses: []sim.PodStatus{
				status(0, sim.PodPending, "Pending", ctr("war", sim.Waiting, 0), ctr("tomcat", sim.Waiting, 0)),
				status(3, sim.PodPending, "Init:0/1", ctr("war", sim.Running, 0), ctr("tomcat", sim.Waiting, 0)),
				status(5, sim.PodPending, "PodInitializing", war, ctr("tomcat", sim.Waiting, 0)),
				status(8, sim.PodRunning, "Running", war, tomcat),
			},
			Events: []sim.Event{
				{At: 0, Reason: "Scheduled", Object: "pod/javaweb-2"},
				{At: sec(3), Reason: "Started", Object: "pod/javaweb-2", Container: "war"},
				{At: sec(8), Reason: "Started", Object: "pod/javaweb-2", Container: "tomcat"},
				{At: sec(40), Reason: "Unhealthy", Type: sim.EventWarning, Object: "pod/javaweb-2", Container: "tomcat", Message: "Liveness probe failed: HTTP probe failed with statuscode: 500"},
			},
			Logs: []sim.LogLine{{At: sec(9), Pod: "javaweb-2", Container: "tomcat", Text: "INFO: Deploying web application archive sample.war"}},
		},
		execs: map[string]execOutcome{
			"tomcat cat /usr/local/tomcat/webapps/sample.war@30s": {stdout: "PK\x03\x04 sample"},
			"tomcat ls /usr/local/tomcat/webapps@30s":             {stdout: "sample.war\n"},
		},
	}
}

func mustCheck(t *testing.T, src string) Check {
	t.Helper()
	var c Check
	if err := decodeStrict([]byte(src), &c); err != nil {
		t.Fatalf("decode %q: %v", src, err)
	}
	if err := c.validate(); err != nil {
		t.Fatalf("validate %q: %v", src, err)
	}
	return c
}

func TestEval(t *testing.T) {
	tests := []struct {
		name  string
		check string
		ok    bool
		msgEN string // a substring of the English message when it fails
		msgZH string // a substring of the Chinese message when it fails
	}{
		{"phase at", "{at: 10s, pod: {phase: Running, status: Running}}", true, "", ""},
		{"status mismatch", "{at: 4s, pod: {status: Running}}", false, "STATUS: got Init:0/1, want Running", "STATUS：得到 Init:0/1，期望 Running"},
		{"before the pod exists", "{at: 0s, pod: {name: other, phase: Running}}", false, "Pod other does not exist yet", "Pod other 尚不存在"},
		{"condition", "{at: 4s, pod: {conditions: {Initialized: \"False\"}}}", true, "", ""},
		{"container exit code", "{at: 10s, container: {name: war, state: terminated, exitCode: 0, reason: Completed}}", true, "", ""},
		{"container state mismatch", "{at: 4s, container: {name: tomcat, state: running}}", false, "tomcat.state: got waiting, want running", "得到 waiting，期望 running"},
		{"restarts range", "{at: 10s, container: {name: tomcat, restarts: {min: 1}}}", false, "got 0, want ≥ 1", ""},
		{"no such container", "{at: 10s, container: {name: nginx, state: running}}", false, "no container nginx", "没有容器 nginx"},
		{"during holds", "{during: [0s, 7s], pod: {phase: Pending}}", true, "", ""},
		{"during breaks", "{during: [0s, 9s], pod: {phase: Pending}}", false, "at 8s, phase: got Running, want Pending", "8s 时 phase：得到 Running，期望 Pending"},
		{"when: Initialized False while war runs", "{when: {name: war, state: running}, pod: {conditions: {Initialized: \"False\"}}}", true, "", ""},
		{"when never happens", "{when: {name: war, state: waiting, reason: CrashLoopBackOff}, pod: {phase: Pending}}", false, "container war: got (never), want state waiting, reason CrashLoopBackOff", "容器 war：得到 （从未出现），期望 state waiting"},
		{"event in window", "{event: {reason: Unhealthy, container: tomcat, message: \"statuscode: 500\"}, within: [30s, 45s]}", true, "", ""},
		{"event outside window", "{event: {reason: Unhealthy}, within: [0s, 30s]}", false, "matching events: got 0, want ≥ 1", "匹配的事件数：得到 0，期望 ≥ 1"},
		{"event count max", "{event: {reason: Killing}, count: 0}", true, "", ""},
		{"order holds", "{order: [{reason: Started, container: war}, {reason: Started, container: tomcat}]}", true, "", ""},
		{"order broken", "{order: [{reason: Started, container: tomcat}, {reason: Started, container: war}]}", false, "got Started (war) (3s) → Started (tomcat) (8s)", ""},
		{"order missing", "{order: [{reason: Scheduled}, {reason: Killing}]}", false, "no event Killing", "没有事件 Killing"},
		{"log", "{log: {container: tomcat, contains: sample.war}}", true, "", ""},
		{"log too early", "{at: 5s, log: {container: tomcat, contains: sample.war}}", false, "got no log lines", "得到 没有日志"},
		{"file contains", "{at: 30s, file: {container: tomcat, path: /usr/local/tomcat/webapps/sample.war, contains: sample}}", true, "", ""},
		{"file missing", "{at: 30s, file: {container: tomcat, path: /root/webapps/sample.war, exists: true}}", false, "got error: container not running, want exists", "期望 存在"},
		{"file must not exist", "{at: 30s, file: {container: tomcat, path: /nope, exists: false}}", true, "", ""},
		{"exec output", "{at: 30s, exec: {container: tomcat, command: [ls, /usr/local/tomcat/webapps], stdout: sample.war}}", true, "", ""},
		{"exec fails", "{at: 30s, exec: {container: tomcat, command: [ps]}}", false, "got exit code 1", "退出码 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := mustCheck(t, tt.check)
			for _, lang := range Langs() {
				l := &Lesson{Run: RunOptions{Until: Duration(time.Minute)}, Tasks: []Task{{ID: "t", Checks: []Check{c}}},
					Pages: map[Lang]*Page{EN: {Title: "x"}}}
				r := GradeSim(l, javaweb(), "javaweb-2", lang)
				got := r.Tasks[0].Checks[0]
				if got.OK != tt.ok {
					t.Fatalf("%s: OK = %v, want %v (%+v)", lang, got.OK, tt.ok, got)
				}
				want := map[Lang]string{EN: tt.msgEN, ZH: tt.msgZH}[lang]
				if !strings.Contains(got.Message, want) {
					t.Errorf("%s: message %q, want it to contain %q", lang, got.Message, want)
				}
				if got.Label == "" {
					t.Errorf("%s: empty label", lang)
				}
			}
		})
	}
}

// TestExecOrder proves file and exec checks run in time order, whatever
// the order of the tasks, and before the run is advanced to the horizon.
func TestExecOrder(t *testing.T) {
	f := javaweb()
	late := mustCheck(t, "{at: 30s, file: {container: tomcat, path: /a, exists: false}}")
	early := mustCheck(t, "{at: 10s, exec: {container: tomcat, command: [true], exitCode: 1}}")
	l := &Lesson{Run: RunOptions{Until: Duration(time.Minute)},
		Tasks: []Task{{ID: "a", Checks: []Check{late}}, {ID: "b", Checks: []Check{early}}}}
	GradeSim(l, f, "javaweb-2", EN)
	want := []string{"tomcat true@10s", "tomcat cat /a@30s"}
	if strings.Join(f.calls, ";") != strings.Join(want, ";") {
		t.Errorf("exec calls %q, want %q", f.calls, want)
	}
	if f.now != time.Minute {
		t.Errorf("advanced to %v, want the horizon 1m", f.now)
	}
}

func TestCheckValidate(t *testing.T) {
	bad := []struct{ name, src, want string }{
		{"no kind", "{at: 10s}", "no kind"},
		{"two kinds", "{at: 10s, pod: {phase: Running}, log: {container: a, contains: b}}", "mixes kinds"},
		{"status without time", "{pod: {phase: Running}}", "exactly one of at, during, when"},
		{"file without at", "{file: {container: a, path: /x, exists: true}}", "needs at"},
		{"file two expectations", "{at: 1s, file: {container: a, path: /x, exists: true, contains: y}}", "exactly one of contains"},
		{"event with at", "{at: 1s, event: {reason: Started}}", "at does not apply"},
		{"container without name", "{at: 1s, container: {state: running}}", "container.name: required"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			var c Check
			if err := yaml.Unmarshal([]byte(tt.src), &c); err != nil {
				t.Fatal(err)
			}
			err := c.validate()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("validate(%s) = %v, want an error containing %q", tt.src, err, tt.want)
			}
		})
	}
}

func TestDecodeStrictCase(t *testing.T) {
	var c Check
	err := decodeStrict([]byte("{at: 10s, pod: {Phase: Running}}"), &c)
	if err == nil || !strings.Contains(err.Error(), "Phase") {
		t.Errorf("decodeStrict accepted a wrongly cased field: %v", err)
	}
}

// TestGraderNotRun: a file check whose time the caller skipped fails
// instead of passing on an empty output.
func TestGraderNotRun(t *testing.T) {
	f := javaweb()
	c := mustCheck(t, "{at: 30s, file: {container: tomcat, path: /usr/local/tomcat/webapps/sample.war, exists: true}}")
	l := &Lesson{Run: RunOptions{Until: Duration(time.Minute)}, Tasks: []Task{{ID: "a", Checks: []Check{c}}}}
	g := NewGrader(l, "javaweb-2", EN)
	if at, ok := g.Due(); !ok || at != 30*time.Second {
		t.Fatalf("Due() = %v, %v; want 30s, true", at, ok)
	}
	r := g.Report(f.Timeline())
	if got := r.Tasks[0].Checks[0]; got.OK || !strings.Contains(got.Message, "not run") {
		t.Errorf("unrun check = %+v, want a failure saying not run", got)
	}
	f.Advance(30 * time.Second)
	g.Exec(f, 30*time.Second)
	if _, ok := g.Due(); ok {
		t.Error("Due() still reports a check after Exec ran it")
	}
	if got := g.Report(f.Timeline()).Tasks[0].Checks[0]; !got.OK {
		t.Errorf("after Exec: %+v, want OK", got)
	}
}

// TestPassShowsWhatWasSeen: a passed check still says what the run showed.
func TestPassShowsWhatWasSeen(t *testing.T) {
	c := mustCheck(t, "{at: 10s, container: {name: war, restarts: {max: 2}, exitCode: 0}}")
	l := &Lesson{Run: RunOptions{Until: Duration(time.Minute)}, Tasks: []Task{{ID: "t", Checks: []Check{c}}}}
	got := GradeSim(l, javaweb(), "javaweb-2", EN).Tasks[0].Checks[0]
	if !got.OK || got.Got != "exitCode 0, restartCount 0" || got.Want != "exitCode 0, restartCount ≤ 2" {
		t.Errorf("got %+v, want OK with Got %q and Want %q", got, "exitCode 0, restartCount 0", "exitCode 0, restartCount ≤ 2")
	}
}
