// formatYAML re-indents YAML to two spaces per level without parsing it, so
// it also tidies half-typed text. It keeps the list style (a dash at its
// key's column or indented under it), keeps block scalars' (| and >) inner
// indentation relative, turns leading tabs into spaces and drops trailing
// whitespace. It never reorders, adds or removes content.
export function formatYAML(text) {
  const out = [];
  let stack = [{ raw: 0, out: 0 }];
  let block = null; // {keyRaw, base, shift} while inside a block scalar
  for (const src of text.split("\n")) {
    const line = src.replace(/^[\t ]+/, (ws) => ws.replace(/\t/g, "  ")).replace(/[ \t]+$/, "");
    const raw = line.length - line.trimStart().length;
    if (block && (line === "" || raw > block.keyRaw)) {
      if (block.base < 0 && line !== "") block.base = raw;
      out.push(line === "" ? "" : " ".repeat(block.outIndent + raw - block.base) + line.trimStart());
      continue;
    }
    block = null;
    if (line === "") { out.push(""); continue; }
    if (/^(---|\.\.\.)(\s|$)/.test(line)) { stack = [{ raw: 0, out: 0 }]; out.push(line); continue; }
    const indent = place(stack, raw, line.trimStart().startsWith("#"));
    out.push(" ".repeat(indent) + line.trimStart());
    block = blockStart(line, raw, indent);
    pushItem(stack, line, raw, indent);
  }
  return out.join("\n");
}

// place maps a raw indentation to its formatted one through the stack of
// open levels; comments are placed but open no level.
function place(stack, raw, comment) {
  while (stack.length > 1 && stack[stack.length - 1].raw > raw) stack.pop();
  const top = stack[stack.length - 1];
  if (top.raw === raw) return top.out;
  if (comment) return top.out + 2;
  stack.push({ raw, out: top.out + 2 });
  return top.out + 2;
}

// pushItem opens the level of a list item's content ("- name: x" opens the
// column of "name" for the item's next keys).
function pushItem(stack, line, raw, indent) {
  const m = /^(\s*)(-\s+)(?=\S)/.exec(line);
  if (m) stack.push({ raw: raw + m[2].length, out: indent + 2 });
}

function blockStart(line, raw, indent) {
  if (!/:\s*[|>][-+0-9]*\s*(#.*)?$/.test(line) && !/^\s*-\s+[|>][-+0-9]*\s*$/.test(line)) return null;
  return { keyRaw: raw, base: -1, outIndent: indent + 2 };
}
