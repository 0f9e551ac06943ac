package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/podlab/podlab/sim"
)

// stage draws the simulated Pods at one instant: each on its node, with the
// sandbox, the containers wired to their volumes, the conditions and the
// `kubectl get pods` line. It is a pure view of its fields: the page looks
// the records up for the player's time and the stage only draws them.
type stage struct {
	app.Compo

	Lang lang
	Pods []podFrame
	// Stale says the spec in the editor is invalid and these frames are
	// from the last run that worked.
	Stale bool
	// Failure says why the simulation could not start, "" when it did.
	Failure string
}

// Render draws the stage. Only the first Pod carries the pod-status and
// pod-phase test hooks, so that they stay unique.
func (s *stage) Render() app.UI {
	return app.Div().Class("stage").Body(
		app.H2().Class("pane-title").Text(s.Lang.T(msgStage)),
		app.If(s.Stale, app.P().Class("stage-stale").Role("status").Text(s.Lang.T(msgSpecInvalid))),
		app.If(s.Failure != "", app.P().Class("sim-failure").Role("alert").Text(s.Lang.T(msgSimError, s.Failure))),
		app.If(len(s.Pods) == 0, app.P().Class("stage-empty").Text(s.Lang.T(msgNoPod))),
		app.Range(s.Pods).Slice(func(i int) app.UI {
			return &podBox{Lang: s.Lang, Frame: s.Pods[i], Primary: i == 0}
		}),
		app.If(len(s.Pods) > 0, &getPodsLine{Lang: s.Lang, Pods: s.Pods}),
	)
}

// podBox draws one Pod inside its node.
type podBox struct {
	app.Compo

	Lang    lang
	Frame   podFrame
	Primary bool // carries the test hooks
}

// Render draws the node, then the Pod inside it.
func (b *podBox) Render() app.UI {
	f := b.Frame
	return app.Div().Class("node", "node-"+boolWord(f.Node.Name != "")).Body(
		app.Div().Class("node-head").Body(
			app.Span().Class("node-icon").Aria("hidden", "true").Text("▣"),
			app.Span().Class("node-name").Text(nodeTitle(b.Lang, f.Node)),
			app.Range(f.Node.Labels).Slice(func(i int) app.UI {
				return app.Span().Class("label-chip").Text(f.Node.Labels[i])
			}),
		),
		app.Div().Class("pod", "phase-"+string(f.Status.Phase), "deleting-"+boolWord(f.Status.Deleting),
			"deleted-"+boolWord(f.Status.Deleted)).Body(
			b.renderHead(),
			&podGrid{Lang: b.Lang, Frame: f},
			b.renderFoot(),
		),
	)
}

func (b *podBox) renderHead() app.UI {
	f := b.Frame
	ip := b.Lang.T(msgNoIP)
	if f.Status.IP != "" {
		ip = b.Lang.T(msgPodIP, f.Status.IP)
	}
	return app.Div().Class("pod-head").Body(
		app.Span().Class("pod-word").Text("Pod"),
		app.Span().Class("pod-name").Text(f.Layout.Name),
		app.Span().Class("pod-ip", "ip-"+boolWord(f.Status.IP != "")).Text(ip),
		app.If(f.Status.Deleting && !f.Status.Deleted, app.Span().Class("pod-deleting").Text(b.Lang.T(msgDeleting))),
		app.If(f.Status.Deleted, app.Span().Class("pod-deleting").Text(b.Lang.T(msgDeleted))),
		app.Span().Class("badge", "phase-badge").Title(b.Lang.T(msgPhase)).Body(
			app.Span().Class("icon").Aria("hidden", "true").Text(phaseIcon(phaseOf(f))),
			b.hook(app.Span().Class("phase-word"), "pod-phase").Text(string(phaseOf(f))),
		),
	)
}

func (b *podBox) renderFoot() app.UI {
	f := b.Frame
	return app.Div().Class("pod-foot").Body(
		b.hook(app.Span().Class("pod-status"), "pod-status").Text(statusWord(f)),
		app.Span().Class("pod-ready").Text("Ready "+f.Status.Ready),
		&conditionList{Lang: b.Lang, Conditions: f.Status.Conditions},
	)
}

// hook puts a test hook on the primary Pod's element only.
func (b *podBox) hook(e app.HTMLSpan, testid string) app.HTMLSpan {
	if b.Primary {
		return e.DataSet("testid", testid)
	}
	return e
}

// phaseOf is the Pod's phase, Pending before the first status line.
func phaseOf(f podFrame) sim.PodPhase {
	if f.Status.Phase == "" {
		return sim.PodPending
	}
	return f.Status.Phase
}

// statusWord is the STATUS column, or the phase when the engine left it
// empty.
func statusWord(f podFrame) string {
	if f.Status.Status != "" {
		return f.Status.Status
	}
	return string(phaseOf(f))
}

func nodeTitle(l lang, n nodeLayout) string {
	if n.Name == "" {
		return l.T(msgNode, "—")
	}
	return l.T(msgNode, n.Name)
}

// boolWord is "yes" or "no", for CSS class names.
func boolWord(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
