// Launching Debian's Chromium for the tests, and watching a page for what
// the site must never do: log a console error, throw, or ask another host.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { chromiumFlags } from "./chromium-flags.js";

export const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";

// launch starts headless Chromium with a fresh profile. Without Chromium
// it throws: these tests fail, they never pass by skipping.
export async function launch() {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}: the browser tests need it. ` +
        "Install it with: apt-get install -y chromium"
    );
  }
  const profile = mkdtempSync(join(tmpdir(), "podlab-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: chromiumFlags,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// watch records, for the whole context, every console error, uncaught
// exception and request to another origin than the site's.
export function watch(context, origin) {
  const problems = [];
  const onPage = (page) => {
    page.on("console", (m) => {
      if (m.type() === "error") {
        const at = m.location();
        problems.push(`console error on ${page.url()}: ${m.text()}` + (at.url ? ` (${at.url}:${at.lineNumber})` : ""));
      }
    });
    page.on("pageerror", (e) => problems.push(`uncaught on ${page.url()}: ${e.message}`));
  };
  context.pages().forEach(onPage);
  context.on("page", onPage);
  context.on("request", (r) => {
    const u = new URL(r.url());
    if (u.protocol === "data:" || u.protocol === "blob:") return;
    if (u.origin !== origin) problems.push(`request to another host: ${r.url()}`);
  });
  return problems;
}
