package main

import (
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// fakeClock records what the player asks of the page.
type fakeClock struct {
	seeks   []time.Duration
	playing []bool
	speeds  []float64
	steps   []int
}

func (f *fakeClock) seek(t time.Duration) { f.seeks = append(f.seeks, t) }
func (f *fakeClock) setPlaying(on bool)   { f.playing = append(f.playing, on) }
func (f *fakeClock) setSpeed(s float64)   { f.speeds = append(f.speeds, s) }
func (f *fakeClock) step(dir int)         { f.steps = append(f.steps, dir) }

func TestPlayerTick(t *testing.T) {
	tests := []struct {
		name    string
		p       player
		frames  []float64 // ms
		want    time.Duration
		stopped bool
	}{
		{"1x moves by the wall time", player{T: sec(10), End: sec(60), Computed: sec(60), Done: true, Speed: 1},
			[]float64{1000, 1016, 1032}, sec(10.032), false},
		{"16x", player{T: 0, End: sec(600), Computed: sec(600), Done: true, Speed: 16},
			[]float64{500, 550}, sec(0.8), false},
		{"0.25x", player{T: 0, End: sec(600), Computed: sec(600), Done: true, Speed: 0.25},
			[]float64{500, 580}, sec(0.02), false},
		{"a long gap counts as one frame gap", player{T: 0, End: sec(600), Computed: sec(600), Done: true, Speed: 1},
			[]float64{500, 5500}, sec(0.1), false},
		{"waits for the simulation", player{T: sec(4.99), End: sec(600), Computed: sec(5), Speed: 16},
			[]float64{0.5, 100}, sec(5), false},
		{"stops at the end", player{T: sec(59.99), End: sec(60), Computed: sec(60), Done: true, Speed: 4},
			[]float64{1, 60}, sec(60), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctl := &fakeClock{}
			p := tt.p
			p.Playing, p.Ctl = true, ctl
			more := true
			for _, ms := range tt.frames {
				more = p.tick(ms)
				if n := len(ctl.seeks); n > 0 {
					p.T = ctl.seeks[n-1] // the page feeds its time back
				}
			}
			if p.T != tt.want {
				t.Errorf("t = %v, want %v", p.T, tt.want)
			}
			if stopped := !more && len(ctl.playing) == 1 && !ctl.playing[0]; stopped != tt.stopped {
				t.Errorf("stopped = %v, want %v (more %v, setPlaying %v)", stopped, tt.stopped, more, ctl.playing)
			}
		})
	}
}

func TestPlayerTickPaused(t *testing.T) {
	ctl := &fakeClock{}
	p := player{T: sec(3), End: sec(60), Computed: sec(60), Done: true, Speed: 1, Ctl: ctl}
	if p.tick(16) || p.tick(32) || len(ctl.seeks) != 0 {
		t.Errorf("a paused player ticked: seeks %v", ctl.seeks)
	}
}

func TestNextSpeed(t *testing.T) {
	tests := []struct {
		s    float64
		dir  int
		want float64
	}{
		{1, 1, 2}, {1, -1, 0.5}, {16, 1, 16}, {0.25, -1, 0.25}, {0.25, 1, 0.5}, {8, 1, 16}, {3, 1, 4}, {3, -1, 2},
	}
	for _, tt := range tests {
		if got := nextSpeed(tt.s, tt.dir); got != tt.want {
			t.Errorf("nextSpeed(%v, %d) = %v, want %v", tt.s, tt.dir, got, tt.want)
		}
	}
}

func TestParseSpeed(t *testing.T) {
	for in, want := range map[string]float64{"0.25": 0.25, "16": 16, "32": 1, "x": 1, "2×": 2} {
		if got := parseSpeed(in); got != want {
			t.Errorf("parseSpeed(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestStepTime(t *testing.T) {
	at := []time.Duration{0, sec(1), sec(1), sec(3), sec(35)}
	tests := []struct {
		t    time.Duration
		dir  int
		want time.Duration
	}{
		{0, 1, sec(1)}, {sec(1), 1, sec(3)}, {sec(2), 1, sec(3)}, {sec(35), 1, sec(60)},
		{sec(3), -1, sec(1)}, {sec(2), -1, sec(1)}, {0, -1, 0}, {sec(40), -1, sec(35)},
	}
	for _, tt := range tests {
		if got := stepTime(at, tt.t, tt.dir, sec(60)); got != tt.want {
			t.Errorf("stepTime(%v, %d) = %v, want %v", tt.t, tt.dir, got, tt.want)
		}
	}
}

func TestFmtClock(t *testing.T) {
	for d, want := range map[time.Duration]string{0: "0:00.0", sec(42.35): "0:42.3", sec(65): "1:05.0", sec(600): "10:00.0", -1: "0:00.0"} {
		if got := fmtClock(d); got != want {
			t.Errorf("fmtClock(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestPlayerHooks(t *testing.T) {
	for _, playing := range []bool{false, true} {
		p := &player{Lang: langEN, T: sec(42.3), End: sec(180), Computed: sec(180), Done: true, Playing: playing, Speed: 1, Ctl: &fakeClock{}}
		html := renderHTML(t, p)
		want := map[bool]string{false: "play", true: "pause"}[playing]
		for _, id := range []string{want, "step", "step-back", "speed", "clock", "scrub"} {
			if hookText(html, id) == "<missing>" {
				t.Errorf("playing=%v: no data-testid=%q", playing, id)
			}
		}
		if got := hookText(html, "clock"); got != "0:42.3 / 3:00" {
			t.Errorf("clock = %q, want %q", got, "0:42.3 / 3:00")
		}
	}
}

func TestPlayerButtonsCallPage(t *testing.T) {
	ctl := &fakeClock{}
	p := &player{Lang: langEN, End: sec(60), Computed: sec(60), Done: true, Speed: 1, Ctl: ctl}
	disp := app.NewClientTester(p)
	defer disp.Close()
	disp.Consume()
	if err := app.TestMatch(p, app.TestUIDescriptor{
		Path:     app.TestPath(0, 1, 2),
		Expected: &eventMarks{Lang: langEN, End: sec(60), Ctl: ctl},
	}); err != nil {
		t.Errorf("event marks: %v", err)
	}
}
