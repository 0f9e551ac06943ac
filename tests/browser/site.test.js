// Browser tests of the generated static site: run `make dist` first (make
// test does). They drive Debian's headless Chromium against dist/ served
// under its prefix by a tiny local server, as GitHub Pages would serve it.
import { after, before, beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { chromiumPath, launch, watch } from "./browser.js";
import { serve } from "./server.js";

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, process.env.DIST || "../../dist");
const prefix = process.env.PREFIX || "/podlab";
const shots = resolve(here, process.env.SCREENSHOTS || "../../out/screenshots");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const ready = '[data-testid="app-ready"]';
const readyTimeout = 90_000; // a cold start compiles a 7 MB wasm on a busy 2-core machine

// routes lists the site's pages from dist/: index.html is "/",
// lessons/x.html is "/lessons/x"; folder copies and 404.html are not routes.
function routes() {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory() && e.name !== "web") walk(p);
      else if (e.name.endsWith(".html") && e.name !== "index.html" && e.name !== "404.html")
        out.push("/" + relative(dist, p).slice(0, -".html".length));
    }
  };
  walk(dist);
  return ["/", ...out.sort()];
}

function htmlFiles() {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".html")) out.push(p);
    }
  };
  walk(dist);
  return out;
}

// axeViolations runs axe-core on the page as it is now.
async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document));
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`
  );
}

const shotName = (route) => (route === "/" ? "home" : route.slice(1).replaceAll("/", "_"));

// Without Chromium the browser tests below are cancelled; this one fails
// and says how to install it, so a run without a browser never passes.
test("Chromium is installed", () => {
  assert.ok(existsSync(chromiumPath), `Chromium not found at ${chromiumPath}: apt-get install -y chromium`);
});

describe("static site", () => {
  test("dist has every page, and each is fit to ship", () => {
    const rs = routes();
    assert.ok(rs.includes("/sandbox"), `routes ${rs} lack /sandbox`);
    assert.ok(rs.some((r) => r.startsWith("/lessons/")), `routes ${rs} lack lessons`);
    for (const file of htmlFiles()) {
      const html = readFileSync(file, "utf8");
      const name = relative(dist, file);
      assert.match(html, /<html lang="(en|zh-CN)"/, `${name}: <html lang>`);
      assert.doesNotMatch(html, /user-scalable|maximum-scale/, `${name}: viewport must allow zoom`);
      assert.doesNotMatch(html, /(src|href|content)="https?:\/\//, `${name}: points at another host`);
      assert.match(html, new RegExp(`href="${prefix}/manifest.webmanifest"`), `${name}: manifest under ${prefix}`);
    }
  });

  test("the manifest makes an installable app under the prefix", () => {
    const m = JSON.parse(readFileSync(join(dist, "manifest.webmanifest"), "utf8"));
    assert.equal(m.start_url, prefix + "/");
    assert.equal(m.scope, prefix + "/");
    const sizes = m.icons.map((i) => `${i.sizes}${i.purpose ? " " + i.purpose : ""}`);
    for (const want of ["192x192", "512x512", "512x512 maskable"])
      assert.ok(sizes.includes(want), `icons ${sizes} lack ${want}`);
    for (const i of m.icons) assert.ok(i.src.startsWith(prefix + "/web/"), `icon ${i.src} not under ${prefix}/web/`);
  });
});

describe("in Chromium", () => {
  let site, browser, problems;

  before(async () => {
    site = await serve(dist, prefix);
    browser = await launch();
    problems = watch(browser.context, site.origin);
    mkdirSync(shots, { recursive: true });
  });

  // Each test answers for what happens while it runs, up to closing its
  // page (what a page logs while it is torn down, nobody sees).
  beforeEach(() => problems.splice(0));

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  const open = async (path) => {
    const page = await browser.context.newPage();
    const res = await page.goto(site.origin + prefix + path);
    await page.waitForSelector(ready, { timeout: readyTimeout, state: "attached" });
    return { page, res };
  };

  // One visit per route checks everything about it: a cold start compiles
  // the whole wasm, so visits are what these tests spend their time on.
  test("every route loads from a direct link, gets app-ready and passes axe-core", async () => {
    for (const route of routes()) {
      const { page, res } = await open(route);
      assert.equal(res.status(), 200, `${route}: status`);
      assert.equal(await page.locator("h1").count(), 1, `${route}: one h1`);
      for (const landmark of ["header", "nav", "main", "footer"])
        assert.equal(await page.locator(landmark).count(), 1, `${route}: <${landmark}>`);
      await page.screenshot({ path: join(shots, shotName(route) + ".png"), fullPage: true });
      assert.deepEqual(await axeViolations(page), [], `${route}: axe-core`);
      assert.deepEqual(problems, [], route);
      await page.close();
    }
  });

  test("a lesson link navigates inside the app and keeps the prefix", async () => {
    const { page } = await open("/");
    const link = page.locator('main a[href*="/lessons/"]').first();
    const href = await link.getAttribute("href");
    assert.ok(href.startsWith(prefix + "/lessons/"), `link ${href} lacks ${prefix}`);
    await link.click();
    await page.waitForURL(site.origin + href);
    await page.waitForSelector('[data-testid="editor"]');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("a folder-style deep link (trailing slash) routes to the page", async () => {
    const lesson = routes().find((r) => r.startsWith("/lessons/"));
    const { page } = await open(lesson + "/");
    assert.notEqual(await page.locator("h1").textContent(), "Page not found");
    await page.waitForSelector('[data-testid="editor"]');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("an unknown path comes back into the app through 404.html", async () => {
    const { page, res } = await open("/no/such/page");
    assert.equal(res.status(), 404);
    assert.equal(await page.locator("h1").textContent(), "Page not found");
    await page.screenshot({ path: join(shots, "not-found.png") });
    assert.deepEqual(await axeViolations(page), [], "404 page: axe-core");
    // GitHub Pages answers 404.html with status 404, which Chromium logs.
    const rest = problems.filter((p) => !/status of 404/.test(p));
    assert.deepEqual(rest, []);
    await page.close();
  });

  test("Chromium finds the app installable", async () => {
    const { page } = await open("/");
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await browser.context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    assert.deepEqual(installabilityErrors, []);
    const { url, errors } = await cdp.send("Page.getAppManifest");
    assert.equal(new URL(url).pathname, prefix + "/manifest.webmanifest");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("after the first visit the site loads offline", async () => {
    const lesson = routes().find((r) => r.startsWith("/lessons/"));
    const { page } = await open("/");
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      while (!navigator.serviceWorker.controller) await new Promise((r) => setTimeout(r, 50));
    });
    await browser.context.setOffline(true);
    try {
      await page.reload();
      await page.waitForSelector(ready, { timeout: readyTimeout, state: "attached" });
      await page.goto(site.origin + prefix + lesson);
      await page.waitForSelector(ready, { timeout: readyTimeout, state: "attached" });
      assert.notEqual(await page.locator("h1").textContent(), "Page not found");
      assert.deepEqual(problems, []);
    } finally {
      await browser.context.setOffline(false);
      await page.close();
    }
  });
});
