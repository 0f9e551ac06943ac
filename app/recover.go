package main

import (
	"fmt"
	"runtime/debug"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// panicError is a panic caught by recovered: a bug in Podlab, never a
// problem with the learner's YAML (those are diagnostics).
type panicError struct {
	Op    string // what was being done: "simulate", "load share link"
	Value any    // what was passed to panic
	Stack string
}

func (e *panicError) Error() string { return fmt.Sprintf("%s: panic: %v", e.Op, e.Value) }

// recovered runs fn and turns a panic into a *panicError. go-app does not
// recover panics in handlers or dispatches, and an unrecovered panic ends
// the wasm for good, so every handler that runs the simulator or decodes
// outside input goes through here and the page shows an errorPanel
// instead of freezing.
func recovered(op string, fn func()) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &panicError{Op: op, Value: v, Stack: string(debug.Stack())}
			app.Logf("podlab: %v\n%s", err, err.(*panicError).Stack)
		}
	}()
	fn()
	return nil
}

// guardEvent wraps an event handler with recovered; a panic is passed to
// report (typically the route component's setCrash).
func guardEvent(op string, report func(app.Context, error), h app.EventHandler) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if err := recovered(op, func() { h(ctx, e) }); err != nil {
			report(ctx, err)
		}
	}
}

// errorPanel tells the learner something broke, keeps the rest of the
// page usable, and offers a reload (their edits are saved). The details are
// text (never HTML) for a bug report.
type errorPanel struct {
	app.Compo

	// Err is what went wrong; nil renders nothing.
	Err error
	// Lang is the language of the panel.
	Lang lang
	// OnDismiss hides the panel; nil hides the dismiss button.
	OnDismiss func(ctx app.Context)
}

// Render draws the alert.
func (p *errorPanel) Render() app.UI {
	if p.Err == nil {
		return app.Div().Class("error-panel-empty").Hidden(true)
	}
	return app.Div().Class("error-panel").Role("alert").DataSet("testid", "error-panel").Body(
		app.P().Class("error-panel-title").Text(p.Lang.pick(crashTitle)),
		app.Details().Body(
			app.Summary().Text(p.Lang.pick(crashDetails)),
			app.Pre().Class("error-panel-detail").Text(p.Err.Error()),
		),
		app.Button().Type("button").DataSet("testid", "error-reload").
			OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }).
			Text(p.Lang.pick(crashReload)),
		app.If(p.OnDismiss != nil,
			app.Button().Type("button").DataSet("testid", "error-dismiss").
				OnClick(func(ctx app.Context, e app.Event) { p.OnDismiss(ctx) }).
				Text(p.Lang.pick(crashDismiss)),
		),
	)
}

// The panel's strings. Read-only.
var (
	crashTitle = bilingual{
		"Something went wrong in Podlab (not in your YAML). Your edits are saved; reloading usually helps.",
		"Podlab 出错了（不是你的 YAML 的问题）。你的编辑已保存，重新加载通常可以解决。",
	}
	crashDetails = bilingual{"Details for a bug report", "错误详情（用于报告问题）"}
	crashReload  = bilingual{"Reload", "重新加载"}
	crashDismiss = bilingual{"Dismiss", "关闭"}
)
