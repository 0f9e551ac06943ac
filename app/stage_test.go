package main

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/podlab/podlab/sim"
)

// renderHTML mounts ui in a client tester and returns its HTML.
func renderHTML(t *testing.T, ui app.UI) string {
	t.Helper()
	disp := app.NewClientTester(ui)
	defer disp.Close()
	disp.Consume()
	return app.HTMLString(ui)
}

// containersDrawn lists the data-container/kind/state triples in document order.
func containersDrawn(html string) []string {
	tags := regexp.MustCompile(`<[^>]*data-container="[^>]*>`).FindAllString(html, -1)
	var out []string
	for _, tag := range tags {
		out = append(out, attr(tag, "data-container")+":"+attr(tag, "data-kind")+":"+attr(tag, "data-state"))
	}
	return out
}

func stageAt(t time.Duration) *stage {
	tl, l := javawebTimeline(), javawebLayout()
	node := func(n string) nodeLayout { return nodeLayout{Name: n, Labels: []string{"disktype=ssd"}} }
	return &stage{Lang: langEN, Pods: []podFrame{framePod(tl, l, node, t)}}
}

func TestStageContainersOverTime(t *testing.T) {
	tests := []struct {
		name   string
		at     time.Duration
		want   []string
		status string
	}{
		{"scheduled: sandbox not up yet", 0,
			[]string{"pause:infra:waiting", "war:init:waiting", "tomcat:app:waiting"}, "Pending"},
		{"sandbox first, then the init container", sec(1.5),
			[]string{"pause:infra:running", "war:init:running", "tomcat:app:waiting"}, "Init:0/1"},
		{"init done, app running", sec(5),
			[]string{"pause:infra:running", "war:init:terminated", "tomcat:app:running"}, "Running"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html := renderHTML(t, stageAt(tt.at))
			if got := containersDrawn(html); strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("containers drawn = %v, want %v", got, tt.want)
			}
			if got := hookText(html, "pod-status"); got != tt.status {
				t.Errorf("pod-status = %q, want %q", got, tt.status)
			}
		})
	}
}

// attr is the value of attribute name in one start tag.
func attr(tag, name string) string {
	m := regexp.MustCompile(` ` + name + `="([^"]*)"`).FindStringSubmatch(tag)
	if m == nil {
		return ""
	}
	return m[1]
}

// hookText is the text of the element with data-testid=id.
func hookText(html, id string) string {
	re := regexp.MustCompile(`<[^>]* data-testid="` + id + `"[^>]*>([^<]*)<`)
	m := re.FindStringSubmatch(html)
	if m == nil {
		return "<missing>"
	}
	return m[1]
}

func TestStageInitCheckedOff(t *testing.T) {
	html := renderHTML(t, stageAt(sec(5)))
	war := html[strings.Index(html, `data-container="war"`):]
	war = war[:strings.Index(war, `data-container="tomcat"`)]
	for _, want := range []string{"✓", "Terminated", "Completed", "exit code 0", "init 1/1"} {
		if !strings.Contains(war, want) {
			t.Errorf("war's card lacks %q:\n%s", want, war)
		}
	}
}

func TestStageVolumeFilesAppear(t *testing.T) {
	before := renderHTML(t, stageAt(sec(1.5)))
	after := renderHTML(t, stageAt(sec(2)))
	if strings.Contains(before, "sample.war") {
		t.Errorf("sample.war shown before it was written")
	}
	for _, want := range []string{"sample.war", "/app", "/root/apache-tomcat-7.0.42-v2/webapps", "app-volume"} {
		if !strings.Contains(after, want) {
			t.Errorf("stage at 2s lacks %q", want)
		}
	}
}

func TestStageBackOffCountdown(t *testing.T) {
	l := podLayout{Name: "crash", Containers: []containerLayout{{Name: "app", Kind: sim.AppKind}}}
	st := sim.PodStatus{At: sec(5), Pod: "crash", Phase: sim.PodRunning, Status: "CrashLoopBackOff", Ready: "0/1", Restarts: 1,
		LastRestart: sec(5),
		Containers: []sim.ContainerStatus{{Name: "app", Kind: sim.AppKind, State: sim.Waiting, Reason: "CrashLoopBackOff",
			RestartCount: 1, BackOffUntil: sec(25)}}}
	tl := &sim.Timeline{Statuses: []sim.PodStatus{st}}
	node := func(string) nodeLayout { return nodeLayout{} }
	html := renderHTML(t, &stage{Lang: langEN, Pods: []podFrame{framePod(tl, l, node, sec(12.5))}})
	for _, want := range []string{"back-off: restart in 13s", "restarts: 1", "CrashLoopBackOff", `data-state="waiting"`, "gen-1"} {
		if !strings.Contains(html, want) {
			t.Errorf("stage lacks %q", want)
		}
	}
}

func TestStageMatchesCard(t *testing.T) {
	s := stageAt(sec(5))
	disp := app.NewClientTester(s)
	defer disp.Close()
	disp.Consume()
	tl := javawebTimeline()
	want := &infraCard{Lang: langEN, State: sim.Running}
	// stage > div.stage > podBox > div.node > div.pod > podGrid > div.pod-grid > infraCard
	if err := app.TestMatch(s, app.TestUIDescriptor{
		Path:     app.TestPath(0, 1, 0, 1, 1, 0, 0),
		Expected: want,
	}); err != nil {
		t.Errorf("infra card: %v (statuses %d)", err, len(tl.Statuses))
	}
}

// A declared port is drawn as declared until a process listens on it; a
// port listened on without being declared is drawn too.
func TestStagePortsListening(t *testing.T) {
	card := func(declared []int32, listening []int) string {
		c := &containerCard{Lang: langEN, Layout: containerLayout{Name: "web", Kind: sim.AppKind, Ports: declared},
			Status: sim.ContainerStatus{Name: "web", State: sim.Running, Ports: listening}}
		return renderHTML(t, c)
	}
	tests := []struct {
		name      string
		declared  []int32
		listening []int
		want      []string
	}{
		{"starting", []int32{8080}, nil, []string{"port 8080: declared in the spec, nothing listens", "○:8080"}},
		{"serving", []int32{8080}, []int{8080}, []string{"port 8080: listening", "●:8080"}},
		{"undeclared", nil, []int{6379}, []string{"port 6379: listening", "●:6379"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html := card(tt.declared, tt.listening)
			for _, w := range tt.want {
				if !strings.Contains(html, w) {
					t.Errorf("card lacks %q:\n%s", w, html)
				}
			}
		})
	}
}

// A running container shows its memory use, against its limit when the
// spec sets one.
func TestStageMemory(t *testing.T) {
	tests := []struct {
		name  string
		limit int64
		used  int64
		state sim.ContainerState
		want  []string
		none  bool
	}{
		{"under its limit", 200 << 20, 150<<20 + 512<<10, sim.Running, []string{"memory 150Mi of 200Mi limit", "<meter", `max="209715200`}, false},
		{"no limit", 0, 3 << 20, sim.Running, []string{"memory 3Mi"}, false},
		{"not running", 200 << 20, 0, sim.Terminated, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &containerCard{Lang: langEN, Layout: containerLayout{Name: "m", Kind: sim.AppKind, MemoryLimit: tt.limit},
				Status: sim.ContainerStatus{Name: "m", State: tt.state, Memory: tt.used}}
			html := renderHTML(t, c)
			for _, w := range tt.want {
				if !strings.Contains(html, w) {
					t.Errorf("card lacks %q:\n%s", w, html)
				}
			}
			if tt.none && strings.Contains(html, "memory") {
				t.Errorf("a stopped container shows memory:\n%s", html)
			}
		})
	}
}
