// The suite's own machinery, without the localoffer binary: the static server, the HTML
// scanner, the crawler and link check, and every check over a hand-made static site
// (fixtures/handmade/www, named so because the repository ignores every public/): clean, then with one planted fault per check.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { htmlFilesIn, urlPathOfFile } from '../lib/build.js';
import { checkLinks } from '../lib/checks/links.js';
import { loadSiteConfig, parseSiteYaml, SUITE_DIR } from '../lib/config.js';
import { crawl, resolveRef } from '../lib/crawl.js';
import { inlineCodeOf, metaRefresh, referencesOf, scanHtml } from '../lib/html.js';
import { runSuite } from '../lib/run.js';
import { CSP, headersFor, parseHeadersFile, startServer } from '../lib/server.js';
import { findOne, findingsOf, listFindings, printReport } from './helpers.js';

const HANDMADE = path.join(SUITE_DIR, 'fixtures', 'handmade');
const PUBLIC = path.join(HANDMADE, 'www');

describe('static server', () => {
  let s;
  before(async () => { s = await startServer({ root: PUBLIC, basePath: '/fixture/' }); });
  after(async () => { await s.close(); });
  const get = (p, opts) => fetch(s.origin + p, { redirect: 'manual', ...opts });

  test('serves a folder URL from its index.html, with the CSP header and Content-Type', async () => {
    const r = await get('/fixture/en/');
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-security-policy'), CSP);
    assert.equal(CSP, "default-src 'self'");
    assert.match(r.headers.get('content-type'), /^text\/html; charset=utf-8/);
    assert.match(await r.text(), /<h1>Fixture home<\/h1>/);
  });
  test('serves assets with their type', async () => {
    const r = await get('/fixture/assets/style.abc123.css');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type'), /^text\/css/);
  });
  test('redirects a folder without its slash, like static hosting', async () => {
    const r = await get('/fixture/en');
    assert.equal(r.status, 301);
    assert.equal(r.headers.get('location'), '/fixture/en/');
    assert.equal((await get('/fixture')).headers.get('location'), '/fixture/');
  });
  test('answers unknown paths with 404.html and status 404', async () => {
    for (const p of ['/fixture/en/no-such-page/', '/fixture/nope.css', '/other/', '/', '/fixture/../fixture/site.yaml', '/fixture/%2e%2e/site.yaml']) {
      const r = await get(p);
      assert.equal(r.status, 404, p);
      assert.equal(r.headers.get('content-security-policy'), CSP);
      assert.match(await r.text(), /Page not found/, p);
    }
  });
  test('HEAD works and other methods are refused', async () => {
    assert.equal((await get('/fixture/en/', { method: 'HEAD' })).status, 200);
    assert.equal((await get('/fixture/en/', { method: 'POST' })).status, 405);
  });
});

describe('static server with a _headers file', () => {
  // The format localoffer writes (and Netlify and Cloudflare Pages read), with overlapping rules.
  const HEADERS = `# comment
/fixture/*
  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'
  X-Content-Type-Options: nosniff

/fixture/assets/*
  Cache-Control: public, max-age=31536000, immutable
  X-Test: assets

/fixture/:lang/guide/*
  x-test: guide

/fixture/en/*
  X-Test: en
`;
  let s;
  let tmp;
  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-headers-'));
    fs.cpSync(PUBLIC, tmp, { recursive: true });
    fs.writeFileSync(path.join(tmp, '_headers'), HEADERS);
    s = await startServer({ root: tmp, basePath: '/fixture/' });
  });
  after(async () => { await s.close(); fs.rmSync(tmp, { recursive: true, force: true }); });
  const get = (p) => fetch(s.origin + p, { redirect: 'manual' });

  test('parses rules: pattern lines, indented headers, splats and placeholders', () => {
    const rules = parseHeadersFile(HEADERS);
    assert.deepEqual(rules.map((r) => r.pattern), ['/fixture/*', '/fixture/assets/*', '/fixture/:lang/guide/*', '/fixture/en/*']);
    assert.deepEqual(headersFor(rules, '/fixture/ur/guide/ehcp/'), {
      'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'",
      'X-Content-Type-Options': 'nosniff',
      'x-test': 'guide',
    });
    // Every matching rule counts; a header two rules give has both values.
    assert.equal(headersFor(rules, '/fixture/en/guide/ehcp/')['x-test'], 'guide, en');
    assert.equal(headersFor(rules, '/fixture/ur/x/guide/')['x-test'], undefined, ':lang is one segment');
    assert.deepEqual(headersFor(rules, '/other/'), {});
  });
  test('sends the headers the file gives for the path, instead of the default CSP', async () => {
    const page = await get('/fixture/en/');
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-security-policy'), "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
    assert.equal(page.headers.get('x-test'), 'en');
    assert.equal(page.headers.get('cache-control'), 'no-cache', 'the server keeps its own header when the file has none');
    const css = await get('/fixture/assets/style.abc123.css');
    assert.equal(css.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(css.headers.get('x-test'), 'assets');
    assert.match(css.headers.get('content-security-policy'), /wasm-unsafe-eval/);
    assert.equal((await get('/fixture/ur/guide/ehcp/')).headers.get('x-test'), 'guide');
  });
  test('unknown paths get the headers of their path; _headers itself is not served', async () => {
    const nf = await get('/fixture/en/no-such-page/');
    assert.equal(nf.status, 404);
    assert.match(nf.headers.get('content-security-policy'), /wasm-unsafe-eval/);
    assert.equal((await get('/fixture/_headers')).status, 404);
    assert.equal((await get('/other/')).headers.get('content-security-policy'), null, 'no rule, no policy, as on the hosts');
  });
});

describe('HTML scanner', () => {
  test('reads attributes, entities and references', () => {
    const { tags } = scanHtml(`<!-- <a href="/hidden/"> --><a href="/a/?x=1&amp;y=2#f" lang=ur>x</a>
      <img src='/i.png' srcset="/i1.png 1x, /i2.png 2x" alt=""><link rel="stylesheet" href="/s.css">
      <script>var a = "<a href='/not-a-link/'>";</script><meta http-equiv="refresh" content="0; url=/new/">`);
    const refs = referencesOf(tags).map((r) => r.url);
    assert.deepEqual(refs, ['/a/?x=1&y=2#f', '/i.png', '/i1.png', '/i2.png', '/s.css', '/new/']);
    assert.equal(tags.find((t) => t.name === 'a').attrs.lang, 'ur');
    assert.deepEqual(metaRefresh(tags), { delay: 0, url: '/new/' });
  });
  test('finds inline script, style elements, style= and event handlers, but not JSON data', () => {
    const { tags } = scanHtml('<script>x()</script><script src="/a.js"></script><script type="application/ld+json">{}</script>'
      + '<style>p{}</style><p style="color:red" onclick="y()"><a href="javascript:void 0">z</a></p>');
    const m = inlineCodeOf(tags);
    assert.equal(m.length, 5, m.join('\n'));
  });
  test('site.yaml: base path and languages', () => {
    const c = parseSiteYaml('title: X\nbase_url: https://example.org/local-offer/\ndefault_language: en\nlanguages:\n  - { code: en, name: English }\n  - { code: ur, name: اردو, direction: rtl }\n');
    assert.equal(c.baseUrl, 'https://example.org/local-offer/');
    assert.deepEqual(c.languages.map((l) => l.code), ['en', 'ur']);
    const cfg = loadSiteConfig(HANDMADE);
    assert.equal(cfg.basePath, '/fixture/');
    assert.deepEqual([...cfg.rtl], ['ur']);
  });
  test('maps files to URLs and absolute site URLs to the local server', () => {
    assert.equal(urlPathOfFile(PUBLIC, path.join(PUBLIC, 'en', 'index.html'), '/fixture/'), '/fixture/en/');
    assert.equal(urlPathOfFile(PUBLIC, path.join(PUBLIC, '404.html'), '/fixture/'), '/fixture/404.html');
    assert.equal(urlPathOfFile(PUBLIC, path.join(PUBLIC, 'index.html'), '/fixture/'), '/fixture/');
    const ctx = { origin: 'http://127.0.0.1:9', basePath: '/fixture/', siteBaseUrl: 'https://example.org/fixture/' };
    assert.deepEqual(resolveRef('https://example.org/fixture/en/#x', 'http://127.0.0.1:9/fixture/', ctx),
      { type: 'internal', url: 'http://127.0.0.1:9/fixture/en/#x', fragment: 'x' });
    assert.equal(resolveRef('/en/', 'http://127.0.0.1:9/fixture/', ctx).type, 'outside-base');
    assert.equal(resolveRef('https://www.gov.uk/', 'http://127.0.0.1:9/fixture/', ctx).type, 'external');
    assert.equal(resolveRef('mailto:a@b.c', 'http://127.0.0.1:9/fixture/', ctx).type, 'other');
  });
});

describe('crawler and link check', () => {
  let s;
  let tmp;
  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-crawl-'));
    fs.cpSync(PUBLIC, tmp, { recursive: true });
    const f = path.join(tmp, 'en', 'guide', 'ehcp', 'index.html');
    fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('</main>',
      '<p><a href="/fixture/en/no-such-page/">gone</a> <a href="/fixture/en/#no-such-id">frag</a> '
      + '<a href="/en/">no base</a> <img src="../../../assets/missing.png" alt="missing"></p></main>'));
    s = await startServer({ root: tmp, basePath: '/fixture/' });
  });
  after(async () => { await s.close(); fs.rmSync(tmp, { recursive: true, force: true }); });

  test('crawls from the root and adds files on disk (orphans)', async () => {
    const c = await crawl({ origin: s.origin, basePath: '/fixture/', siteBaseUrl: 'https://example.org/fixture/', outDir: tmp });
    const paths = c.pages.map((p) => new URL(p).pathname);
    assert.ok(paths.includes('/fixture/en/old/'), 'the orphan redirect page is crawled from disk');
    assert.ok(paths.includes('/fixture/404.html'));
    assert.equal(c.diskFiles.length, htmlFilesIn(tmp).length);
    const f = checkLinks(c);
    const msgs = f.map((x) => x.message).join('\n');
    assert.match(msgs, /broken link <a href="\/fixture\/en\/no-such-page\/">.*HTTP 404/);
    assert.match(msgs, /missing fragment <a href="\/fixture\/en\/#no-such-id">/);
    assert.match(msgs, /<a href="\/en\/"> points outside the base path/);
    assert.match(msgs, /broken asset <img src="..\/..\/..\/assets\/missing.png">/);
    assert.equal(f.length, 4, listFindings(f));
    assert.ok(f.every((x) => new URL(x.url).pathname === '/fixture/en/guide/ehcp/'));
  });
});

describe('every check over the hand-made site', { timeout: 300_000 }, () => {
  test('the clean hand-made site has zero findings', async () => {
    const result = await runSuite({ siteRoot: HANDMADE, outDir: PUBLIC, prebuilt: true, screenshots: false, log: () => {} });
    printReport(result, 'hand-made site (clean)');
    assert.equal(result.findings.length, 0, listFindings(result.findings));
    assert.equal(result.stats.pages, 7);
  });

  test('a planted fault of every kind is reported by its check', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-faulty-handmade-'));
    try {
      fs.cpSync(PUBLIC, tmp, { recursive: true });
      plantFaults(tmp);
      const result = await runSuite({ siteRoot: HANDMADE, outDir: tmp, prebuilt: true, screenshots: false, log: () => {} });
      printReport(result, 'hand-made site with planted faults');
      const expect = [
        ['axe', '/en/', /^image-alt /],
        ['html', '/en/guide/ehcp/', /Stray end tag/],
        ['links', '/en/guide/ehcp/', /broken link <a href="\/fixture\/en\/no-such-page\/">/],
        ['links', '/en/', /missing fragment <a href="\/fixture\/en\/guide\/ehcp\/#nowhere">/],
        ['language', '/ur/', /<html lang="en"> but the URL's language is ur/],
        ['language', '/ur/', /<html dir="ltr"> but ur is written rtl/],
        ['language', '/ur/guide/ehcp/', /content after the untranslated-page notice .* has no lang of its own/],
        ['keyboard', '/ur/guide/ehcp/', /no visible focus indicator on button.nofocus/],
        ['keyboard', '/en/old/', null, true], // redirect pages are not keyboard-checked
        ['reflow', '/en/guide/ehcp/', /at 320 px: the page scrolls sideways/],
        ['nojs', '/ur/guide/ehcp/', /without JavaScript the language switcher is not visible/],
        ['weight', '/en/heavy/', /page weighs .* KB gzipped with its CSS and JS, over 40 KB/],
        ['weight', '/en/', /request leaves the site: image https:\/\/example.com\/tracker.png/],
        ['csp', '/en/guide/ehcp/', /inline <script> without src/],
        ['csp', '/en/guide/ehcp/', /style= attribute on <p>/],
        ['csp', '/en/guide/ehcp/', /CSP violation/],
        ['print', '/ur/', /in print, .breadcrumbs is shown/],
        ['print', '/ur/', /in print, the link "پڑھیں" does not print its target/],
        ['bidi', '/ur/', /the number "0800 123 4567" shows as "4567 123 0800"/],
        ['bidi', '/ur/', /0808 808 3555/, true], // marked left to right in the clean fixture
      ];
      const missing = [];
      for (const [check, p, re, absent] of expect) {
        const hit = findOne(result, check, `/fixture${p}`, re);
        if (absent ? hit : !hit) missing.push(`${absent ? 'unexpected' : 'missing'}: [${check}] ${p} ${re || ''}`);
      }
      assert.deepEqual(missing, [], `${missing.join('\n')}\n\nall findings:\n${listFindings(result.findings)}`);
      for (const c of ['axe', 'html', 'links', 'language', 'keyboard', 'reflow', 'nojs', 'weight', 'csp', 'print', 'bidi']) {
        assert.ok(findingsOf(result, c).length > 0, `check ${c} reported nothing`);
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

/** Edit a copy of the hand-made site so that every check has something to find. */
function plantFaults(dir) {
  const edit = (rel, fn) => { const f = path.join(dir, rel); fs.writeFileSync(f, fn(fs.readFileSync(f, 'utf8'))); };
  edit('assets/style.abc123.css', (c) => `${c}
.nofocus, .nofocus:focus, .nofocus:focus-visible { outline: none !important; background: #eee !important; color: #000 !important; }
.too-wide { width: 600px; }
@media print { .keep-in-print { display: block !important; } }
`);
  fs.writeFileSync(path.join(dir, 'assets', 'reveal.js'), 'for (const e of document.querySelectorAll("[hidden].language-switcher")) e.hidden = false;\n');
  // axe: an image without alt; weight: a request to another host; links: a missing fragment
  edit('en/index.html', (c) => c.replace('</main>', '<p><a href="/fixture/en/guide/ehcp/#nowhere">x</a></p><img src="/fixture/assets/nothing.png"><img src="https://example.com/tracker.png" alt="tracker"></main>'));
  // html: a stray end tag; links: a broken link; csp: inline script and style=; reflow: a fixed width
  edit('en/guide/ehcp/index.html', (c) => c.replace('</main>', '<p style="color: #000">Text</span></p><p><a href="/fixture/en/no-such-page/">gone</a></p><div class="too-wide">wide</div><script>document.title = "x";</script></main>'));
  // bidi: a phone number not marked left to right, in right-to-left text
  edit('ur/index.html', (c) => c.replace('</main>', '<p dir="rtl">فون 0800 123 4567 پر کریں۔</p></main>'));
  // language: wrong lang and dir
  edit('ur/index.html', (c) => c.replace('<html lang="ur" dir="rtl">', '<html lang="en" dir="ltr">')
    // print: breadcrumbs kept in print; links in main without their target (no ::after)
    .replace('class="breadcrumbs"', 'class="breadcrumbs keep-in-print"')
    .replace('<main id="main" tabindex="-1">', '<main id="main" tabindex="-1"><p><a class="noprint" href="/fixture/ur/guide/ehcp/">پڑھیں</a></p>'));
  edit('assets/style.abc123.css', (c) => `${c}\n@media print { main a.noprint::after { content: none !important; } }\n`);
  // keyboard: a button without focus style; nojs: the switcher only shown by JavaScript;
  // language: untranslated content without lang
  edit('ur/guide/ehcp/index.html', (c) => c.replace('</main>', '<p><button type="button" class="nofocus">بٹن</button></p></main>')
    .replace('<nav class="language-switcher"', '<nav hidden class="language-switcher"')
    .replace('</head>', '<script src="/fixture/assets/reveal.js" defer></script>\n</head>')
    .replace('<div lang="en" dir="ltr">', '<div>'));
  // weight: a page over 40 KB gzipped
  fs.mkdirSync(path.join(dir, 'en', 'heavy'), { recursive: true });
  let seed = 7; // mulberry32: the same words on every run
  const rnd = () => {
    seed = (seed + 0x6D2B79F5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const words = [];
  for (let i = 0; i < 15000; i++) words.push(Array.from({ length: 3 + Math.floor(rnd() * 6) }, () => String.fromCharCode(97 + Math.floor(rnd() * 26))).join(''));
  const body = words.join(' ');
  edit('en/index.html', (c) => c.replace('</main>', '<p><a href="/fixture/en/heavy/">heavy</a></p></main>'));
  const heavy = fs.readFileSync(path.join(dir, 'en', 'index.html'), 'utf8')
    .replace(/<main id="main" tabindex="-1">[\s\S]*<\/main>/, `<main id="main" tabindex="-1"><h1>Heavy</h1><p>${body}</p></main>`);
  fs.writeFileSync(path.join(dir, 'en', 'heavy', 'index.html'), heavy);
}

test('the accessibility report of a run: its date, pages, languages and findings per check run', async () => {
  const { accessibilityReport } = await import('../lib/report.js');
  const result = { stats: { pages: 12 }, config: { languages: [{ code: 'en' }, { code: 'ur' }] }, only: ['axe', 'html'], summary: { axe: 0, html: 2, links: 5 } };
  assert.deepEqual(accessibilityReport(result, new Date('2026-12-07T10:00:00Z')), { date: '2026-12-07', pages: 12, languages: ['en', 'ur'], findings: { axe: 0, html: 2 } });
});
