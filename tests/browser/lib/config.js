// Settings of the suite: where the site and the binary are, and what site.yaml says.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SUITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = path.resolve(SUITE_DIR, '..', '..');
export const ARTIFACTS_DIR = path.join(SUITE_DIR, 'artifacts');

/** Languages written right to left, whatever site.yaml says (the issue names ur and ar). */
export const RTL_LANGS = new Set(['ar', 'ur', 'fa', 'he', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run',
];

export function siteRootFromEnv() {
  return path.resolve(process.env.SITE_ROOT || REPO_ROOT);
}

/** The localoffer binary: $LOCALOFFER_BIN, else the usual cargo target folders. */
export function localofferBin() {
  const candidates = [];
  if (process.env.LOCALOFFER_BIN) return path.resolve(process.env.LOCALOFFER_BIN);
  if (process.env.CARGO_TARGET_DIR) {
    candidates.push(path.join(process.env.CARGO_TARGET_DIR, 'release', 'localoffer'));
    candidates.push(path.join(process.env.CARGO_TARGET_DIR, 'debug', 'localoffer'));
  }
  candidates.push(path.join(REPO_ROOT, 'target', 'release', 'localoffer'));
  candidates.push(path.join(REPO_ROOT, 'target', 'debug', 'localoffer'));
  candidates.push(path.join(os.homedir(), '.cache', 'localoffer-target', 'release', 'localoffer'));
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found) {
    throw new Error(`localoffer binary not found: set LOCALOFFER_BIN (looked in ${candidates.join(', ')})`);
  }
  return found;
}

function unquote(v) {
  v = v.trim();
  const m = /^(["'])(.*)\1$/.exec(v);
  return m ? m[2] : v.replace(/\s+#.*$/, '').trim();
}

/**
 * Reads what the suite needs from site.yaml without a YAML library:
 * base_url, default_language and languages (code, name, direction), in flow
 * (`- { code: en, name: English }`) or block style.
 */
export function parseSiteYaml(text) {
  const lines = text.split(/\r?\n/);
  const top = (key) => {
    const l = lines.find((x) => new RegExp(`^${key}\\s*:`).test(x));
    return l ? unquote(l.replace(new RegExp(`^${key}\\s*:`), '')) : undefined;
  };
  const baseUrl = top('base_url');
  const defaultLanguage = top('default_language');
  const languages = [];
  const start = lines.findIndex((x) => /^languages\s*:/.test(x));
  if (start >= 0) {
    let cur = null;
    for (let i = start + 1; i < lines.length; i++) {
      const l = lines[i];
      if (/^\S/.test(l)) break; // next top-level key
      if (/^\s*(#.*)?$/.test(l)) continue;
      const item = /^\s*-\s*(.*)$/.exec(l);
      let body = l;
      if (item) { cur = {}; languages.push(cur); body = item[1]; }
      if (!cur) continue;
      const flow = /^\{(.*)\}\s*(#.*)?$/.exec(body.trim());
      const pairs = flow ? flow[1].split(',') : [body];
      for (const p of pairs) {
        const kv = /^\s*([a-z_]+)\s*:\s*(.*)$/.exec(p);
        if (kv) cur[kv[1]] = unquote(kv[2]);
      }
    }
  }
  return { baseUrl, defaultLanguage, languages };
}

/** Path prefix of a base URL: https://example.org/local-offer/ -> /local-offer/ */
export function basePathOf(baseUrl) {
  let p = new URL(baseUrl).pathname;
  if (!p.endsWith('/')) p += '/';
  return p;
}

export function loadSiteConfig(siteRoot) {
  const file = path.join(siteRoot, 'site.yaml');
  const cfg = parseSiteYaml(fs.readFileSync(file, 'utf8'));
  if (!cfg.baseUrl) throw new Error(`${file}: no base_url`);
  const languages = cfg.languages.filter((l) => l.code).map((l) => ({
    code: l.code,
    name: l.name || l.code,
    direction: (l.direction || (RTL_LANGS.has(l.code) ? 'rtl' : 'ltr')).toLowerCase(),
  }));
  const defaultLanguage = cfg.defaultLanguage || (languages[0] && languages[0].code) || 'en';
  if (!languages.length) languages.push({ code: defaultLanguage, name: defaultLanguage, direction: 'ltr' });
  return {
    siteRoot,
    baseUrl: cfg.baseUrl.endsWith('/') ? cfg.baseUrl : `${cfg.baseUrl}/`,
    basePath: basePathOf(cfg.baseUrl),
    defaultLanguage,
    languages,
    rtl: new Set(languages.filter((l) => l.direction === 'rtl' || RTL_LANGS.has(l.code)).map((l) => l.code)),
  };
}
