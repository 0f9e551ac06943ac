package main

import (
	"math"
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// The controls of the resizable panes (panes.go holds the arithmetic):
// a collapse/expand button in every pane and a splitter between
// neighbouring panes. Both save the new layout in statePanes, persisted
// like the theme; the shell observes it and lays the grid out from it
// (web/panes.css reads the custom properties cssVars names).

// savePanes remembers p for this page and the next visits.
func savePanes(ctx app.Context, p paneLayout) {
	ctx.SetState(statePanes, p.String(), app.Persist)
}

// paneControl is what a splitter asks of the page shell, which holds the
// layout: the layout now, and a new one to save.
type paneControl interface {
	currentPanes() paneLayout
	setPanes(ctx app.Context, p paneLayout)
}

var _ paneControl = (*shell)(nil)

// currentPanes is the layout as last saved, even if the page has not
// rendered it yet: a key repeat can come before the next frame, and
// go-app may render the page between a state's change and its observer.
func (s *shell) currentPanes() paneLayout { return parsePaneLayout(s.saved) }

// setPanes saves p and makes it the shell's layout at once; the state's
// observer brings the same value a moment later.
func (s *shell) setPanes(ctx app.Context, p paneLayout) {
	s.saved = p.String()
	savePanes(ctx, p)
}

// name is the pane's landmark label: "Lesson".
func (p pane) name() msg {
	return [paneCount]msg{msgLesson, msgEditorPane, msgStagePane}[p]
}

// paneLabel is pane i's name as its button and splitters say it:
// "Lesson pane".
func paneLabel(l lang, i pane) string {
	return l.T(msgPaneOf, l.T(i.name()))
}

// paneToggle is the button that collapses pane i to a strip, or expands
// it. Collapsed, the strip shows the pane's name beside the button's
// arrow (the state is in words, not in colour or width alone). The last
// open pane's button is disabled: one pane always stays open.
func (s *shell) paneToggle(l lang, i pane) app.UI {
	shut := s.panes.Collapsed[i]
	title := l.T(msgCollapsePane, paneLabel(l, i))
	if shut {
		title = l.T(msgExpandPane, paneLabel(l, i))
	}
	glyph := "‹" // the arrow points where the pane goes: the stage folds right
	if shut != (i == paneStage) {
		glyph = "›"
	}
	b := app.Button().Type("button").Class("pane-toggle").Title(title).
		DataSet("testid", "pane-toggle-"+i.String()).
		Aria("expanded", !shut).Aria("controls", "pane-"+i.String()).
		OnClick(func(ctx app.Context, e app.Event) { s.togglePane(ctx, i) }).
		Body(
			app.Span().Class("pane-toggle-glyph").Aria("hidden", "true").Text(glyph),
			app.Span().Class("pane-toggle-name").Text(paneLabel(l, i)),
		)
	if !s.panes.canToggle(i) {
		b = b.Disabled(true) // not Disabled(false): prerendered, that reads as disabled
	}
	return b
}

// togglePane reads the layout when clicked: go-app keeps the first
// closure it was given for an element, so a captured layout would go stale.
func (s *shell) togglePane(ctx app.Context, i pane) {
	s.setPanes(ctx, s.currentPanes().toggled(i))
}

// paneSplitter is the handle between two panes: a focusable separator
// (the WAI-ARIA window splitter) that ←/→ move, Home/End send to either
// end, Enter or a double click reset, and a pointer drags. A splitter
// with no open pane on one side is only a line.
type paneSplitter struct {
	app.Compo

	Split  int        // 0: between the lesson and the editor, 1: editor and stage
	Layout paneLayout // what to draw; the handlers ask Ctl for the layout now
	Lang   lang
	Ctl    paneControl

	stopDrag func() // ends a drag in progress
}

// Render draws the handle.
func (s *paneSplitter) Render() app.UI {
	cls := "pane-split-" + strconv.Itoa(s.Split)
	a, b, ok := s.Layout.splitPanes(s.Split)
	if !ok {
		return app.Div().Class("pane-splitter", cls).Aria("hidden", "true")
	}
	l := s.Lang.orDefault()
	now, lo, hi := s.Layout.splitPos(s.Split)
	return app.Div().Class("pane-splitter", cls).Role("separator").TabIndex(0).
		DataSet("testid", "splitter-"+strconv.Itoa(s.Split)).
		Aria("orientation", "vertical").Aria("controls", "pane-"+a.String()).
		Aria("label", l.T(msgResizePanes, paneLabel(l, a), paneLabel(l, b))).
		Aria("valuenow", math.Round(now)).Aria("valuemin", math.Round(lo)).Aria("valuemax", math.Round(hi)).
		OnKeyDown(s.onKey).On("pointerdown", s.onPointerDown).OnDblClick(s.onReset)
}

// OnDismount lets go of a drag the page left mid-way.
func (s *paneSplitter) OnDismount() {
	if s.stopDrag != nil {
		s.stopDrag()
	}
}

// onKey moves the splitter. The keys it uses stop here: the page's own
// ←/→ (step through events) and Home (back to the start) must not fire.
func (s *paneSplitter) onKey(ctx app.Context, e app.Event) {
	if e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("altKey").Bool() {
		return
	}
	p, ok := splitterKey(s.Ctl.currentPanes(), s.Split, e.Get("key").String(), e.Get("shiftKey").Bool())
	if !ok {
		return
	}
	e.PreventDefault()
	e.Call("stopPropagation")
	s.Ctl.setPanes(ctx, p)
}

// splitterKey is what a key does to splitter s: the new layout, and
// whether the key is the splitter's at all.
func splitterKey(p paneLayout, s int, key string, shift bool) (paneLayout, bool) {
	step := float64(paneKeyStep)
	if shift {
		step = paneKeyBigStep
	}
	switch key {
	case "ArrowLeft":
		return p.resized(s, -step), true
	case "ArrowRight":
		return p.resized(s, step), true
	case "Home":
		return p.splitTo(s, 0), true
	case "End":
		return p.splitTo(s, 100), true
	case "Enter":
		return p.reset(), true
	}
	return p, false
}

func (s *paneSplitter) onReset(ctx app.Context, e app.Event) {
	s.Ctl.setPanes(ctx, s.Ctl.currentPanes().reset())
}

// onPointerDown starts a drag. While the pointer moves, the grid's custom
// properties change in place, without a render per move; the layout is
// saved (and rendered) once, when the pointer is released.
func (s *paneSplitter) onPointerDown(ctx app.Context, e app.Event) {
	if e.Get("button").Int() != 0 || s.stopDrag != nil {
		return
	}
	el := ctx.JSSrc()
	root := el.Call("closest", ".podlab")
	width := openPanesWidth(root)
	if width <= 0 {
		return
	}
	e.PreventDefault() // no text selection while dragging
	start, x0, split := s.Ctl.currentPanes(), e.Get("clientX").Float(), s.Split
	last := start
	el.Call("setPointerCapture", e.Get("pointerId"))
	el.Get("classList").Call("add", "dragging")
	move := app.FuncOf(func(_ app.Value, args []app.Value) any {
		last = start.resized(split, (args[0].Get("clientX").Float()-x0)/width*100)
		setPaneVars(root, last)
		return nil
	})
	var end app.Func
	stop := func() {
		for _, ev := range []string{"pointerup", "pointercancel"} {
			el.Call("removeEventListener", ev, end)
		}
		el.Call("removeEventListener", "pointermove", move)
		el.Get("classList").Call("remove", "dragging")
		move.Release()
		end.Release()
		s.stopDrag = nil
	}
	end = app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) {
			stop()
			s.Ctl.setPanes(ctx, last)
		})
		return nil
	})
	el.Call("addEventListener", "pointermove", move)
	el.Call("addEventListener", "pointerup", end)
	el.Call("addEventListener", "pointercancel", end)
	s.stopDrag = stop
}

// openPanesWidth is how many CSS pixels the open panes share: what a
// splitter's percent of the open width is measured against.
func openPanesWidth(root app.Value) float64 {
	panes := root.Call("querySelectorAll", ".pane:not(.pane-collapsed)")
	var w float64
	for i := range panes.Length() {
		w += panes.Index(i).Call("getBoundingClientRect").Get("width").Float()
	}
	return w
}

// setPaneVars writes p's grid tracks onto the page root during a drag.
func setPaneVars(root app.Value, p paneLayout) {
	style := root.Get("style")
	for _, v := range p.cssVars() {
		style.Call("setProperty", v[0], v[1])
	}
}
