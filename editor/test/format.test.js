// Run with `npm test`: the Format button's re-indentation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { formatYAML } from "../src/format.js";

test("formatYAML", () => {
  const cases = [
    {
      name: "four spaces become two, compact list kept",
      in: "spec:\n    containers:\n    - name: a\n      image: b\n",
      want: "spec:\n  containers:\n  - name: a\n    image: b\n",
    },
    {
      name: "indented list kept indented",
      in: "spec:\n containers:\n   - name: a\n     image: b",
      want: "spec:\n  containers:\n    - name: a\n      image: b",
    },
    {
      name: "block scalar keeps its relative indentation",
      in: "args:\n    - |\n        while true; do\n          echo hi\n        done\n    - x",
      want: "args:\n  - |\n    while true; do\n      echo hi\n    done\n  - x",
    },
    {
      name: "tabs and trailing spaces",
      in: "a:\n\tb: 1   \n\tc: 2",
      want: "a:\n  b: 1\n  c: 2",
    },
    {
      name: "documents reset",
      in: "a:\n   b: 1\n---\nc:\n     d: 2",
      want: "a:\n  b: 1\n---\nc:\n  d: 2",
    },
    {
      name: "already formatted is unchanged",
      in: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: c\n    command: [\"sh\"]\n",
      want: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: c\n    command: [\"sh\"]\n",
    },
  ];
  for (const c of cases) assert.equal(formatYAML(c.in), c.want, c.name);
});
