// Crawl the served site: start at the base path, follow every internal link, and
// add every .html file on disk (so orphan pages are covered too). Every page and
// asset is fetched once; HTML is scanned for ids, references and inline code;
// CSS for url() references and @font-face.
import { htmlFilesIn, urlPathOfFile } from './build.js';
import { idsOf, inlineCodeOf, metaRefresh, referencesOf, scanHtml } from './html.js';

const MAX_REDIRECTS = 5;

/** URL without its fragment. */
export function keyOf(u) {
  const x = new URL(u);
  x.hash = '';
  return x.href;
}

/**
 * Classify and resolve one reference made on page `from`.
 * Returns { type: 'internal'|'outside-base'|'external'|'other', url, fragment }.
 * Absolute URLs under the production base_url are mapped onto the local server.
 */
export function resolveRef(href, from, { origin, basePath, siteBaseUrl }) {
  let u;
  try { u = new URL(href, from); } catch { return { type: 'invalid', url: href }; }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { type: 'other', url: u.href, scheme: u.protocol };
  if (siteBaseUrl && u.href.startsWith(siteBaseUrl)) {
    u = new URL(basePath + u.href.slice(siteBaseUrl.length), origin);
  } else if (siteBaseUrl && u.href === siteBaseUrl.replace(/\/$/, '')) {
    u = new URL(basePath, origin);
  }
  const fragment = u.hash ? u.hash.slice(1) : null;
  if (u.origin !== origin) return { type: 'external', url: u.href, fragment };
  const type = u.pathname.startsWith(basePath) || u.pathname === basePath.replace(/\/$/, '') ? 'internal' : 'outside-base';
  return { type, url: u.href, fragment };
}

async function fetchOnce(url) {
  let current = url;
  const chain = [];
  for (let i = 0; i <= MAX_REDIRECTS; i++) {
    const res = await fetch(current, { redirect: 'manual' });
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      chain.push({ url: current, status: res.status });
      await res.arrayBuffer();
      current = new URL(res.headers.get('location'), current).href;
      continue;
    }
    const body = Buffer.from(await res.arrayBuffer());
    return {
      status: res.status,
      finalUrl: current,
      redirects: chain,
      contentType: res.headers.get('content-type') || '',
      csp: res.headers.get('content-security-policy') || '',
      body,
    };
  }
  return { status: 0, finalUrl: current, redirects: chain, contentType: '', body: Buffer.alloc(0), error: 'too many redirects' };
}

/** url() and @import references of a stylesheet, and whether it declares web fonts. */
export function scanCss(text) {
  const clean = text.replace(/\/\*[\s\S]*?\*\//g, '');
  const urls = [];
  for (const m of clean.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)) urls.push(m[1] ?? m[2] ?? m[3]);
  for (const m of clean.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) urls.push(m[1] ?? m[2]);
  return { urls: urls.filter((x) => x && !x.startsWith('data:') && !x.startsWith('#')), fontFace: /@font-face\b/i.test(clean) };
}

/**
 * crawl({ origin, basePath, siteBaseUrl, outDir, concurrency })
 * -> { resources: Map(key -> resource), pages: [url], refs: [ref], external: Set, findings: [] }
 */
export async function crawl({ origin, basePath, siteBaseUrl, outDir, concurrency = 4 }) {
  const ctx = { origin, basePath, siteBaseUrl };
  const resources = new Map();
  const refs = [];
  const external = new Set();
  const findings = [];
  const queue = [];
  const seen = new Set();
  const enqueue = (url, kind, from) => {
    const key = keyOf(url);
    const r = seen.has(key) ? resources.get(key) : null;
    if (r && kind === 'page' && r.kind === 'asset') r.kind = 'page';
    if (seen.has(key)) return;
    seen.add(key);
    queue.push({ key, kind, from });
  };

  enqueue(origin + basePath, 'page', '(site root)');
  const diskFiles = outDir ? htmlFilesIn(outDir) : [];
  for (const f of diskFiles) enqueue(origin + urlPathOfFile(outDir, f, basePath), 'page', '(file on disk)');

  const handle = async ({ key, kind, from }) => {
    let res;
    try {
      res = await fetchOnce(key);
    } catch (e) {
      res = { status: 0, error: String(e && e.message || e), body: Buffer.alloc(0), contentType: '', redirects: [], finalUrl: key };
    }
    const r = { url: key, kind, from, ...res };
    resources.set(key, r);
    if (r.status !== 200) return;
    const isHtml = /^text\/html/i.test(r.contentType);
    const isCss = /^text\/css/i.test(r.contentType);
    if (isHtml) {
      const text = r.body.toString('utf8');
      const { tags } = scanHtml(text);
      const base = tags.find((t) => t.name === 'base' && t.attrs.href);
      const docBase = base ? new URL(base.attrs.href, r.finalUrl).href : r.finalUrl;
      r.html = {
        tags,
        ids: idsOf(tags),
        refresh: metaRefresh(tags),
        inline: inlineCodeOf(tags),
        lang: (tags.find((t) => t.name === 'html') || { attrs: {} }).attrs.lang,
      };
      for (const ref of referencesOf(tags)) {
        if (ref.url === '') {
          refs.push({ from: key, ...ref, type: 'empty' });
          continue;
        }
        const res2 = resolveRef(ref.url, docBase, ctx);
        refs.push({ from: key, href: ref.url, kind: ref.kind, desc: ref.desc, ...res2 });
        if (res2.type === 'internal') enqueue(res2.url, ref.kind, key);
        else if (res2.type === 'external') external.add(res2.url);
      }
    } else if (isCss) {
      const css = scanCss(r.body.toString('utf8'));
      r.css = css;
      for (const u of css.urls) {
        const res2 = resolveRef(u, r.finalUrl, ctx);
        refs.push({ from: key, href: u, kind: 'asset', desc: `url(${u}) in stylesheet`, ...res2 });
        if (res2.type === 'internal') enqueue(res2.url, 'asset', key);
        else if (res2.type === 'external') external.add(res2.url);
      }
    }
  };

  // A small pool: keep `concurrency` fetches in flight until the queue drains.
  let active = 0;
  await new Promise((resolve, reject) => {
    const pump = () => {
      if (!queue.length && active === 0) { resolve(); return; }
      while (active < concurrency && queue.length) {
        const job = queue.shift();
        active++;
        handle(job).then(() => { active--; pump(); }, (e) => { active--; reject(e); });
      }
    };
    pump();
  });

  const pages = [...new Set([...resources.values()]
    .filter((r) => r.html && r.status === 200)
    .map((r) => keyOf(r.finalUrl)))]
    .sort();
  return { resources, pages, refs, external, findings, diskFiles };
}
