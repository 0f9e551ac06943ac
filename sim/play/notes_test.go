package play

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
)

// The examples of the course's study notes (../shared/seed/pod-notes.zh.md),
// each a golden file in testdata/notes: the notes' YAML (as written, and
// corrected where it cannot run), the run's flags, and the timeline (events
// and status changes) the simulator gives. TestNotesGolden checks the
// timelines, TestNotesDeterministic that every variant runs the same twice;
// one TestNotes* per example asserts the facts the notes and the
// Kubernetes docs state, at virtual times.

var update = flag.Bool("update", false, "rewrite the golden timelines in testdata/notes")

const sec = time.Second

// notesFile is one testdata/notes/*.txtar: its comment, its files by name
// (in order, so -update rewrites it as it was) and its flags.
type notesFile struct {
	path    string
	comment string
	names   []string
	files   map[string]string
	opts    Options
}

func readNotes(t testing.TB, name string) notesFile {
	t.Helper()
	path := filepath.Join("testdata", "notes", name+".txtar")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	nf := notesFile{path: path, files: map[string]string{}}
	cur := ""
	for _, line := range strings.SplitAfter(string(data), "\n") {
		if n, ok := txtarName(line); ok {
			cur = n
			nf.names = append(nf.names, n)
			continue
		}
		if cur == "" {
			nf.comment += line
		} else {
			nf.files[cur] += line
		}
	}
	nf.opts = notesFlags(t, nf.files["flags"])
	return nf
}

// txtarName reads a "-- name --" line (golang.org/x/tools/txtar).
func txtarName(line string) (string, bool) {
	line = strings.TrimRight(line, "\n")
	if len(line) < 7 || !strings.HasPrefix(line, "-- ") || !strings.HasSuffix(line, " --") {
		return "", false
	}
	return strings.TrimSpace(line[3 : len(line)-3]), true
}

// notesFlags reads "until 3m" and "delete-at 60s" lines.
func notesFlags(t testing.TB, s string) Options {
	t.Helper()
	opts := Options{Until: time.Minute}
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		name, val, _ := strings.Cut(line, " ")
		d := mustDur(t, strings.TrimSpace(val))
		switch name {
		case "until":
			opts.Until = d
		case "delete-at":
			opts.DeleteAt = &d
		default:
			t.Fatalf("flags: unknown %q", line)
		}
	}
	return opts
}

func (nf notesFile) write(t testing.TB) {
	var b strings.Builder
	b.WriteString(nf.comment)
	for _, n := range nf.names {
		fmt.Fprintf(&b, "-- %s --\n%s", n, nf.files[n])
	}
	if err := os.WriteFile(nf.path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestNotesGolden runs every notes example's pod.yaml to its horizon, in
// 10 s steps, and compares the timeline with the golden one.
func TestNotesGolden(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "notes", "*.txtar"))
	if len(paths) == 0 {
		t.Fatal("no examples in testdata/notes")
	}
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".txtar")
		t.Run(name, func(t *testing.T) {
			nf := readNotes(t, name)
			got := renderNotes(runNotes(t, nf.files["pod.yaml"], nf.opts, 10*sec))
			if *update {
				if _, ok := nf.files["timeline"]; !ok {
					nf.names = append(nf.names, "timeline")
				}
				nf.files["timeline"] = string(got)
				nf.write(t)
				return
			}
			if string(got) != nf.files["timeline"] {
				t.Errorf("timeline differs (go test ./sim/play -run TestNotesGolden -update); got:\n%s", got)
			}
		})
	}
}

// TestNotesDeterministic runs every runnable YAML of every example twice,
// once in one Advance and once in 7 s steps as the page does, and wants
// byte-identical timelines (events, statuses, logs, files, probes, notes).
func TestNotesDeterministic(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "notes", "*.txtar"))
	for _, p := range paths {
		nf := readNotes(t, strings.TrimSuffix(filepath.Base(p), ".txtar"))
		for _, file := range nf.names {
			if !strings.HasSuffix(file, ".yaml") || file == "notes.yaml" {
				continue
			}
			t.Run(strings.TrimSuffix(filepath.Base(p), ".txtar")+"/"+file, func(t *testing.T) {
				whole, err := json.Marshal(runNotes(t, nf.files[file], nf.opts, nf.opts.Until))
				if err != nil {
					t.Fatal(err)
				}
				steps, _ := json.Marshal(runNotes(t, nf.files[file], nf.opts, 7*sec))
				if !bytes.Equal(whole, steps) {
					t.Errorf("the timeline depends on how the run was advanced:\n%s\n---\n%s", whole, steps)
				}
			})
		}
	}
}

// runNotes runs src to the horizon, advancing step by step.
func runNotes(t testing.TB, src string, opts Options, step time.Duration) *sim.Timeline {
	t.Helper()
	r, err := Start([]byte(src), opts)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	for at := step; !r.Done(); at += step {
		r.Advance(at)
	}
	return r.Timeline()
}

// renderNotes prints the events and the status changes in time order, the
// story kubectl events and kubectl get pods -w tell.
func renderNotes(tl *sim.Timeline) []byte {
	type line struct {
		at   time.Duration
		text string
	}
	var lines []line
	for _, e := range tl.Events {
		obj := e.Object
		if e.Container != "" {
			obj += "/" + e.Container
		}
		lines = append(lines, line{e.At, fmt.Sprintf("%-7s %-19s %s: %s", e.Type, e.Reason, obj, e.Message)})
	}
	for _, s := range tl.Statuses {
		lines = append(lines, line{s.At, notesStatus(s)})
	}
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].at < lines[j].at })
	var b bytes.Buffer
	for _, l := range lines {
		fmt.Fprintf(&b, "%8s  %s\n", l.at, l.text)
	}
	return b.Bytes()
}

func notesStatus(s sim.PodStatus) string {
	var cs []string
	for _, c := range s.Containers {
		st := string(c.State)
		if c.Reason != "" {
			st += "/" + c.Reason
		}
		if c.ExitCode != nil {
			st += fmt.Sprintf("(%d)", *c.ExitCode)
		}
		if c.Ready {
			st += "+ready"
		}
		for _, p := range c.Ports {
			st += fmt.Sprintf(":%d", p)
		}
		cs = append(cs, fmt.Sprintf("%s=%s#%d", c.Name, st, c.RestartCount))
	}
	del := ""
	if s.Deleted {
		del = " deleted"
	} else if s.Deleting {
		del = " deleting"
	}
	return fmt.Sprintf("status  %s %s %s %s restarts=%d%s %s", s.Pod, s.Phase, s.Status, s.Ready, s.Restarts, del, strings.Join(cs, " "))
}

// notesPod is one run of a notes example, advanced by the checks in time
// order (an exec happens at the run's current time).
type notesPod struct {
	t   *testing.T
	r   *Run
	pod string
}

// startNotes starts file (default pod.yaml) of the example name.
func startNotes(t *testing.T, name, file string) *notesPod {
	t.Helper()
	nf := readNotes(t, name)
	src, ok := nf.files[file]
	if !ok {
		t.Fatalf("%s has no %s", nf.path, file)
	}
	r, err := Start([]byte(src), nf.opts)
	if err != nil {
		t.Fatalf("%s/%s: %v", name, file, err)
	}
	return &notesPod{t: t, r: r, pod: r.Objects().Pods[0].Name}
}

// at advances the run to d and returns the Pod's status then.
func (p *notesPod) at(d time.Duration) sim.PodStatus {
	p.t.Helper()
	if d < p.r.Now() {
		p.t.Fatalf("at(%v) after the run reached %v", d, p.r.Now())
	}
	p.r.Advance(d)
	s, ok := p.r.Timeline().StatusAt(p.pod, d)
	if !ok {
		p.t.Fatalf("no status of %s at %v", p.pod, d)
	}
	return s
}

// exec runs argv in container at the run's current time.
func (p *notesPod) exec(container string, argv ...string) (stdout, stderr string, code int) {
	return p.r.Exec(p.pod, container, argv)
}

// execOut wants argv to succeed and returns its stdout.
func (p *notesPod) execOut(container string, argv ...string) string {
	p.t.Helper()
	out, errOut, code := p.exec(container, argv...)
	if code != 0 {
		p.t.Errorf("at %v, exec %s %q: exit %d, stderr %q", p.r.Now(), container, argv, code, errOut)
	}
	return out
}

// events returns the events with reason (of any object) so far.
func (p *notesPod) events(reason string) []sim.Event {
	var out []sim.Event
	for _, e := range p.r.Timeline().Events {
		if e.Reason == reason {
			out = append(out, e)
		}
	}
	return out
}

// logs is what container wrote (every attempt) up to the run's time.
func (p *notesPod) logs(container string) []sim.LogLine {
	var out []sim.LogLine
	for _, l := range p.r.Timeline().Logs {
		if l.Container == container {
			out = append(out, l)
		}
	}
	return out
}

// container finds a container's status.
func container(t *testing.T, s sim.PodStatus, name string) sim.ContainerStatus {
	t.Helper()
	c, ok := containerIn(s, name)
	if !ok {
		t.Fatalf("at %v: no status of container %s", s.At, name)
	}
	return c
}

func containerIn(s sim.PodStatus, name string) (sim.ContainerStatus, bool) {
	for _, c := range s.Containers {
		if c.Name == name {
			return c, true
		}
	}
	return sim.ContainerStatus{}, false
}

// firstStatus is the first status line of pod for which ok holds.
func firstStatus(tl *sim.Timeline, pod string, ok func(sim.PodStatus) bool) (sim.PodStatus, bool) {
	for _, s := range tl.Statuses {
		if s.Pod == pod && ok(s) {
			return s, true
		}
	}
	return sim.PodStatus{}, false
}

// wantGet compares the READY, STATUS and RESTARTS columns of kubectl get pods.
func wantGet(t *testing.T, s sim.PodStatus, ready, status string, restarts int) {
	t.Helper()
	if s.Ready != ready || s.Status != status || s.Restarts != restarts {
		t.Errorf("status line from %v: kubectl get pods says %s %s %d, want %s %s %d", s.At, s.Ready, s.Status, s.Restarts, ready, status, restarts)
	}
}

// wantRejected: the notes' YAML as written does not pass the API server,
// with a line:col diagnostic whose message contains msg.
func wantRejected(t *testing.T, name, file string, line int, msg string) {
	t.Helper()
	nf := readNotes(t, name)
	_, err := Start([]byte(nf.files[file]), nf.opts)
	var list api.ErrorList
	if !errors.As(err, &list) || len(list) == 0 {
		t.Fatalf("%s/%s: Start = %v, want an api.ErrorList", name, file, err)
	}
	if list[0].Line != line || !strings.Contains(list[0].Error(), msg) {
		t.Errorf("%s/%s: first error %q at line %d, want %q at line %d", name, file, list[0].Error(), list[0].Line, msg, line)
	}
}

// javaweb-2 ("War包和Tomcat服务器"): "Init container 容器都会比spec.containers定义的用户容器先启动，
// 并且它们会逐一启动，直到他们都启动并且退出了，用户容器才会启动"; tomcat's webapps holds the
// war the init container copied ("它启动之后webapps肯定会存在一个sample.war包"), and
// it serves it on 8080.
func TestNotesJavaweb2(t *testing.T) {
	// The notes' ports entry says hostPost: the API server's strict
	// decoding rejects the unknown field (kubectl apply: "unknown field").
	wantRejected(t, "javaweb-2", "notes.yaml", 24, `unknown field "hostPost"`)

	p := startNotes(t, "javaweb-2", "pod.yaml")
	// Initialized only once war has exited 0; tomcat waits in
	// PodInitializing until then (kubectl get: Init:0/1, then PodInitializing).
	s := p.at(2 * sec)
	if war := container(t, s, "war"); war.State != sim.Terminated || war.Reason != "Completed" || *war.ExitCode != 0 {
		t.Errorf("at 2s war is %s/%s, want terminated/Completed 0", war.State, war.Reason)
	}
	if tc := container(t, s, "tomcat"); tc.State != sim.Waiting || tc.Reason != "PodInitializing" {
		t.Errorf("at 2s tomcat is %s/%s, want waiting/PodInitializing", tc.State, tc.Reason)
	}
	tl := p.r.Timeline()
	initStatus, _ := firstStatus(tl, p.pod, func(s sim.PodStatus) bool { return s.Status == "Init:0/1" })
	if initStatus.At > 0 || initStatus.Status == "" {
		t.Errorf("the Pod does not show Init:0/1 at 0s (first at %v)", initStatus.At)
	}
	// tomcat:7.0 is a 190 MB pull; by 30s it runs, 1/1 Ready (no readiness
	// probe: ready once started), and has deployed the war.
	s = p.at(30 * sec)
	wantGet(t, s, "1/1", "Running", 0)
	// The init container ends before tomcat is even created.
	var warDone, tomcatCreated time.Duration = -1, -1
	tl = p.r.Timeline()
	for _, e := range tl.Events {
		if e.Reason == "Created" && e.Container == "tomcat" && tomcatCreated < 0 {
			tomcatCreated = e.At
		}
	}
	if ws, ok := firstStatus(tl, p.pod, func(s sim.PodStatus) bool {
		war, ok := containerIn(s, "war")
		return ok && war.State == sim.Terminated
	}); ok {
		warDone = ws.At
	}
	if warDone < 0 || tomcatCreated < 0 || warDone > tomcatCreated {
		t.Errorf("war terminated at %v, tomcat created at %v: want war first", warDone, tomcatCreated)
	}
	// The page draws the copy: war wrote sample.war into app-volume.
	if f, ok := fileChange(tl, "app-volume", "sample.war"); !ok || f.Container != "war" || f.At > tomcatCreated {
		t.Errorf("app-volume's sample.war: %+v (found %v), want written by war before tomcat is created", f, ok)
	}
	// unpackWARs: tomcat unpacks the war it deploys next to it.
	if got := p.execOut("tomcat", "ls", "/usr/local/tomcat/webapps"); got != "sample\nsample.war\n" {
		t.Errorf("ls webapps in tomcat = %q, want sample and sample.war", got)
	}
	if got := p.execOut("tomcat", "cat", "/usr/local/tomcat/webapps/sample.war"); !strings.HasPrefix(got, "PK\x03\x04") {
		t.Errorf("sample.war in tomcat = %q, want the zip the image ships", got)
	}
	if !logHas(p.logs("tomcat"), "Deploying web application archive /usr/local/tomcat/webapps/sample.war") {
		t.Error("tomcat's log does not show the war deployed")
	}
	// The tomcat image has curl: the app answers on localhost:8080.
	if got := p.execOut("tomcat", "curl", "-s", "http://localhost:8080/sample/"); !strings.Contains(got, "Hello World!") {
		t.Errorf("curl localhost:8080/sample/ = %q", got)
	}
	if _, _, code := p.exec("tomcat", "curl", "-sf", "http://localhost:8080/nothing/"); code != 22 {
		t.Errorf("curl -f of a missing app exits %d, want 22 (HTTP 404)", code)
	}
	// Nothing happens after that: at 150s still one Running, Ready tomcat.
	s = p.at(150 * sec)
	wantGet(t, s, "1/1", "Running", 0)
	if tc := container(t, s, "tomcat"); !tc.Ready || len(tc.Ports) != 1 || tc.Ports[0] != 8080 {
		t.Errorf("at 150s tomcat ready %v, listening on %v; want ready on [8080]", tc.Ready, tc.Ports)
	}
}

// Another container of the Pod reaches tomcat on localhost ("它们可以直接使用localhost通信").
func TestNotesJavaweb2Localhost(t *testing.T) {
	p := startNotes(t, "javaweb-2", "with-client.yaml")
	wantGet(t, p.at(30*sec), "2/2", "Running", 0)
	if got := p.execOut("client", "wget", "-qO-", "http://localhost:8080/sample/"); !strings.Contains(got, "Hello World!") {
		t.Errorf("wget from the busybox container = %q", got)
	}
	// "一个Pod只有一个IP地址": both containers resolve their hostname to the Pod IP.
	s := p.at(31 * sec)
	for _, c := range []string{"client", "tomcat"} {
		// busybox's hostname -i ends each address with a space (hostname.c), Debian's does not.
		if got := p.execOut(c, "hostname", "-i"); s.IP == "" || strings.TrimSpace(got) != s.IP {
			t.Errorf("hostname -i in %s = %q, want the Pod IP %s", c, got, s.IP)
		}
	}
}

// The notes' own command (start.sh of the course's image) does not exist
// in tomcat:7.0: sh exits 127 and the kubelet restarts it with back-off.
func TestNotesJavaweb2NotesCommand(t *testing.T) {
	p := startNotes(t, "javaweb-2", "notes-command.yaml")
	s := p.at(60 * sec)
	tc := container(t, s, "tomcat")
	if s.Status != "CrashLoopBackOff" || tc.LastState == nil || tc.LastState.ExitCode != 127 {
		t.Errorf("at 60s: %s, last state %+v; want CrashLoopBackOff after exit 127", s.Status, tc.LastState)
	}
	// dash, the tomcat image's sh: "sh: 1: CMD: not found".
	if !logHas(p.logs("tomcat"), "sh: 1: /root/apache-tomcat-7.0.42-v2/bin/start.sh: not found") {
		t.Errorf("tomcat's log lacks sh's not found: %v", p.logs("tomcat"))
	}
}

// fileChange is the first write of volPath in volume.
func fileChange(tl *sim.Timeline, volume, volPath string) (sim.FileChange, bool) {
	for _, f := range tl.Files {
		if f.Volume == volume && f.VolPath == volPath && f.Op == sim.FileWrite {
			return f, true
		}
	}
	return sim.FileChange{}, false
}

func logHas(lines []sim.LogLine, want string) bool {
	for _, l := range lines {
		if strings.Contains(l.Text, want) {
			return true
		}
	}
	return false
}

// nodeSelector ("供用户将Pod与Node进行绑定的字段"): the Pod lands on the node with the
// label; with a label no node has it stays Pending.
func TestNotesNodeSelector(t *testing.T) {
	// The notes' indentation puts disktype beside nodeSelector, where the
	// API server knows no such field.
	wantRejected(t, "node-selector", "notes.yaml", 7, `spec: unknown field "disktype"`)

	p := startNotes(t, "node-selector", "pod.yaml")
	s := p.at(30 * sec)
	wantGet(t, s, "1/1", "Running", 0)
	// node-1 is the only node labelled disktype=ssd.
	if s.Node != "node-1" {
		t.Errorf("scheduled to %q, want node-1", s.Node)
	}
	if ev := p.events("Scheduled"); len(ev) != 1 || ev[0].Message != "Successfully assigned default/on-ssd to node-1" {
		t.Errorf("Scheduled events %+v", ev)
	}

	// The scheduler's message (schedule_one.go FitError.Error): the
	// control plane's taint, then the three workers' selector mismatch.
	p = startNotes(t, "node-selector", "no-match.yaml")
	s = p.at(60 * sec)
	wantGet(t, s, "0/1", "Pending", 0)
	if s.Node != "" {
		t.Errorf("unschedulable Pod is on %q", s.Node)
	}
	ev := p.events("FailedScheduling")
	if len(ev) == 0 || !strings.Contains(ev[0].Message, "0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 3 node(s) didn't match Pod's node affinity/selector.") {
		t.Errorf("FailedScheduling events %+v", ev)
	}
}

// nodeName: "一旦Pod这个字段被赋值，K8S就会认为这个Pod已经经过了调度": no Scheduled event
// (the scheduler never sees it), the Pod runs on node-3.
func TestNotesNodeName(t *testing.T) {
	p := startNotes(t, "node-name", "pod.yaml")
	s := p.at(30 * sec)
	wantGet(t, s, "1/1", "Running", 0)
	if s.Node != "node-3" {
		t.Errorf("on %q, want node-3", s.Node)
	}
	if ev := p.events("Scheduled"); len(ev) != 0 {
		t.Errorf("a Pod with nodeName has Scheduled events: %+v", ev)
	}
}

// hostAliases ("定义了Pod的hosts文件 /etc/hosts里的内容"): the kubelet writes /etc/hosts
// (kubelet_pods.go managedHostsFileContent, hostsEntriesFromHostAliases):
// its header, localhost lines, the Pod's IP and name, then the aliases'
// block, one tab-separated line per IP.
func TestNotesHostAliases(t *testing.T) {
	wantRejected(t, "host-aliases", "notes.yaml", 8, `unknown field "hostNames", did you mean "hostnames"?`)

	p := startNotes(t, "host-aliases", "pod.yaml")
	s := p.at(30 * sec)
	// The docs' hostaliases-pod: 0/1 Completed 0; the notes' phase
	// "Succeeded：这个状态意味着Pod中的容器都已经正常运行完毕，并且已经退出".
	wantGet(t, s, "0/1", "Completed", 0)
	if s.Phase != sim.PodSucceeded {
		t.Errorf("phase %s, want Succeeded", s.Phase)
	}
	var got strings.Builder
	for _, l := range p.logs("cat-hosts") {
		got.WriteString(l.Text + "\n")
	}
	want := "# Kubernetes-managed hosts file.\n" +
		"127.0.0.1\tlocalhost\n" +
		"::1\tlocalhost ip6-localhost ip6-loopback\n" +
		"fe00::0\tip6-localnet\n" +
		"fe00::0\tip6-mcastprefix\n" +
		"fe00::1\tip6-allnodes\n" +
		"fe00::2\tip6-allrouters\n" +
		s.IP + "\thostaliases-pod\n" +
		"\n" +
		"# Entries added by HostAliases.\n" +
		"10.1.2.3\tfoo.remote\tbar.remote\n"
	if s.IP == "" || got.String() != want {
		t.Errorf("kubectl logs hostaliases-pod =\n%s\nwant\n%s", got.String(), want)
	}
}

// tty and stdin ("tty: Linux给用户提供一个常驻小程序，用于接收用户的标准输入"): busybox's sh
// with stdin open waits for input and keeps running; without stdin it reads
// end-of-file, exits 0, and restartPolicy Always turns that into a crash
// loop: the first restart at once, then 10 s, 20 s, 40 s of back-off
// (kuberuntime_container.go doBackOff, flowcontrol.Backoff), STATUS
// alternating Completed and CrashLoopBackOff (the waiting reason shows from
// the sync after the one that found the back-off: kubelet.go SyncPod
// writes the status before reasonCache.Update).
func TestNotesTTYStdin(t *testing.T) {
	p := startNotes(t, "tty-stdin", "pod.yaml")
	wantGet(t, p.at(2*time.Minute), "1/1", "Running", 0)

	p = startNotes(t, "tty-stdin", "no-stdin.yaml")
	s := p.at(5 * sec)
	if c := container(t, s, "shell"); c.RestartCount != 1 || c.LastState == nil || c.LastState.Reason != "Completed" || c.LastState.ExitCode != 0 {
		t.Errorf("at 5s: restarts %d, last state %+v; want 1 after Completed 0", c.RestartCount, c.LastState)
	}
	wantGet(t, s, "0/1", "Completed", 1)
	s = p.at(2 * time.Minute)
	if s.Restarts != 4 {
		t.Errorf("at 2m: %d restarts, want 4 (at once, +10s, +20s, +40s)", s.Restarts)
	}
	var seq []string
	for _, s := range p.r.Timeline().Statuses {
		if s.Status == "CrashLoopBackOff" || s.Status == "Completed" {
			if len(seq) == 0 || seq[len(seq)-1] != s.Status {
				seq = append(seq, s.Status)
			}
		}
	}
	if got := strings.Join(seq, " "); !strings.HasPrefix(got, "Completed CrashLoopBackOff Completed CrashLoopBackOff") {
		t.Errorf("STATUS went %s", got)
	}
}

// The infra container: pause is created first and the app containers join
// its namespaces; with shareProcessNamespace the shell container's ps lists
// pause as PID 1 and nginx's processes (the docs' share-process-namespace
// page: "ps ax" shows /pause, nginx: master process, sh, ps ax).
func TestNotesShareProcessNamespace(t *testing.T) {
	p := startNotes(t, "share-process-namespace", "pod.yaml")
	wantGet(t, p.at(30*sec), "2/2", "Running", 0)
	ps := strings.Split(strings.TrimSpace(p.execOut("shell", "ps", "ax")), "\n")
	if len(ps) < 5 || !strings.HasPrefix(ps[0], "PID") || !strings.HasSuffix(ps[1], " 1 root      0:00 /pause") {
		t.Fatalf("ps ax in shell:\n%s\nwant the header, then /pause as PID 1", strings.Join(ps, "\n"))
	}
	all := strings.Join(ps, "\n")
	for _, want := range []string{"nginx: master process nginx -g daemon off;", "nginx: worker process", " sh\n", " ps ax"} {
		if !strings.Contains(all+"\n", want) {
			t.Errorf("ps ax in shell lacks %q:\n%s", want, all)
		}
	}
	// The nginx image has no ps (Debian without procps).
	if _, errOut, code := p.exec("nginx", "ps", "ax"); code != 126 || !strings.Contains(errOut, `exec: "ps": executable file not found in $PATH`) {
		t.Errorf("ps in nginx: exit %d %q, want 126 and runc's not found", code, errOut)
	}

	// Without the field each container has its own PID namespace: sh is
	// PID 1 and nginx is out of sight.
	p = startNotes(t, "share-process-namespace", "separate.yaml")
	p.at(30 * sec)
	if got := p.execOut("shell", "ps", "ax"); !strings.Contains(got, "    1 root      0:00 sh\n") || strings.Contains(got, "nginx") || strings.Contains(got, "pause") {
		t.Errorf("ps ax without shareProcessNamespace:\n%s", got)
	}
}

// LifeCycle: "postStart: 在容器启动之后，立刻执行的一个操作" — the hook writes
// /usr/share/message in the nginx container; the docs (attach-handler-
// lifecycle-event.md): "The Container's status is not set to RUNNING until
// the postStart handler completes". "preStop：容器被杀死之前，会阻塞当前的容器杀死流程，直到这个hook定义操作完成之后，
// 才允许容器被杀死": on deletion, nginx -s quit stops nginx gracefully.
func TestNotesLifecycle(t *testing.T) {
	p := startNotes(t, "lifecycle", "pod.yaml")
	s := p.at(30 * sec)
	wantGet(t, s, "1/1", "Running", 0)
	// The notes' hook writes "hello from ..." (the docs' says "Hello").
	if got := p.execOut("lifecycle-demo-container", "cat", "/usr/share/message"); got != "hello from the postStart handler\n" {
		t.Errorf("cat /usr/share/message = %q", got)
	}
	tl := p.r.Timeline()
	f, ok := firstFile(tl, "/usr/share/message")
	running, _ := firstStatus(tl, p.pod, func(s sim.PodStatus) bool { return s.Phase == sim.PodRunning })
	if !ok || f.Container != "lifecycle-demo-container" || f.At > running.At {
		t.Errorf("message written %+v (found %v); the Pod Running at %v: want the file first", f, ok, running.At)
	}

	// Deleted at 60s: Killing, the preStop hook quits nginx at once
	// (exit 0, Completed), long before the 30 s grace period ends.
	s = p.at(90 * sec)
	if ev := p.events("Killing"); len(ev) != 1 || ev[0].At != 60*sec || ev[0].Message != "Stopping container lifecycle-demo-container" {
		t.Errorf("Killing events %+v, want one at 60s", ev)
	}
	if !s.Deleted {
		t.Errorf("at 90s the Pod is not gone: %+v", s)
	}
	if c := container(t, s, "lifecycle-demo-container"); c.State != sim.Terminated || *c.ExitCode != 0 || c.FinishedAt > 61*sec {
		t.Errorf("nginx ended %s exit %v at %v, want exit 0 within a second of 60s", c.State, c.ExitCode, c.FinishedAt)
	}
	if !logHas(p.logs("lifecycle-demo-container"), "gracefully shutting down") {
		t.Error("nginx's log does not show the graceful quit")
	}
}

// A postStart that takes 10 s holds the container out of Running for 10 s.
func TestNotesLifecyclePostStartSlow(t *testing.T) {
	p := startNotes(t, "lifecycle", "poststart-slow.yaml")
	p.at(30 * sec)
	tl := p.r.Timeline()
	started := p.events("Started")
	running, ok := firstStatus(tl, p.pod, func(s sim.PodStatus) bool { return s.Phase == sim.PodRunning })
	if len(started) == 0 || !ok || running.At < started[0].At+10*sec {
		t.Errorf("Started at %v, Running at %v: want Running 10 s after the start, when the hook ends", started, running.At)
	}
}

// "如果PostStart执行超时或者错误，K8S会在该Pod的Events中报出该容器启动失败的信息": a failing hook
// gives FailedPostStartHook, the kubelet kills the container (Killing,
// message FailedPostStartHook: kuberuntime_container.go startContainer)
// and STATUS says PostStartHookError, then crash-loops.
func TestNotesLifecyclePostStartFails(t *testing.T) {
	p := startNotes(t, "lifecycle", "poststart-fails.yaml")
	s := p.at(10 * sec)
	if s.Status != "PostStartHookError" {
		t.Errorf("at 10s STATUS %s, want PostStartHookError", s.Status)
	}
	if ev := p.events("FailedPostStartHook"); len(ev) == 0 || ev[0].Type != sim.EventWarning || ev[0].Message != "PostStartHook failed" {
		t.Errorf("FailedPostStartHook events %+v", ev)
	}
	if ev := p.events("Killing"); len(ev) == 0 || ev[0].Message != "FailedPostStartHook" {
		t.Errorf("Killing events %+v", ev)
	}
	// (The example's flags delete the Pod at 60s.)
	if s := p.at(50 * sec); s.Restarts != 3 || s.Phase != sim.PodRunning || s.Status != "CrashLoopBackOff" {
		t.Errorf("at 50s: phase %s, %s, %d restarts; want Running (restartPolicy Always), CrashLoopBackOff, 3", s.Phase, s.Status, s.Restarts)
	}
}

// firstFile is the first write of path (as its container sees it).
func firstFile(tl *sim.Timeline, path string) (sim.FileChange, bool) {
	for _, f := range tl.Files {
		if f.Path == path && f.Op == sim.FileWrite {
			return f, true
		}
	}
	return sim.FileChange{}, false
}

// projected-volume: "把Pod想要访问的数据存放到ETCD中，之后就可以通过在Pod中挂载Volume的方式访问这些secret中保存的信息":
// both Secrets' keys appear as files in the one volume, decoded, and the
// readOnly mount refuses writes (EROFS, "Read-only file system").
func TestNotesProjectedVolume(t *testing.T) {
	p := startNotes(t, "projected-volume", "pod.yaml")
	wantGet(t, p.at(30*sec), "1/1", "Running", 0)
	const c = "test-secret-volume"
	if got := p.execOut(c, "ls", "/projected-volume"); got != "password.txt\nusername.txt\n" {
		t.Errorf("ls /projected-volume = %q", got)
	}
	// kubectl create secret --from-file keeps the file's bytes: no newline.
	if got := p.execOut(c, "cat", "/projected-volume/username.txt"); got != "admin" {
		t.Errorf("username.txt = %q, want admin", got)
	}
	if got := p.execOut(c, "cat", "/projected-volume/password.txt"); got != "c1oudc0w!" {
		t.Errorf("password.txt = %q, want c1oudc0w!", got)
	}
	if _, errOut, code := p.exec(c, "touch", "/projected-volume/x"); code != 1 || errOut != "touch: /projected-volume/x: Read-only file system\n" {
		t.Errorf("touch in the volume: exit %d, %q; want busybox's Read-only file system", code, errOut)
	}
	if _, errOut, code := p.exec(c, "sh", "-c", "echo root > /projected-volume/username.txt"); code == 0 || !strings.Contains(errOut, "Read-only file system") {
		t.Errorf("overwriting a secret: exit %d, %q", code, errOut)
	}

	// Without the Secret pass the volume cannot be set up: FailedMount and
	// ContainerCreating (the kubelet retries; volumemanager
	// WaitForAttachAndMount fails the sync).
	p = startNotes(t, "projected-volume", "missing-secret.yaml")
	s := p.at(60 * sec)
	wantGet(t, s, "0/1", "ContainerCreating", 0)
	if ev := p.events("FailedMount"); len(ev) == 0 || !strings.Contains(ev[0].Message, `secret "pass" not found`) {
		t.Errorf("FailedMount events %+v", ev)
	}
}

// ConfigMap: "用法和secrets类似": the key made by --from-file is the file's name,
// and the value its content.
func TestNotesConfigMap(t *testing.T) {
	p := startNotes(t, "configmap", "pod.yaml")
	wantGet(t, p.at(30*sec), "1/1", "Running", 0)
	var got strings.Builder
	for _, l := range p.logs("ui") {
		got.WriteString(l.Text + "\n")
	}
	if got.String() != "color.good=purple\ncolor.bad=yellow\n" {
		t.Errorf("kubectl logs ui = %q", got.String())
	}
	if got := p.execOut("ui", "ls", "/etc/config"); got != "ui.properties\n" {
		t.Errorf("ls /etc/config = %q", got)
	}
}

// Downward API: "当前Pod的labels字段的值，会被kubernetes自动挂载成为容器中的/etc/podinfo/labels文件".
// The kubelet writes key="value" lines sorted by key, without a final
// newline (fieldpath.FormatMap); the annotations file also holds the two
// annotations of the kubelet's own copy of the Pod (config.seen,
// config.source). The loop prints both every 5 seconds.
func TestNotesDownwardAPI(t *testing.T) {
	p := startNotes(t, "downward-api", "pod.yaml")
	wantGet(t, p.at(30*sec), "1/1", "Running", 0)
	const c = "client-container"
	labels := "cluster=\"test-cluster1\"\nrack=\"rack-22\"\nzone=\"us-est-coast\""
	if got := p.execOut(c, "cat", "/etc/podinfo/labels"); got != labels {
		t.Errorf("labels file = %q, want %q", got, labels)
	}
	annotations := p.execOut(c, "cat", "/etc/podinfo/annotations")
	if !strings.HasPrefix(annotations, "build=\"two\"\nbuilder=\"john-doe\"\nkubernetes.io/config.seen=\"") ||
		!strings.HasSuffix(annotations, "\"\nkubernetes.io/config.source=\"api\"") {
		t.Errorf("annotations file = %q", annotations)
	}

	// The docs' kubectl logs: the labels block, then the annotations
	// block, each after two empty lines.
	var when []time.Duration
	var text strings.Builder
	for _, l := range p.logs(c) {
		if l.Text == "cluster=\"test-cluster1\"" {
			when = append(when, l.At)
		}
		text.WriteString(l.Text + "\n")
	}
	block := "\n\n" + labels + "\n\n" + annotations
	if !strings.HasPrefix(text.String(), block+"\n\n"+labels) {
		t.Errorf("the log does not start with the two blocks:\n%s", text.String())
	}
	// Started at about 1.6 s: prints at +0, 5, 10, 15, 20, 25 s by 30 s.
	if len(when) != 6 {
		t.Errorf("labels printed %d times by 30s (at %v), want 6", len(when), when)
	}
	for i := 1; i < len(when); i++ {
		if d := when[i] - when[i-1]; d != 5*sec {
			t.Errorf("prints %d and %d are %v apart, want 5s", i-1, i, d)
		}
	}
}

// ServiceAccountToken: "路径：/var/run/secrets/kubernetes.io/serviceaccount": the
// kube-api-access projected volume holds token, ca.crt and namespace
// (serviceaccount admission plugin, mountServiceAccountToken), unless
// automountServiceAccountToken is false.
func TestNotesServiceAccountToken(t *testing.T) {
	const dir = "/var/run/secrets/kubernetes.io/serviceaccount"
	p := startNotes(t, "service-account-token", "pod.yaml")
	wantGet(t, p.at(30*sec), "1/1", "Running", 0)
	if got := p.execOut("app", "ls", dir); got != "ca.crt\nnamespace\ntoken\n" {
		t.Errorf("ls %s = %q", dir, got)
	}
	if got := p.execOut("app", "cat", dir+"/namespace"); got != "default" {
		t.Errorf("namespace file = %q, want default", got)
	}
	if got := p.execOut("app", "cat", dir+"/token"); !strings.HasPrefix(got, "eyJ") || strings.Count(got, ".") != 2 {
		t.Errorf("token = %q, want a JWT", got)
	}
	if _, _, code := p.exec("app", "touch", dir+"/x"); code == 0 {
		t.Error("the token volume is writable")
	}

	p = startNotes(t, "service-account-token", "no-token.yaml")
	p.at(30 * sec)
	if _, errOut, code := p.exec("app", "ls", dir); code == 0 || !strings.Contains(errOut, "No such file or directory") {
		t.Errorf("ls %s with automountServiceAccountToken false: exit %d, %q", dir, code, errOut)
	}
}

// probeTimes lists when container's probes of kind ran, and which failed.
func (p *notesPod) probeTimes(container string, kind sim.ProbeKind) (ok, failed []time.Duration) {
	for _, r := range p.r.Timeline().Probes {
		if r.Container == container && r.Kind == kind {
			if r.OK {
				ok = append(ok, r.At)
			} else {
				failed = append(failed, r.At)
			}
		}
	}
	return ok, failed
}

func within(d, from, to time.Duration) bool { return d >= from && d <= to }

// liveness-exec: the docs' timeline, "within 30 s no failures; after 35 s
// Unhealthy ... Killing; after another 30 s RESTARTS 1", with the engine's
// exact instants inside those windows: probes every 5 s from 5 s after the
// first sync; /tmp/healthy gone at 31.6 s; failures at 35, 40, 45 s
// (failureThreshold 3) → Killing at 45 s; sh as PID 1 ignores SIGTERM, so
// the kill ends with SIGKILL after the 30 s grace period (exit 137) and the
// container restarts at once (kuberuntime doBackOff: no earlier exit).
// Throughout, the Pod stays Running ("只要Pod的restartPolicy制定的策略允许重启异常的容器，那么这个pod就会保持Running状态").
func TestNotesLivenessExec(t *testing.T) {
	p := startNotes(t, "liveness-exec", "pod.yaml")
	wantGet(t, p.at(30*sec), "1/1", "Running", 0)
	if ev := p.events("Unhealthy"); len(ev) != 0 {
		t.Errorf("probe failures within 30s: %+v", ev)
	}
	p.at(40 * sec)
	// kubectl exec at 40s sees what the probe sees.
	if _, errOut, code := p.exec("liveness", "cat", "/tmp/healthy"); code != 1 || errOut != "cat: can't open '/tmp/healthy': No such file or directory\n" {
		t.Errorf("cat /tmp/healthy at 40s: exit %d, %q", code, errOut)
	}
	// Killed at 45s, but sh (PID 1, no trap) ignores SIGTERM: still the
	// first instance, running, until the grace period ends.
	if s := p.at(70 * sec); s.Restarts != 0 || container(t, s, "liveness").State != sim.Running {
		t.Errorf("at 70s: %d restarts, state %s; want the first instance still running", s.Restarts, container(t, s, "liveness").State)
	}
	s := p.at(80 * sec)
	unhealthy, killing := p.events("Unhealthy"), p.events("Killing")
	const msg = "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory"
	if len(unhealthy) != 3 || unhealthy[0].Type != sim.EventWarning || unhealthy[0].Message != msg || !within(unhealthy[0].At, 31*sec, 40*sec) {
		t.Fatalf("Unhealthy events by 80s: %+v; want 3, the first in [31s, 40s]", unhealthy)
	}
	if d := unhealthy[2].At - unhealthy[0].At; d != 10*sec {
		t.Errorf("the third failure is %v after the first, want 10s (periodSeconds 5)", d)
	}
	if len(killing) != 1 || killing[0].At != unhealthy[2].At || killing[0].Message != "Container liveness failed liveness probe, will be restarted" {
		t.Errorf("Killing events %+v, want one with the third failure", killing)
	}
	c := container(t, s, "liveness")
	if c.RestartCount != 1 || c.LastState == nil || c.LastState.ExitCode != 137 || c.LastState.Reason != "Error" {
		t.Fatalf("at 80s: restarts %d, last state %+v; want 1 after exit 137", c.RestartCount, c.LastState)
	}
	if d := c.LastState.FinishedAt - killing[0].At; d != 30*sec {
		t.Errorf("the killed container ended %v after Killing, want the 30s grace period", d)
	}
	if d := c.StartedAt - c.LastState.FinishedAt; d < 0 || d > 2*sec {
		t.Errorf("restarted %v after it ended, want at once", d)
	}
	wantGet(t, s, "1/1", "Running", 1)
	for _, st := range p.r.Timeline().Statuses {
		if st.At > 2*sec && st.Phase != sim.PodRunning {
			t.Errorf("at %v the phase is %s, want Running throughout", st.At, st.Phase)
		}
	}
	// The notes' k8s.gcr.io/busybox comes from registry.k8s.io; the
	// learner is told so once (the image is pulled again at the restart).
	var moved []string
	for _, n := range p.r.Timeline().Notes {
		if strings.Contains(n.Message, "k8s.gcr.io") {
			moved = append(moved, n.Message)
		}
	}
	if len(moved) != 1 || !strings.Contains(moved[0], "registry.k8s.io/busybox") {
		t.Errorf("notes about k8s.gcr.io: %q, want one naming registry.k8s.io/busybox", moved)
	}
	// The new instance has a fresh /tmp/healthy: passes again.
	if got := p.execOut("liveness", "ls", "/tmp/healthy"); got != "/tmp/healthy\n" {
		t.Errorf("ls /tmp/healthy after the restart = %q", got)
	}
}

// liveness-http: "the first couple of health checks will succeed. But after
// 10 seconds, the health checks will fail, and the kubelet will kill and
// restart the container". The Go server exits at once on SIGTERM (status 2:
// PID 1 cannot die of the re-raised signal), so the restart follows the
// kill; later restarts meet the back-off.
func TestNotesLivenessHTTP(t *testing.T) {
	p := startNotes(t, "liveness-http", "pod.yaml")
	s := p.at(30 * sec)
	started := p.events("Started")
	ok, failed := p.probeTimes("liveness", sim.Liveness)
	if len(started) == 0 || len(failed) == 0 {
		t.Fatalf("Started %v, failed probes %v", started, failed)
	}
	start := started[0].At
	if n := len(ok) - len(filterAfter(ok, failed[0])); n < 2 {
		t.Errorf("%d successful probes before the first failure (at %v), want a couple", n, ok)
	}
	// /healthz turns 500 10 s after the server starts; probes every 3 s.
	if !within(failed[0]-start, 10*sec, 13*sec) {
		t.Errorf("first failure %v after the start, want in (10s, 13s]", failed[0]-start)
	}
	unhealthy := p.events("Unhealthy")
	if len(unhealthy) == 0 || unhealthy[0].Message != "Liveness probe failed: HTTP probe failed with statuscode: 500" {
		t.Errorf("Unhealthy events %+v", unhealthy)
	}
	killing := p.events("Killing")
	if len(killing) == 0 || killing[0].At != failed[2] || killing[0].Message != "Container liveness failed liveness probe, will be restarted" {
		t.Fatalf("Killing events %+v, want the first at the third failure %v", killing, failed[2])
	}
	c := container(t, s, "liveness")
	if c.LastState == nil || c.LastState.ExitCode != 2 || c.LastState.FinishedAt != killing[0].At {
		t.Errorf("last state %+v, want exit 2 at the kill", c.LastState)
	}
	if started = p.events("Started"); len(started) < 2 || started[1].At-killing[0].At > 2*sec {
		t.Errorf("Started events %+v, want a restart at once after the kill at %v", started, killing[0].At)
	}
	wantGet(t, s, "1/1", "Running", 1)
	// Each instance lives 3 failures past its 10 healthy seconds; by 3m
	// the back-off (10s, 20s, 40s) shows as CrashLoopBackOff.
	s = p.at(3 * time.Minute)
	if s.Restarts < 4 {
		t.Errorf("at 3m: %d restarts, want ≥ 4", s.Restarts)
	}
	if bo := p.events("BackOff"); len(bo) == 0 {
		t.Error("no BackOff event by 3m")
	}
}

func filterAfter(ds []time.Duration, t time.Duration) []time.Duration {
	var out []time.Duration
	for _, d := range ds {
		if d > t {
			out = append(out, d)
		}
	}
	return out
}

// "对于包含多个容器的Pod，只有它里面所有的容器都进入异常状态之后，Pod才会进入Failed状态": with
// restartPolicy Never, the first container's failure leaves the Pod
// Running (kubectl get: Error, 1/2); the second's makes it Failed
// (kubelet_pods.go getPhase).
func TestNotesRestartPolicy(t *testing.T) {
	p := startNotes(t, "restart-policy", "pod.yaml")
	s := p.at(15 * sec)
	if s.Phase != sim.PodRunning || s.Ready != "1/2" || s.Status != "Error" {
		t.Errorf("at 15s: %s %s %s, want Running, 1/2, Error", s.Phase, s.Ready, s.Status)
	}
	if c := container(t, s, "first"); c.State != sim.Terminated || *c.ExitCode != 1 {
		t.Errorf("first: %s %v, want terminated 1", c.State, c.ExitCode)
	}
	s = p.at(30 * sec)
	if s.Phase != sim.PodFailed || s.Status != "Error" || s.Restarts != 0 {
		t.Errorf("at 30s: %s %s %d restarts, want Failed, Error, 0", s.Phase, s.Status, s.Restarts)
	}
}
