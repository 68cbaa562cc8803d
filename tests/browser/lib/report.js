// Human-readable report: one line per check, then every finding with its URL.
import fs from 'node:fs';
import path from 'node:path';
import { CHECKS } from './run.js';

export const CHECK_TITLES = {
  axe: 'axe-core WCAG 2.0/2.1/2.2 A+AA',
  html: 'Nu Html Checker errors',
  links: 'links, fragments, assets',
  language: 'lang and dir',
  keyboard: 'keyboard and focus',
  reflow: 'reflow 320 px, text 200%',
  nojs: 'without JavaScript',
  weight: 'weight, requests, fonts',
  csp: 'Content-Security-Policy',
  print: 'print styles',
  bidi: 'number order in rtl text',
};

export const shortUrl = (u) => { try { const x = new URL(u); return decodeURI(x.pathname) + x.search + x.hash; } catch { return u; } };

export function formatReport(result) {
  const { summary, stats, findings } = result;
  const lines = [];
  const secs = (ms) => `${Math.floor(ms / 60000)}m${String(Math.round((ms % 60000) / 1000)).padStart(2, '0')}s`;
  lines.push(`localoffer browser checks: ${stats.pages ?? 0} pages (${stats.files ?? 0} HTML files, ${stats.redirects ?? 0} redirects), ${result.config.languages.length} languages, ${secs(stats.ms || 0)}`);
  for (const c of CHECKS) {
    if (!result.only.includes(c)) { lines.push(`  ${c.padEnd(9)} skipped`); continue; }
    const n = summary[c];
    lines.push(`  ${c.padEnd(9)} ${n === 0 ? 'ok' : 'FAIL'}  ${n} finding${n === 1 ? '' : 's'}  (${CHECK_TITLES[c]})`);
  }
  if (stats.heaviest && stats.heaviest.length) {
    lines.push(`  heaviest pages (gzipped with CSS and JS): ${stats.heaviest.map((h) => `${h.path} ${h.kb} KB`).join(', ')}`);
  }
  if (stats.checkMs) lines.push(`  time per check (summed over pages): ${Object.entries(stats.checkMs).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}`);
  if (stats.orphans && stats.orphans.length) lines.push(`  pages reached only from disk (no link to them): ${stats.orphans.join(', ')}`);
  // The same message on many pages is usually one template fault: say so first.
  const byMessage = new Map();
  for (const f of findings) {
    const k = `[${f.check}] ${f.message}`;
    byMessage.set(k, (byMessage.get(k) || 0) + 1);
  }
  const common = [...byMessage].filter(([, n]) => n >= 10).sort((a, b) => b[1] - a[1]);
  if (common.length) {
    lines.push('', 'the same finding on many pages:');
    for (const [k, n] of common) lines.push(`  ${n} pages: ${k}`);
  }
  if (findings.length) {
    lines.push('', `${findings.length} finding(s):`);
    for (const f of findings) lines.push(`[${f.check}] ${shortUrl(f.url)} — ${f.message}`);
  }
  return lines.join('\n');
}

export function writeReport(result, dir, name = 'report') {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.txt`), formatReport(result) + '\n');
  const json = {
    summary: result.summary,
    stats: result.stats,
    findings: result.findings.map((f) => ({ ...f, path: shortUrl(f.url) })),
  };
  fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(json, null, 2) + '\n');
}

// What localoffer's accessibility statement says of "how we tested": the date and figures
// of a full run (every page, every check), written into the site's folder as
// accessibility-report.json, which `localoffer build` reads when it is there. A run of some
// checks or of a sample of pages says nothing of the site, so it writes nothing.
export const ACCESSIBILITY_REPORT = 'accessibility-report.json';

export function accessibilityReport(result, date = new Date()) {
  return {
    date: date.toISOString().slice(0, 10),
    pages: result.stats.pages ?? 0,
    languages: result.config.languages.map((l) => l.code),
    findings: Object.fromEntries(result.only.map((c) => [c, result.summary[c] ?? 0])),
  };
}

export function writeAccessibilityReport(result, siteRoot, { full }) {
  if (!full) return null;
  const file = path.join(siteRoot, ACCESSIBILITY_REPORT);
  fs.writeFileSync(file, JSON.stringify(accessibilityReport(result), null, 2) + '\n');
  return file;
}
