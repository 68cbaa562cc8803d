// The whole run: build, serve, crawl, then every check on every page (2 at a time,
// one browser), then screenshots. Both the main suite and the self-test use it.
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, newContexts } from './browser.js';
import { buildSite } from './build.js';
import { checkAxe } from './checks/axe.js';
import { checkCspRuntime, checkInlineCode } from './checks/csp.js';
import { checkKeyboard } from './checks/keyboard.js';
import { checkLanguage } from './checks/language.js';
import { checkLinks } from './checks/links.js';
import { checkNoJs } from './checks/nojs.js';
import { checkHtmlFiles } from './checks/nu.js';
import { checkPrint } from './checks/print.js';
import { checkReflow } from './checks/reflow.js';
import { checkBidi } from './checks/bidi.js';
import { checkWeight, WEIGHT_LIMIT } from './checks/weight.js';
import { loadSiteConfig } from './config.js';
import { crawl, keyOf } from './crawl.js';
import { startServer } from './server.js';
import { describePage } from './site.js';

/** The checks, in the order of the issue. */
export const CHECKS = ['axe', 'html', 'links', 'language', 'keyboard', 'reflow', 'nojs', 'weight', 'csp', 'print', 'bidi'];
export const PAGE_TIMEOUT_MS = 180_000;

async function pool(items, n, fn) {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i);
    }
  }));
}

function withTimeout(promise, ms, onTimeout) {
  let t;
  return Promise.race([
    promise.finally(() => clearTimeout(t)),
    new Promise((resolve) => { t = setTimeout(() => resolve(onTimeout()), ms); }),
  ]);
}

/** A worker's two pages (with and without JavaScript), reused from URL to URL. */
async function newWorker(env) {
  const w = { consoleMessages: [], requests: [] };
  w.page = await env.contexts.js.newPage();
  w.page.on('console', (m) => w.consoleMessages.push(m.text()));
  w.page.on('request', (r) => w.requests.push({ url: r.url(), resourceType: r.resourceType() }));
  w.nojsPage = await env.contexts.nojs.newPage();
  return w;
}

async function closeWorker(w) {
  if (!w) return;
  await w.page.close().catch(() => {});
  await w.nojsPage.close().catch(() => {});
}

/** Every browser check on one page; a check that throws becomes a finding of its own. */
async function checkPage(info, env, w) {
  const { resources, only } = env;
  const findings = [];
  const want = (c) => only.has(c);
  const guard = async (check, fn) => {
    if (!want(check)) return undefined;
    const t = Date.now();
    try {
      return await fn();
    } catch (e) {
      findings.push({ check, url: info.url, message: `the check could not run: ${String(e && e.message || e).split('\n')[0]}` });
      return undefined;
    } finally {
      env.timings[check] = (env.timings[check] || 0) + (Date.now() - t);
    }
  };
  const resource = resources.get(keyOf(info.url));
  if (want('csp')) findings.push(...checkInlineCode(info, resource));

  const { page } = w;
  // Leave the previous page (and whatever it still loads) before recording this one's requests.
  await page.goto('about:blank').catch(() => {});
  w.consoleMessages.length = 0;
  w.requests.length = 0;
  let routed = false;
  try {
    if (info.isRedirect) {
      // Keep the redirect page in place: cancel the refresh's navigation (ERR_ABORTED keeps the document).
      routed = true;
      await page.route('**/*', (route) => {
        const r = route.request();
        if (r.isNavigationRequest() && r.frame() === page.mainFrame() && keyOf(r.url()) !== keyOf(info.url)) return route.abort('aborted');
        return route.continue();
      });
    }
    const tl = Date.now();
    const resp = await page.goto(info.url, { waitUntil: 'load' });
    env.timings.load = (env.timings.load || 0) + (Date.now() - tl);
    if (!resp || resp.status() !== 200) {
      findings.push({ check: 'links', url: info.url, message: `the page answers HTTP ${resp ? resp.status() : 'nothing'} in the browser` });
    }
    await guard('weight', async () => {
      const { findings: wf, total } = await checkWeight(info, w.requests.slice(), {
        origin: env.origin, resources, limit: env.weightLimit, fontFaceSeen: env.fontFaceSeen,
      });
      env.weights.push({ url: info.url, total });
      findings.push(...wf);
    });
    await guard('language', async () => findings.push(...await checkLanguage(page, info, env)));
    await guard('axe', async () => findings.push(...await checkAxe(page, info)));
    await guard('csp', async () => findings.push(...await checkCspRuntime(page, info, w.consoleMessages)));
    if (!info.isRedirect) await guard('print', async () => findings.push(...await checkPrint(page, info)));
    await guard('bidi', async () => findings.push(...await checkBidi(page, info)));
    await guard('reflow', async () => findings.push(...await checkReflow(page, info)));
    if (!info.isRedirect) await guard('keyboard', async () => findings.push(...await checkKeyboard(page, info, env)));
  } catch (e) {
    findings.push({ check: 'links', url: info.url, message: `the page could not be loaded in the browser: ${String(e.message).split('\n')[0]}` });
  } finally {
    if (routed) await page.unrouteAll({ behavior: 'ignoreErrors' }).catch(() => {});
  }
  await guard('nojs', async () => findings.push(...await checkNoJs(w.nojsPage, info, env)));
  return findings;
}

/** Home page of every language, and one content page in every language. */
export function screenshotSamples(pages, infos, config, basePath, origin) {
  const byUrl = new Set(pages);
  const out = [];
  for (const l of config.languages) {
    const home = `${origin}${basePath}${l.code}/`;
    if (byUrl.has(home)) out.push({ url: home, name: `${l.code}-home` });
  }
  const def = config.defaultLanguage;
  const content = infos.find((i) => i.pathLang === def && !i.isRedirect && !i.isHome
    && i.path.slice(basePath.length).split('/').filter(Boolean).length === 3 && !/\/topics\//.test(i.path));
  if (content) {
    const slug = content.path.slice(basePath.length).split('/').filter(Boolean).slice(1).join('-');
    for (const l of config.languages) {
      const u = content.url.replace(`${basePath}${def}/`, `${basePath}${l.code}/`);
      if (byUrl.has(u)) out.push({ url: u, name: `${l.code}-${slug}` });
    }
  }
  return out;
}

async function takeScreenshots(context, samples, dir, log) {
  fs.mkdirSync(dir, { recursive: true });
  const page = await context.newPage();
  try {
    for (const s of samples) {
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: width === 320 ? 640 : 800 });
        await page.goto(s.url, { waitUntil: 'load' });
        await page.screenshot({ path: path.join(dir, `${s.name}-${width}.png`), fullPage: true });
      }
    }
    log(`screenshots: ${samples.length * 2} in ${dir}`);
  } finally {
    await page.close();
  }
}

/**
 * runSuite({ siteRoot, bin, outDir?, artifactsDir?, screenshots?, concurrency?, log?, only? })
 * Builds (unless outDir is given and exists), serves, crawls and checks.
 * Returns { findings, summary, pages, stats, config, outDir }.
 */
export async function runSuite(opts) {
  const t0 = Date.now();
  const log = opts.log || ((m) => console.error(m));
  const only = new Set(opts.only || CHECKS);
  const config = opts.config || loadSiteConfig(opts.siteRoot);
  const stats = {};
  let outDir = opts.outDir;
  if (!opts.prebuilt) {
    const b = buildSite({ bin: opts.bin, siteRoot: opts.siteRoot, outDir });
    outDir = b.outDir;
    stats.buildMs = b.ms;
    log(`built ${opts.siteRoot} into ${outDir} in ${(b.ms / 1000).toFixed(1)} s`);
  }
  const server = await startServer({ root: outDir, basePath: config.basePath });
  const env = {
    config,
    basePath: config.basePath,
    origin: server.origin,
    only,
    weightLimit: opts.weightLimit || WEIGHT_LIMIT,
    fontFaceSeen: new Set(),
    nojsClicked: new Set(),
    weights: [],
    timings: {},
    openPages: new Set(),
  };
  let browser;
  const findings = [];
  let pages = [];
  try {
    const t1 = Date.now();
    const c = await crawl({ origin: server.origin, basePath: config.basePath, siteBaseUrl: config.baseUrl, outDir });
    env.resources = c.resources;
    pages = c.pages.map((u) => new URL(u).pathname);
    stats.crawlMs = Date.now() - t1;
    const linked = new Set([keyOf(server.origin + config.basePath), ...c.refs.filter((r) => r.type === 'internal').map((r) => keyOf(r.url))]);
    const orphans = c.pages.filter((p) => !linked.has(p));
    log(`crawled ${c.resources.size} URLs (${c.pages.length} HTML pages, ${c.diskFiles.length} HTML files on disk, ${orphans.length} reached only from disk) in ${(stats.crawlMs / 1000).toFixed(1)} s`);
    if (only.has('links')) findings.push(...checkLinks(c));

    // The Nu Html Checker runs beside the browser (its own process, once over all files).
    const tv = Date.now();
    const vnu = only.has('html')
      ? checkHtmlFiles({ files: c.diskFiles, outDir, origin: server.origin, basePath: config.basePath })
        .then((f) => { stats.vnuMs = Date.now() - tv; log(`Nu Html Checker: ${c.diskFiles.length} files in ${(stats.vnuMs / 1000).toFixed(1)} s`); return f; })
      : Promise.resolve([]);

    let infos = c.pages.map((u) => describePage(u, c.resources, config, config.basePath));
    if (opts.limit) infos = infos.filter((_, i) => i % Math.ceil(infos.length / opts.limit) === 0); // development only
    const browserChecks = CHECKS.filter((x) => !['html', 'links'].includes(x) && only.has(x));
    if (browserChecks.length) {
      browser = await launchBrowser();
      env.contexts = await newContexts(browser);
      const t2 = Date.now();
      let done = 0;
      const workers = [];
      await pool(infos, opts.concurrency || 2, async (info) => {
        // Each pool slot keeps its pages; a page that timed out is replaced.
        let w = workers.find((x) => !x.busy);
        if (!w) { w = await newWorker(env); workers.push(w); }
        w.busy = true;
        let timedOut = false;
        const f = await withTimeout(checkPage(info, env, w), PAGE_TIMEOUT_MS, () => {
          timedOut = true;
          return [{ check: 'links', url: info.url, message: `checking the page took over ${PAGE_TIMEOUT_MS / 1000} s` }];
        });
        if (timedOut) {
          workers.splice(workers.indexOf(w), 1);
          closeWorker(w);
        } else w.busy = false;
        findings.push(...f);
        done++;
        if (done % 25 === 0 || done === infos.length) {
          log(`checked ${done}/${infos.length} pages in ${((Date.now() - t2) / 1000).toFixed(0)} s`);
        }
      });
      stats.browserMs = Date.now() - t2;
      await Promise.all(workers.map(closeWorker));
      if (opts.screenshots !== false && opts.artifactsDir) {
        const samples = screenshotSamples(c.pages, infos, config, config.basePath, server.origin);
        await takeScreenshots(env.contexts.js, samples, opts.artifactsDir, log);
      }
    }
    findings.push(...await vnu);
    stats.pages = c.pages.length;
    stats.files = c.diskFiles.length;
    stats.orphans = orphans.map((o) => new URL(o).pathname);
    stats.redirects = infos.filter((i) => i.isRedirect).length;
    stats.heaviest = env.weights.sort((a, b) => b.total - a.total).slice(0, 3)
      .map((w) => ({ path: new URL(w.url).pathname, kb: +(w.total / 1024).toFixed(1) }));
  } finally {
    if (browser) await browser.close().catch(() => {});
    await server.close();
    // A build made here goes when the run is over (KEEP_BUILD=1 keeps it to look at).
    const parent = path.dirname(outDir);
    if (!opts.prebuilt && !opts.outDir && !process.env.KEEP_BUILD && path.basename(parent).startsWith('localoffer-browser-')) {
      fs.rmSync(parent, { recursive: true, force: true });
    } else if (!opts.prebuilt && !opts.outDir) log(`the build is kept in ${outDir}`);
  }
  stats.ms = Date.now() - t0;
  stats.checkMs = env.timings;
  const order = (f) => CHECKS.indexOf(f.check);
  findings.sort((a, b) => order(a) - order(b) || a.url.localeCompare(b.url) || a.message.localeCompare(b.message));
  const summary = Object.fromEntries(CHECKS.map((ch) => [ch, findings.filter((f) => f.check === ch).length]));
  return { findings, summary, stats, config, outDir, pages, origin: server.origin, only: [...only] };
}
