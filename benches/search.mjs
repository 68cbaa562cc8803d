// The search index against Pagefind's own command-line tool, on the example site, in one
// run: the time the index adds to `localoffer build`, the index's size on disk, the bytes
// a browser downloads (gzipped, as hosting serves them) for the first search of a common
// word, and the time from typing to results shown.
//
// The first-search download is measured for each of eleven common words, each in a new
// browser page with an empty cache: which index chunk a word falls in depends on where
// Pagefind cuts the alphabet, so one word alone measures where the cut fell as much as the
// index. The median over the words is reported, and the one word given (default "school").
//
// The first-search download is measured on each language's search page (LANGS, default
// every language of the example site) with the same English words: every language's index
// holds the pages not yet translated, in English, so an English word is what a reader of
// any language may type and find.
//
// Usage: [LANGS=en,pl,ur] [STEPS=bytes,hits] [SITE_ROOT=dir] node benches/search.mjs [WORD]   (needs tests/browser's packages,
// /usr/bin/chromium, the release binary, and npm to fetch the pagefind CLI into a temporary folder)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath, pathToFileURL } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { chromium } = await import(pathToFileURL(path.join(repo, "tests/browser/node_modules/playwright-core/index.mjs")).href);
const word = process.argv[2] || "school";
// SITE_ROOT builds another copy of the site (an earlier commit's, to compare before and after).
const siteRoot = process.env.SITE_ROOT || repo;
const bin = process.env.LOCALOFFER_BIN || path.join(process.env.CARGO_TARGET_DIR || path.join(repo, "target"), "release/localoffer");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "localoffer-search-bench-"));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const size = (dir) => fs.readdirSync(dir, { recursive: true }).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile()).reduce((n, f) => n + fs.statSync(f).size, 0);

// STEPS picks what to measure (default all): timing (build and indexing time, five builds
// each), bytes (first-search download per language), latency (typing to results), hits
// (hit@3 over benches/search_queries.mjs). Without timing the site is built once.
const steps = new Set((process.env.STEPS || "timing,bytes,latency,hits").split(","));
const timed = steps.has("timing") ? 5 : 1;

// 1. Our build, five times, then five more reading the index's own time from the debug log.
const builds = [];
for (let i = 0; i < timed; i++) {
  const out = path.join(work, "public");
  fs.rmSync(out, { recursive: true, force: true });
  const start = performance.now();
  execFileSync(bin, ["build", "-q", "--root", siteRoot, "--output", out], { stdio: "ignore" });
  const total = performance.now() - start;
  builds.push({ total, index: 0 });
}
const indexTimes = [];
for (let i = 0; i < (steps.has("timing") ? 5 : 0); i++) {
  const result = execFileSync("bash", ["-c", `LOCALOFFER_LOG=debug "${bin}" build --root "${siteRoot}" --output "${path.join(work, "public")}" 2>&1 >/dev/null`]).toString();
  const match = result.match(/search index: \d+ files in ([\d.]+)(ms|s|µs)/);
  indexTimes.push(match ? Number(match[1]) * (match[2] === "s" ? 1000 : match[2] === "µs" ? 0.001 : 1) : NaN);
}
const buildMs = median(builds.map((b) => b.total));
const indexMs = median(indexTimes);

// 2. Pagefind's CLI over the same built site (its own bundle in another folder).
// The browser suite's own copy of the CLI when it is installed, else a fresh one.
let cliBin = path.join(repo, "tests/browser/node_modules/.bin/pagefind");
if (!fs.existsSync(cliBin)) {
  execFileSync("npm", ["install", "--prefix", path.join(work, "cli"), "--no-audit", "--no-fund", "--loglevel=error", "pagefind@1.6.0"], { stdio: "ignore" });
  cliBin = path.join(work, "cli/node_modules/.bin/pagefind");
}
const cliOut = path.join(work, "public/pagefind-cli");
const cliTimes = [];
for (let i = 0; i < timed; i++) {
  fs.rmSync(cliOut, { recursive: true, force: true });
  const start = performance.now();
  execFileSync(cliBin, ["--site", path.join(work, "public"), "--output-path", cliOut, "--exclude-selectors", "header,footer,nav"], { stdio: "ignore" });
  cliTimes.push(performance.now() - start);
}
const ours = size(path.join(work, "public/pagefind"));
const theirs = size(cliOut);

// 3. First search in Chromium, with each bundle: bytes downloaded gzipped, and latency.
const serve = (root) => http.createServer((req, res) => {
  const url = new URL(req.url, "http://x").pathname.replace(/^\/local-offer\//, "/");
  let file = path.join(root, decodeURIComponent(url));
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  if (!file.startsWith(root) || !fs.existsSync(file)) return res.writeHead(404).end();
  const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };
  res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
  res.end(fs.readFileSync(file));
});
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
const words = ["help", "transport", "nursery", "college", "therapy", "advice", "autism", "school", "health", "money", "plan"];
async function firstSearch(bundle, word, measureLatency, lang = "en") {
  const root = path.join(work, "public");
  const server = serve(root);
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const context = await browser.newContext();
  const page = await context.newPage();
  const bytes = new Map();
  page.on("response", async (response) => {
    if (!response.url().includes(`/${bundle}/`)) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    bytes.set(response.url(), zlib.gzipSync(body, { level: 9 }).length);
  });
  await page.goto(`http://127.0.0.1:${server.address().port}/local-offer/${lang}/search/`);
  await page.evaluate((b) => document.querySelector("[data-search]").setAttribute("data-bundle", `/local-offer/${b}/`), bundle);
  await page.fill("#search-q", word);
  // Results, or none (the status says which).
  await page.waitForFunction(() => document.querySelector("[data-status]").textContent.trim() !== "");
  await page.waitForTimeout(500);
  const downloaded = [...bytes.values()].reduce((a, b) => a + b, 0);
  if (!measureLatency) {
    await context.close();
    server.close();
    return { downloaded };
  }
  // Typing to results shown, once the engine has loaded: the time a reader waits.
  const latencies = await page.evaluate(async (words) => {
    const input = document.getElementById("search-q");
    const results = document.querySelector("[data-results]");
    const out = [];
    for (const w of words) {
      const done = new Promise((resolve) => new MutationObserver((_, o) => { o.disconnect(); resolve(); }).observe(results, { childList: true }));
      const start = performance.now();
      input.value = w;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      await done;
      out.push(performance.now() - start);
      await new Promise((r) => setTimeout(r, 50));
    }
    return out;
  }, words);
  await context.close();
  server.close();
  return { downloaded, latency: median(latencies) };
}
const latency = steps.has("latency") || steps.has("bytes");
const oursSearch = latency ? await firstSearch("pagefind", word, true) : null;
const theirsSearch = latency ? await firstSearch("pagefind-cli", word, true) : null;
const langs = (process.env.LANGS || "en,ur,ro,pl,bn,ar").split(",");
const perLang = {};
for (const lang of steps.has("bytes") ? langs : []) {
  perLang[lang] = [];
  for (const w of words) {
    const ours = (await firstSearch("pagefind", w, false, lang)).downloaded;
    const theirs = (await firstSearch("pagefind-cli", w, false, lang)).downloaded;
    perLang[lang].push({ w, ours, theirs });
    console.error(`  ${lang}: first search of "${w}": ${(ours / 1024).toFixed(1)} KB, Pagefind CLI ${(theirs / 1024).toFixed(1)} KB`);
  }
}
const perWord = perLang[langs[0]] || [];
const hits = steps.has("hits") ? await hitsAt3() : null;
await browser.close();
fs.rmSync(work, { recursive: true, force: true });

const kb = (n) => (n / 1024).toFixed(1) + " KB";
console.log(`| measure (example site, "${word}") | localoffer | Pagefind CLI |`);
console.log("|---|---|---|");
if (hits) {
  for (const [lang, h] of Object.entries(hits.byLang)) console.log(`| hit@3, ${lang} (${h.n} queries) | ${h.ours} | ${h.theirs} |`);
  console.log(`| hit@3, all ${hits.n} queries | **${hits.ours}** | ${hits.theirs} |`);
  for (const [kind, h] of Object.entries(hits.byKind)) console.log(`| hit@3, ${kind} (${h.n}) | ${h.ours} | ${h.theirs} |`);
}
for (const lang of Object.keys(perLang)) {
  const rows = perLang[lang];
  console.log(`| first search download on /${lang}/search/, gzipped, median of ${words.length} common words | ${kb(median(rows.map((x) => x.ours)))} | ${kb(median(rows.map((x) => x.theirs)))} |`);
}
if (oursSearch) console.log(`| first search download, gzipped, "${word}" | ${kb(oursSearch.downloaded)} | ${kb(theirsSearch.downloaded)} |`);
if (perWord.length) console.log(`| words whose first search downloads less than with Pagefind's CLI | ${perWord.filter((x) => x.ours < x.theirs).length} of ${words.length} | |`);
console.log(`| index on disk | ${kb(ours)} | ${kb(theirs)} |`);
if (steps.has("timing")) console.log(`| indexing time | ${indexMs.toFixed(0)} ms (${(100 * indexMs / (buildMs - indexMs)).toFixed(0)}% of the rest of the build, ${buildMs.toFixed(0)} ms in all) | ${median(cliTimes).toFixed(0)} ms (a separate run after the build) |`);
if (oursSearch) console.log(`| typing to results shown (median) | ${oursSearch.latency.toFixed(0)} ms | ${theirsSearch.latency.toFixed(0)} ms |`);

// hit@3: each query typed on its language's search page, with each bundle in turn (the
// same page script: only the index differs); a hit is the expected page among the first
// three results once they stop changing.
async function hitsAt3() {
  const { QUERIES } = await import(pathToFileURL(path.join(repo, "benches/search_queries.mjs")).href);
  const server = serve(path.join(work, "public"));
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const found = { pagefind: new Map(), "pagefind-cli": new Map() };
  for (const lang of [...new Set(QUERIES.map((q) => q.lang))]) {
    for (const bundle of Object.keys(found)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/local-offer/${lang}/search/`);
      await page.evaluate((b) => document.querySelector("[data-search]").setAttribute("data-bundle", `/local-offer/${b}/`), bundle);
      for (const q of QUERIES.filter((x) => x.lang === lang)) {
        await page.fill("#search-q", "");
        await page.fill("#search-q", q.query);
        // Pagefind's CLI knows nothing of the base path: compare the paths without it.
        const top = (await settled(page)).map((p) => p.replace(/^\/local-offer\//, "/"));
        const hit = q.pages.some((p) => top.includes(`/${lang}/${p}/`));
        found[bundle].set(q, hit);
        if (!hit) console.error(`  miss (${bundle}) ${lang} "${q.query}" -> ${q.pages.join(" | ")}: ${top.join(", ")}`);
      }
      await context.close();
    }
  }
  server.close();
  const count = (qs, bundle) => qs.filter((q) => found[bundle].get(q)).length;
  const summary = (qs) => ({ n: qs.length, ours: `${count(qs, "pagefind")} of ${qs.length}`, theirs: `${count(qs, "pagefind-cli")} of ${qs.length}` });
  const group = (key) => Object.fromEntries([...new Set(QUERIES.map((q) => q[key]))].map((k) => [k, summary(QUERIES.filter((q) => q[key] === k))]));
  return { ...summary(QUERIES), byLang: group("lang"), byKind: group("kind") };
}

// The first three results' paths once the list has stayed the same for 400 ms (at most 6 s).
async function settled(page) {
  let last = "";
  let same = 0;
  for (let t = 0; t < 120 && same < 8; t++) {
    await page.waitForTimeout(50);
    const now = await page.evaluate(() => [document.querySelector("[data-status]").textContent, ...[...document.querySelectorAll("[data-results] > li > a")].slice(0, 3).map((a) => new URL(a.href).pathname)].join("\n"));
    same = now === last && now.split("\n")[0] !== "" ? same + 1 : 0;
    last = now;
  }
  return last.split("\n").slice(1);
}
