// The YAML editor in Chromium: typing, the simulator's diagnostics at
// their line, completion, keyboard exit, learner text as text, and the
// edit → re-simulated → redrawn time on the notes' Pods.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { start, open, setSpec, getSpec, notes, javawebFixed, out } from "./editor.test.helpers.js";

describe("editor", () => {
  let env, page;

  before(async () => {
    env = await start();
    page = await open(env, "/sandbox");
  });

  after(async () => {
    await page?.close();
    await env?.close();
  });

  test("typing a typo shows the simulator's diagnostic at its line and keeps the last good run", async () => {
    await setSpec(page, javawebFixed);
    await page.waitForSelector('[data-container="tomcat"]');
    // Select hostPort with the mouse and keyboard, as a learner would, and retype it.
    await page.locator(".cm-content .cm-line", { hasText: "hostPort" }).click();
    await page.keyboard.press("End");
    await page.keyboard.press("Home");
    await page.keyboard.press("Shift+Control+ArrowRight");
    await page.keyboard.type("hostPost");
    const diag = page.locator('[data-testid="editor-diagnostic"]');
    await diag.first().waitFor({ timeout: 5_000 });
    assert.equal(await diag.count(), 1);
    assert.equal(await diag.getAttribute("data-line"), "24");
    assert.equal(await diag.getAttribute("data-col"), "11");
    assert.match(await diag.textContent(), /24:11 .*unknown field "hostPost"/);
    assert.equal(await page.locator(".cm-lint-marker-error").count(), 1, "a lint gutter marker");
    assert.equal(await page.locator('[data-container="tomcat"]').count(), 1, "the last good run stays on the stage");
    assert.equal(await getSpec(page), notes.javaweb);
  });

  test("completion offers the fields of the object at the cursor and enum values", async () => {
    await setSpec(page, "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: c\n    image: busybox\n    ");
    await page.locator(".cm-content").click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("livenessPr");
    const options = page.locator(".cm-tooltip-autocomplete li");
    await options.first().waitFor();
    assert.ok((await options.allTextContents()).some((o) => o.startsWith("livenessProbe")));
    await page.keyboard.press("Escape");
    await page.keyboard.press("Shift+Home");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Control+Space"); // every field of the container not yet written
    await options.first().waitFor();
    const fields = await page.locator(".cm-tooltip-autocomplete .cm-completionLabel").allTextContents();
    assert.ok(fields.includes("readinessProbe"), `${fields}`);
    assert.ok(!fields.includes("image") && !fields.includes("name"), `written keys offered again: ${fields}`);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\nimagePullPolicy: ");
    await page.keyboard.press("Control+Space");
    await options.first().waitFor();
    const values = await options.allTextContents();
    for (const v of ["Always", "IfNotPresent", "Never"]) assert.ok(values.includes(v), `${values} lacks ${v}`);
    await page.keyboard.press("Escape");
  });

  test("hovering a field shows its API documentation", async () => {
    await setSpec(page, notes.livenessExec);
    await page.locator(".cm-content .cm-line", { hasText: "livenessProbe" }).locator("text=livenessProbe").hover();
    const tip = page.locator(".cm-tooltip-hover .cm-podlab-doc");
    await tip.waitFor({ timeout: 5_000 });
    assert.match(await tip.textContent(), /livenessProbe \(Probe\).*liveness/i);
    await page.mouse.move(0, 0);
  });

  test("Tab indents by two spaces; Escape then Tab leaves the editor", async () => {
    await setSpec(page, "a:\n");
    await page.locator(".cm-content").click();
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Tab");
    await page.keyboard.type("b: 1");
    assert.equal(await getSpec(page), "a:\n  b: 1");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    const inEditor = await page.evaluate(() => !!document.activeElement.closest(".cm-editor"));
    assert.equal(inEditor, false, "focus should have left the editor");
  });

  test("Format re-indents and Undo puts it back", async () => {
    await setSpec(page, "a:\n    b: 1\n    c:\n        d: 2");
    await page.locator('[data-testid="editor-format"]').click();
    assert.equal(await getSpec(page), "a:\n  b: 1\n  c:\n    d: 2");
    await page.locator('[data-testid="editor-undo"]').click();
    assert.equal(await getSpec(page), "a:\n    b: 1\n    c:\n        d: 2");
  });

  test("markup in the spec is shown as text, never run", async () => {
    let dialogs = 0;
    page.on("dialog", (d) => { dialogs++; d.dismiss(); });
    await setSpec(page, javawebFixed.replace("name: tomcat", 'name: "<img src=x onerror=alert(1)>"'));
    const diag = page.locator('[data-testid="editor-diagnostic"]');
    await diag.first().waitFor();
    assert.match(await diag.first().textContent(), /<img src=x onerror=alert\(1\)>/);
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    assert.equal(dialogs, 0);
  });

  test("if the wasm dies anyway, a panel offers a reload", async () => {
    const other = await open(env, "/sandbox");
    await other.evaluate(() => window.dispatchEvent(new ErrorEvent("error", { message: "Error: Go program has already exited" })));
    const panel = other.locator('[data-testid="error-panel"]');
    assert.equal(await panel.getAttribute("role"), "alert");
    assert.match(await panel.textContent(), /Reload|重新加载/);
    await other.close();
  });

  test("edit → re-simulated and redrawn on the notes' Pods (budget 50 ms)", async () => {
    const pods = [
      ["javaweb-2", javawebFixed, "tomcat"],
      ["liveness-exec", notes.livenessExec, "liveness"],
      ["liveness-http", notes.livenessHTTP, "liveness"],
      ["downward-api", notes.downwardAPI, "client-container"],
    ];
    // Wall time depends on what else the machine runs; the page's main
    // thread CPU time (CDP's ThreadTime) much less, so both are reported.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    const threadTime = async () =>
      (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "ThreadTime").value * 1000;
    const figures = {};
    for (const [name, spec, container] of pods) {
      await setSpec(page, spec);
      await page.waitForSelector(`[data-container="${container}"]`);
      const wall = [];
      const cpu = [];
      for (let i = 1; i <= 7; i++) {
        const renamed = `${container}-${i}`;
        const next = spec.replace(`name: ${container}\n`, `name: ${renamed}\n`);
        const before = await threadTime();
        wall.push(await page.evaluate(measureEdit, { next, renamed }));
        cpu.push((await threadTime()) - before);
      }
      const med = (xs) => [...xs].sort((a, b) => a - b)[3];
      figures[name] = { median: med(wall), max: Math.max(...wall), cpuMedian: med(cpu), runs: wall.map((t) => +t.toFixed(1)) };
    }
    await cdp.detach();
    mkdirSync(join(out, "perf"), { recursive: true });
    writeFileSync(join(out, "perf", "edit-redraw.json"), JSON.stringify(figures, null, 2) + "\n");
    for (const [name, f] of Object.entries(figures))
      console.log(`edit→redraw ${name}: median ${f.median.toFixed(1)} ms, max ${f.max.toFixed(1)} ms, main-thread CPU median ${f.cpuMedian.toFixed(1)} ms`);
    // The 50 ms budget is reported, not asserted (a busy CI machine is no
    // measure); this bound only catches a redraw that never comes.
    for (const [name, f] of Object.entries(figures)) assert.ok(f.median < 2000, `${name}: ${f.median} ms`);
    assert.deepEqual(env.problems, []);
  });
});

// measureEdit runs in the page: from handing the editor's text to the page
// until the stage shows the renamed container.
function measureEdit({ next, renamed }) {
  return new Promise((resolve, reject) => {
    const sel = `[data-container="${renamed}"]`;
    const ed = document.querySelector('[data-testid="editor"]').podlabEditor;
    const t0 = performance.now();
    const done = () => {
      obs.disconnect();
      resolve(performance.now() - t0);
    };
    const obs = new MutationObserver(() => document.querySelector(sel) && done());
    obs.observe(document.body, { subtree: true, childList: true, attributes: true });
    setTimeout(() => { obs.disconnect(); reject(new Error(`${renamed} never drawn`)); }, 10_000);
    ed.setText(next);
    ed.fire();
  });
}
