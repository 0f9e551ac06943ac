// Podlab's YAML editor: CodeMirror 6 behind a small API on
// window.podlabEditor, driven from Go (app/editor_js.go) through syscall/js.
// Learner text only ever reaches the DOM through CodeMirror's text nodes or
// textContent; nothing here builds HTML from strings.
import { EditorState, Compartment, Prec } from "@codemirror/state";
import {
  EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter,
  drawSelection, highlightSpecialChars,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, undo, redo, indentMore, indentLess, isolateHistory } from "@codemirror/commands";
import { indentUnit, syntaxHighlighting, indentOnInput, bracketMatching } from "@codemirror/language";
import { yaml } from "@codemirror/lang-yaml";
import { autocompletion, completionKeymap, closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { lintGutter, setDiagnostics, lintKeymap } from "@codemirror/lint";
import { searchKeymap, highlightSelectionMatches } from "@codemirror/search";
import { formatYAML } from "./format.js";
import { schemaCompletions, schemaHover } from "./schema.js";
import { toLint, inlineMessages, setInline } from "./diagnostics.js";
import { themeFor } from "./theme.js";
import { guardGoExit } from "./goexit.js";
import { download, copy, readFile } from "./files.js";
import { sanitizeFragment } from "./fragment.js";

// tabKey inserts two spaces (or indents a selection); Escape then Tab still
// leaves the editor, which CodeMirror's view handles for keyboard users.
const tabKeys = [
  { key: "Tab", run: (v) => (v.state.selection.ranges.some((r) => !r.empty) ? indentMore(v) : insertSpaces(v)) },
  { key: "Shift-Tab", run: indentLess },
];

// escapeThenTab arms CodeMirror's tab-focus mode for two seconds on every
// Escape, even when Escape also closed a completion or a panel (its own
// handler only arms it when nothing else handled the key).
const escapeThenTab = Prec.highest(EditorView.domEventHandlers({
  keydown(e, view) {
    if (e.key === "Escape") view.setTabFocusMode(2000);
    return false;
  },
}));

function insertSpaces(view) {
  view.dispatch(view.state.replaceSelection("  "), { scrollIntoView: true, userEvent: "input" });
  return true;
}

// create mounts an editor in el holding text. opts: {label, describedBy
// (the id of a hint), onChange(text), debounce (ms, default 250), theme
// ("light"|"dark"|"" for the system's), schema}.
function create(el, text, opts = {}) {
  const ed = new Editor(el, text, opts);
  el.podlabEditor = ed; // for browser tests: el.podlabEditor.setText(...)
  return ed;
}

class Editor {
  constructor(el, text, opts) {
    this.opts = opts;
    this.schema = opts.schema || null;
    this.debounce = opts.debounce ?? 250;
    this.timer = 0;
    this.theme = new Compartment();
    this.live = liveRegion(el);
    this.view = new EditorView({ parent: el, state: this.state(text) });
  }

  state(text) {
    return EditorState.create({ doc: text, extensions: this.extensions() });
  }

  extensions() {
    const schema = () => this.schema;
    return [
      escapeThenTab, lineNumbers(), highlightActiveLineGutter(), EditorView.lineWrapping, highlightSpecialChars(), history(), drawSelection(),
      indentOnInput(), bracketMatching(), closeBrackets(), highlightActiveLine(), highlightSelectionMatches(),
      EditorState.tabSize.of(2), indentUnit.of("  "), yaml(), lintGutter(), inlineMessages,
      autocompletion({ override: [(ctx) => schemaCompletions(ctx, schema())] }),
      schemaHover(schema),
      keymap.of([...tabKeys, ...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap]),
      this.theme.of(themeFor(this.opts.theme)),
      EditorView.contentAttributes.of({
        "aria-label": this.opts.label || "YAML editor",
        "aria-multiline": "true",
        ...(this.opts.describedBy ? { "aria-describedby": this.opts.describedBy } : {}),
      }),
      EditorView.updateListener.of((u) => { if (u.docChanged) this.changed(); }),
    ];
  }

  changed() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fire(), this.debounce);
  }

  // fire reports the text now; tests call it to skip the debounce.
  fire() {
    clearTimeout(this.timer);
    this.firedAt = performance.now();
    if (this.opts.onChange) this.opts.onChange(this.getText());
  }

  getText() { return this.view.state.doc.toString(); }

  // setText replaces the whole text as one undoable change of its own
  // (never merged with the typing or the format around it).
  setText(text) {
    if (text === this.getText()) return;
    this.view.dispatch({
      changes: { from: 0, to: this.view.state.doc.length, insert: text },
      annotations: isolateHistory.of("full"),
    });
  }

  // setDiagnostics shows [{line, col, message}] (1-based; 0 when unknown).
  setDiagnostics(list) {
    const doc = this.view.state.doc;
    const diags = (list || []).map((d) => toLint(doc, d));
    this.view.dispatch(setDiagnostics(this.view.state, diags));
    this.view.dispatch({ effects: setInline.of(diags) });
    this.live.textContent = (list || []).map((d) => `${d.line}:${d.col} ${d.message}`).join("; ");
  }

  setTheme(name) { this.view.dispatch({ effects: this.theme.reconfigure(themeFor(name)) }); }
  setSchema(schema) { this.schema = schema; }
  setDebounce(ms) { this.debounce = ms; }
  focus() { this.view.focus(); }
  undo() { undo(this.view); }
  redo() { redo(this.view); }
  format() { this.setText(formatYAML(this.getText())); }
  destroy() { clearTimeout(this.timer); this.view.destroy(); }
}

// liveRegion is a visually hidden polite region that reads the problems out.
function liveRegion(el) {
  const r = document.createElement("div");
  r.className = "visually-hidden cm-podlab-live";
  r.setAttribute("aria-live", "polite");
  r.setAttribute("role", "status");
  r.style.cssText = "position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap";
  el.appendChild(r);
  return r;
}

sanitizeFragment(window);
guardGoExit(window);
window.podlabEditor = { create, formatYAML, download, copy, readFile };
