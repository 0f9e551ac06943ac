package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/kubectl"
)

// conditionList draws the Pod's conditions, each with a glyph and its
// status in words.
type conditionList struct {
	app.Compo

	Lang       lang
	Conditions []sim.Condition
}

// Render draws the list.
func (c *conditionList) Render() app.UI {
	return app.Div().Class("conditions").Body(
		app.H3().Class("conditions-title").Text(c.Lang.T(msgConditions)),
		app.Ul().Body(
			app.Range(c.Conditions).Slice(func(i int) app.UI {
				cd := c.Conditions[i]
				return app.Li().Class("cond", "cond-"+cd.Status).Title(cd.Reason+" "+cd.Message).Body(
					app.Span().Class("icon").Aria("hidden", "true").Text(conditionIcon(cd.Status)),
					app.Span().Class("cond-type").Text(cd.Type),
					app.Span().Class("cond-status").Text(cd.Status),
				)
			}),
		),
	)
}

// getPodsLine is the `kubectl get pods` table for the Pods on the stage,
// printed by the same printer as podsim get.
type getPodsLine struct {
	app.Compo

	Lang lang
	Pods []podFrame
}

// Render draws the table.
func (g *getPodsLine) Render() app.UI {
	head := []string{"NAME", "READY", "STATUS", "RESTARTS", "AGE"}
	// The table scrolls sideways on a narrow stage; tabindex lets a
	// keyboard user scroll it too (axe: scrollable-region-focusable).
	return app.Figure().Class("getpods").TabIndex(0).Aria("label", g.Lang.T(msgGetPods)).Body(
		app.FigCaption().Class("getpods-title").Body(
			app.Code().Text("$ "+g.Lang.T(msgGetPods)),
		),
		app.Table().Body(
			app.THead().Body(app.Tr().Body(
				app.Range(head).Slice(func(i int) app.UI { return app.Th().Scope("col").Text(head[i]) }),
			)),
			app.TBody().Body(app.Range(g.Pods).Slice(func(i int) app.UI { return g.row(g.Pods[i]) })),
		),
	)
}

func (g *getPodsLine) row(f podFrame) app.UI {
	cells := []string{f.Layout.Name, "0/0", "Pending", "0", "0s"}
	if f.Exists {
		cells = kubectl.PodRow(f.Status, f.Now, false)
	}
	return app.Tr().Body(app.Range(cells).Slice(func(i int) app.UI { return app.Td().Text(cells[i]) }))
}
