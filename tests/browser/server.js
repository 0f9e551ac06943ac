// A tiny static file server with GitHub Pages' rules, for the browser
// tests: the site lives under a prefix; /x is the file x, else x.html,
// else the folder x/ (redirected to x/); x/ is x/index.html; anything else
// is 404.html with status 404. It listens on a free loopback port.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

async function isFile(name) {
  try {
    return (await stat(name)).isFile();
  } catch {
    return false;
  }
}

// resolve maps a URL path below the prefix to [status, file] or a redirect.
async function resolve(dir, rel, urlPath) {
  const name = join(dir, normalize("/" + decodeURIComponent(rel)));
  const index = join(name, "index.html");
  if (urlPath.endsWith("/")) {
    if (await isFile(index)) return { status: 200, file: index };
  } else {
    if (await isFile(name)) return { status: 200, file: name };
    if (await isFile(name + ".html")) return { status: 200, file: name + ".html" };
    if (await isFile(index)) return { redirect: urlPath + "/" };
  }
  return { status: 404, file: join(dir, "404.html") };
}

// serve starts the server; it resolves to { origin, close }.
export function serve(dir, prefix) {
  const log = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    log.push(url.pathname);
    if (url.pathname === prefix) {
      res.writeHead(301, { location: prefix + "/" }).end();
      return;
    }
    if (!url.pathname.startsWith(prefix + "/")) {
      res.writeHead(404).end("not under " + prefix);
      return;
    }
    const r = await resolve(dir, url.pathname.slice(prefix.length + 1), url.pathname);
    if (r.redirect) {
      res.writeHead(301, { location: r.redirect }).end();
      return;
    }
    const body = await readFile(r.file);
    res.writeHead(r.status, {
      "content-type": types[extname(r.file)] || "application/octet-stream",
      "cache-control": "no-cache",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  });
  return new Promise((ok, fail) => {
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      ok({
        origin: `http://127.0.0.1:${port}`,
        log,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}
