package main

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// consoleHarness is a mounted console page and the tester driving it.
type consoleHarness struct {
	*consolePage
	d app.ClientDispatcher
}

// mountConsole mounts the console page as the browser would, on store,
// and waits for the folder to be restored. close is a reload's unload.
func mountConsole(t *testing.T, store Store) (h consoleHarness, close func()) {
	t.Helper()
	p := &consolePage{Store: store}
	d := app.NewClientTester(p)
	d.Consume()
	if !p.restored {
		t.Fatal("the console never restored its folder")
	}
	return consoleHarness{p, d}, d.Close
}

// typeLine runs line through the terminal's keys on the UI goroutine, as
// a learner would: typed into the prompt, then Enter.
func (h consoleHarness) typeLine(line string) {
	h.onUI(func() {
		term := h.terminal()
		term.line = line
		term.key("Enter", false)
	})
}

// onUI runs fn as an event handler would, then lets the page render.
func (h consoleHarness) onUI(fn func()) {
	h.d.Dispatch(app.Dispatch{Mode: app.Update, Source: h.consolePage, Function: func(app.Context) { fn() }})
	h.d.Consume()
}

// terminal is the terminal as the page last rendered it, with the page's
// callbacks.
func (p *consolePage) terminal() *consoleTerm {
	return p.Render().(*shell).Editor[1].(*consoleTerm)
}

func lastOutput(p consoleHarness) string {
	e := p.entries[len(p.entries)-1]
	return e.Out
}

func TestConsoleRunsLines(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  string // in the last line's output
	}{
		{"kubectl get nodes", []string{"kubectl get nodes"}, "node-1          Ready    <none>"},
		{"a Secret from a file made in the console", []string{"echo -n admin > ./username.txt",
			"kubectl create secret generic user --from-file=./username.txt"}, "secret/user created\n"},
		{"the example files are in the folder", []string{"ls"}, "pod-nginx.yaml\nprojected-volume.yaml\n"},
		{"kubectl's own errors", []string{"kubectl get pod nope"}, `Error from server (NotFound): pods "nope" not found`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, done := mountConsole(t, newMemStore())
			defer done()
			for _, l := range tt.lines {
				p.typeLine(l)
			}
			if got := lastOutput(p); !strings.Contains(got, tt.want) {
				t.Errorf("output %q, want it to contain %q", got, tt.want)
			}
			if got := p.entries[len(p.entries)-1].Cmd; got != tt.lines[len(tt.lines)-1] {
				t.Errorf("echoed command %q, want %q", got, tt.lines[len(tt.lines)-1])
			}
		})
	}
}

// The console's header speaks the learner's language, like every page.
func TestConsoleNavInLang(t *testing.T) {
	p := &consolePage{Toc: []tocEntry{{Slug: "pods", Title: "Pods"}}, lang: langZH}
	nav := app.HTMLString(app.Div().Body(p.Render().(*shell).Nav...))
	for _, want := range []string{"目录", "沙盒"} {
		if !strings.Contains(nav, want) {
			t.Errorf("the console's navigation in Chinese lacks %q:\n%s", want, nav)
		}
	}
}

// A line the learner types is text on the page, never HTML.
func TestConsoleShowsHTMLAsText(t *testing.T) {
	p, done := mountConsole(t, newMemStore())
	defer done()
	p.typeLine(`echo '<img src=x onerror=alert(1)>'`)
	html := app.HTMLString(p.consolePage)
	if strings.Contains(html, "<img src=x") {
		t.Fatalf("the page holds the learner's markup as HTML:\n%s", html)
	}
	if !strings.Contains(html, "&lt;img src=x onerror=alert(1)&gt;") {
		t.Errorf("the output lacks the echoed text, escaped:\n%s", html)
	}
}

func TestConsoleTermKeys(t *testing.T) {
	var ran []string
	cleared := false
	term := &consoleTerm{
		History:  []string{"ls", "kubectl get nodes"},
		OnRun:    func(s string) { ran = append(ran, s) },
		OnClear:  func() { cleared = true },
		Complete: func(line string) []string { return fakeComplete(line) },
	}
	d := app.NewClientTester(term)
	defer d.Close()
	d.Consume()
	term.histAt = len(term.History)
	steps := []struct {
		key       string
		ctrl      bool
		typed     string // set as the input before the key, when not ""
		wantInput string
	}{
		{key: "ArrowUp", wantInput: "kubectl get nodes"},
		{key: "ArrowUp", wantInput: "ls"},
		{key: "ArrowUp", wantInput: "ls"}, // the oldest stays
		{key: "ArrowDown", wantInput: "kubectl get nodes"},
		{key: "ArrowDown", wantInput: ""}, // below the newest: an empty prompt
		{key: "Tab", typed: "kubectl desc", wantInput: "kubectl describe "},
		{key: "Tab", typed: "kubectl get po", wantInput: "kubectl get pod"}, // pod, pods: their common part
		{key: "Enter", typed: "kubectl get pods", wantInput: ""},
	}
	for _, s := range steps {
		if s.typed != "" {
			term.line = s.typed
		}
		if !term.key(s.key, s.ctrl) {
			t.Errorf("%s: key not handled", s.key)
		}
		if term.line != s.wantInput {
			t.Errorf("%s on %q: line %q, want %q", s.key, s.typed, term.line, s.wantInput)
		}
	}
	if want := []string{"kubectl get pods"}; !slices.Equal(ran, want) {
		t.Errorf("ran %q, want %q", ran, want)
	}
	if term.key("l", true); !cleared {
		t.Error("Ctrl-L did not clear")
	}
	if term.key("a", false) {
		t.Error("a letter was taken from the browser")
	}
}

func fakeComplete(line string) []string {
	var out []string
	for _, w := range []string{"describe", "pod", "pods"} {
		if strings.HasPrefix(w, lastWord(line)) {
			out = append(out, w)
		}
	}
	return out
}

// Tab completes through the real console: one match is typed in, several
// are listed.
func TestConsoleCompletes(t *testing.T) {
	p, done := mountConsole(t, newMemStore())
	defer done()
	term := p.terminal()
	term.line = "kubectl get no"
	term.key("Tab", false)
	if want := "kubectl get nodes "; term.line != want {
		t.Errorf("line %q, want %q", term.line, want)
	}
	term.line = "kubectl de"
	term.key("Tab", false)
	if want := []string{"delete", "describe"}; !slices.Equal(term.choices, want) {
		t.Errorf("listed %q, want %q", term.choices, want)
	}
}

// The workstation folder comes back after a reload; the cluster does not.
func TestConsoleKeepsTheFolder(t *testing.T) {
	store := newMemStore()
	p, done := mountConsole(t, store)
	p.typeLine("echo -n admin > ./username.txt")
	p.typeLine("kubectl create secret generic user --from-file=./username.txt")
	done()

	p, done = mountConsole(t, store)
	defer done()
	p.typeLine("cat username.txt")
	if got := lastOutput(p); got != "admin" {
		t.Errorf("after a reload, cat username.txt = %q, want %q", got, "admin")
	}
	p.typeLine("kubectl get secrets")
	if got := lastOutput(p); strings.Contains(got, "user") {
		t.Errorf("the cluster kept a Secret across a reload:\n%s", got)
	}
}

// While time passes, a running watch prints, and the cluster view follows.
func TestConsoleTickStreamsWatch(t *testing.T) {
	p, done := mountConsole(t, newMemStore())
	defer done()
	p.typeLine("kubectl apply -f pod-nginx.yaml")
	p.typeLine("kubectl get pods -w")
	before := len(p.entries)
	if p.following != "kubectl get pods -w" {
		t.Errorf("following %q, want the watch", p.following)
	}
	p.clock.Speed = 16
	for i := 0; i < 10; i++ {
		p.tick()
	}
	if p.clock.Now < 40*time.Second {
		t.Errorf("virtual time %v after 10 ticks at 16×, want ≥ 40s", p.clock.Now)
	}
	var streamed string
	for _, e := range p.entries[before:] {
		streamed += e.Out
	}
	if !strings.Contains(streamed, "Running") {
		t.Errorf("the watch printed %q, want a Running row", streamed)
	}
	if got := podOn(p.cards, "nginx"); got != "node-1" {
		t.Errorf("the cluster view draws nginx on %q, want node-1 (disktype=ssd)", got)
	}
	p.typeLine("kubectl get nodes")
	if p.following != "" {
		t.Errorf("following %q after another command, want none", p.following)
	}
	p.togglePlay()
	at := p.clock.Now
	p.tick()
	if p.clock.Now != at {
		t.Error("time passed while paused")
	}
}

func podOn(cards []nodeCard, pod string) string {
	for _, c := range cards {
		for _, p := range c.Pods {
			if p.Name == pod {
				return c.Name
			}
		}
	}
	return "(nowhere)"
}

// BenchmarkConsoleTick is one tick at 16× with two Pods running and a
// watch open: the page's budget is 50 ms per task.
func BenchmarkConsoleTick(b *testing.B) {
	s, err := newConsoleSession()
	if err != nil {
		b.Fatal(err)
	}
	defer s.close()
	for _, l := range []string{"echo -n admin > u", "echo -n pw > p", "kubectl create secret generic user --from-file=u",
		"kubectl create secret generic pass --from-file=p", "kubectl apply -f projected-volume.yaml",
		"kubectl apply -f pod-nginx.yaml", "kubectl get pods -w"} {
		s.run(l)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.advance(4 * tickEvery)
		s.clusterCards()
	}
}

func TestLongSleep(t *testing.T) {
	tests := []struct {
		line string
		want time.Duration
		long bool
	}{
		{"sleep 30", 0, false},
		{"sleep 300", 0, false},
		{"sleep 301", 301 * time.Second, true},
		{"sleep 2h", 2 * time.Hour, true},
		{"sleep 100000", 100000 * time.Second, true},
		{"sleep 1h; ls", 0, false}, // a shell line: the workstation runs it
		{"sleep x", 0, false},
	}
	for _, tt := range tests {
		d, long := longSleep(tt.line)
		if long != tt.long || (long && d != tt.want) {
			t.Errorf("longSleep(%q) = %v, %v; want %v, %v", tt.line, d, long, tt.want, tt.long)
		}
	}
}

// A long sleep runs in slices with the prompt closed, then opens it again.
func TestConsoleLongSleepInSlices(t *testing.T) {
	p, done := mountConsole(t, newMemStore())
	defer done()
	p.typeLine("kubectl apply -f pod-nginx.yaml")
	p.typeLine("sleep 1h")
	if !p.terminal().Disabled {
		t.Error("the prompt is open while sleep runs")
	}
	p.typeLine("kubectl get pods")
	if got := p.entries[len(p.entries)-1].Cmd; got != "sleep 1h" {
		t.Errorf("a line ran during sleep: %q", got)
	}
	steps := 1
	for p.sleepStep() {
		steps++
	}
	if steps != 60 || p.clock.Now < time.Hour {
		t.Errorf("slept %v in %d steps, want 1h in 60", p.clock.Now, steps)
	}
	p.typeLine("kubectl get pods")
	if got := lastOutput(p); !strings.Contains(got, "Running   0          60m") {
		t.Errorf("after sleep 1h, get pods = %q", got)
	}
	if got := p.terminal().History; !slices.Equal(got, []string{"kubectl apply -f pod-nginx.yaml", "sleep 1h", "kubectl get pods"}) {
		t.Errorf("history %q", got)
	}
}

// kubectl logs -f prints a container's new lines as ticks pass.
func TestConsoleTickStreamsLogs(t *testing.T) {
	p, done := mountConsole(t, newMemStore())
	defer done()
	p.typeLine(`printf 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: counter\nspec:\n  containers:\n  - name: c\n    image: busybox\n    command: ["sh", "-c", "i=0; while true; do echo tick $i; i=$((i+1)); sleep 1; done"]\n' > counter.yaml`)
	p.typeLine("kubectl apply -f counter.yaml")
	p.typeLine("sleep 10")
	p.typeLine("kubectl logs -f counter")
	before := len(p.entries)
	for i := 0; i < 8; i++ { // 2 s at 1×
		p.tick()
	}
	var streamed string
	for _, e := range p.entries[before:] {
		streamed += e.Out
	}
	if !strings.Contains(streamed, "tick ") || p.following != "kubectl logs -f counter" {
		t.Errorf("logs -f streamed %q (following %q), want new tick lines", streamed, p.following)
	}
}
