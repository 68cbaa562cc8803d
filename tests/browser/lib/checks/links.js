// Check 3: every internal link, fragment and asset resolves under the base path.
import { keyOf } from '../crawl.js';

const CHECK = 'links';

function decodeFragment(f) {
  try { return decodeURIComponent(f); } catch { return f; }
}

/** Findings from a crawl result (see crawl.js). */
export function checkLinks(crawlResult) {
  const { resources, refs } = crawlResult;
  const findings = [];
  const seen = new Set();
  const add = (url, message) => {
    const k = url + '\n' + message;
    if (seen.has(k)) return;
    seen.add(k);
    findings.push({ check: CHECK, url, message });
  };
  for (const ref of refs) {
    const where = ref.desc;
    if (ref.type === 'empty') {
      if (!/^<a /.test(where)) add(ref.from, `empty URL in ${where}`);
      continue;
    }
    if (ref.type === 'invalid') { add(ref.from, `invalid URL in ${where}`); continue; }
    if (ref.type === 'outside-base') {
      add(ref.from, `${where} points outside the base path (${new URL(ref.url).pathname} is not under the site's base path)`);
      continue;
    }
    if (ref.type !== 'internal') continue;
    const target = resources.get(keyOf(ref.url));
    if (!target) { add(ref.from, `${where}: target was not fetched (${ref.url})`); continue; }
    if (target.status !== 200) {
      const why = target.error ? target.error : `HTTP ${target.status}`;
      add(ref.from, `broken ${ref.kind === 'asset' ? 'asset' : 'link'} ${where} -> ${new URL(ref.url).pathname} (${why})`);
      continue;
    }
    if (ref.fragment !== null && ref.fragment !== undefined && ref.fragment !== '') {
      const frag = decodeFragment(ref.fragment);
      if (!target.html) continue; // fragments into PDFs etc. are not ids
      const targetPage = target.finalUrl ? (resources.get(keyOf(target.finalUrl)) || target) : target;
      const ids = (targetPage.html || target.html).ids;
      if (!ids.has(frag) && frag.toLowerCase() !== 'top') {
        add(ref.from, `missing fragment ${where}: no element with id="${frag}" on ${new URL(ref.url).pathname}`);
      }
    }
  }
  // Pages whose own fetch failed (found on disk or linked) are reported by their referrers;
  // the site root itself must answer.
  for (const r of resources.values()) {
    if (r.from === '(site root)' && r.status !== 200) add(r.url, `the site root answers HTTP ${r.status}`);
    if (r.from === '(file on disk)' && r.status !== 200) add(r.url, `file on disk is not served (HTTP ${r.status})`);
  }
  return findings;
}
