// Check 8: weight and requests. A page with the CSS and JS it loads is at most
// 40 KB gzipped (each response body compressed with zlib gzip); no request leaves
// the site; no web fonts (no font requests, no @font-face).
import zlib from 'node:zlib';
import { keyOf } from '../crawl.js';

const CHECK = 'weight';
export const WEIGHT_LIMIT = 40 * 1024;
const COUNTED = new Set(['document', 'stylesheet', 'script']);
const FONT_EXT = /\.(woff2?|ttf|otf|eot)(\?|#|$)/i;

const gzCache = new Map();
export function gzipSize(body) {
  return zlib.gzipSync(body).length;
}

async function gzippedSizeOf(url, resources) {
  const key = keyOf(url);
  if (gzCache.has(key)) return gzCache.get(key);
  let body;
  const r = resources.get(key);
  if (r && r.body) body = r.body;
  else {
    const res = await fetch(url);
    body = Buffer.from(await res.arrayBuffer());
  }
  const n = gzipSize(body);
  gzCache.set(key, n);
  return n;
}

/**
 * requests: [{ url, resourceType }] recorded while the page loaded.
 * fontFaceSeen: a Set shared by the run, so @font-face is reported once per stylesheet.
 */
export async function checkWeight(info, requests, { origin, resources, limit = WEIGHT_LIMIT, fontFaceSeen = new Set() }) {
  const f = [];
  const add = (message, url = info.url) => f.push({ check: CHECK, url, message });
  let total = 0;
  const parts = [];
  const counted = new Set();
  for (const req of requests) {
    let u;
    try { u = new URL(req.url); } catch { continue; }
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') continue;
    if (u.origin !== origin) { add(`request leaves the site: ${req.resourceType} ${req.url}`); continue; }
    if (req.resourceType === 'font' || FONT_EXT.test(u.pathname)) add(`web font requested: ${u.pathname}`);
    if (!COUNTED.has(req.resourceType)) continue;
    const key = keyOf(req.url);
    if (counted.has(key)) continue;
    counted.add(key);
    const n = await gzippedSizeOf(req.url, resources);
    total += n;
    parts.push(`${req.resourceType} ${u.pathname} ${(n / 1024).toFixed(1)} KB`);
    if (req.resourceType === 'stylesheet') {
      const r = resources.get(key);
      if (r && r.css && r.css.fontFace && !fontFaceSeen.has(key)) {
        fontFaceSeen.add(key);
        add(`web font declared: @font-face in ${u.pathname}`);
      }
    }
  }
  if (total > limit) {
    add(`page weighs ${(total / 1024).toFixed(1)} KB gzipped with its CSS and JS, over ${(limit / 1024).toFixed(0)} KB (${parts.join('; ')})`);
  }
  return { findings: f, total };
}
