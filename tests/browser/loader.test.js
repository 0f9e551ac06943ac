// While app.wasm downloads (seconds on a phone), the prerendered page is
// there to read: go-app's loader is a small chip over it, not a screen in
// front of it (web/loader.css), and it shows no percentage that a gzipping
// host would turn into NaN% (app/head.go, loadingLabel).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launch, watch } from "./browser.js";
import { serve } from "./server.js";

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, process.env.DIST || "../../dist");
const prefix = process.env.PREFIX || "/podlab";
const readyTimeout = 90_000; // a cold start compiles the whole wasm on a busy 2-core machine

describe("while app.wasm loads", () => {
  let site, browser, problems;

  before(async () => {
    site = await serve(dist, prefix);
    browser = await launch();
    problems = watch(browser.context, site.origin);
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test("a phone shows the lesson's text, and the app takes over once the wasm arrives", async () => {
    // Hold app.wasm back until the page has been looked at.
    let release;
    const held = new Promise((ok) => (release = ok));
    await browser.context.route("**/web/app.wasm", async (route) => {
      await held;
      await route.continue();
    });
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 412, height: 823 });
    const lesson = await fetch(site.origin + prefix + "/").then((r) => r.text());
    const href = lesson.match(new RegExp(`href="(${prefix}/lessons/[^"]+)"`))[1];
    await page.goto(site.origin + href);

    const loader = page.locator("#app-wasm-loader");
    await loader.waitFor({ state: "visible" });
    const label = (await loader.innerText()).trim();
    assert.match(label, /Loading Podlab/);
    assert.doesNotMatch(label, /%|NaN/, "a percentage that gzip makes wrong");

    // The heading and the lesson's first paragraph are what is on top
    // where they are drawn, not the loader.
    for (const selector of ["h1", ".lesson-text p"]) {
      const el = page.locator(selector).first();
      const box = await el.boundingBox();
      assert.ok(box, `${selector} is laid out`);
      const onTop = await page.evaluate(
        ({ x, y, selector }) => document.elementFromPoint(x, y)?.closest(selector) !== null,
        { x: box.x + Math.min(box.width / 2, 40), y: box.y + Math.min(box.height / 2, 10), selector }
      );
      assert.ok(onTop, `${selector} is covered while the wasm loads`);
    }
    const chip = await loader.boundingBox();
    assert.ok(chip.height < 823 / 8, `loader is ${chip.height}px tall on an 823px screen`);

    release();
    await page.waitForSelector('[data-testid="app-ready"]', { timeout: readyTimeout, state: "attached" });
    assert.equal(await loader.count(), 0, "the loader is gone once the app runs");
    assert.deepEqual(problems, []);
    await page.close();
    await browser.context.unroute("**/web/app.wasm");
  });
});
