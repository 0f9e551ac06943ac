// Persistence in Chromium: edits survive a reload (IndexedDB), reset
// clears them, progress goes out as a file and comes back in, and the run
// exports as a transcript and as JSON lines.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { start, open, ready, setSpec, getSpec, firstLesson, notes } from "./editor.test.helpers.js";

describe("persistence and export", () => {
  let env, lesson, page;

  before(async () => {
    env = await start();
    lesson = await firstLesson();
    page = await open(env, lesson);
  });

  after(async () => {
    await page?.close();
    await env?.close();
  });

  test("an edit survives a reload, and Reset brings the starter back for good", async () => {
    const starter = await getSpec(page);
    const edited = notes.livenessExec.replace("periodSeconds: 5", "periodSeconds: 7");
    await setSpec(page, edited);
    await page.waitForSelector('[data-container="liveness"]');
    await page.waitForTimeout(500); // the save runs in the background
    await page.reload();
    await ready(page);
    await page.waitForFunction((t) => document.querySelector('[data-testid="editor"]').podlabEditor.getText() === t, edited, { timeout: 10_000 });

    await page.locator('[data-testid="editor-reset"]').click();
    assert.equal(await getSpec(page), starter);
    await page.waitForTimeout(500);
    await page.reload();
    await ready(page);
    await page.waitForTimeout(500); // a stale draft would arrive now
    assert.equal(await getSpec(page), starter);
  });

  test("progress exports to a file and imports back", async () => {
    const mine = notes.livenessHTTP;
    await setSpec(page, mine);
    await page.waitForTimeout(500);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-testid="export-progress"]').click(),
    ]);
    const dir = mkdtempSync(join(tmpdir(), "podlab-progress-"));
    const file = join(dir, "progress.json");
    await download.saveAs(file);
    const data = JSON.parse(readFileSync(file, "utf8"));
    assert.equal(data.format, "podlab-progress");
    const slug = lesson.split("/").pop();
    assert.equal(data.lessons[slug].draft, mine);

    await page.locator('[data-testid="editor-reset"]').click();
    assert.notEqual(await getSpec(page), mine);
    await page.locator('[data-testid="import-progress"]').setInputFiles(file);
    await page.waitForFunction((t) => document.querySelector('[data-testid="editor"]').podlabEditor.getText() === t, mine, { timeout: 10_000 });
    assert.match(await page.locator('[data-testid="keep-notice"]').textContent(), /1 lesson|1 课/);

    const bad = join(dir, "bad.json");
    writeFileSync(bad, '{"format":"something-else"}');
    await page.locator('[data-testid="import-progress"]').setInputFiles(bad);
    await page.waitForFunction(() => document.querySelector('[data-testid="keep-notice"]').getAttribute("role") === "alert");
    assert.equal(await getSpec(page), mine, "a rejected file changes nothing");
  });

  test("the run exports as a transcript and as JSON lines", async () => {
    await setSpec(page, notes.livenessExec);
    await page.waitForSelector('[data-container="liveness"]');
    const [text] = await Promise.all([page.waitForEvent("download"), page.locator('[data-testid="export-text"]').click()]);
    const transcript = readFileSync(await text.path(), "utf8");
    for (const want of ["$ kubectl get pods\nNAME", "liveness-exec", "$ kubectl describe pod liveness-exec", "$ cat pod.yaml\n" + notes.livenessExec])
      assert.ok(transcript.includes(want), `transcript lacks ${JSON.stringify(want)}:\n${transcript}`);

    const [json] = await Promise.all([page.waitForEvent("download"), page.locator('[data-testid="export-json"]').click()]);
    const lines = readFileSync(await json.path(), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    assert.ok(lines.length > 1);
    assert.ok(lines.some((l) => l.kind === "status" && l.pod === "liveness-exec"));
    for (let i = 1; i < lines.length; i++) assert.ok(lines[i].t >= lines[i - 1].t, "lines in time order");
    assert.deepEqual(env.problems, []);
  });
});
