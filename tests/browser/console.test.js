// The kubectl console in Chromium: typing at the prompt runs kubectl
// against the simulated cluster, the notes' secret-from-file commands work,
// the workstation folder survives a reload (the cluster does not), what a
// learner types stays text, and the clock streams a watch. Screenshots land
// in out/screenshots/console*.png; the measured tick costs in
// out/perf/console-ticks.json.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { start, out } from "./editor.test.helpers.js";

const readyTimeout = 90_000;
const input = '[data-testid="console-input"]';
const output = '[data-testid="console-output"]';

// openConsole loads /console and waits for the prompt to take lines (the
// saved folder is restored first).
async function openConsole(env, page) {
  page ??= await env.browser.context.newPage();
  await page.goto(env.url("/console"));
  await page.waitForSelector('[data-testid="app-ready"]', { timeout: readyTimeout, state: "attached" });
  await page.waitForSelector(`${input}:not([disabled])`);
  return page;
}

// run types line at the prompt, presses Enter and waits for want (a
// string or RegExp) in the output.
async function run(page, line, want) {
  await page.locator(input).fill(line);
  await page.locator(input).press("Enter");
  if (want !== undefined) await waitOutput(page, want);
}

async function waitOutput(page, want, timeout = 15_000) {
  const re = want instanceof RegExp ? want : new RegExp(want.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  try {
    await page.waitForFunction(
      ([sel, src, flags]) => new RegExp(src, flags).test(document.querySelector(sel).textContent),
      [output, re.source, re.flags],
      { timeout }
    );
  } catch (e) {
    throw new Error(`output lacks ${re}:\n${await page.locator(output).textContent()}`);
  }
}

describe("kubectl console", () => {
  let env;

  before(async () => {
    env = await start();
  });

  after(async () => {
    await env?.close();
  });

  test("kubectl get nodes lists the cluster's nodes", async () => {
    const page = await openConsole(env);
    await run(page, "kubectl get nodes", /node-1 +Ready +<none>/);
    assert.match(await page.locator(output).textContent(), /\$ kubectl get nodes\n/);
    assert.equal(await page.locator(output).getAttribute("role"), "log");
    assert.equal(await page.locator(input).evaluate((el) => el.labels.length), 1, "the prompt has a label");
    await page.close();
  });

  test("the notes' secret from a file, and the folder survives a reload", async () => {
    const page = await openConsole(env);
    await run(page, "echo -n admin > ./username.txt");
    await run(page, "kubectl create secret generic user --from-file=./username.txt", "secret/user created");
    await run(page, "kubectl get secrets", /user +Opaque +1 /);
    await page.reload();
    await openConsole(env, page);
    await run(page, "ls", /username\.txt/);
    await run(page, "cat username.txt", /\$ cat username\.txt\nadmin/);
    await run(page, "kubectl get secrets", "No resources found in default namespace.");
    await page.close();
  });

  test("what the learner types is shown as text, never run as HTML", async () => {
    const page = await openConsole(env);
    let dialog = false;
    page.on("dialog", (d) => {
      dialog = true;
      d.dismiss();
    });
    await run(page, "echo '<img src=x onerror=alert(1)>'", "<img src=x onerror=alert(1)>");
    assert.equal(await page.locator(`${output} img`).count(), 0);
    assert.equal(dialog, false);
    await page.close();
  });

  test("keys: ↑ recalls, Tab completes, Ctrl-L clears", async () => {
    const page = await openConsole(env);
    await run(page, "kubectl get nodes", "node-3");
    await page.locator(input).press("ArrowUp");
    assert.equal(await page.locator(input).inputValue(), "kubectl get nodes");
    await page.locator(input).fill("kubectl desc");
    await page.locator(input).press("Tab");
    assert.equal(await page.locator(input).inputValue(), "kubectl describe ");
    await expectFocused(page);
    await page.locator(input).press("Control+l");
    await page.waitForFunction((sel) => document.querySelector(sel).textContent === "", output);
    await page.close();
  });

  test("a watch streams as the clock runs; the cluster view follows; ticks stay cheap", async () => {
    const page = await openConsole(env);
    await page.locator('[data-testid="speed-16"]').click();
    await page.locator('[data-testid="console-try"] button', { hasText: "pod-nginx.yaml" }).click();
    await page.waitForFunction((sel) => document.querySelector(sel).value === "kubectl apply -f pod-nginx.yaml", input);
    await expectFocused(page);
    await page.locator(input).press("Enter");
    await waitOutput(page, "pod/nginx created");
    await run(page, "kubectl get pods -w", /NAME +READY +STATUS +RESTARTS +AGE\nnginx +[01]\/1 /);
    await waitOutput(page, /nginx +1\/1 +Running/, 30_000);
    assert.match(await page.locator('[data-testid="console-following"]').textContent(), /kubectl get pods -w/);
    await page.waitForSelector('[data-node="node-1"] [data-pod="nginx"]');
    assert.match(await page.locator('[data-pod="nginx"] [data-testid="console-pod-status"]').textContent(), /Running/);
    const costs = [];
    for (let i = 0; i < 12; i++) {
      await page.waitForTimeout(260);
      costs.push(Number(await page.locator('[data-testid="clock"]').getAttribute("data-tick-ms")));
    }
    mkdirSync(join(out, "perf"), { recursive: true });
    writeFileSync(join(out, "perf", "console-ticks.json"), JSON.stringify({ speed: 16, tickMs: costs }, null, 1));
    assert.ok(Math.max(...costs) < 50, `a tick took ${Math.max(...costs)} ms (budget 50 ms): ${costs}`);
    await run(page, "kubectl label nodes node-2 disktype=ssd", "node/node-2 labeled");
    await page.waitForSelector('[data-testid="console-following"]', { state: "detached" });
    await page.waitForSelector('[data-node="node-2"] .con-label:text-is("disktype=ssd")');
    mkdirSync(join(out, "screenshots"), { recursive: true });
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.screenshot({ path: join(out, "screenshots", "console.png") });
    await page.close();
  });

  test("a long sleep runs in slices: the page stays responsive and the prompt reopens", async () => {
    const page = await openConsole(env);
    await run(page, "kubectl apply -f pod-nginx.yaml", "pod/nginx created");
    await run(page, "sleep 2h");
    await page.waitForSelector('[data-testid="console-following"]');
    assert.match(await page.locator('[data-testid="console-following"]').textContent(), /sleep: \d+:\d\d of cluster time left/);
    assert.equal(await page.evaluate(() => 1 + 1), 2, "the page answers while sleep runs");
    await page.waitForSelector(`${input}:not([disabled])`, { timeout: 60_000 });
    await run(page, "kubectl get pods", /nginx +1\/1 +Running +0 +(12\dm|2h)/);
    await page.close();
  });

  test("no console errors, exceptions or requests to other hosts", () => {
    assert.deepEqual(env.problems, []);
  });
});

async function expectFocused(page) {
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "console-input", "Tab left the prompt");
}
