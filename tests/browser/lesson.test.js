// The lesson panel in Chromium: a lesson's title and text, its starter
// failing a check said in words, a hint, the solution behind its
// confirmation passing every check, the next-lesson link, and the whole
// course walked that way through the next-lesson links, with the time each
// lesson takes from "load the solution" to every check passing (the
// learner's spec is simulated to the lesson's horizon and graded), written
// to out/perf/lesson-grading.json.
import { after, before, beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launch, watch } from "./browser.js";
import { serve } from "./server.js";

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, process.env.DIST || "../../dist");
const prefix = process.env.PREFIX || "/podlab";
const perf = resolve(here, "../../out/perf");
const shots = resolve(here, process.env.SCREENSHOTS || "../../out/screenshots");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const gradeTimeout = 120_000; // a whole run to the horizon, in wasm, on a busy 2-core machine

const lesson = '[data-testid="lesson"]';
const checks = '[data-testid="check-result"]';
const editor = '[data-testid="editor"]';

// graded waits until the panel shows the results of the spec in the
// editor: check results drawn and the status no longer "Checking".
async function graded(page) {
  await page.waitForFunction(
    ([lesson, checks]) => {
      const status = document.querySelector(`${lesson} .tasks-status`);
      return status && !/Checking|正在检查/.test(status.textContent) && document.querySelectorAll(checks).length > 0;
    },
    [lesson, checks],
    { timeout: gradeTimeout }
  );
}

// results reads each check result as "pass" or "fail".
const results = (page) => page.$$eval(checks, (els) => els.map((e) => e.dataset.result));

// axe checks the lesson pane (the editor and stage have their own tests).
async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate((sel) => window.axe.run({ include: [[sel]] }), lesson);
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`
  );
}

// loadSolution confirms the solution and measures, inside the page, the
// time until every check passes (the next-lesson link appears only then).
async function loadSolution(page) {
  await page.locator('[data-testid="solution"]').click();
  await page.locator('[data-testid="solution-confirm"]').waitFor();
  return page.evaluate(
    (timeout) =>
      new Promise((done, fail) => {
        const start = performance.now();
        const passed = () => document.querySelector('[data-testid="next-lesson"]');
        const obs = new MutationObserver(() => {
          if (passed()) {
            obs.disconnect();
            done(performance.now() - start);
          }
        });
        obs.observe(document.body, { subtree: true, childList: true, attributes: true });
        setTimeout(() => fail(new Error("the solution did not pass every check")), timeout);
        document.querySelector('[data-testid="solution-confirm"]').click();
      }),
    gradeTimeout
  );
}

describe("lesson panel in Chromium", () => {
  let site, browser, problems, page;

  before(async () => {
    site = await serve(dist, prefix);
    browser = await launch();
    problems = watch(browser.context, site.origin);
  });

  beforeEach(() => problems.splice(0));

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  const open = async (path) => {
    const p = await browser.context.newPage();
    await p.goto(site.origin + prefix + path);
    await p.waitForSelector('[data-testid="app-ready"]', { timeout: 90_000, state: "attached" });
    return p;
  };

  test("a lesson: title, failing starter, hint, solution passes, next-lesson link", async () => {
    page = await open("/lessons/init-containers");
    await page.locator(`${lesson} h2`).first().waitFor();
    assert.match(await page.locator(`${lesson} h2`).first().textContent(), /init containers/i);
    assert.ok((await page.locator(`${lesson} .lesson-text h3`).count()) > 0, "the lesson text has its sections");
    await graded(page);
    const starter = await results(page);
    assert.ok(starter.includes("fail"), `starter results ${starter}: want a failing check`);
    const failing = page.locator(`${checks}[data-result="fail"]`).first();
    assert.match(await failing.textContent(), /got .*, want /, "a failing check says what it got and wanted");
    assert.equal(await page.locator('[data-testid="next-lesson"]').count(), 0, "no next link before passing");

    await page.locator('[data-testid="hint-button"]').first().click();
    await page.locator('[data-testid="hint"]').first().waitFor();
    assert.equal(await page.locator('[data-testid="hint"]').count(), 1, "one hint per click");

    await page.locator('[data-testid="solution"]').click();
    await page.locator('[data-testid="solution-confirm"]').waitFor();
    assert.deepEqual(await axe(page), [], "axe: the lesson pane with a hint and the confirmation open");
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, "lesson-panel.png"), fullPage: true });
    await page.getByRole("button", { name: /^Cancel$/ }).click();

    await page.waitForSelector(`${editor} .cm-content`, { timeout: 30_000 });
    const starterText = await page.evaluate((sel) => document.querySelector(sel).podlabEditor.getText(), editor);
    const ms = await loadSolution(page);
    const after = await results(page);
    assert.ok(after.length > 0 && after.every((r) => r === "pass"), `solution results ${after}: want all pass`);
    const next = page.locator('[data-testid="next-lesson"]');
    assert.match(await next.getAttribute("href"), new RegExp(`${prefix}/lessons/init-order$`));
    console.log(`init-containers: solution graded in ${Math.round(ms)} ms`);

    // Typing the starter back: the checks follow the edit.
    await page.evaluate(
      ([sel, t]) => {
        const ed = document.querySelector(sel).podlabEditor;
        ed.setText(t);
        ed.fire();
      },
      [editor, starterText]
    );
    await next.waitFor({ state: "detached", timeout: gradeTimeout });
    await graded(page);
    assert.ok((await results(page)).includes("fail"), "after typing the starter back, a check fails again");
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("the whole course through the next-lesson links, every solution passing", async () => {
    page = await open("/lessons/containers-are-processes");
    const timings = [];
    for (let n = 0; n < 40; n++) {
      const slug = new URL(page.url()).pathname.split("/").pop();
      await page.locator(`${lesson} h2`).first().waitFor();
      const title = await page.locator(`${lesson} h2`).first().textContent();
      await graded(page);
      const starter = await results(page);
      assert.ok(starter.includes("fail"), `${slug}: starter results ${starter}: want a failing check`);
      const ms = await loadSolution(page);
      const after = await results(page);
      assert.ok(after.every((r) => r === "pass"), `${slug}: solution results ${after}`);
      timings.push({ lesson: slug, checks: after.length, solutionGradedMs: Math.round(ms) });
      const next = page.locator('[data-testid="next-lesson"]');
      const href = await next.getAttribute("href");
      await next.click();
      await page.waitForURL((u) => u.pathname === href, { timeout: 10_000 });
      if (href.endsWith("/sandbox")) break;
      // The panel shows the next lesson and none of the last one's results.
      await page.waitForFunction(
        ([sel, before]) => {
          const h = document.querySelector(sel);
          return h && h.textContent !== before && !document.querySelector('[data-testid="next-lesson"]');
        },
        [`${lesson} h2`, title],
        { timeout: 10_000 }
      );
    }
    mkdirSync(perf, { recursive: true });
    writeFileSync(join(perf, "lesson-grading.json"), JSON.stringify(timings, null, 2) + "\n");
    for (const t of timings) console.log(`${t.lesson}: ${t.checks} checks, solution graded in ${t.solutionGradedMs} ms`);
    assert.ok(timings.length >= 10, `walked ${timings.length} lessons`);
    assert.ok(await page.locator('[data-testid="examples"] .example').count() > 0, "the sandbox lists the examples");
    await page.locator('[data-example="javaweb-2"] button').click();
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.podlabEditor?.getText().includes("name: javaweb-2"),
      editor,
      { timeout: 10_000 }
    );
    assert.match(await page.locator(".examples-status").textContent(), /javaweb-2/);

    // Progress: the home page marks every lesson done.
    await page.goto(site.origin + prefix + "/");
    await page.waitForSelector('[data-testid="app-ready"]', { timeout: 90_000, state: "attached" });
    await page.waitForFunction((n) => document.querySelectorAll(".toc-done").length === n, timings.length, {
      timeout: 10_000,
    });
    assert.deepEqual(problems, []);
    await page.close();
  });
});
