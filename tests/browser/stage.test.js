// The stage and the player in Chromium, through the test hooks of
// DESIGN.md: play, scrub and step, read the stage, switch language and
// theme, presentation mode and the shortcuts; axe-core in both themes and in
// presentation mode; screenshots for out/screenshots/; and the longest task
// while playing (budget: none over 50 ms), written to out/perf/.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { launch, watch } from "./browser.js";
import { serve } from "./server.js";

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, process.env.DIST || "../../dist");
const prefix = process.env.PREFIX || "/podlab";
const out = resolve(here, "../../out");
const shots = join(out, "screenshots");
const perf = join(out, "perf");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

// javaweb is the notes' javaweb-2 Pod (seed/pod-notes.zh.md): an init
// container copies sample.war into an emptyDir that tomcat serves from.
const javaweb = `apiVersion: v1
kind: Pod
metadata:
  name: javaweb-2
spec:
  initContainers:
  - image: sample:v2
    name: war
    command: ["cp", "/sample.war", "/app"]
    volumeMounts:
    - mountPath: /app
      name: app-volume
  containers:
  - image: tomcat:7.0
    name: tomcat
    volumeMounts:
    - mountPath: /root/apache-tomcat-7.0.42-v2/webapps
      name: app-volume
    ports:
    - containerPort: 8080
      hostPort: 8001
  volumes:
  - name: app-volume
    emptyDir: {}
`;

async function start() {
  const site = await serve(dist, prefix);
  const browser = await launch();
  const problems = watch(browser.context, site.origin);
  return {
    browser,
    problems,
    url: (path) => site.origin + prefix + path,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}

async function open(env, path) {
  const page = await env.browser.context.newPage();
  await page.goto(env.url(path));
  await page.waitForSelector('[data-testid="app-ready"]', { timeout: 90_000, state: "attached" });
  await page.waitForSelector('[data-testid="editor"] .cm-content', { timeout: 10_000 });
  return page;
}

// setSpec replaces the editor's text through its test hook (web/editor.js
// puts the editor object on its host element) and reports it at once.
async function setSpec(page, text) {
  await page.evaluate((t) => {
    const ed = document.querySelector('[data-testid="editor"]').podlabEditor;
    ed.setText(t);
    ed.fire();
  }, text);
}

// containers reads the stage's containers in drawing order.
const containers = (page) =>
  page.$$eval("[data-container]", (els) =>
    els.map((e) => `${e.dataset.container}:${e.dataset.kind}:${e.dataset.state}`)
  );

const text = (page, id) => page.locator(`[data-testid="${id}"]`).first().textContent();

// scrubTo moves the time bar as a learner dragging it would (input events).
async function scrubTo(page, ms) {
  await page.locator('[data-testid="scrub"]').evaluate((el, v) => {
    el.value = String(v);
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }, ms);
}

// clockSeconds reads the player's clock ("1:05.3 / 10:00") as seconds.
async function clockSeconds(page) {
  const [m, s] = (await text(page, "clock")).split(" / ")[0].split(":");
  return Number(m) * 60 + Number(s);
}

// eventually polls got() until it equals want: the page redraws on its
// next frame, not within the event that changed it.
async function eventually(got, want, what) {
  let last;
  for (let i = 0; i < 100; i++) {
    last = await got();
    if (JSON.stringify(last) === JSON.stringify(want)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.deepEqual(last, want, what);
}

// until polls ok() until it holds.
async function until(ok, what) {
  for (let i = 0; i < 100; i++) {
    if (await ok()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(what);
}

// settle lets the stage's CSS animations finish before a screenshot.
const settle = (page) => page.waitForTimeout(800);

// waitDone waits until the whole horizon is simulated.
const waitDone = (page) => page.waitForSelector(".computing", { state: "detached", timeout: 60_000 });

// axe checks the page except the YAML editor, whose accessibility is the
// editor's tests' business (and site.test.js checks whole pages).
async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() =>
    window.axe.run({ include: [document], exclude: [['[data-testid="editor"]']] })
  );
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`
  );
}

describe("stage and player", () => {
  let env;
  before(async () => {
    env = await start();
    mkdirSync(shots, { recursive: true });
    mkdirSync(perf, { recursive: true });
  });
  after(async () => env?.close());

  // openJavaweb opens the sandbox on javaweb-2, fully simulated.
  async function openJavaweb() {
    const page = await open(env, "/sandbox");
    await page.setViewportSize({ width: 1440, height: 900 });
    await setSpec(page, javaweb);
    await page.waitForSelector('[data-container="war"]');
    await waitDone(page);
    return page;
  }

  test("the stage tells the Pod's story in the kubelet's order", async () => {
    const page = await openJavaweb();
    await scrubTo(page, 0);
    await eventually(() => clockSeconds(page), 0, "clock after scrubbing to 0");
    const first = await containers(page);
    assert.equal(first[0].split(":").slice(0, 2).join(":"), "pause:infra", `drawn first: ${first}`);
    assert.deepEqual(first.map((c) => c.split(":")[1]), ["infra", "init", "app"]);

    await scrubTo(page, 60_000);
    await eventually(() => clockSeconds(page), 60, "clock after scrubbing to 60 s");
    await eventually(() => containers(page), ["pause:infra:running", "war:init:terminated", "tomcat:app:running"], "at 60 s");
    assert.equal(await text(page, "pod-status"), "Running");
    assert.equal(await text(page, "pod-phase"), "Running");
    const war = page.locator('[data-container="war"]');
    assert.match(await war.textContent(), /✓/, "a finished init container is ticked off");
    assert.match(await page.locator(".getpods td").nth(2).textContent(), /^Running$/);
    assert.match(await page.locator(".pod-ip").textContent(), /\d+\.\d+\.\d+\.\d+/);
    assert.match(await page.locator('[data-volume="app-volume"]').textContent(), /sample\.war/, "the file on the disk");

    // the file browser shows tomcat's view of the shared volume
    await page.locator("#tab-files").click();
    await page.locator(".files select").selectOption("javaweb-2/tomcat");
    const file = page.locator(".file-pick", { hasText: "/root/apache-tomcat-7.0.42-v2/webapps/sample.war" });
    await file.waitFor();
    await file.click();
    await page.locator(".file-content").waitFor();
    await page.locator("#tab-logs").click();
    await page.locator(".logs select").waitFor();
    await page.close();
    assert.deepEqual(env.problems, []);
  });

  test("an edit is drawn from the first slice, long before the horizon is computed", async () => {
    const page = await open(env, "/sandbox");
    await page.setViewportSize({ width: 1440, height: 900 });
    await waitDone(page);
    const timing = await page.evaluate(async (spec) => {
      const ed = document.querySelector('[data-testid="editor"]').podlabEditor;
      const t0 = performance.now();
      ed.setText(spec);
      ed.fire();
      const seen = (sel) =>
        new Promise((resolve) => {
          const check = () => (document.querySelector(sel) ? resolve(performance.now() - t0) : requestAnimationFrame(check));
          check();
        });
      const drawn = await seen('[data-container="war-edit"]');
      const computed = await new Promise((resolve) => {
        const check = () => (document.querySelector(".computing") ? requestAnimationFrame(check) : resolve(performance.now() - t0));
        check();
      });
      return { drawnMs: Math.round(drawn), horizonMs: Math.round(computed) };
    }, javaweb.replace("name: war\n", "name: war-edit\n")); // a name no earlier draft has
    writeFileSync(join(perf, "edit.json"), JSON.stringify({ pod: "javaweb-2", horizon: "10m", ...timing }, null, 2) + "\n");
    console.log(`edit → first frame drawn ${timing.drawnMs} ms; 10 min horizon computed ${timing.horizonMs} ms`);
    assert.ok(timing.drawnMs <= timing.horizonMs);
    await page.close();
    assert.deepEqual(env.problems, []);
  });

  test("scrub, step and the events list follow the time", async () => {
    const page = await openJavaweb();
    await scrubTo(page, 0);
    await eventually(() => clockSeconds(page), 0, "clock after scrubbing to 0");
    const rowsAt0 = await page.locator('[data-testid="events"] tbody tr').count();
    await page.locator('[data-testid="step"]').click();
    await until(async () => (await clockSeconds(page)) > 0, "step moves the clock on");
    const t1 = await clockSeconds(page);
    const newest = await page.locator('[data-testid="events"] tr.newest-yes .ev-time').textContent();
    assert.equal(newest, (await text(page, "clock")).split(" / ")[0], "the newest event is the one stepped to");
    assert.ok((await page.locator('[data-testid="events"] tbody tr').count()) > rowsAt0);
    await page.locator('[data-testid="step-back"]').click();
    await until(async () => (await clockSeconds(page)) < t1, "step back goes back");

    // clicking an event's time jumps there
    await scrubTo(page, 600_000);
    await eventually(() => clockSeconds(page), 600, "clock at the end");
    const firstTime = page.locator('[data-testid="events"] .ev-time').first();
    const label = await firstTime.textContent();
    await firstTime.click();
    await eventually(async () => (await text(page, "clock")).split(" / ")[0], label, "clicked event's time");
    assert.notEqual(await text(page, "narration"), "");
    await page.close();
    assert.deepEqual(env.problems, []);
  });

  test("playback ticks smoothly: clock, speed, and the longest task", async () => {
    const page = await openJavaweb();
    await scrubTo(page, 0);
    await eventually(() => clockSeconds(page), 0, "clock after scrubbing to 0");
    await page.locator('[data-testid="speed"]').selectOption("16");
    await page.evaluate(() => {
      window.__longtasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longtasks.push(e.duration);
      }).observe({ type: "longtask" });
      window.__frames = 0;
      const count = () => {
        window.__frames++;
        if (window.__counting) requestAnimationFrame(count);
      };
      window.__counting = true;
      requestAnimationFrame(count);
    });
    await page.locator('[data-testid="play"]').click();
    await page.waitForTimeout(5000);
    await page.locator('[data-testid="pause"]').click();
    const { longtasks, frames } = await page.evaluate(() => {
      window.__counting = false;
      return { longtasks: window.__longtasks, frames: window.__frames };
    });
    const played = await clockSeconds(page);
    const longest = Math.max(0, ...longtasks);
    writeFileSync(
      join(perf, "playback.json"),
      JSON.stringify(
        { seconds: 5, speed: 16, virtualSecondsPlayed: played, frames, longTasks: longtasks.length, longestTaskMs: longest },
        null,
        2
      ) + "\n"
    );
    console.log(`playback 5 s at 16x: ${played}s virtual, ${frames} frames, ${longtasks.length} long tasks, longest ${longest} ms`);
    assert.ok(played > 40 && played <= 90, `played ${played} virtual seconds in 5 s at 16x`);
    // DESIGN.md's budget; LONGTASK_BUDGET_MS loosens it on a loaded machine.
    const budget = Number(process.env.LONGTASK_BUDGET_MS || 50);
    assert.ok(longest <= budget, `longest task while playing: ${longest} ms (budget ${budget} ms)`);
    await page.close();
    assert.deepEqual(env.problems, []);
  });

  test("language: switch, remembered, <html lang>; theme and presentation; axe and screenshots", async () => {
    const page = await openJavaweb();
    await scrubTo(page, 45_000);
    await page.evaluate(() => document.activeElement?.blur());
    await settle(page);
    await page.screenshot({ path: join(shots, "stage-light.png") });
    assert.deepEqual(await axe(page), [], "light theme");

    await page.locator('[data-testid="control-theme"]').click();
    await eventually(() => page.getAttribute("html", "data-theme"), "dark", "theme after the switch");
    await page.evaluate(() => document.activeElement?.blur());
    await settle(page);
    await page.screenshot({ path: join(shots, "stage-dark.png") });
    assert.deepEqual(await axe(page), [], "dark theme");

    await page.locator('[data-testid="control-lang"]').click();
    await eventually(() => page.getAttribute("html", "lang"), "zh-CN", "<html lang> after the switch");
    await eventually(() => page.locator('[data-testid="play"]').getAttribute("aria-label"), "播放", "play in Chinese");
    await settle(page);
    await page.screenshot({ path: join(shots, "stage-dark-zh.png") });
    await page.locator('[data-testid="control-lang"]').click();
    await eventually(() => page.getAttribute("html", "lang"), "en", "and back to English");
    await page.locator('[data-testid="control-lang"]').click();
    await eventually(() => page.getAttribute("html", "lang"), "zh-CN", "and Chinese again");

    await page.keyboard.press("p");
    await eventually(() => page.getAttribute("html", "data-presentation"), "on", "presentation mode");
    assert.equal(await page.locator(".pane-lesson").isVisible(), false, "lesson pane hidden");
    assert.equal(await page.locator(".pane-editor").isVisible(), false, "editor pane hidden");
    await settle(page);
    await page.screenshot({ path: join(shots, "stage-present-dark.png") });
    assert.deepEqual(await axe(page), [], "presentation, dark");
    await page.locator('[data-testid="control-theme"]').click();
    await eventually(() => page.getAttribute("html", "data-theme"), "light", "back to light");
    await page.evaluate(() => document.activeElement?.blur());
    await settle(page);
    await page.screenshot({ path: join(shots, "stage-present.png") });
    assert.deepEqual(await axe(page), [], "presentation, light");

    await page.keyboard.press("?");
    await page.waitForSelector('[data-testid="shortcuts"]');
    await settle(page);
    await page.screenshot({ path: join(shots, "shortcuts.png") });
    assert.deepEqual(await axe(page), [], "shortcuts dialog");
    await page.keyboard.press("Escape");
    await page.waitForSelector('[data-testid="shortcuts"]', { state: "detached" });

    // remembered across a reload: the language and the theme
    await page.reload();
    await page.waitForSelector('[data-testid="app-ready"]', { state: "attached", timeout: 90_000 });
    assert.equal(await page.getAttribute("html", "lang"), "zh-CN");
    assert.equal(await page.getAttribute("html", "data-theme"), "light");
    await page.close();
    assert.deepEqual(env.problems, []);
  });

  test("keyboard: space plays and pauses, arrows step, brackets change the speed", async () => {
    const page = await openJavaweb();
    await scrubTo(page, 0);
    await eventually(() => clockSeconds(page), 0, "clock after scrubbing to 0");
    await page.evaluate(() => document.activeElement?.blur());
    await page.keyboard.press("ArrowRight");
    await until(async () => (await clockSeconds(page)) > 0, "→ steps to the next event");
    const t1 = await clockSeconds(page);
    await page.keyboard.press("ArrowLeft");
    await until(async () => (await clockSeconds(page)) < t1, "← steps back");
    const speed = () => page.locator('[data-testid="speed"]').inputValue();
    await page.keyboard.press("]");
    await page.keyboard.press("]");
    await eventually(speed, "4", "speed after ] ]");
    await page.keyboard.press("[");
    await eventually(speed, "2", "speed after [");
    await page.keyboard.press(" ");
    await page.waitForSelector('[data-testid="pause"]');
    await page.waitForTimeout(500);
    await page.keyboard.press(" ");
    await page.waitForSelector('[data-testid="play"]');
    assert.ok((await clockSeconds(page)) > 0.5);
    await page.close();
    assert.deepEqual(env.problems, []);
  });
});
