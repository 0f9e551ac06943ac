// Lighthouse scores of the built site, as the design's budget states them
// (DESIGN.md, Budgets: mobile; accessibility 100, best practices ≥ 96,
// SEO ≥ 95, performance as high as the wasm allows).
//
// It builds nothing: `make dist` first. It serves dist/ under its prefix
// with the browser tests' static server (GitHub Pages' path rules) behind a
// gzip layer, because Pages gzips what it serves and an uncompressed
// app.wasm would be measured four times heavier than users download it.
// Then it runs Lighthouse's default (mobile) configuration in a fresh
// headless Chromium per page, prints the four category scores and the
// metrics behind performance, and writes each report as JSON and HTML to
// out/lighthouse/.
//
//   node run.mjs [-dist ../../dist] [-prefix /podlab] [-out ../../out/lighthouse]
//                [-pages /,/lessons/why-pods,/sandbox,/console] [-no-gzip]
//
// Exit status is 0 whatever the scores: this measures, it does not gate.
import { createServer, request } from "node:http";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createGzip } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { serve } from "../../tests/browser/server.js";
import { chromiumFlags } from "../../tests/browser/chromium-flags.js";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");

// The browser tests' flags, so that nothing but the site itself is on the
// network while Lighthouse watches.
const chromeFlags = chromiumFlags;

const categories = ["performance", "accessibility", "best-practices", "seo"];

// The budget per category (DESIGN.md); performance has none.
const budget = { accessibility: 100, "best-practices": 96, seo: 95 };

// Metrics worth reading next to the performance score.
const metrics = [
  ["first-contentful-paint", "FCP"],
  ["largest-contentful-paint", "LCP"],
  ["total-blocking-time", "TBT"],
  ["speed-index", "SI"],
  ["cumulative-layout-shift", "CLS"],
  ["interactive", "TTI"],
];

function parseArgs(argv) {
  const opts = {
    dist: join(repo, "dist"),
    prefix: "/podlab",
    out: join(repo, "out/lighthouse"),
    pages: ["/", "/lessons/why-pods", "/sandbox", "/console"],
    gzip: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i].replace(/^--?/, "");
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`-${a} needs a value`);
      return argv[++i];
    };
    if (a === "dist") opts.dist = resolve(next());
    else if (a === "prefix") opts.prefix = next().replace(/\/$/, "");
    else if (a === "out") opts.out = resolve(next());
    else if (a === "pages") opts.pages = next().split(",").filter(Boolean);
    else if (a === "no-gzip") opts.gzip = false;
    else throw new Error(`unknown flag ${argv[i]}`);
  }
  return opts;
}

// Types GitHub Pages compresses (its CDN gzips text and wasm, not PNGs).
const compressible = /^(text\/|application\/(javascript|json|manifest\+json|wasm)|image\/svg)/;

// gzipFront listens on a free loopback port and forwards every request to
// origin, gzipping compressible answers for clients that accept gzip.
function gzipFront(origin) {
  const server = createServer((req, res) => {
    const up = request(origin + req.url, { method: req.method, headers: req.headers }, (r) => {
      const headers = { ...r.headers };
      const type = headers["content-type"] || "";
      const wants = /\bgzip\b/.test(req.headers["accept-encoding"] || "");
      if (!wants || !compressible.test(type) || req.method === "HEAD") {
        res.writeHead(r.statusCode, headers);
        r.pipe(res);
        return;
      }
      delete headers["content-length"];
      headers["content-encoding"] = "gzip";
      headers["vary"] = "Accept-Encoding";
      res.writeHead(r.statusCode, headers);
      r.pipe(createGzip()).pipe(res);
    });
    up.on("error", (e) => res.writeHead(502).end(String(e)));
    req.pipe(up);
  });
  return new Promise((ok, fail) => {
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      ok({
        origin: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

// slug names a page's report files: "/" is "home", "/lessons/x" "lessons-x".
function slug(page) {
  return page.replace(/^\/+|\/+$/g, "").replace(/\//g, "-") || "home";
}

// measure runs Lighthouse on one URL in a fresh Chromium (chrome-launcher
// gives each launch a new temporary profile and deletes it afterwards).
async function measure(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM || "/usr/bin/chromium",
    chromeFlags,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: ["json", "html"],
      logLevel: "error",
      onlyCategories: categories,
    });
    return result;
  } finally {
    await chrome.kill();
  }
}

// failing lists a category's audits that count and did not pass.
function failing(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative")
    .map((a) => `${a.id} (${Math.round(a.score * 100)})${a.displayValue ? ": " + a.displayValue : ""}`);
}

// foreign lists requests to another host than the site's.
function foreign(lhr, origin) {
  const items = lhr.audits["network-requests"]?.details?.items || [];
  return items
    .map((i) => i.url)
    .filter((u) => /^https?:/.test(u) && new URL(u).origin !== origin);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(join(opts.dist, "index.html"))) {
    throw new Error(`${opts.dist}/index.html is missing: run make dist first`);
  }
  mkdirSync(opts.out, { recursive: true });
  // A copy, because a `make dist` elsewhere in the tree (rm -rf dist) would
  // otherwise pull the site away in the middle of a run.
  const snapshot = mkdtempSync(join(tmpdir(), "podlab-lighthouse-"));
  cpSync(opts.dist, snapshot, { recursive: true });
  const inner = await serve(snapshot, opts.prefix);
  const front = opts.gzip ? await gzipFront(inner.origin) : null;
  const origin = front ? front.origin : inner.origin;
  const summary = [];
  try {
    for (const page of opts.pages) {
      const url = origin + opts.prefix + (page === "/" ? "/" : page);
      process.stderr.write(`lighthouse ${url}\n`);
      const { lhr, report } = await measure(url);
      const name = slug(page);
      writeFileSync(join(opts.out, `${name}.report.json`), report[0]);
      writeFileSync(join(opts.out, `${name}.report.html`), report[1]);
      const row = { page, scores: {}, metrics: {}, failing: {}, foreign: foreign(lhr, origin) };
      if (lhr.runtimeError) row.error = lhr.runtimeError.message;
      for (const c of categories) {
        const s = lhr.categories[c].score;
        row.scores[c] = s === null ? null : Math.round(s * 100);
        row.failing[c] = failing(lhr, c);
      }
      for (const [id, short] of metrics) row.metrics[short] = lhr.audits[id]?.displayValue || "?";
      summary.push(row);
    }
  } finally {
    if (front) await front.close();
    await inner.close();
    rmSync(snapshot, { recursive: true, force: true });
  }
  writeFileSync(join(opts.out, "summary.json"), JSON.stringify(summary, null, 2) + "\n");
  print(summary, opts);
}

function print(summary, opts) {
  const w = Math.max(...summary.map((r) => r.page.length), 4);
  const head = ["page".padEnd(w), "perf", "a11y", "best", "seo", " " + metrics.map(([, s]) => s).join(" / ")];
  console.log(head.join("  "));
  for (const r of summary) {
    const cell = (c) => {
      const s = r.scores[c];
      const mark = budget[c] !== undefined && s !== null && s < budget[c] ? "!" : " ";
      return String(s ?? "-").padStart(3) + mark;
    };
    console.log([r.page.padEnd(w), ...categories.map(cell), " " + metrics.map(([, s]) => r.metrics[s]).join(" / ")].join("  "));
  }
  console.log(`(! below the budget: accessibility 100, best practices 96, SEO 95; gzip ${opts.gzip ? "on" : "off"})`);
  for (const r of summary) {
    if (r.error) console.log(`${r.page}: Lighthouse error: ${r.error}`);
    for (const c of categories) {
      if (r.failing[c].length) console.log(`${r.page} ${c}: ${r.failing[c].join("; ")}`);
    }
    if (r.foreign.length) console.log(`${r.page}: requests to another host: ${r.foreign.join(" ")}`);
  }
  console.log(`reports: ${opts.out}/`);
}

main().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});
