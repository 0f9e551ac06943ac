package main

import (
	"math"
	"testing"
)

// layout builds a paneLayout: sizes, then the collapsed panes.
func layout(lesson, editor, stage float64, shut ...pane) paneLayout {
	p := paneLayout{Sizes: [paneCount]float64{lesson, editor, stage}}
	for _, i := range shut {
		p.Collapsed[i] = true
	}
	return p
}

// sameLayout compares sizes to 1e-9: the arithmetic is in float64.
func sameLayout(a, b paneLayout) bool {
	for i := range paneCount {
		if math.Abs(a.Sizes[i]-b.Sizes[i]) > 1e-9 || a.Collapsed[i] != b.Collapsed[i] {
			return false
		}
	}
	return true
}

func TestPaneLayoutToggled(t *testing.T) {
	tests := []struct {
		name string
		in   paneLayout
		pane pane
		want paneLayout
	}{
		{"collapse the lesson", layout(25, 30, 45), paneLesson, layout(25, 30, 45, paneLesson)},
		{"expand it again at its old size", layout(25, 30, 45, paneLesson), paneLesson, layout(25, 30, 45)},
		{"collapse a second pane", layout(25, 30, 45, paneLesson), paneStage, layout(25, 30, 45, paneLesson, paneStage)},
		{"the last open pane stays open", layout(25, 30, 45, paneLesson, paneStage), paneEditor, layout(25, 30, 45, paneLesson, paneStage)},
		{"an expanded pane gets at least the minimum share", layout(4, 48, 48, paneLesson), paneLesson, layout(15, 42.5, 42.5)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.in.toggled(tt.pane); !sameLayout(got, tt.want) {
				t.Errorf("%v.toggled(%v) = %v, want %v", tt.in, tt.pane, got, tt.want)
			}
		})
	}
}

func TestPaneLayoutResized(t *testing.T) {
	tests := []struct {
		name  string
		in    paneLayout
		split int
		by    float64
		want  paneLayout
	}{
		{"lesson wider", layout(25, 30, 45), 0, 10, layout(35, 20, 45)},
		{"lesson narrower", layout(25, 30, 45), 0, -4, layout(21, 34, 45)},
		{"lesson no narrower than the minimum", layout(25, 30, 45), 0, -50, layout(15, 40, 45)},
		{"editor no wider than the stage's minimum allows", layout(25, 30, 45), 1, 100, layout(25, 60, 15)},
		{"lesson collapsed: percent of the open width", layout(25, 30, 45, paneLesson), 1, 10, layout(25, 37.5, 37.5, paneLesson)},
		{"lesson collapsed: splitter 0 has no open pane on its left", layout(25, 30, 45, paneLesson), 0, 10, layout(25, 30, 45, paneLesson)},
		{"editor collapsed: splitter 0 sizes lesson and stage", layout(25, 30, 45, paneEditor), 0, 10, layout(32, 30, 38, paneEditor)},
		{"editor collapsed: splitter 1 is not a second handle", layout(25, 30, 45, paneEditor), 1, 10, layout(25, 30, 45, paneEditor)},
		{"one pane open: nothing to resize", layout(25, 30, 45, paneLesson, paneStage), 0, 10, layout(25, 30, 45, paneLesson, paneStage)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.in.resized(tt.split, tt.by); !sameLayout(got, tt.want) {
				t.Errorf("%v.resized(%d, %v) = %v, want %v", tt.in, tt.split, tt.by, got, tt.want)
			}
		})
	}
}

func TestPaneLayoutSplitPos(t *testing.T) {
	tests := []struct {
		name          string
		in            paneLayout
		split         int
		now, lo, hi   float64
		wantSeparator bool
	}{
		{"between lesson and editor", layout(25, 30, 45), 0, 25, 15, 40, true},
		{"between editor and stage", layout(25, 30, 45), 1, 55, 40, 85, true},
		{"lesson collapsed", layout(25, 30, 45, paneLesson), 1, 40, 15, 85, true},
		{"lesson collapsed, splitter 0", layout(25, 30, 45, paneLesson), 0, 0, 0, 0, false},
		{"editor collapsed, splitter 0", layout(20, 30, 50, paneEditor), 0, 100.0 * 20 / 70, 15, 85, true},
		{"editor collapsed, splitter 1", layout(20, 30, 50, paneEditor), 1, 0, 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, ok := tt.in.splitPanes(tt.split)
			now, lo, hi := tt.in.splitPos(tt.split)
			if ok != tt.wantSeparator || math.Abs(now-tt.now) > 1e-9 || math.Abs(lo-tt.lo) > 1e-9 || math.Abs(hi-tt.hi) > 1e-9 {
				t.Errorf("splitter %d of %v: at %v in [%v, %v] (a separator: %v), want %v in [%v, %v] (%v)",
					tt.split, tt.in, now, lo, hi, ok, tt.now, tt.lo, tt.hi, tt.wantSeparator)
			}
		})
	}
}

func TestPaneLayoutSplitToAndReset(t *testing.T) {
	p := layout(25, 30, 45)
	if got, want := p.splitTo(0, 0), layout(15, 40, 45); !sameLayout(got, want) {
		t.Errorf("Home: splitTo(0, 0) = %v, want %v", got, want)
	}
	if got, want := p.splitTo(0, 100), layout(40, 15, 45); !sameLayout(got, want) {
		t.Errorf("End: splitTo(0, 100) = %v, want %v", got, want)
	}
	shut := layout(40, 15, 45, paneStage)
	if got, want := shut.reset(), layout(25, 30, 45, paneStage); !sameLayout(got, want) {
		t.Errorf("reset() = %v, want %v (sizes back, the stage still collapsed)", got, want)
	}
}

func TestPaneLayoutCSSVars(t *testing.T) {
	got := layout(24.5, 30, 45.5, paneEditor).cssVars()
	want := [paneCount][2]string{
		{"--pane-lesson", "minmax(0, 24.50fr)"},
		{"--pane-editor", "var(--pane-strip)"},
		{"--pane-stage", "minmax(0, 45.50fr)"},
	}
	if got != want {
		t.Errorf("cssVars() = %q, want %q", got, want)
	}
}

func TestPaneLayoutSaved(t *testing.T) {
	tests := []struct {
		name  string
		saved string
		want  paneLayout
	}{
		{"nothing saved yet", "", defaultPaneLayout()},
		{"sizes", "20,35,45", layout(20, 35, 45)},
		{"sizes and collapsed panes", "24.5,30,45.5;lesson,stage", layout(24.5, 30, 45.5, paneLesson, paneStage)},
		{"sizes that do not sum to 100 are scaled", "1,1,2", layout(25, 25, 50)},
		{"a pane under the minimum is raised to it", "2,49,49", layout(15, 42.5, 42.5)},
		{"all collapsed: all open", "25,30,45;lesson,editor,stage", layout(25, 30, 45)},
		{"two sizes", "50,50", defaultPaneLayout()},
		{"not a number", "a,b,c", defaultPaneLayout()},
		{"a negative size", "-10,60,50", defaultPaneLayout()},
		{"NaN", "NaN,30,45", defaultPaneLayout()},
		{"an unknown pane", "25,30,45;console", defaultPaneLayout()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := parsePaneLayout(tt.saved); !sameLayout(got, tt.want) {
				t.Errorf("parsePaneLayout(%q) = %v, want %v", tt.saved, got, tt.want)
			}
		})
	}
}

func TestPaneLayoutRoundTrip(t *testing.T) {
	for _, p := range []paneLayout{
		defaultPaneLayout(),
		layout(24.5, 30, 45.5, paneLesson),
		layout(15, 70, 15, paneLesson, paneStage),
	} {
		s := p.String()
		if got := parsePaneLayout(s); !sameLayout(got, p) {
			t.Errorf("parsePaneLayout(%q) = %v, want %v", s, got, p)
		}
	}
	if got, want := layout(24.5, 30, 45.5, paneEditor).String(), "24.5,30,45.5;editor"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}
