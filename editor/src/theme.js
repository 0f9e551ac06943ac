// Light and dark looks for the editor. Colours meet WCAG AA contrast on
// their backgrounds; the page's own CSS variables win where it sets them.
import { EditorView } from "@codemirror/view";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { tags as t } from "@lezer/highlight";

const light = HighlightStyle.define([
  { tag: [t.propertyName, t.definition(t.propertyName)], color: "#0b5394" },
  { tag: [t.string, t.special(t.string)], color: "#1b5e20" },
  { tag: [t.number, t.bool, t.null, t.atom], color: "#8a3b00" },
  { tag: [t.comment, t.lineComment], color: "#5f6368", fontStyle: "italic" },
  { tag: [t.keyword, t.meta, t.typeName, t.labelName], color: "#6a1b9a" },
  { tag: [t.punctuation, t.separator], color: "#444" },
]);

const dark = HighlightStyle.define([
  { tag: [t.propertyName, t.definition(t.propertyName)], color: "#8ab4f8" },
  { tag: [t.string, t.special(t.string)], color: "#a5d6a7" },
  { tag: [t.number, t.bool, t.null, t.atom], color: "#ffcc80" },
  { tag: [t.comment, t.lineComment], color: "#bdc1c6", fontStyle: "italic" },
  { tag: [t.keyword, t.meta, t.typeName, t.labelName], color: "#ce93d8" },
  { tag: [t.punctuation, t.separator], color: "#ccc" },
]);

// base: 16px text so phones do not zoom on focus; a visible focus ring.
const base = {
  "&": { fontSize: "16px", height: "100%" },
  ".cm-scroller": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", lineHeight: "1.5" },
  "&.cm-focused": { outline: "2px solid var(--focus, #1a73e8)", outlineOffset: "-2px" },
  ".cm-content": { minHeight: "12em" },
};

export function themeFor(name) {
  const isDark = name === "dark";
  const colours = isDark
    ? { "&": { color: "#e8eaed", backgroundColor: "#1e1f22" }, ".cm-gutters": { backgroundColor: "#1e1f22", color: "#bdc1c6", border: "none" },
        ".cm-activeLine": { backgroundColor: "#2a2c30" }, ".cm-activeLineGutter": { backgroundColor: "#2a2c30" },
        ".cm-cursor": { borderLeftColor: "#e8eaed" }, "&.cm-focused .cm-selectionBackground, .cm-selectionBackground": { backgroundColor: "#3c4a66" } }
    : { "&": { color: "#202124", backgroundColor: "#fff" }, ".cm-gutters": { backgroundColor: "#f8f9fa", color: "#5f6368", border: "none" } };
  return [
    EditorView.theme({ ...base, ...colours }, { dark: isDark }),
    syntaxHighlighting(isDark ? dark : light),
  ];
}
