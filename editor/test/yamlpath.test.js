// Run with `npm test` (node --test): the cursor-path walk the completion
// and hover docs rely on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { pathAt, resolve, kindOf, siblingKeys } from "../src/yamlpath.js";

const doc = `apiVersion: v1
kind: Pod
spec:
  containers:
  - name: app
    image: nginx
    ports:
    - containerPort: 80
    livenessProbe:
      
  - name: other
    
  restartPolicy: Al`.split("\n");

test("pathAt", () => {
  const cases = [
    { name: "key inside a nested object", line: 9, col: 6, path: "spec.containers.[].livenessProbe", inKey: true },
    { name: "key of a list item in a list item", line: 7, col: 8, path: "spec.containers.[].ports.[]", inKey: true },
    { name: "value after the first key of an item", line: 4, col: 14, path: "spec.containers.[]", inKey: false, value: "name" },
    { name: "sibling item skipped", line: 11, col: 4, path: "spec.containers.[]", inKey: true },
    { name: "value at depth one", line: 12, col: 19, path: "spec", inKey: false, value: "restartPolicy" },
    { name: "top-level key", line: 2, col: 2, path: "", inKey: true },
    { name: "key under spec", line: 3, col: 4, path: "spec", inKey: true },
  ];
  for (const c of cases) {
    const got = pathAt(doc, c.line, c.col);
    assert.equal(got.path.join("."), c.path, c.name);
    assert.equal(got.inKey, c.inKey, c.name);
    if (c.value) assert.equal(got.valueOf, c.value, c.name);
  }
});

test("resolve follows lists and objects", () => {
  const schema = {
    Pod: [{ name: "spec", type: "PodSpec" }],
    PodSpec: [{ name: "containers", type: "[]Container" }],
    Container: [{ name: "name", type: "string" }],
  };
  assert.equal(resolve(schema, "Pod", ["spec", "containers", "[]"]), "Container");
  assert.equal(resolve(schema, "Pod", ["spec", "nope"]), null);
});

test("kindOf reads the current document", () => {
  const lines = "kind: ConfigMap\n---\napiVersion: v1\nkind: Pod\nspec:".split("\n");
  assert.equal(kindOf(lines, 0), "ConfigMap");
  assert.equal(kindOf(lines, 4), "Pod");
});

test("siblingKeys sees the keys of the same mapping only", () => {
  const lines = `spec:
  containers:
  - name: a
    image: busybox

    ports: []
  - name: b
    args: []
  restartPolicy: Always`.split("\n");
  // The cursor on the blank line 4, inside container a.
  assert.deepEqual([...siblingKeys(lines, 4, 4)].sort(), ["image", "name", "ports"]);
  // Inside spec, at column 2.
  assert.deepEqual([...siblingKeys(lines, 9, 2)].sort(), ["containers", "restartPolicy"]);
});
