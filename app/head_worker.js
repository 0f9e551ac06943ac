// Podlab's service worker, generated for one build of the site. It replaces
// go-app's, which caches the site root without its trailing slash and no
// other page, so a reload of a lesson failed offline.
//
// Every file of the site is fetched into one cache at install. Pages are
// served from it first (they are versioned with the cache: a new deploy is
// a new worker, which replaces the cache), everything else cache-first too.
const cacheName = "podlab-{{.Version}}";
const prefix = {{.Prefix}};
const files = {{.Files}};
const pages = {{.Pages}}; // route path -> file
const notFound = prefix + "/404.html";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll(files))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith("podlab-") && k !== cacheName)
            .map((k) => caches.delete(k))
        )
      )
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(page(url));
    return;
  }
  event.respondWith(
    caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request))
  );
});

// page answers a navigation: the route's prerendered file from the cache,
// else the network, else (offline, unknown path) the cached 404 page, which
// boots the app and lets its router decide.
async function page(url) {
  const cache = await caches.open(cacheName);
  const file = pages[routePath(url.pathname)];
  const hit = file && (await cache.match(file));
  if (hit) {
    return hit;
  }
  try {
    return await fetch(url);
  } catch (err) {
    const fallback = await cache.match(notFound);
    if (fallback) {
      return fallback;
    }
    throw err;
  }
}

// routePath turns "/podlab/lessons/x/" into "/lessons/x".
function routePath(pathname) {
  let p = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname;
  if (p.length > 1 && p.endsWith("/")) {
    p = p.slice(0, -1);
  }
  return p === "" ? "/" : p;
}
