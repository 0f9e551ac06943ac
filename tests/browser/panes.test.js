// The lesson page's panes as a learner uses them on a wide screen: a
// splitter dragged with the mouse or moved with the keyboard resizes the
// panes (and the keys do not also step the player), a collapsed pane
// gives its width to the others and says so (aria-expanded, its name on
// the strip), the layout survives a reload, the ? dialog resets it, and
// presentation mode still shows the stage. axe finds nothing on a page
// with a collapsed pane; the page logs no errors.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { firstLesson, open, ready, start } from "./editor.test.helpers.js";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const wide = { width: 1280, height: 800 };

const sel = {
  lesson: "#pane-lesson",
  editor: "#pane-editor",
  stage: "#pane-stage",
  split0: '[data-testid="splitter-0"]',
  split1: '[data-testid="splitter-1"]',
  toggle: (p) => `[data-testid="pane-toggle-${p}"]`,
  clock: '[data-testid="clock"]',
};

// The page renders a splitter's new aria-value* a moment after the key or
// the pointer's release: wait for them rather than read them at once.
const waitFor = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: 10_000 });
async function valueIs(page, s, want) {
  try {
    await waitFor(page, ([s, want]) => {
      const e = document.querySelector(s);
      const v = { now: +e.ariaValueNow, min: +e.ariaValueMin, max: +e.ariaValueMax };
      return v.now === (typeof want === "number" ? want : v[want]);
    }, [s, want]);
  } catch (err) {
    const e = page.locator(s);
    const got = ["now", "min", "max"].map(async (a) => e.getAttribute("aria-value" + a));
    assert.fail(`${s}: aria-valuenow never became ${want}; now/min/max ${await Promise.all(got)}`);
  }
}
const expanded = (page, p, want) =>
  waitFor(page, ([s, want]) => document.querySelector(s).getAttribute("aria-expanded") === want, [sel.toggle(p), want]);

const width = (page, s) => page.locator(s).evaluate((e) => e.getBoundingClientRect().width);
const attr = (page, s, name) => page.locator(s).getAttribute(name);

// openWide opens the first lesson at 1280×800 with no saved layout.
async function openWide(env, path) {
  const page = await open(env, path);
  await page.setViewportSize(wide);
  await page.evaluate(() => localStorage.removeItem("podlab.panes"));
  await page.reload();
  await ready(page);
  return page;
}

// drag moves the splitter's middle by dx CSS pixels with the mouse.
async function drag(page, s, dx) {
  const box = await page.locator(s).boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 200);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y, { steps: 4 });
  await page.mouse.move(x + dx, y, { steps: 4 });
  await page.mouse.up();
}

async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document));
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("resizable, collapsible panes", () => {
  let env, path;
  before(async () => {
    env = await start();
    path = await firstLesson();
  });
  after(async () => {
    await env?.close();
  });

  test("dragging the splitter moves the width from the editor to the lesson", async () => {
    const page = await openWide(env, path);
    const [lesson0, editor0, stage0] = [await width(page, sel.lesson), await width(page, sel.editor), await width(page, sel.stage)];
    assert.ok(editor0 > 250, `the editor starts ${editor0}px wide`);
    const now0 = Number(await attr(page, sel.split0, "aria-valuenow"));
    await drag(page, sel.split0, 120);
    const [lesson1, editor1, stage1] = [await width(page, sel.lesson), await width(page, sel.editor), await width(page, sel.stage)];
    assert.ok(Math.abs(lesson1 - lesson0 - 120) < 3, `lesson ${lesson0}→${lesson1}px, want +120`);
    assert.ok(Math.abs(editor0 - editor1 - 120) < 3, `editor ${editor0}→${editor1}px, want −120`);
    assert.ok(Math.abs(stage1 - stage0) < 2, `the stage stays ${stage0}px, got ${stage1}`);
    await waitFor(page, ([s, n]) => +document.querySelector(s).ariaValueNow > n, [sel.split0, now0]);
    // The editor stops at its minimum however far the pointer goes.
    await drag(page, sel.split0, 600);
    await valueIs(page, sel.split0, "max");
    assert.ok((await width(page, sel.editor)) > 150, "the editor keeps its minimum width");
    await page.close();
  });

  test("←/→ on a focused splitter resize the panes and leave the player's time alone", async () => {
    const page = await openWide(env, path);
    const clock0 = await page.locator(sel.clock).textContent();
    const now0 = Number(await attr(page, sel.split1, "aria-valuenow"));
    const editor0 = await width(page, sel.editor);
    await page.locator(sel.split1).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowLeft");
    await valueIs(page, sel.split1, now0 + 4); // two steps of 2% to the right
    const editor1 = await width(page, sel.editor);
    assert.ok(editor1 > editor0 + 20, `the editor got wider: ${editor0}→${editor1}px; ${await page.locator("div.podlab").getAttribute("style")}`);
    assert.equal(await page.locator(sel.clock).textContent(), clock0, "the splitter's keys did not step the player");
    await page.keyboard.press("Home");
    await valueIs(page, sel.split1, "min"); // as far left as it goes
    await page.keyboard.press("End");
    await valueIs(page, sel.split1, "max");
    await page.keyboard.press("Enter");
    await valueIs(page, sel.split1, now0); // the default sizes
    assert.equal(await page.locator(sel.clock).textContent(), clock0, "Home did not rewind the player");
    // Off the splitter, → is the page's again: the player steps.
    // (Several presses: the first events may share the clock's instant.)
    await page.locator("h1").click();
    for (let i = 0; i < 8 && (await page.locator(sel.clock).textContent()) === clock0; i++) {
      await page.keyboard.press("ArrowRight");
      await page.waitForTimeout(250);
    }
    assert.notEqual(await page.locator(sel.clock).textContent(), clock0, "→ off the splitter steps the player");
    await page.close();
  });

  test("a collapsed lesson gives the editor its width, and the page remembers it", async () => {
    const page = await openWide(env, path);
    const editor0 = await width(page, sel.editor);
    const toggle = page.locator(sel.toggle("lesson"));
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    assert.equal(await toggle.getAttribute("aria-controls"), "pane-lesson");
    await toggle.click();
    await expanded(page, "lesson", "false");
    const strip = await width(page, sel.lesson);
    assert.ok(strip < 60, `the collapsed lesson is a ${strip}px strip`);
    assert.ok(await toggle.locator(".pane-toggle-name").isVisible(), "the strip shows the pane's name");
    assert.equal(await page.locator('[data-testid="lesson"]').isVisible(), false, "the lesson text is hidden");
    const editor1 = await width(page, sel.editor);
    assert.ok(editor1 > editor0 + 50, `editor ${editor0}→${editor1}px`);
    // The editor then the stage: the stage is the last open pane.
    await page.locator(sel.toggle("editor")).click();
    await expanded(page, "editor", "false");
    assert.ok(await page.locator(sel.toggle("stage")).isDisabled(), "the last open pane cannot collapse");
    await page.locator(sel.toggle("editor")).click();
    await expanded(page, "editor", "true");
    assert.deepEqual(await axe(page), [], "axe with the lesson collapsed");

    await page.reload();
    await ready(page);
    await expanded(page, "lesson", "false"); // still collapsed after a reload
    assert.ok(Math.abs((await width(page, sel.editor)) - editor1) < 2, "the editor keeps its width after a reload");

    await page.locator(sel.toggle("lesson")).click();
    await expanded(page, "lesson", "true");
    assert.ok(Math.abs((await width(page, sel.editor)) - editor0) < 2, "expanded, the editor is back to its width");
    await page.close();
  });

  test("the ? dialog resets the layout; presentation mode shows a collapsed stage", async () => {
    const page = await openWide(env, path);
    const editor0 = await width(page, sel.editor);
    await drag(page, sel.split0, -80);
    await page.locator(sel.toggle("stage")).click();
    await expanded(page, "stage", "false");
    assert.ok(await page.locator(".stage").isHidden(), "the collapsed stage hides its drawing");

    await page.locator('[data-testid="control-present"]').click();
    await waitFor(page, () => document.documentElement.dataset.presentation === "on");
    assert.ok(await page.locator(".stage").isVisible(), "presentation mode shows the stage even when collapsed");
    assert.ok((await width(page, sel.stage)) > 1000, "and gives it the page's width");
    await page.locator('[data-testid="control-present"]').click();
    await waitFor(page, () => document.documentElement.dataset.presentation === "off");

    await page.locator('[data-testid="control-help"]').click();
    await page.locator('[data-testid="reset-panes"]').click();
    await page.locator("#shortcuts-close").click();
    await expanded(page, "stage", "true");
    assert.ok(Math.abs((await width(page, sel.editor)) - editor0) < 2, "the editor is back to its default width");
    await page.close();
  });

  test("a narrow window: one column, no splitters, a pane still collapses", async () => {
    const page = await openWide(env, path);
    await page.setViewportSize({ width: 700, height: 900 });
    assert.equal(await page.locator(sel.split0).isVisible(), false, "no splitter in one column");
    const [l, e] = [await width(page, sel.lesson), await width(page, sel.editor)];
    assert.ok(Math.abs(l - e) < 2 && l > 600, `panes stacked full width: ${l}, ${e}`);
    await page.locator(sel.toggle("lesson")).click();
    await expanded(page, "lesson", "false");
    assert.equal(await page.locator('[data-testid="lesson"]').isVisible(), false);
    const h = await page.locator(sel.lesson).evaluate((el) => el.getBoundingClientRect().height);
    assert.ok(h < 60, `the collapsed lesson is a ${h}px bar`);
    await page.close();
  });

  test("no console errors, exceptions or requests to other hosts", () => {
    assert.deepEqual(env.problems, []);
  });
});
