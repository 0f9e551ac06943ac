package main

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/podlab/podlab/sim"
)

// nodeCard is one node of the console's cluster view: its name, the
// labels a learner schedules by, and the Pods bound to it. The card with an
// empty Name holds the Pods no node has taken yet.
type nodeCard struct {
	Name   string
	Ready  string
	Roles  string
	Labels []string
	Pods   []podChip
}

// podChip is one Pod as the cluster view draws it: the STATUS text of
// kubectl get pods and the phase (for the icon).
type podChip struct {
	Name   string
	Status string
	Ready  string
	Phase  sim.PodPhase
}

// clusterCards reads the session's cluster at its current time: every
// node with its Pods, then the unscheduled Pods. The statuses are the
// simulator's (Timeline.StatusAt); nothing here decides Kubernetes things.
func (s *consoleSession) clusterCards() []nodeCard {
	now, tl := s.cluster.Now(), s.cluster.Timeline()
	var cards []nodeCard
	at := map[string]int{}
	for _, n := range s.cluster.Nodes() {
		at[n.Node.Name] = len(cards)
		cards = append(cards, nodeCard{Name: n.Node.Name, Ready: n.Ready, Roles: n.Roles, Labels: shownLabels(n.Node.Labels)})
	}
	pending := nodeCard{}
	for _, p := range s.cluster.Objects().Pods {
		st, ok := tl.StatusAt(p.Name, now)
		if !ok || st.Deleted {
			continue
		}
		chip := podChip{Name: p.Name, Status: st.Status, Ready: st.Ready, Phase: st.Phase}
		if i, ok := at[st.Node]; ok {
			cards[i].Pods = append(cards[i].Pods, chip)
		} else {
			pending.Pods = append(pending.Pods, chip)
		}
	}
	if len(pending.Pods) > 0 {
		cards = append(cards, pending)
	}
	return cards
}

// clusterPane draws the nodes and their Pods beside the console.
type clusterPane struct {
	app.Compo

	Lang  lang
	Cards []nodeCard
}

// Render draws one card per node.
func (c *clusterPane) Render() app.UI {
	return app.Section().Class("con-cluster").DataSet("testid", "console-cluster").Body(
		app.H2().Text(c.Lang.T(msgConsoleCluster)),
		app.Ul().Class("con-nodes").Body(
			app.Range(c.Cards).Slice(func(i int) app.UI { return c.renderNode(c.Cards[i]) }),
		),
	)
}

func (c *clusterPane) renderNode(n nodeCard) app.UI {
	title := n.Name
	if title == "" {
		title = c.Lang.T(msgConsoleUnscheduled)
	}
	return app.Li().Class("con-node").DataSet("node", n.Name).Body(
		app.H3().Class("con-node-name").Body(
			app.Span().Class("icon").Aria("hidden", "true").Text(nodeIcon(n)),
			app.Text(title),
			app.If(n.Ready != "", app.Span().Class("con-node-ready").Text(n.Ready)),
		),
		app.If(len(n.Labels) > 0, app.Ul().Class("con-labels").Aria("label", c.Lang.T(msgNodeLabels)).Body(
			app.Range(n.Labels).Slice(func(i int) app.UI { return app.Li().Class("con-label").Text(n.Labels[i]) }),
		)),
		app.If(len(n.Pods) == 0, app.P().Class("con-empty").Text(c.Lang.T(msgConsoleNoPods))).Else(
			app.Ul().Class("con-pods").Body(
				app.Range(n.Pods).Slice(func(i int) app.UI { return renderPodChip(n.Pods[i]) }),
			),
		),
	)
}

// nodeIcon marks a node, or the unscheduled group with an hourglass.
func nodeIcon(n nodeCard) string {
	if n.Name == "" {
		return "⧗"
	}
	return "▣"
}

func renderPodChip(p podChip) app.UI {
	return app.Li().Class("con-pod", "phase-"+strings.ToLower(string(p.Phase))).DataSet("pod", p.Name).Body(
		app.Span().Class("icon").Aria("hidden", "true").Text(phaseIcon(p.Phase)),
		app.Span().Class("con-pod-name").Text(p.Name),
		app.Span().Class("con-pod-status").DataSet("testid", "console-pod-status").Text(p.Status),
		app.Span().Class("con-pod-ready").Text(p.Ready),
	)
}
