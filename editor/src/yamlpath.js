// YAML path at a position, found by walking indentation upwards. It is
// deliberately a line scanner, not a parser: it must work on the half-typed,
// invalid text the learner has while typing, where a real parser gives up.

// lineInfo splits one line into its indentation, list dash and key.
export function lineInfo(text) {
  const m = /^(\s*)(-\s+)?([A-Za-z_][\w.\-]*)?\s*(:)?(.*)$/.exec(text);
  const indent = m[1].length;
  const dash = m[2] ? m[2].length : 0;
  return {
    indent,
    dash: !!m[2],
    keyIndent: indent + dash,
    key: m[4] ? m[3] : null,
    rest: m[5] || "",
    blank: text.trim() === "" || text.trim().startsWith("#"),
  };
}

// pathAt returns the keys enclosing column col of line number lineNo (0-based)
// in lines, outermost first; a list item adds "[]" after its list's key.
// It also reports whether the cursor sits where a key is typed (inKey) and,
// when it sits after "key:", that key (valueOf).
export function pathAt(lines, lineNo, col) {
  const cur = lines[lineNo].slice(0, col);
  const info = lineInfo(cur);
  const inKey = info.key === null && /^\s*(-\s+)?[\w.\-]*$/.test(cur);
  const st = { path: [], col: info.keyIndent, dashSkip: -1 };
  if (info.dash) enterItem(st, info.indent);
  for (let i = lineNo - 1; i >= 0 && st.col > 0; i--) {
    const li = lineInfo(lines[i]);
    if (li.blank || (li.dash && li.indent === st.dashSkip)) continue;
    if (li.dash && li.indent < st.col && li.keyIndent >= st.col) {
      enterItem(st, li.indent); // we are a sibling key inside this item
    } else if (li.keyIndent < st.col && li.key) {
      st.path.unshift(li.key);
      if (li.dash) enterItem(st, li.indent);
      else st.col = li.keyIndent, st.dashSkip = -1;
    }
  }
  return { path: st.path, inKey, valueOf: info.key, prefix: currentWord(cur) };
}

// enterItem records that the walk is inside a list item whose dash is at
// column dash: the list's key may sit at the dash's column or left of it.
function enterItem(st, dash) {
  st.path.unshift("[]");
  st.col = dash + 1;
  st.dashSkip = dash;
}

function currentWord(cur) {
  const m = /[\w.\-]*$/.exec(cur);
  return m ? m[0] : "";
}

// kindOf finds the document's kind: line above lineNo (same document).
export function kindOf(lines, lineNo) {
  let start = lineNo;
  while (start > 0 && !/^---/.test(lines[start - 1])) start--;
  for (let i = start; i < lines.length && !(i > start && /^---/.test(lines[i])); i++) {
    const m = /^kind:\s*([A-Za-z]+)/.exec(lines[i]);
    if (m) return m[1];
  }
  return "Pod";
}

// resolve walks schema (a map from type name to its fields) along path
// from the root type and returns the type name found, or null.
export function resolve(schema, root, path) {
  let type = root;
  for (const step of path) {
    if (!type) return null;
    if (step === "[]") {
      type = type.startsWith("[]") ? type.slice(2) : null;
      continue;
    }
    const fields = schema[type];
    const f = fields && fields.find((x) => x.name === step);
    type = f ? f.type : null;
  }
  return type;
}

// fieldAt returns the schema field named key in the object at path.
export function fieldAt(schema, root, path, key) {
  const t = resolve(schema, root, path);
  const fields = t && schema[t];
  return (fields && fields.find((x) => x.name === key)) || null;
}

// siblingKeys lists the keys already written in the mapping that line
// lineNo belongs to (keys at column keyCol), so completion can leave them
// out. A list item's mapping starts on its dash line and ends before the
// next item.
export function siblingKeys(lines, lineNo, keyCol) {
  const keys = new Set();
  for (let i = lineNo - 1; i >= 0; i--) {
    const li = lineInfo(lines[i]);
    if (li.blank) continue;
    if (li.keyIndent === keyCol && li.key) keys.add(li.key);
    if (li.indent < keyCol || (li.dash && li.keyIndent === keyCol)) break;
  }
  for (let i = lineNo + 1; i < lines.length; i++) {
    const li = lineInfo(lines[i]);
    if (li.blank) continue;
    if (li.indent < keyCol || /^(---|\.\.\.)/.test(lines[i])) break;
    if (li.keyIndent === keyCol && li.key && !li.dash) keys.add(li.key);
  }
  return keys;
}
