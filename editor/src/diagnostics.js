// The simulator's diagnostics in the editor: the lint underline and gutter
// (from @codemirror/lint) plus the message written under its line, so it is
// readable without hovering (on a phone, on a projector).
import { StateField, StateEffect } from "@codemirror/state";
import { EditorView, Decoration, WidgetType } from "@codemirror/view";

// toLint turns a {line, col, message} (1-based, 0 when unknown) into a lint
// diagnostic over the word at line:col, or the whole line without a column.
export function toLint(doc, d) {
  const n = Math.min(Math.max(d.line || 1, 1), doc.lines);
  const line = doc.line(n);
  let from = line.from;
  let to = line.to;
  if (d.col > 0) {
    from = Math.min(line.from + d.col - 1, line.to);
    const rest = line.text.slice(from - line.from);
    const word = /^[^\s:,\]}]+/.exec(rest);
    to = from + (word ? word[0].length : 0);
    if (to === from) to = Math.min(from + 1, line.to);
    if (to === from && from > line.from) from--;
  }
  return { from, to, severity: d.severity || "error", message: d.message, line: n, col: d.col || 0 };
}

export const setInline = StateEffect.define();

class Message extends WidgetType {
  constructor(d) { super(); this.d = d; }
  eq(o) { return o.d.message === this.d.message && o.d.col === this.d.col; }
  toDOM() {
    const el = document.createElement("div");
    el.className = "cm-podlab-diag";
    el.setAttribute("data-testid", "editor-diagnostic");
    el.setAttribute("data-line", String(this.d.line));
    el.setAttribute("data-col", String(this.d.col));
    el.textContent = `▲ ${this.d.line}:${this.d.col} ${this.d.message}`;
    return el;
  }
}

function build(diags, doc) {
  const ranges = diags
    .map((d) => ({ at: doc.line(d.line).to, d }))
    .sort((a, b) => a.at - b.at)
    .map(({ at, d }) => Decoration.widget({ widget: new Message(d), block: true, side: 1 }).range(at));
  return Decoration.set(ranges, true);
}

// inlineMessages keeps the message widgets, mapped through edits until the
// next setDiagnostics replaces them.
export const inlineMessages = [
  StateField.define({
    create: () => Decoration.none,
    update(deco, tr) {
      for (const e of tr.effects) if (e.is(setInline)) return build(e.value, tr.state.doc);
      return deco.map(tr.changes);
    },
    provide: (f) => EditorView.decorations.from(f),
  }),
  EditorView.baseTheme({
    ".cm-podlab-diag": {
      fontFamily: "inherit", fontSize: "0.9em", padding: "0 0.5em", whiteSpace: "pre-wrap",
      borderLeft: "3px solid #c62828",
    },
    "&light .cm-podlab-diag": { color: "#8e0000", background: "#fdecea" },
    "&dark .cm-podlab-diag": { color: "#ffb4ab", background: "#3b1512" },
  }),
];
