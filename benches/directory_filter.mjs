// Times the directory's filtering in Chromium: serves a built site's folder, opens the
// English directory, changes a filter and measures until the list has been laid out, and
// until the next frame has been painted (what the reader sees; it includes the wait for
// that frame, up to 16 ms).
// Usage: node benches/directory_filter.mjs PUBLIC RUNS
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// playwright-core comes with the browser suite's packages (npm ci in tests/browser).
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { chromium } = await import(pathToFileURL(path.join(repo, "tests/browser/node_modules/playwright-core/index.mjs")).href);

const [publicDir, runs = "20"] = process.argv.slice(2);
const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript" };
const server = http.createServer((req, res) => {
  let file = path.join(publicDir, decodeURIComponent(new URL(req.url, "http://x").pathname));
  if (!file.startsWith(publicDir)) return res.writeHead(400).end();
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  if (!fs.existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
  fs.createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/en/services/`);
const times = await page.evaluate(async (runs) => {
  const need = document.getElementById("filter-need");
  const age = document.getElementById("filter-age");
  const values = Array.from(need.options).map((o) => o.value);
  const out = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    need.value = values[i % values.length];
    age.value = String(i % 20);
    need.dispatchEvent(new Event("input", { bubbles: true }));
    // Wait for the style and layout the change causes, then for the frame that shows it.
    document.body.getBoundingClientRect();
    const laidOut = performance.now() - start;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    out.push([laidOut, performance.now() - start]);
    await new Promise((r) => setTimeout(r, 20));
  }
  return out;
}, Number(runs));
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const laidOut = times.map((t) => t[0]);
const painted = times.map((t) => t[1]);
console.log(JSON.stringify({ runs: times.length, median_ms: median(laidOut), max_ms: Math.max(...laidOut), painted_median_ms: median(painted), painted_max_ms: Math.max(...painted) }));
await browser.close();
server.close();
