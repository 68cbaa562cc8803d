// Shared by the feature tests (search, directory): the example site built once per file,
// served the way static hosting serves it (with its own _headers), and one browser.
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../lib/browser.js';
import { buildSite } from '../lib/build.js';
import { loadSiteConfig, localofferBin, siteRootFromEnv } from '../lib/config.js';
import { startServer } from '../lib/server.js';

/**
 * Build SITE_ROOT with $LOCALOFFER_BIN, serve it under site.yaml's base path, launch
 * Chromium. Returns { siteRoot, config, outDir, server, browser, url(p), file(p), close() }:
 * url('en/search/') is the served URL, file('en/search/') the built index.html.
 */
export async function startSite(log = (m) => process.stderr.write(`# ${m}\n`)) {
  const siteRoot = siteRootFromEnv();
  const config = loadSiteConfig(siteRoot);
  const { outDir, ms } = buildSite({ bin: localofferBin(), siteRoot });
  log(`built ${siteRoot} in ${(ms / 1000).toFixed(1)} s`);
  const server = await startServer({ root: outDir, basePath: config.basePath });
  let browser;
  try {
    browser = await launchBrowser();
  } catch (e) {
    await server.close();
    throw e;
  }
  return {
    siteRoot,
    config,
    outDir,
    server,
    browser,
    url: (p) => server.baseUrl + p,
    file: (p) => path.join(outDir, p, 'index.html'),
    async close() {
      await browser.close().catch(() => {});
      await server.close();
      // The build goes with the test file (KEEP_BUILD=1 keeps it to look at).
      if (process.env.KEEP_BUILD) log(`the build is kept in ${outDir}`);
      else fs.rmSync(path.dirname(outDir), { recursive: true, force: true });
    },
  };
}

/**
 * The front matter of a content file, flat: `key: value` and `key: [a, b]` lines only
 * (enough for title, description, needs). Quotes are removed.
 */
export function frontMatter(file) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fs.readFileSync(file, 'utf8'));
  if (!m) throw new Error(`${file}: no front matter`);
  const out = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^([a-z_]+):\s*(.*?)\s*$/.exec(line);
    if (!kv) continue;
    const list = /^\[(.*)\]$/.exec(kv[2]);
    const unquote = (v) => v.trim().replace(/^(["'])(.*)\1$/, '$2');
    out[kv[1]] = list ? list[1].split(',').map(unquote).filter(Boolean) : unquote(kv[2]);
  }
  return out;
}

/** Text of a page's parts as the reader gets them (decoded, spaces collapsed). */
export const squash = (s) => String(s || '').replace(/\s+/g, ' ').trim();

const ftlFiles = new Map();
function readFtl(file) {
  if (!ftlFiles.has(file)) ftlFiles.set(file, fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
  return ftlFiles.get(file);
}
/**
 * A message of <lang>.ftl (single-line messages only), or undefined: the site's own
 * translations/ first, as the build lays it over the theme's built-in strings.
 */
export function ftl(siteRoot, lang, key) {
  const re = new RegExp(`^${key}\\s*=\\s*(.*?)\\s*$`, 'm');
  for (const file of [path.join(siteRoot, 'translations', `${lang}.ftl`), path.join(siteRoot, 'themes', 'default', 'translations', `${lang}.ftl`)]) {
    const m = re.exec(readFtl(file));
    if (m) return m[1];
  }
  return undefined;
}

/**
 * What a page announces for a count: the language's message for it (e.g. search-shown =
 * Results found: { $count }) with the count in the language's own digits (digits = ...).
 */
export function countMessage(siteRoot, lang, key, n) {
  const digits = ftl(siteRoot, lang, 'digits') || '0123456789';
  const local = String(n).replace(/[0-9]/g, (d) => digits.charAt(Number(d)) || d);
  return ftl(siteRoot, lang, key).replace(/\{\s*\$count\s*\}/, local);
}

/** The count n for which text is the language's count message (key), or null. */
export function announcedCount(siteRoot, lang, key, text) {
  for (let n = 0; n <= 2000; n++) if (text === countMessage(siteRoot, lang, key, n)) return n;
  return null;
}

/** A wait that fails with what it was waiting for, not only "Timeout exceeded". */
export function orFail(promise, message) {
  return promise.catch((e) => { throw new Error(`${message} (${String(e.message).split('\n')[0]})`); });
}
