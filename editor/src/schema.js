// Completion and hover docs from the API field table Go passes in:
// {TypeName: [{name, type, enum, doc}]}, where type is another TypeName,
// "[]TypeName" for a list, or a scalar ("string", "integer", "boolean").
// The root type is the document's kind (Pod when absent).
import { hoverTooltip } from "@codemirror/view";
import { pathAt, kindOf, resolve, fieldAt, siblingKeys, lineInfo } from "./yamlpath.js";

function context(state, pos) {
  const line = state.doc.lineAt(pos);
  const lines = state.doc.toString().split("\n");
  const at = pathAt(lines, line.number - 1, pos - line.from);
  const keyCol = lineInfo(line.text.slice(0, pos - line.from)).keyIndent;
  return { at, root: kindOf(lines, line.number - 1), written: () => siblingKeys(lines, line.number - 1, keyCol) };
}

// schemaCompletions offers field names where a key is typed and enum values
// (or true/false) after "key: ".
export function schemaCompletions(ctx, schema) {
  if (!schema) return null;
  const { at, root, written } = context(ctx.state, ctx.pos);
  const word = ctx.matchBefore(/[\w.\-]*/);
  if (!ctx.explicit && word.from === word.to && at.inKey) return null;
  const options = at.inKey ? keyOptions(schema, root, at.path, written()) : valueOptions(schema, root, at);
  if (!options || !options.length) return null;
  return { from: word.from, options, validFor: /^[\w.\-]*$/ };
}

// keyOptions are the fields of the object at path not yet written there.
function keyOptions(schema, root, path, written) {
  const type = resolve(schema, root, path);
  const fields = type && schema[type];
  if (!fields) return null;
  return fields.filter((f) => !written.has(f.name)).map((f) => ({
    label: f.name, type: "property", detail: f.type, apply: f.name + ": ",
    info: f.doc ? () => docNode(f) : undefined,
  }));
}

function valueOptions(schema, root, at) {
  if (!at.valueOf) return null;
  const f = fieldAt(schema, root, at.path, at.valueOf);
  if (!f) return null;
  const values = f.enum && f.enum.length ? f.enum : f.type === "boolean" ? ["true", "false"] : [];
  return values.map((v) => ({ label: v, type: "enum" }));
}

// docNode renders a field's doc as text nodes (never HTML).
function docNode(f) {
  const el = document.createElement("div");
  el.className = "cm-podlab-doc";
  const head = document.createElement("strong");
  head.textContent = `${f.name} (${f.type})`;
  const body = document.createElement("p");
  body.textContent = f.doc || "";
  el.append(head, body);
  if (f.sim === false) {
    const note = document.createElement("p");
    note.className = "cm-podlab-doc-note";
    const zh = (document.documentElement.lang || "").startsWith("zh");
    note.textContent = zh ? "Podlab 接受此字段，但不模拟它。" : "Podlab accepts this field but does not simulate it.";
    el.append(note);
  }
  if (f.enum && f.enum.length) {
    const en = document.createElement("p");
    en.textContent = f.enum.join(" | ");
    el.append(en);
  }
  return el;
}

// schemaHover shows a field's doc when the pointer rests on its key.
export function schemaHover(getSchema) {
  return hoverTooltip((view, pos) => {
    const schema = getSchema();
    if (!schema) return null;
    const line = view.state.doc.lineAt(pos);
    const m = /^(\s*(?:-\s+)?)([A-Za-z_][\w.\-]*)\s*:/.exec(line.text);
    if (!m) return null;
    const start = line.from + m[1].length;
    const end = start + m[2].length;
    if (pos < start || pos > end) return null;
    const { at, root } = context(view.state, start);
    const f = fieldAt(schema, root, at.path, m[2]);
    if (!f) return null;
    return { pos: start, end, above: true, create: () => ({ dom: docNode(f) }) };
  });
}
