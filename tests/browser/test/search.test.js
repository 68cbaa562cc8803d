// Search (the issue "client-side Pagefind search with SEND vocabulary"), in Chromium over
// the example site built fresh: results for a family's word and for a professional's
// abbreviation, in English and Urdu, filters, the query in the address, the keyboard,
// the A to Z without JavaScript, and axe-core on the results. Expected pages, titles and
// sections come from content/ and translations/, never from the search itself.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { newContexts } from '../lib/browser.js';
import { checkAxe } from '../lib/checks/axe.js';
import { installProbe, tabTo } from '../lib/checks/keyboard.js';
import { announcedCount, frontMatter, ftl, orFail, squash, startSite } from './feature.js';
import { SUITE_DIR } from '../lib/config.js';

const TIMEOUT = 15_000;

describe('search', { timeout: 5 * 60 * 1000 }, () => {
  let site;
  let ctx;
  let page;
  // content/<rel>.md (or .<lang>.md): its URL path and front matter, checked to be in the build.
  const pageOf = (rel, lang = 'en') => {
    const src = path.join(site.siteRoot, 'content', `${rel}${lang === site.config.defaultLanguage ? '' : `.${lang}`}.md`);
    const dir = `${lang}/${rel === '_index' ? '' : `${rel.replace(/\/_index$/, '')}/`}`;
    assert.ok(fs.existsSync(site.file(dir)), `${rel} (${lang}) is not in the build at ${dir}`);
    return { path: site.config.basePath + dir, dir, ...frontMatter(src) };
  };
  const consoleErrors = [];
  let ehc; // the EHC plans page, and its section
  let ehcSection;

  before(async () => {
    site = await startSite();
    ctx = await newContexts(site.browser);
    page = await ctx.js.newPage();
    page.setDefaultTimeout(TIMEOUT);
    // Kept for failure messages: a refused WebAssembly compile shows only here, not as a CSP event.
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(String(e.message)));
    ehc = pageOf('ehc-plans/ehc-plans');
    ehcSection = pageOf('ehc-plans/_index');
  });
  after(async () => { await site?.close(); });

  /** Wait until the live region has its say, then read it and the results shown. */
  async function results(p = page) {
    await p.waitForFunction(() => document.querySelector('[data-status]').textContent.trim() !== '').catch(async (e) => {
      const csp = await p.evaluate(() => window.__loCsp || []);
      throw new Error(`no result count was announced: ${e.message.split('\n')[0]}\nCSP violations: ${csp.join('; ') || 'none'}`
        + `\nconsole errors: ${consoleErrors.slice(-5).join('\n') || 'none'}`);
    });
    return p.evaluate(() => ({
      status: document.querySelector('[data-status]').textContent.trim(),
      live: (() => { const s = document.querySelector('[data-status]'); return s.getAttribute('role') || s.getAttribute('aria-live'); })(),
      items: [...document.querySelectorAll('[data-results] > li')].map((li) => ({
        path: new URL(li.querySelector('a').href).pathname,
        title: li.querySelector('a').textContent.trim(),
        section: (li.querySelector('.search-section') || {}).textContent || null,
        marks: [...li.querySelectorAll('p mark')].map((m) => m.textContent),
        excerpt: (li.querySelector('p') || {}).textContent || '',
      })),
    }));
  }
  const paths = (r) => r.items.map((i) => i.path);
  /**
   * While typing, earlier queries' results show first: wait (at most TIMEOUT) until
   * `want` is among the first n results, then read them; on timeout, fail with what shows.
   */
  async function resultsWith(want, n = 20, p = page) {
    const ok = await p.waitForFunction(([w, k]) => [...document.querySelectorAll('[data-results] > li > a')].slice(0, k)
      .some((a) => new URL(a.href).pathname === w), [want, n]).then(() => true, () => false);
    const r = await results(p);
    assert.ok(ok, `${want} is not in the first ${n} results of "${await p.inputValue('#search-q')}": ${paths(r).join(', ')}`);
    return r;
  }
  /** The count the status announces, in the language's own message (search-shown). */
  const countIn = (r, lang) => {
    const n = announcedCount(site.siteRoot, lang, 'search-shown', r.status);
    assert.notEqual(n, null, `the live region says "${r.status}", not ${lang}'s search-shown message with a number`);
    return n;
  };
  const search = async (lang, q) => {
    await page.goto(site.url(`${lang}/search/?q=${encodeURIComponent(q)}`));
    return results();
  };

  test('EHCP from the address: the EHC plans page in the top three, with title, section, marked excerpt and count', async () => {
    const r = await search('en', 'EHCP');
    const i = paths(r).indexOf(ehc.path);
    assert.ok(i >= 0 && i < 3, `${ehc.path} is not in the top three: ${paths(r).join(', ')}`);
    const hit = r.items[i];
    assert.equal(hit.title, ehc.title);
    assert.equal(hit.section, ehcSection.title);
    assert.ok(hit.marks.some((m) => /ehcp/i.test(m)), `no <mark> around EHCP in the excerpt (marks: ${hit.marks.join(' | ')})`);
    assert.ok(r.items.every((x) => x.title && x.marks.length), 'a result without a title or a marked excerpt');
    // The SEND vocabulary is indexed beside each word (between ⟦ and ⟧) but never shown.
    const leaked = r.items.filter((x) => /[⟦⟧]/.test(x.excerpt));
    assert.deepEqual(leaked.map((x) => x.excerpt), [], 'the vocabulary shows in excerpts');
    assert.ok(['status', 'polite', 'assertive'].includes(r.live), `the count is not in a live region (${r.live})`);
    const n = countIn(r, 'en');
    assert.ok(n >= r.items.length && (n > 20 || n === r.items.length), `announced ${n}, listed ${r.items.length}`);
    // The live region is in the page from the start, empty, so screen readers announce the change.
    const empty = /<(\w+)\s[^>]*\bdata-status\b[^>]*>\s*<\/\1>/.exec(fs.readFileSync(site.file('en/search/'), 'utf8'));
    assert.ok(empty && /\s(role="status"|aria-live=)/.test(empty[0]), 'the search page does not come with an empty live region');
    assert.equal(await page.inputValue('#search-q'), 'EHCP');
    // The reason for the server's _headers: Pagefind's WebAssembly runs under the site's own policy.
    assert.deepEqual(await page.evaluate(() => window.__loCsp), []);
  });

  test('typing EHCP into the labelled box: results, the query in the address, Back restores it', async () => {
    await page.goto(site.url('en/search/'));
    const box = page.locator('main').getByLabel(ftl(site.siteRoot, 'en', 'search-label'), { exact: true });
    await box.pressSequentially('EHCP');
    await resultsWith(ehc.path, 3);
    await orFail(page.waitForURL((u) => u.searchParams.get('q') === 'EHCP'), 'the typed query is not in the address (?q=EHCP)');
    // A second query, submitted with Enter, then Back.
    const transport = pageOf('transport/home-to-school-transport');
    await box.fill('home to school transport');
    await box.press('Enter');
    await orFail(page.waitForURL((u) => u.searchParams.get('q') === 'home to school transport'), 'the submitted query is not in the address');
    await resultsWith(transport.path, 3);
    await page.goBack();
    await orFail(page.waitForURL((u) => u.searchParams.get('q') === 'EHCP'), 'Back does not return to ?q=EHCP');
    assert.equal(await box.inputValue(), 'EHCP', 'Back does not put the previous query back in the box');
    await resultsWith(ehc.path, 3);
  });

  test('Urdu: a word of the Urdu EHC plans page finds it, on an rtl page, only Urdu pages', async () => {
    const ur = pageOf('ehc-plans/ehc-plans', 'ur');
    const word = 'نگہداشت'; // "care", as in the Urdu for education, health and care plan
    const src = fs.readFileSync(path.join(site.siteRoot, 'content', 'ehc-plans', 'ehc-plans.ur.md'), 'utf8');
    assert.ok(src.includes(word), `the Urdu page no longer has the word ${word}: pick another`);
    const r = await search('ur', word);
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['ur', 'rtl']);
    const hit = r.items.find((x) => x.path === ur.path);
    assert.ok(hit, `${ur.path} not found for ${word}: ${paths(r).join(', ')}`);
    assert.equal(hit.title, ur.title);
    assert.ok(hit.marks.some((m) => m.includes(word)), `no <mark> around ${word}: ${hit.marks.join(' | ')}`);
    // Only pages written in Urdu: each result has a .ur.md of its own.
    const notUrdu = paths(r).filter((x) => {
      const rel = x.startsWith(`${site.config.basePath}ur/`) ? x.slice(site.config.basePath.length + 3).replace(/\/$/, '') : null;
      const base = rel === null ? null : path.join(site.siteRoot, 'content', rel);
      return base === null || ![`${base}.ur.md`, path.join(base, '_index.ur.md')].some((f) => fs.existsSync(f));
    });
    assert.deepEqual(notUrdu, [], 'results not written in Urdu');
    assert.ok(countIn(r, 'ur') >= 1);
  });

  test('Urdu: a phone number in a result reads in its own order', async () => {
    const number = '0808 808 3555';
    const src = fs.readFileSync(path.join(site.siteRoot, 'content', 'family-support', 'new-to-luton.ur.md'), 'utf8');
    assert.ok(src.includes(number), `the Urdu new-to-Luton page no longer gives ${number}: pick another`);
    const ur = pageOf('family-support/new-to-luton', 'ur');
    await search('ur', '3555');
    await resultsWith(ur.path);
    // Where Chromium draws each digit group of the number in that result's excerpt.
    const shown = await page.evaluate(([want, n]) => {
      const li = [...document.querySelectorAll('[data-results] > li')].find((x) => new URL(x.querySelector('a').href).pathname === want);
      const p = li && li.querySelector('p');
      if (!p || !p.textContent.includes(n)) return `the excerpt does not give ${n}: ${p ? p.textContent : 'none'}`;
      const groups = [];
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        for (const m of t.data.matchAll(/[0-9]+/g)) {
          const r = document.createRange();
          r.setStart(t, m.index);
          r.setEnd(t, m.index + m[0].length);
          groups.push({ text: m[0], left: r.getBoundingClientRect().left });
        }
      }
      return groups.filter((g) => n.split(' ').includes(g.text)).sort((a, b) => a.left - b.left).map((g) => g.text).join(' ');
    }, [ur.path, number]);
    assert.equal(shown, number, "the number's groups on the screen, from left to right");
  });

  test('a section filter narrows the results to that section', async () => {
    const all = await search('en', 'EHCP');
    const n0 = countIn(all, 'en');
    assert.ok(all.items.some((x) => !x.path.startsWith(ehcSection.path)), 'EHCP only finds EHC plans pages: the filter could not narrow');
    await page.locator('[data-filters] > summary').click();
    const legend = ftl(site.siteRoot, 'en', 'search-filter-section');
    const fieldset = page.locator('[data-filters] fieldset').filter({ has: page.locator('legend', { hasText: legend }) });
    await fieldset.getByLabel(ehcSection.title, { exact: true }).check();
    await orFail(page.waitForFunction((s) => document.querySelector('[data-status]').textContent.trim() !== s, all.status),
      `the count stays "${all.status}" with the section filter`);
    const r = await results();
    const n1 = countIn(r, 'en');
    assert.ok(n1 > 0 && n1 < n0, `${n0} results, then ${n1} with the section filter`);
    assert.equal(r.items.length, Math.min(n1, 20));
    const outside = r.items.filter((x) => !x.path.startsWith(ehcSection.path) || x.section !== ehcSection.title);
    assert.deepEqual(outside, [], 'results outside the chosen section');
    assert.ok(paths(r).includes(ehc.path));
  });

  test('keyboard: Tab reaches the search box, then the results; the header box leads to the search page', async () => {
    await page.goto(site.url('en/search/'));
    await installProbe(page);
    assert.ok(await tabTo(page, (a) => a.id === 'search-q', { max: 40 }), 'Tab never reaches the search box');
    await page.keyboard.type('EHCP');
    const r = await resultsWith(ehc.path);
    const link = await tabTo(page, (a) => a.inMain && a.tag === 'a' && paths(r).includes(new URL(a.href).pathname), { max: 60 });
    assert.ok(link, 'Tab never reaches a result');
    assert.equal(new URL(link.href).pathname, r.items[0].path, 'the first result reached is not the first result');
    assert.ok(link.indicator, `no visible focus on the result ${link.desc}`);

    // From a page in each of two languages: the header box, Enter, that language's search page.
    const ur = pageOf('ehc-plans/ehc-plans', 'ur');
    for (const [from, lang, q, want] of [[pageOf('transport/home-to-school-transport').path, 'en', 'EHCP', ehc.path], [ur.path, 'ur', 'نگہداشت', ur.path]]) {
      await page.goto(site.server.origin + from);
      await installProbe(page);
      assert.ok(await tabTo(page, (a) => a.id === 'site-search-q', { max: 40 }), `Tab never reaches the header search box on ${from}`);
      await page.keyboard.type(q);
      await page.keyboard.press('Enter');
      await orFail(page.waitForURL((u) => u.pathname === `${site.config.basePath}${lang}/search/` && u.searchParams.get('q') === q),
        `Enter in the header search box on ${from} does not lead to ${lang}/search/?q=${q}`);
      await resultsWith(want);
      assert.equal(await page.inputValue('#search-q'), q);
    }
  });

  test('without JavaScript: the header search leads to every page A to Z with its description', async () => {
    const p = await ctx.nojs.newPage();
    p.setDefaultTimeout(TIMEOUT);
    try {
      await p.goto(site.server.origin + pageOf('transport/home-to-school-transport').path);
      await p.fill('#site-search-q', 'EHCP');
      await Promise.all([p.waitForURL((u) => u.pathname.endsWith('/en/search/')), p.click('form.site-search [type=submit]')]);
      assert.equal(new URL(p.url()).searchParams.get('q'), 'EHCP');
      assert.ok(await p.locator('[data-a-z]').isVisible(), 'the A to Z is not shown');
      const az = await p.$$eval('[data-a-z] li', (lis) => lis.map((li) => ({
        path: new URL(li.querySelector('a').href).pathname,
        title: li.querySelector('a').textContent,
        description: (li.querySelector('p') || {}).textContent || '',
      })));
      // Every English page of content/ is listed, and nothing else.
      const expected = englishPages(site.siteRoot, site.config).map((rel) => pageOf(rel).path);
      assert.deepEqual(az.map((x) => x.path).sort(), expected.sort(), 'the A to Z is not every English page of content/');
      // A few known pages, with their own title and description.
      for (const rel of ['transport/home-to-school-transport', 'ehc-plans/ehc-plans', 'services/speech-and-language-therapy', 'advice/sendias']) {
        const k = pageOf(rel);
        const x = az.find((y) => y.path === k.path);
        assert.deepEqual([squash(x.title), squash(x.description)], [squash(k.title), squash(k.description)], k.path);
      }
      // A to Z as an English reader sorts: case and accents aside.
      const collator = new Intl.Collator('en', { sensitivity: 'base' });
      const titles = az.map((x) => squash(x.title));
      assert.deepEqual(titles, [...titles].sort(collator.compare), 'the A to Z is not in alphabetical order');
    } finally {
      await p.close();
    }
  });

  test("without JavaScript: each language's A to Z is in that language's alphabetical order", async () => {
    const p = await ctx.nojs.newPage();
    try {
      for (const { code } of site.config.languages) {
        await p.goto(`${site.server.origin}${site.config.basePath}${code}/search/`);
        const titles = (await p.$$eval('[data-a-z] li a', (as) => as.map((a) => a.textContent))).map(squash);
        assert.ok(titles.length > 10, `${code}: only ${titles.length} pages in the A to Z`);
        // Chromium's ICU and the build's both follow CLDR: Urdu's ک and گ before م, not code points.
        const collator = new Intl.Collator(code);
        assert.deepEqual(titles, [...titles].sort(collator.compare), `${code}: the A to Z is not in ${code} alphabetical order`);
      }
    } finally {
      await p.close();
    }
  });

  // English words a family may have met, and the English-only service each should find.
  const ENGLISH_QUERIES = [
    ['speech therapy', 'services/speech-and-language-therapy'],
    ['wheelchair', 'services/wheelchair-services'],
    ['short breaks', 'services/short-breaks'],
    ['tribunal', 'services/sen-and-disability-tribunal'],
    ['occupational therapy', 'services/occupational-therapy'],
    ['housing register', 'services/housing-register-and-bedfordshire-homefinder'],
  ];

  // Urdu and Romanian have every page translated; Polish, Bengali and Arabic still show the
  // services in English.
  test("English words on the Polish, Bengali and Arabic search pages find English-only pages in the top three, as Pagefind's CLI does", async () => {
    // Pagefind's own indexer over the same build, in a folder of its own beside ours.
    const cli = path.join(SUITE_DIR, 'node_modules', '.bin', 'pagefind');
    execFileSync(cli, ['--site', site.outDir, '--output-path', path.join(site.outDir, 'pagefind-cli'), '--exclude-selectors', 'header,footer,nav'], { stdio: 'ignore' });
    const misses = { ours: [], cli: [] };
    for (const lang of ['pl', 'bn', 'ar']) {
      for (const [q, rel] of ENGLISH_QUERIES) {
        assert.ok(!fs.existsSync(path.join(site.siteRoot, 'content', `${rel}.${lang}.md`)), `${rel} is translated into ${lang}: pick an English-only page`);
        const want = `${site.config.basePath}${lang}/${rel}/`;
        for (const bundle of ['pagefind', 'pagefind-cli']) {
          await page.goto(site.url(`${lang}/search/`));
          await page.evaluate((b) => document.querySelector('[data-search]').setAttribute('data-bundle', b), `${site.config.basePath}${bundle}/`);
          await page.fill('#search-q', q);
          const found = await page.waitForFunction((w) => [...document.querySelectorAll('[data-results] > li > a')].slice(0, 3).some((a) => new URL(a.href).pathname === w), want, { timeout: 5000 }).then(() => true, () => false);
          if (!found) misses[bundle === 'pagefind' ? 'ours' : 'cli'].push(`${lang}: "${q}" -> ${rel}`);
        }
      }
    }
    assert.deepEqual(misses.ours, [], `not in our top three (Pagefind's CLI missed ${misses.cli.length}: ${misses.cli.join('; ') || 'none'})`);
  });

  test('Polish: a result from a page not yet translated says "(in English)" in Polish, with hreflang', async () => {
    const marker = ftl(site.siteRoot, 'pl', 'in-default-language');
    assert.ok(marker && marker !== ftl(site.siteRoot, 'en', 'in-default-language'), 'Polish has its own words for "(in English)"');
    await search('pl', 'speech therapy');
    const want = `${site.config.basePath}pl/services/speech-and-language-therapy/`;
    await resultsWith(want, 3);
    const shown = await page.evaluate((w) => {
      const li = [...document.querySelectorAll('[data-results] > li')].find((x) => new URL(x.querySelector('a').href).pathname === w);
      const a = li.querySelector('a');
      return { lang: (a.querySelector('span[lang]') || {}).lang, hreflang: a.hreflang, marker: (a.querySelector('.in-default-language') || {}).textContent, excerptLang: li.querySelector('p').lang };
    }, want);
    assert.deepEqual(shown, { lang: 'en', hreflang: 'en', marker, excerptLang: 'en' });
    // A page written in Polish has no marker.
    await search('pl', 'Luton');
    const home = `${site.config.basePath}pl/`;
    await resultsWith(home);
    const own = await page.evaluate((w) => {
      const li = [...document.querySelectorAll('[data-results] > li')].find((x) => new URL(x.querySelector('a').href).pathname === w);
      return { marker: !!li.querySelector('.in-default-language'), lang: !!li.querySelector('a [lang]'), hreflang: li.querySelector('a').hreflang };
    }, home);
    assert.deepEqual(own, { marker: false, lang: false, hreflang: '' });
  });

  test('a word of one or two letters matches whole words only, and only they are marked', async () => {
    // "OT" begins "other" on most pages; it must find only pages that say OT, or one of
    // its other forms in the SEND vocabulary (occupational therapy).
    const r = await search('en', 'OT');
    assert.ok(r.items.length > 0, 'no page mentions OT');
    const word = (w) => new RegExp(`(^|[^\\p{L}\\p{N}])${w}([^\\p{L}\\p{N}]|$)`, 'iu');
    for (const item of r.items) {
      const text = fs.readFileSync(site.file(item.path.slice(site.config.basePath.length)), 'utf8').replace(/<[^>]+>/g, ' ');
      assert.ok(word('ot').test(text) || /occupational therap/i.test(text), `${item.path} says neither OT nor occupational therapy`);
      for (const m of item.marks) {
        const marked = m.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '');
        assert.ok(marked === 'ot' || /^occupational/.test(marked), `${item.path}: "${m}" is marked for "OT"`);
      }
    }
  });

  test('without JavaScript: the search page says, in Polish, that search needs it, and submitting lands on the A to Z', async () => {
    const p = await ctx.nojs.newPage();
    try {
      await p.goto(site.url('pl/search/'));
      const said = squash(await p.textContent('.search-needs-javascript'));
      assert.equal(said, ftl(site.siteRoot, 'pl', 'search-needs-javascript'));
      assert.ok(await p.isVisible('.search-needs-javascript'));
      await p.fill('#search-q', 'speech therapy');
      await p.press('#search-q', 'Enter');
      await p.waitForURL(/[?&]q=speech\+therapy#a-z-heading$/);
      assert.ok(await p.isVisible('#a-z-heading'));
    } finally {
      await p.close();
    }
  });

  test('a misspelt word: the nearest word the pages use, said in the reader\'s language, with the words as typed a link away', async () => {
    const transport = [pageOf('transport/home-to-school-transport').path, pageOf('transport/_index').path];
    const r = await search('en', 'transprot');
    assert.ok(paths(r).slice(0, 3).some((x) => transport.includes(x)), `no transport page in the top three for "transprot": ${paths(r).join(', ')}`);
    const said = squash(await page.textContent('[data-corrected]'));
    const message = ftl(site.siteRoot, 'en', 'search-corrected').replace(/\{ *\$query *\}/, 'transport');
    assert.ok(said.startsWith(squash(message)), `"${said}" does not say "${message}"`);
    const link = page.locator('[data-corrected] a');
    assert.equal(squash(await link.textContent()), squash(ftl(site.siteRoot, 'en', 'search-as-typed').replace(/\{ *\$query *\}/, 'transprot')));
    await link.click();
    await page.waitForURL((u) => u.searchParams.get('q') === 'transprot' && u.searchParams.has('as-typed'));
    await page.waitForFunction(() => document.querySelector('[data-status]').textContent.trim() !== '');
    assert.equal(squash(await page.textContent('[data-corrected]')), '', 'the words as typed are searched as typed');
  });

  test('an abbreviation both ways: EHCP and the words it stands for find the EHC plans page', async () => {
    for (const q of ['EHCP', 'education health and care plan']) {
      const r = await search('en', q);
      assert.ok(paths(r).slice(0, 3).includes(ehc.path), `"${q}": ${ehc.path} is not in the top three: ${paths(r).join(', ')}`);
    }
    // And in Polish, whose page says "plan EHC".
    const pl = pageOf('ehc-plans/ehc-plans', 'pl');
    for (const q of ['EHCP', 'plan EHC']) {
      const r = await search('pl', q);
      assert.ok(paths(r).slice(0, 3).includes(pl.path), `pl "${q}": ${pl.path} is not in the top three: ${paths(r).join(', ')}`);
    }
  });

  test('an age: "2 year old" finds the services for two-year-olds, and none whose ages leave 2 out', async () => {
    const twos = pageOf('services/time-for-2s');
    assert.equal(twos.ages, '{ from: 2, to: 2 }', 'Time for 2s no longer says it is for 2-year-olds: pick another service');
    for (const q of ['2 year old', 'two-year-old', 'aged 2']) {
      const r = await search('en', q);
      assert.ok(paths(r).slice(0, 3).includes(twos.path), `"${q}": ${twos.path} is not in the top three: ${paths(r).join(', ')}`);
    }
    const r = await search('en', 'nursery for 2 year old');
    assert.ok(r.items.length > 0, 'nothing for "nursery for 2 year old"');
    for (const x of r.items) {
      const rel = x.path.slice(site.config.basePath.length + 3).replace(/\/$/, '');
      const file = path.join(site.siteRoot, 'content', `${rel}.md`);
      const ages = fs.existsSync(file) && /\{ *from: *(\d+), *to: *(\d+) *\}/.exec(frontMatter(file).ages || '');
      if (ages) assert.ok(Number(ages[1]) <= 2 && Number(ages[2]) >= 2, `${x.path} is for ages ${ages[1]} to ${ages[2]}`);
    }
  });

  test('Urdu: Arabic heh typed for Urdu\'s finds the annual reviews page', async () => {
    const ur = pageOf('ehc-plans/annual-reviews', 'ur');
    assert.ok(fs.readFileSync(path.join(site.siteRoot, 'content', 'ehc-plans', 'annual-reviews.ur.md'), 'utf8').includes('سالانہ جائزہ'), 'the Urdu page no longer says سالانہ جائزہ');
    const r = await search('ur', 'سالانه جائزه'); // U+0647, as an Arabic keyboard types it
    assert.ok(paths(r).slice(0, 3).includes(ur.path), `${ur.path} is not in the top three: ${paths(r).join(', ')}`);
  });

  test('axe-core: the search page with results and filters shown has zero violations', async () => {
    await search('en', 'EHCP');
    await page.locator('[data-filters] > summary').click();
    const f = await checkAxe(page, { url: page.url() });
    assert.deepEqual(f.map((x) => x.message), []);
  });
});

/** content/**\/*.md in the default language (not .<lang>.md, not drafts), without .md (ehc-plans/_index). */
function englishPages(siteRoot, config) {
  const root = path.join(siteRoot, 'content');
  const translation = new RegExp(`\\.(${config.languages.map((l) => l.code).join('|')})\\.md$`);
  return fs.readdirSync(root, { recursive: true })
    .filter((f) => f.endsWith('.md') && !translation.test(f) && frontMatter(path.join(root, f)).draft !== 'true')
    .map((f) => f.split(path.sep).join('/').replace(/\.md$/, ''))
    .sort();
}
