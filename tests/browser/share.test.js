// Share links in Chromium: a link reopens the spec, the lesson and the
// time; a damaged or oversized link says so in the learner's language and
// leaves the page usable; the Share button's link round-trips.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { start, open, ready, getSpec, shareFragment, firstLesson, notes } from "./editor.test.helpers.js";

describe("share links", () => {
  let env, lesson;

  before(async () => {
    env = await start();
    lesson = await firstLesson();
  });

  after(async () => {
    await env?.close();
  });

  const openAt = async (path, fragment) => {
    const page = await env.browser.context.newPage();
    await page.goto(env.url(path) + "#" + fragment);
    await ready(page);
    return page;
  };

  test("a link reopens its spec at its time, on its lesson, and leaves the address bar clean", async () => {
    const slug = lesson.split("/").pop();
    const page = await openAt(lesson, shareFragment({ lesson: slug, spec: notes.livenessExec, t: 42 }));
    assert.equal(await getSpec(page), notes.livenessExec);
    await page.waitForSelector('[data-container="liveness"]');
    assert.match(await page.locator('[data-testid="clock"]').textContent(), /^0:42\.0 /);
    assert.match(await page.locator('[data-testid="keep-notice"]').textContent(), /t=42s/);
    assert.equal(new URL(page.url()).hash, "", "the fragment is removed once applied");
    await page.close();
  });

  test("a link to another lesson opens that lesson", async () => {
    const slug = lesson.split("/").pop();
    const page = await openAt("/sandbox", shareFragment({ lesson: slug, spec: notes.livenessHTTP, t: 5 }));
    await page.waitForURL((u) => u.pathname.endsWith(lesson));
    await ready(page);
    assert.equal(await getSpec(page), notes.livenessHTTP);
    await page.close();
  });

  test("a damaged link says so, in the learner's language, and the page still works", async () => {
    const good = shareFragment({ spec: notes.livenessExec, t: 3 });
    const page = await openAt("/sandbox", good.slice(0, good.length - 30));
    const notice = page.locator('[data-testid="keep-notice"]');
    assert.equal(await notice.getAttribute("role"), "alert");
    assert.match(await notice.textContent(), /damaged/);
    assert.ok((await getSpec(page)).includes("kind: Pod"), "the sandbox's own spec is still there");
    await page.locator('[data-testid="control-lang"]').click();
    await page.waitForFunction(() => /损坏/.test(document.querySelector('[data-testid="keep-notice"]').textContent));
    await page.close();
  });

  test("a link with a broken percent-escape does not crash the app", async () => {
    const page = await openAt("/sandbox", "s=%%%");
    assert.match(await page.locator('[data-testid="keep-notice"]').textContent(), /damaged|损坏/);
    assert.ok((await getSpec(page)).includes("kind: Pod"));
    await page.close();
    assert.deepEqual(env.problems, []);
  });

  test("an oversized link is refused with its own message", async () => {
    const big = "# " + "x".repeat(70 * 1024) + "\n" + notes.livenessExec;
    const page = await openAt("/sandbox", shareFragment({ spec: big, t: 0 }));
    assert.match(await page.locator('[data-testid="keep-notice"]').textContent(), /64 KiB/);
    assert.ok(!(await getSpec(page)).includes("xxxx"));
    await page.close();
  });

  test("the Share button makes a link that reopens the same spec and moment", async () => {
    const page = await open(env, "/sandbox");
    await page.evaluate((t) => {
      const ed = document.querySelector('[data-testid="editor"]').podlabEditor;
      ed.setText(t);
      ed.fire();
    }, notes.downwardAPI);
    await page.waitForSelector('[data-container="client-container"]');
    await page.locator('[data-testid="share"]').click();
    const link = await page.locator('[data-testid="share-link"]').inputValue();
    assert.match(link, /#t=0&s=/);
    const again = await env.browser.context.newPage();
    await again.goto(link);
    await ready(again);
    assert.equal(await getSpec(again), notes.downwardAPI);
    await again.close();
    await page.close();
    assert.deepEqual(env.problems, []);
  });
});
