// Light and dark looks for the editor. Colours meet WCAG AA contrast on
// their backgrounds; the page's own CSS variables win where it sets them.
import { EditorView } from "@codemirror/view";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { tags as t } from "@lezer/highlight";

const lightStyle = HighlightStyle.define([
  { tag: [t.propertyName, t.definition(t.propertyName)], color: "#0b5394" },
  { tag: [t.string, t.special(t.string)], color: "#1b5e20" },
  { tag: [t.number, t.bool, t.null, t.atom], color: "#8a3b00" },
  { tag: [t.comment, t.lineComment], color: "#5f6368", fontStyle: "italic" },
  { tag: [t.keyword, t.meta, t.typeName, t.labelName], color: "#6a1b9a" },
  { tag: [t.punctuation, t.separator], color: "#444" },
]);

const darkStyle = HighlightStyle.define([
  { tag: [t.propertyName, t.definition(t.propertyName)], color: "#8ab4f8" },
  { tag: [t.string, t.special(t.string)], color: "#a5d6a7" },
  { tag: [t.number, t.bool, t.null, t.atom], color: "#ffcc80" },
  { tag: [t.comment, t.lineComment], color: "#bdc1c6", fontStyle: "italic" },
  { tag: [t.keyword, t.meta, t.typeName, t.labelName], color: "#ce93d8" },
  { tag: [t.punctuation, t.separator], color: "#ccc" },
]);

// base: 16px text so phones do not zoom on focus; a visible focus ring.
const base = {
  ".cm-scroller": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", lineHeight: "1.5" },
  "&": { fontSize: "16px", height: "100%", border: "1px solid var(--border, #d5d8dc)", borderRadius: "4px" },
  "&.cm-focused": { outline: "3px solid var(--focus, #b35900)", outlineOffset: "1px" },
  ".cm-content": { minHeight: "12em" },
};

// isDark resolves a theme name; "" (or anything else) follows the system,
// as the page does.
function isDark(name) {
  if (name === "dark" || name === "light") return name === "dark";
  return !!(window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches);
}

export function themeFor(name) {
  const dark = isDark(name);
  const colours = dark
    ? { "&": { color: "var(--fg, #e8eaed)", backgroundColor: "var(--panel, #1e1f22)" }, ".cm-gutters": { backgroundColor: "var(--panel, #1e1f22)", color: "#bdc1c6", border: "none" },
        ".cm-activeLine": { backgroundColor: "#2a2c30" }, ".cm-activeLineGutter": { backgroundColor: "#2a2c30" },
        ".cm-cursor": { borderLeftColor: "#e8eaed" }, "&.cm-focused .cm-selectionBackground, .cm-selectionBackground": { backgroundColor: "#3c4a66" } }
    : { "&": { color: "var(--fg, #202124)", backgroundColor: "var(--panel, #fff)" }, ".cm-gutters": { backgroundColor: "#f3f4f1", color: "#4f5864", border: "none" } };
  return [
    EditorView.theme({ ...base, ...colours }, { dark }),
    syntaxHighlighting(dark ? darkStyle : lightStyle),
  ];
}
