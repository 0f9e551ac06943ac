package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// pane names one column of the lesson page, left to right.
type pane int

const (
	paneLesson pane = iota
	paneEditor
	paneStage
	paneCount
)

// String is the pane's name in class names, element ids and the saved
// layout.
func (p pane) String() string {
	switch p {
	case paneLesson:
		return "lesson"
	case paneEditor:
		return "editor"
	}
	return "stage"
}

// Splitters sit between neighbouring columns: splitter 0 between the lesson
// and the editor, splitter 1 between the editor and the stage.
const splitterCount = int(paneCount) - 1

const (
	// paneMinShare is the narrowest an open pane may get, in percent of the
	// width the open panes share: three panes at 15% still leave 55%.
	paneMinShare = 15
	// paneKeyStep and paneKeyBigStep are how far ←/→ (and Shift+←/→)
	// move a splitter, in percent of the open width.
	paneKeyStep    = 2
	paneKeyBigStep = 10
)

// paneLayout is how the lesson page shares its width: each pane's size and
// whether it is collapsed to a strip. Sizes are weights (grid fr units)
// that sum to 100; a collapsed pane keeps its size, so it comes back as
// wide as it was. The zero value is not a layout: start from
// defaultPaneLayout or parsePaneLayout.
//
// The methods are pure: they return a new layout and never make an
// invalid one (all panes collapsed, an open pane under paneMinShare).
type paneLayout struct {
	Sizes     [paneCount]float64
	Collapsed [paneCount]bool
}

// defaultPaneLayout is the page's layout before the learner changes it:
// the stage, which draws one column per container, gets the most room.
func defaultPaneLayout() paneLayout {
	return paneLayout{Sizes: [paneCount]float64{25, 30, 45}}
}

// openWidth is the sum of the open panes' sizes.
func (p paneLayout) openWidth() float64 {
	var w float64
	for i, s := range p.Sizes {
		if !p.Collapsed[i] {
			w += s
		}
	}
	return w
}

// openCount is how many panes are open.
func (p paneLayout) openCount() int {
	n := 0
	for _, c := range p.Collapsed {
		if !c {
			n++
		}
	}
	return n
}

// canToggle reports whether pane i may change: any collapsed pane may
// open, and an open one may close unless it is the last one open.
func (p paneLayout) canToggle(i pane) bool {
	return p.Collapsed[i] || p.openCount() > 1
}

// toggled collapses pane i, or expands it when it is collapsed. The last
// open pane stays open.
func (p paneLayout) toggled(i pane) paneLayout {
	if !p.canToggle(i) {
		return p
	}
	p.Collapsed[i] = !p.Collapsed[i]
	return p.clamped()
}

// clamped makes p a valid layout: sizes finite and positive (else the
// defaults), at least one pane open, every open pane at least
// paneMinShare of the open width, and the sizes summing to 100.
func (p paneLayout) clamped() paneLayout {
	def := defaultPaneLayout()
	for _, s := range p.Sizes {
		if math.IsNaN(s) || math.IsInf(s, 0) || s <= 0 {
			p.Sizes = def.Sizes
			break
		}
	}
	if p.openCount() == 0 {
		p.Collapsed = def.Collapsed
	}
	p.Sizes = raiseToMin(p.Sizes, p.Collapsed)
	return p.normalised()
}

// raiseToMin lifts the open sizes below paneMinShare of the open width to
// it, taking the difference from the open panes above it in proportion to
// what each has to spare. Collapsed sizes are left as they are.
func raiseToMin(sizes [paneCount]float64, collapsed [paneCount]bool) [paneCount]float64 {
	var total float64
	for i, s := range sizes {
		if !collapsed[i] {
			total += s
		}
	}
	min := total * paneMinShare / 100
	var deficit, spare float64
	for i, s := range sizes {
		switch {
		case collapsed[i]:
		case s < min:
			deficit += min - s
		default:
			spare += s - min
		}
	}
	if deficit == 0 || spare <= 0 {
		return sizes
	}
	for i, s := range sizes {
		switch {
		case collapsed[i]:
		case s < min:
			sizes[i] = min
		default:
			sizes[i] = s - deficit*(s-min)/spare
		}
	}
	return sizes
}

// normalised scales the sizes to sum to 100, keeping their ratios.
func (p paneLayout) normalised() paneLayout {
	var sum float64
	for _, s := range p.Sizes {
		sum += s
	}
	for i := range p.Sizes {
		p.Sizes[i] *= 100 / sum
	}
	return p
}

// splitPanes names the open panes splitter s moves: the nearest open pane
// at or left of it and the nearest at or right of it. ok is false when a
// side has no open pane, or when splitter s would move the same two panes
// as the splitter before it (the editor collapsed: both splitters sit
// between the lesson and the stage, and one is enough).
func (p paneLayout) splitPanes(s int) (a, b pane, ok bool) {
	a, b = -1, -1
	for i := pane(s); i >= 0; i-- {
		if !p.Collapsed[i] {
			a = i
			break
		}
	}
	for i := pane(s + 1); i < paneCount; i++ {
		if !p.Collapsed[i] {
			b = i
			break
		}
	}
	if a < 0 || b < 0 {
		return a, b, false
	}
	if s > 0 {
		if pa, pb, pok := p.splitPanes(s - 1); pok && pa == a && pb == b {
			return a, b, false
		}
	}
	return a, b, true
}

// splitPos is where splitter s stands and how far it may go, in percent
// of the open width from its left edge: what the separator announces as
// aria-valuenow, aria-valuemin and aria-valuemax.
func (p paneLayout) splitPos(s int) (now, lo, hi float64) {
	a, b, ok := p.splitPanes(s)
	if !ok {
		return 0, 0, 0
	}
	w := p.openWidth()
	var before float64 // the open panes left of a
	for i := pane(0); i < a; i++ {
		if !p.Collapsed[i] {
			before += p.Sizes[i]
		}
	}
	now = (before + p.Sizes[a]) / w * 100
	lo = before/w*100 + paneMinShare
	hi = (before+p.Sizes[a]+p.Sizes[b])/w*100 - paneMinShare
	return now, lo, hi
}

// resized moves splitter s by d percent of the open width (negative: to
// the left), growing the pane on one side and shrinking the one on the
// other, never past paneMinShare.
func (p paneLayout) resized(s int, d float64) paneLayout {
	now, lo, hi := p.splitPos(s)
	return p.movedTo(s, now+d, lo, hi)
}

// splitTo puts splitter s at pos percent of the open width, within its
// bounds: Home and End move it to lo and hi.
func (p paneLayout) splitTo(s int, pos float64) paneLayout {
	_, lo, hi := p.splitPos(s)
	return p.movedTo(s, pos, lo, hi)
}

func (p paneLayout) movedTo(s int, pos, lo, hi float64) paneLayout {
	a, b, ok := p.splitPanes(s)
	if !ok || math.IsNaN(pos) {
		return p
	}
	now, _, _ := p.splitPos(s)
	d := (min(max(pos, lo), hi) - now) * p.openWidth() / 100
	p.Sizes[a] += d
	p.Sizes[b] -= d
	return p
}

// reset gives the panes their default sizes and keeps what is collapsed.
func (p paneLayout) reset() paneLayout {
	p.Sizes = defaultPaneLayout().Sizes
	return p.clamped()
}

// track is pane i's column in the page grid: its share of the width, or
// the narrow strip a collapsed pane keeps (--pane-strip, web/panes.css).
func (p paneLayout) track(i pane) string {
	if p.Collapsed[i] {
		return "var(--pane-strip)"
	}
	return "minmax(0, " + strconv.FormatFloat(p.Sizes[i], 'f', 2, 64) + "fr)"
}

// cssVars are the custom properties the page grid reads
// (--pane-lesson, --pane-editor, --pane-stage), in pane order.
func (p paneLayout) cssVars() [paneCount][2]string {
	var v [paneCount][2]string
	for i := range paneCount {
		v[i] = [2]string{"--pane-" + i.String(), p.track(i)}
	}
	return v
}

// String is the layout as it is saved: the sizes to one decimal, then the
// collapsed panes' names, "25,30,45" or "24.5,30,45.5;lesson,stage".
func (p paneLayout) String() string {
	sizes := make([]string, paneCount)
	var shut []string
	for i := range paneCount {
		sizes[i] = strconv.FormatFloat(p.Sizes[i], 'f', 1, 64)
		sizes[i] = strings.TrimSuffix(sizes[i], ".0")
		if p.Collapsed[i] {
			shut = append(shut, i.String())
		}
	}
	s := strings.Join(sizes, ",")
	if len(shut) > 0 {
		s += ";" + strings.Join(shut, ",")
	}
	return s
}

// parsePaneLayout reads a saved layout. Anything it cannot read (nothing
// saved yet, an older format, a hand-edited value) gives the default
// layout; what it reads is clamped to a valid one.
func parsePaneLayout(s string) paneLayout {
	p, err := readPaneLayout(s)
	if err != nil {
		return defaultPaneLayout()
	}
	return p.clamped()
}

func readPaneLayout(s string) (paneLayout, error) {
	var p paneLayout
	sizes, shut, _ := strings.Cut(s, ";")
	fields := strings.Split(sizes, ",")
	if len(fields) != int(paneCount) {
		return p, fmt.Errorf("pane layout %q: want %d sizes", s, paneCount)
	}
	for i, f := range fields {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil {
			return p, fmt.Errorf("pane layout %q: %w", s, err)
		}
		p.Sizes[i] = v
	}
	for name := range strings.SplitSeq(shut, ",") {
		i, ok := paneNamed(name)
		if name != "" && !ok {
			return p, fmt.Errorf("pane layout %q: no pane %q", s, name)
		}
		if ok {
			p.Collapsed[i] = true
		}
	}
	return p, nil
}

func paneNamed(name string) (pane, bool) {
	for i := range paneCount {
		if i.String() == name {
			return i, true
		}
	}
	return 0, false
}
