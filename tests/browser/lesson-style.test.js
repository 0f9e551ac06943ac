// The lesson panel's stylesheet as a learner sees it: code blocks and
// diagrams keep their lines (they scroll sideways, never wrap), a failed
// check looks failed (✗ and a red mark, not colour alone), and axe finds
// nothing in the lesson pane in the light and the dark theme. Screenshots
// of each theme and of presentation mode land in out/screenshots/.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "./browser.js";
import { serve } from "./server.js";

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, process.env.DIST || "../../dist");
const prefix = process.env.PREFIX || "/podlab";
const shots = resolve(here, process.env.SCREENSHOTS || "../../out/screenshots");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const slug = "init-containers";
const lesson = '[data-testid="lesson"]';

async function open(browser, site, size) {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`${site.origin}${prefix}/lessons/${slug}`);
  await page.locator('[data-testid="app-ready"]').waitFor({ timeout: 120_000 });
  await page.locator('[data-testid="check-result"]').first().waitFor({ timeout: 120_000 });
  return page;
}

const setRoot = (page, name, value) =>
  page.evaluate(([n, v]) => document.documentElement.setAttribute(n, v), [name, value]);

async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate((sel) => window.axe.run({ include: [[sel]] }), lesson);
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("lesson panel style", () => {
  let browser, site;
  before(async () => {
    mkdirSync(shots, { recursive: true });
    site = await serve(dist, prefix);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test("code blocks do not wrap and scroll sideways", async () => {
    const page = await open(browser, site, { width: 1280, height: 800 });
    const pres = await page.$$eval(`${lesson} pre`, (els) =>
      els.map((e) => ({ ws: getComputedStyle(e).whiteSpace, ox: getComputedStyle(e).overflowX, wide: e.scrollWidth > e.clientWidth }))
    );
    assert.ok(pres.length > 0, "the lesson has code blocks");
    for (const p of pres) {
      assert.equal(p.ws, "pre");
      assert.equal(p.ox, "auto");
    }
    await page.close();
  });

  test("a failed check shows ✗ and a coloured mark", async () => {
    const page = await open(browser, site, { width: 1280, height: 800 });
    const fail = page.locator('[data-testid="check-result"][data-result="fail"]').first();
    assert.match(await fail.textContent(), /✗/);
    const bg = await fail.evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.notEqual(bg, "rgba(0, 0, 0, 0)", "a failed check has a background");
    const border = await page.locator(`${lesson} .task-fail`).first().evaluate((e) => getComputedStyle(e).borderLeftWidth);
    assert.equal(border, "4px");
    await page.close();
  });

  test("the home page in Chinese: Chinese chrome and lesson titles", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}${prefix}/`);
    await page.locator('[data-testid="app-ready"]').waitFor({ timeout: 120_000 });
    if (!(await page.evaluate(() => document.documentElement.lang.startsWith("zh")))) {
      await page.locator('[data-testid="control-lang"]').click();
      await page.waitForFunction(() => document.documentElement.lang.startsWith("zh"));
    }
    await page.waitForFunction(() => document.querySelector("h1").textContent.includes("一步一步"));
    assert.equal(await page.locator("#contents").textContent(), "课程目录");
    assert.equal(await page.locator(".skip-link").textContent(), "跳到正文");
    const titles = await page.$$eval(".toc-entry > a", (as) => as.map((a) => a.textContent));
    assert.ok(titles.length > 0);
    const han = titles.filter((t) => /[\u4e00-\u9fff]/.test(t));
    assert.equal(han.length, titles.length, `every lesson title in Chinese: ${titles.join(" | ")}`);
    await page.screenshot({ path: join(shots, "home-zh-1280.png"), fullPage: true });
    await page.close();
  });

  for (const theme of ["light", "dark"]) {
    test(`axe passes on the lesson pane, ${theme} theme; screenshots`, async () => {
      for (const size of [{ width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
        const page = await open(browser, site, size);
        await setRoot(page, "data-theme", theme);
        await page.screenshot({ path: join(shots, `lesson-${theme}-${size.width}.png`) });
        await setRoot(page, "data-presentation", "on");
        await page.screenshot({ path: join(shots, `lesson-${theme}-present-${size.width}.png`) });
        await setRoot(page, "data-presentation", "off");
        if (size.width === 1280) {
          // The language is remembered between pages: toggle to Chinese only if needed.
          if (!(await page.evaluate(() => document.documentElement.lang.startsWith("zh")))) {
            await page.locator('[data-testid="control-lang"]').click();
            await page.waitForFunction(() => document.documentElement.lang.startsWith("zh"));
          }
          await page.screenshot({ path: join(shots, `lesson-${theme}-zh-${size.width}.png`) });
          assert.deepEqual(await axe(page), [], `axe in ${theme}, zh`);
        }
        await page.close();
      }
    });
  }
});
