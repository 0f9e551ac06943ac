package main

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// termEntry is one block of the terminal's output: a command as typed
// (Cmd) and what it printed, or output that arrived later (a watch's rows).
type termEntry struct {
	Cmd    string
	Out    string
	Prompt bool // Cmd was typed at the prompt (drawn with "$ ")
}

// consoleTerm is the terminal: the output, the prompt and its keys. It is
// a view: the page owns the entries and runs the lines; the terminal
// reports through its callbacks. The line being typed lives in the input
// element itself (go-app trims attribute values, so binding it would eat
// the space after "kubectl get " and move the caret); the terminal mirrors
// it in line and writes it back only when a key changes it.
type consoleTerm struct {
	app.Compo

	Lang     lang
	Entries  []termEntry
	History  []string // lines run, oldest first
	Disabled bool     // the folder is still being restored
	Fill     termFill // a line to put at the prompt ("try this")
	// Following says what still prints as time passes (a watch, a long
	// sleep); "" for nothing.
	Following string
	OnRun     func(string)
	OnClear   func()
	Complete  func(string) []string

	line    string // the line being typed
	histAt  int    // len(History) means the line being typed
	choices []string
	filled  int // the Fill.Rev last put at the prompt
}

// termFill asks the terminal to put Line at the prompt; each new request
// has a higher Rev.
type termFill struct {
	Line string
	Rev  int
}

// OnMount and OnUpdate put a requested line at the prompt, once.
func (t *consoleTerm) OnMount(ctx app.Context)  { t.filled = t.Fill.Rev }
func (t *consoleTerm) OnUpdate(ctx app.Context) { t.fill(ctx) }

func (t *consoleTerm) fill(ctx app.Context) {
	if t.Fill.Rev == t.filled {
		return
	}
	t.filled = t.Fill.Rev
	t.setLine(t.Fill.Line)
	if app.IsClient {
		ctx.Defer(func(app.Context) { focusElement("console-input") })
	}
}

// setLine changes the line being typed, in the input element too.
func (t *consoleTerm) setLine(s string) {
	t.line = s
	if !app.IsClient {
		return
	}
	if el := app.Window().GetElementByID("console-input"); el.Truthy() {
		el.Set("value", s)
	}
}

// Render draws the output above the prompt.
func (t *consoleTerm) Render() app.UI {
	return app.Div().Class("con-term").DataSet("testid", "console").Body(
		&termOutput{Lang: t.Lang, Entries: t.Entries},
		app.If(t.Following != "", app.P().Class("con-following").DataSet("testid", "console-following").Body(
			app.Span().Class("icon").Aria("hidden", "true").Text("● "),
			app.Text(t.Following),
		)),
		app.Div().Class("con-prompt").Body(
			app.Label().For("console-input").Class("con-prompt-label").Body(
				app.Span().Class("con-dollar").Aria("hidden", "true").Text("$"),
				app.Span().Class("visually-hidden").Text(t.Lang.T(msgConsoleInput)),
			),
			app.Input().ID("console-input").Class("con-input").DataSet("testid", "console-input").
				Type("text").AutoComplete(false).Spellcheck(false).Attr("autocapitalize", "off").
				Disabled(t.Disabled).Placeholder(t.Lang.T(msgConsolePlaceholder)).
				OnInput(t.onInput).OnKeyDown(t.onKeyDown),
		),
		app.If(len(t.choices) > 0, app.P().Class("con-choices").Role("status").DataSet("testid", "console-choices").
			Text(strings.Join(t.choices, "   "))),
	)
}

// termOutput is the scrollback. It is a component of its own, with only
// value fields, so go-app skips it when the entries did not change (the
// terminal's callbacks never compare equal, so it renders on every tick).
type termOutput struct {
	app.Compo

	Lang    lang
	Entries []termEntry
}

// Render draws one block per entry.
func (o *termOutput) Render() app.UI {
	return app.Pre().ID("console-output").Class("con-output").DataSet("testid", "console-output").
		Role("log").Aria("live", "polite").Aria("label", o.Lang.T(msgConsoleOutput)).TabIndex(0).Body(
		app.Range(o.Entries).Slice(func(i int) app.UI { return &termBlock{Entry: o.Entries[i]} }),
	)
}

// termBlock is one entry; a component so that appending to a long
// scrollback compares entries instead of redrawing them.
type termBlock struct {
	app.Compo

	Entry termEntry
}

// Render draws the block as text: nothing the learner types or a
// container prints is ever read as HTML.
func (b *termBlock) Render() app.UI {
	e := b.Entry
	return app.Span().Class("con-entry").Body(
		app.If(e.Prompt, app.Span().Class("con-cmd").Text("$ "+e.Cmd+"\n")),
		app.If(e.Out != "", app.Span().Class("con-out").Text(e.Out)),
	)
}

func (t *consoleTerm) onInput(ctx app.Context, e app.Event) {
	t.choices = nil
	t.histAt = len(t.History)
	t.line = ctx.JSSrc().Get("value").String()
}

func (t *consoleTerm) onKeyDown(ctx app.Context, e app.Event) {
	ev := e.Value
	t.line = ctx.JSSrc().Get("value").String()
	if t.key(ev.Get("key").String(), ev.Get("ctrlKey").Bool()) {
		e.PreventDefault()
	}
}

// key acts on one key press at the prompt and reports whether it used it
// (the browser must then not: Tab would leave the field, Ctrl-L would go
// to the address bar).
func (t *consoleTerm) key(key string, ctrl bool) bool {
	switch {
	case key == "Enter":
		t.enter()
	case key == "ArrowUp":
		t.recall(-1)
	case key == "ArrowDown":
		t.recall(+1)
	case key == "Tab":
		t.complete()
	case ctrl && (key == "l" || key == "L"):
		t.choices = nil
		t.OnClear()
	default:
		return false
	}
	return true
}

func (t *consoleTerm) enter() {
	line := t.line
	t.choices = nil
	t.histAt = len(t.History) + 1 // the line joins the history
	t.setLine("")
	t.OnRun(line)
}

// recall moves through the history; below the newest line is an empty
// prompt, as in bash.
func (t *consoleTerm) recall(dir int) {
	if t.histAt > len(t.History) {
		t.histAt = len(t.History)
	}
	at := t.histAt + dir
	if at < 0 || at > len(t.History) {
		return
	}
	t.histAt = at
	if at == len(t.History) {
		t.setLine("")
		return
	}
	t.setLine(t.History[at])
}

// complete completes the last word: one candidate is typed in, several
// are typed up to what they share and listed under the prompt.
func (t *consoleTerm) complete() {
	cands := t.Complete(t.line)
	t.choices = nil
	if len(cands) == 0 {
		return
	}
	head := t.line[:len(t.line)-len(lastWord(t.line))]
	if len(cands) == 1 {
		t.setLine(head + cands[0] + " ")
		return
	}
	t.choices = cands
	t.setLine(head + commonPrefix(cands))
}

// lastWord is the word being typed: what follows the last space.
func lastWord(line string) string {
	return line[strings.LastIndexByte(line, ' ')+1:]
}

func commonPrefix(words []string) string {
	p := words[0]
	for _, w := range words[1:] {
		for !strings.HasPrefix(w, p) {
			p = p[:len(p)-1]
		}
	}
	return p
}
