// The service worker: reading offline, for a reader who has asked for it.
//
// The build writes this file as sw.js at the top of the site, after a line that gives SITE:
// { build, base, languages, defaultLanguage, visitedBytes }. A page registers it only when
// its reader presses "Save for offline" (offline.js), and then asks it to save the
// language's pack: the files offline/<lang>.json lists. Two caches per build, named with
// its digest: "saved" (the packs) and "visited" (pages read since, up to visitedBytes).
//
// Pages come from the network when it answers (within a few seconds when a saved copy
// waits), and a copy is kept; without it, from the copy; a page never saved gives the
// offline page of its language, which lists what is saved. Hashed theme files and the
// search index's files never change under their names, so the saved copy is used first.
//
// A new build is a new sw.js. Its worker saves again, from the new build, every pack that
// was saved before; only then does it take over and delete the old build's caches. If that
// fails (the phone is offline), the old worker and its copies stay, and it tries again
// with the next page opened.
"use strict";

const PREFIX = "localoffer " + SITE.base + " ";
const OWN = PREFIX + SITE.build + " ";
const SAVED = OWN + "saved";
const VISITED = OWN + "visited";
const MANIFEST = SITE.base + "offline/";
// How long a page may take to come from the network when a saved copy is there.
const PATIENCE_MS = 4000;
// Files fetched at once while saving.
const AT_ONCE = 4;

const manifestUrl = (lang) => MANIFEST + lang + ".json";
const languageOfManifest = (path) => {
  const m = path.startsWith(MANIFEST) && /^([a-z0-9-]+)\.json$/.exec(path.slice(MANIFEST.length));
  return m ? m[1] : null;
};

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    for (const lang of await languagesSavedBefore()) await save(lang, () => {});
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && !name.startsWith(OWN)) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// The languages whose packs an earlier build saved (their lists are saved last).
async function languagesSavedBefore() {
  const found = new Set();
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name.startsWith(OWN) || !name.endsWith(" saved")) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const lang = languageOfManifest(new URL(request.url).pathname);
      if (lang && SITE.languages.includes(lang)) found.add(lang);
    }
  }
  return [...found];
}

// Saves a language's pack; report(done, total) after each file. The list goes in last, so
// a pack whose list is saved is whole.
async function save(lang, report) {
  const listed = await fetch(manifestUrl(lang), { cache: "no-cache" });
  if (!listed.ok) throw new Error("no list of pages to save for " + lang);
  const manifest = await listed.clone().json();
  // A list from a newer build: that build's worker will save it.
  if (manifest.build !== SITE.build) throw new Error("the site has changed: open the page again");
  const cache = await caches.open(SAVED);
  const queue = manifest.files.slice();
  let done = 0;
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const response = await fetch(url, { cache: "no-cache" });
      if (!response.ok) throw new Error(url + ": " + response.status);
      await cache.put(url, response);
      report(++done, manifest.files.length);
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  await cache.put(manifestUrl(lang), listed);
  return manifest;
}

// Removes a language's pack: its files that no other saved pack has. With no pack left,
// nothing of the site stays on the phone, the worker included.
async function remove(lang) {
  const cache = await caches.open(SAVED);
  const manifests = {};
  for (const request of await cache.keys()) {
    const other = languageOfManifest(new URL(request.url).pathname);
    if (other) manifests[other] = await (await cache.match(request)).json();
  }
  const mine = manifests[lang];
  delete manifests[lang];
  if (Object.keys(manifests).length === 0) {
    for (const name of await caches.keys()) if (name.startsWith(PREFIX)) await caches.delete(name);
    await self.registration.unregister();
    return;
  }
  const kept = new Set(Object.values(manifests).flatMap((m) => m.files));
  for (const url of mine ? mine.files : []) if (!kept.has(url)) await cache.delete(url);
  await cache.delete(manifestUrl(lang));
}

self.addEventListener("message", (event) => {
  const { action, lang } = event.data || {};
  const port = event.ports[0];
  if (!port || !SITE.languages.includes(lang)) return;
  const answer = (message) => port.postMessage(message);
  if (action === "save") {
    event.waitUntil(save(lang, (done, total) => answer({ done, total })).then(
      (manifest) => answer({ saved: true, bytes: manifest.bytes }),
      (error) => answer({ error: String(error && error.message || error) })));
  } else if (action === "remove") {
    event.waitUntil(remove(lang).then(() => answer({ removed: true }), (error) => answer({ error: String(error) })));
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(SITE.base)) return;
  if (url.pathname === SITE.base + "sw.js" || url.pathname.startsWith(MANIFEST)) return;
  event.respondWith(answer(request, url));
});

const NEVER_CHANGE = /\/assets\/|\.pf_(index|fragment|filter|meta)$|\/wasm\.[a-z-]+\.pagefind$/;

async function answer(request, url) {
  const copy = await caches.match(request, { ignoreSearch: true });
  if (copy && NEVER_CHANGE.test(url.pathname)) return copy;
  const page = request.mode === "navigate";
  try {
    const fresh = fetch(request);
    const response = copy ? await firstOf(fresh, PATIENCE_MS, copy) : await fresh;
    if (response !== copy && response.ok && response.type === "basic") {
      await keep(request, url, response.clone(), page);
    }
    return response;
  } catch (offline) {
    if (copy) return copy;
    if (page) return (await offlinePage(url)) || Response.error();
    return Response.error();
  }
}

// The network's answer, or after `ms` the saved copy (the network's answer still updates
// the copy when it comes).
function firstOf(fresh, ms, copy) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(copy), ms);
    fresh.then((r) => { clearTimeout(timer); resolve(r); }, (e) => { clearTimeout(timer); reject(e); });
  });
}

// A fresh answer replaces a saved copy; a page opened is kept in "visited" (the oldest go
// first beyond the limit); anything else is not kept.
async function keep(request, url, response, page) {
  // Only while this build's copies are the phone's: a worker that a newer build has
  // replaced may still answer a last request, and must not bring its deleted caches back.
  if (!(await caches.has(SAVED))) return;
  const saved = await caches.open(SAVED);
  if (await saved.match(request, { ignoreSearch: true })) {
    await saved.put(url.pathname, response);
    return;
  }
  if (!page || !(response.headers.get("content-type") || "").startsWith("text/html")) return;
  const body = await response.arrayBuffer();
  const headers = new Headers(response.headers);
  headers.set("x-localoffer-bytes", String(body.byteLength));
  const visited = await caches.open(VISITED);
  await visited.put(url.pathname, new Response(body, { status: response.status, headers }));
  const keys = await visited.keys();
  let total = 0;
  const sizes = [];
  for (const key of keys) {
    const r = await visited.match(key);
    const n = Number(r && r.headers.get("x-localoffer-bytes")) || 0;
    sizes.push(n);
    total += n;
  }
  for (let i = 0; total > SITE.visitedBytes && i < keys.length - 1; i++) {
    await visited.delete(keys[i]);
    total -= sizes[i];
  }
}

// The offline page of the language the address is in.
async function offlinePage(url) {
  const first = url.pathname.slice(SITE.base.length).split("/")[0];
  const langs = [first, SITE.defaultLanguage, ...SITE.languages].filter((l) => SITE.languages.includes(l));
  for (const lang of langs) {
    const found = await caches.match(SITE.base + lang + "/offline/");
    if (found) return found;
  }
  return null;
}
