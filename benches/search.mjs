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
// Usage: [LANGS=en,pl,ur] node benches/search.mjs [WORD]   (needs tests/browser's packages,
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
const bin = process.env.LOCALOFFER_BIN || path.join(process.env.CARGO_TARGET_DIR || path.join(repo, "target"), "release/localoffer");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "localoffer-search-bench-"));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const size = (dir) => fs.readdirSync(dir, { recursive: true }).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile()).reduce((n, f) => n + fs.statSync(f).size, 0);

// 1. Our build, five times, then five more reading the index's own time from the debug log.
const builds = [];
for (let i = 0; i < 5; i++) {
  const out = path.join(work, "public");
  fs.rmSync(out, { recursive: true, force: true });
  const start = performance.now();
  execFileSync(bin, ["build", "-q", "--root", repo, "--output", out], { stdio: "ignore" });
  const total = performance.now() - start;
  builds.push({ total, index: 0 });
}
const indexTimes = [];
for (let i = 0; i < 5; i++) {
  const result = execFileSync("bash", ["-c", `LOCALOFFER_LOG=debug "${bin}" build --root "${repo}" --output "${path.join(work, "public")}" 2>&1 >/dev/null`]).toString();
  const match = result.match(/search index: \d+ files in ([\d.]+)(ms|s|µs)/);
  indexTimes.push(match ? Number(match[1]) * (match[2] === "s" ? 1000 : match[2] === "µs" ? 0.001 : 1) : NaN);
}
const buildMs = median(builds.map((b) => b.total));
const indexMs = median(indexTimes);

// 2. Pagefind's CLI over the same built site (its own bundle in another folder).
execFileSync("npm", ["install", "--prefix", path.join(work, "cli"), "--no-audit", "--no-fund", "--loglevel=error", "pagefind@1.6.0"], { stdio: "ignore" });
const cliBin = path.join(work, "cli/node_modules/.bin/pagefind");
const cliOut = path.join(work, "public/pagefind-cli");
const cliTimes = [];
for (let i = 0; i < 5; i++) {
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
  await page.waitForSelector("[data-results] li");
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
const oursSearch = await firstSearch("pagefind", word, true);
const theirsSearch = await firstSearch("pagefind-cli", word, true);
const langs = (process.env.LANGS || "en,ur,ro,pl,bn,ar").split(",");
const perLang = {};
for (const lang of langs) {
  perLang[lang] = [];
  for (const w of words) {
    const ours = (await firstSearch("pagefind", w, false, lang)).downloaded;
    const theirs = (await firstSearch("pagefind-cli", w, false, lang)).downloaded;
    perLang[lang].push({ w, ours, theirs });
    console.error(`  ${lang}: first search of "${w}": ${(ours / 1024).toFixed(1)} KB, Pagefind CLI ${(theirs / 1024).toFixed(1)} KB`);
  }
}
const perWord = perLang[langs[0]];
await browser.close();
fs.rmSync(work, { recursive: true, force: true });

const kb = (n) => (n / 1024).toFixed(1) + " KB";
console.log(`| measure (example site, "${word}") | localoffer | Pagefind CLI |`);
console.log("|---|---|---|");
for (const lang of langs) {
  const rows = perLang[lang];
  console.log(`| first search download on /${lang}/search/, gzipped, median of ${words.length} common words | ${kb(median(rows.map((x) => x.ours)))} | ${kb(median(rows.map((x) => x.theirs)))} |`);
}
console.log(`| first search download, gzipped, "${word}" | ${kb(oursSearch.downloaded)} | ${kb(theirsSearch.downloaded)} |`);
console.log(`| words whose first search downloads less than with Pagefind's CLI | ${perWord.filter((x) => x.ours < x.theirs).length} of ${words.length} | |`);
console.log(`| index on disk | ${kb(ours)} | ${kb(theirs)} |`);
console.log(`| indexing time | ${indexMs.toFixed(0)} ms (${(100 * indexMs / (buildMs - indexMs)).toFixed(0)}% of the rest of the build, ${buildMs.toFixed(0)} ms in all) | ${median(cliTimes).toFixed(0)} ms (a separate run after the build) |`);
console.log(`| typing to results shown (median) | ${oursSearch.latency.toFixed(0)} ms | ${theirsSearch.latency.toFixed(0)} ms |`);
