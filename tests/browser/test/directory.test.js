// The service directory (the issue "service directory with filters that work without JS"),
// in Chromium over the example site built fresh. The services each filter must show are
// worked out from the content files (content/<section>/*.md front matter: needs, ages,
// draft), not from the build's output (the page's data-* attributes, the Open Referral
// export), so a service the build gets wrong is caught too. Labels and messages come from
// translations/<lang>.ftl.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { newContexts } from '../lib/browser.js';
import { loadSiteConfig, siteRootFromEnv } from '../lib/config.js';
import { announcedCount, countMessage, frontMatter, ftl, orFail, startSite } from './feature.js';

const TIMEOUT = 15_000;
// "Speech and language support for a 4-year-old".
const NEED = 'communication-and-interaction';
const AGE = 4;
const SPEECH = 'speech-and-language-therapy'; // content/services/speech-and-language-therapy.md
// Read now: one test per language of site.yaml.
const LANGUAGES = loadSiteConfig(siteRootFromEnv()).languages.map((l) => l.code);

/** The directory's folder under content/: site.yaml's directory: section, else services. */
function directorySection(siteRoot) {
  const yaml = fs.readFileSync(path.join(siteRoot, 'site.yaml'), 'utf8');
  const m = /^directory\s*:[^\S\n]*\n(?:[ \t]+.*\n)*?[ \t]+section\s*:\s*["']?([a-z0-9-]+)/m.exec(yaml);
  return m ? m[1] : 'services';
}

/**
 * The published services as their files say: [{ slug, needs, min, max }]. Translations
 * (name.<lang>.md) repeat no facts and drafts are not published, so both are left out.
 * A key written in a shape frontMatter cannot read fails here rather than quietly
 * widening what a filter must show.
 */
function servicesFromContent(siteRoot, section, defaultLang) {
  const dir = path.join(siteRoot, 'content', section);
  const out = [];
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.md') && n !== '_index.md').sort()) {
    const [slug, lang = defaultLang] = name.slice(0, -'.md'.length).split('.');
    if (lang !== defaultLang) continue;
    const file = path.join(dir, name);
    const fm = frontMatter(file);
    if (fm.draft === 'true') continue;
    if (fm.needs !== undefined && !Array.isArray(fm.needs)) throw new Error(`${file}: write needs as a list on one line, like needs: [all]`);
    let min;
    let max;
    if (fm.ages !== undefined) {
      const ages = /^\{\s*from:\s*(\d+)\s*,\s*to:\s*(\d+)\s*\}$/.exec(fm.ages);
      if (!ages) throw new Error(`${file}: write ages on one line, like ages: { from: 0, to: 25 }`);
      [min, max] = [Number(ages[1]), Number(ages[2])];
    }
    out.push({ slug, needs: fm.needs || [], min, max });
  }
  return out;
}

describe('service directory', { timeout: 5 * 60 * 1000 }, () => {
  let site;
  let ctx;
  let page;
  let services; // [{ slug, needs, min, max }] from content/<section>/*.md
  let section; // the directory's folder: services

  before(async () => {
    site = await startSite();
    ctx = await newContexts(site.browser);
    page = await ctx.js.newPage();
    page.setDefaultTimeout(TIMEOUT);
    section = directorySection(site.siteRoot);
    services = servicesFromContent(site.siteRoot, section, site.config.defaultLanguage);
    const speech = frontMatter(path.join(site.siteRoot, 'content', section, `${SPEECH}.md`));
    assert.ok(speech.needs.includes(NEED), `${SPEECH} no longer lists ${NEED}: pick another speech and language service`);
  });
  after(async () => { await site?.close(); });

  /**
   * The services (slugs, sorted) for a need and an age: the need, or all needs; ages that
   * cover the age. A service whose ages are not given (the README: leave out a fact you do
   * not know) is kept whatever the age: a fact left out must not hide a service.
   */
  const expected = (need, age) => services
    .filter((s) => !need || s.needs.includes(need) || s.needs.includes('all'))
    .filter((s) => age == null || ((s.min ?? 0) <= age && age <= (s.max ?? 25)))
    .map((s) => s.slug)
    .sort();

  const dirUrl = (lang, rest = '') => site.url(`${lang}/${section}/${rest}`);
  /** The services the reader sees now: visible items of the list, as slugs, sorted. */
  const shown = (p = page) => p.$$eval('[data-directory] > ul > li', (lis) => lis
    .filter((li) => li.checkVisibility() && li.querySelector('a'))
    .map((li) => new URL(li.querySelector('a').href).pathname.split('/').filter(Boolean).pop())
    .sort());
  /**
   * Every service the filters found: the first page, checked to be as long as a page
   * allows, then "show more" pressed until nothing is left.
   */
  const shownAll = async (p = page) => {
    const pageSize = Number(await p.locator('[data-directory] ul[data-page-size]').getAttribute('data-page-size'));
    const count = (await shown(p)).length;
    const more = p.locator('[data-directory] .directory-more button');
    if (await more.isVisible()) assert.equal(count, pageSize, 'a first page with more to show is not a full page');
    for (let i = 0; i < 100 && await more.isVisible(); i++) await more.click();
    return shown(p);
  };
  /** The live region of the directory: its text (exactly one must exist). */
  const announced = async (p = page) => {
    const live = p.locator('[data-directory] [role=status], [data-directory] [aria-live]');
    assert.equal(await live.count(), 1, 'the directory has no live region, or more than one');
    return (await live.textContent()).trim();
  };
  const params = (p = page) => p.evaluate(() => Object.fromEntries(new URLSearchParams(location.search)));
  const htmlLangDir = (p) => p.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
  const dirOf = (lang) => (site.config.rtl.has(lang) ? 'rtl' : 'ltr');

  /**
   * With JavaScript the list shows the first page_size services found, then a button
   * shows the next ones. On the unfiltered list (more services than a page): the first
   * page is the list's first items, the count announced is of all services, and the
   * button, pressed from the keyboard, shows the rest and takes the focus to the first
   * service it showed.
   */
  async function showAll(lang) {
    const all = expected();
    const pageSize = Number(await page.locator('[data-directory] ul[data-page-size]').getAttribute('data-page-size'));
    assert.ok(pageSize > 0 && pageSize < all.length, `page_size ${pageSize}: the example's ${all.length} services no longer fill more than a page`);
    const first = await page.$$eval('[data-directory] > ul > li a', (as, n) => as.slice(0, n).map((a) => new URL(a.href).pathname.split('/').filter(Boolean).pop()).sort(), pageSize);
    assert.deepEqual(await shown(), first, `${lang}: the first page is not the list's first ${pageSize} services`);
    const before = await announced();
    const more = page.getByRole('button', { name: countMessage(site.siteRoot, lang, 'directory-more', all.length - pageSize), exact: true });
    await more.focus();
    await page.keyboard.press('Enter');
    assert.deepEqual(await shown(), all, `${lang}: "show more" did not show the rest`);
    assert.equal(await announced(), before, 'the live region changed for the next page: only a new choice is announced');
    assert.equal(await more.isVisible(), false, 'the button stays when nothing is left to show');
    const focused = await page.evaluate(() => document.activeElement.closest('[data-directory] > ul > li') === document.querySelectorAll('[data-directory] > ul > li')[Number(document.querySelector('[data-page-size]').dataset.pageSize)]);
    assert.ok(focused, 'the focus is not on the first service the button showed');
  }

  /** With JavaScript: the form's own labelled controls, as a reader finds them. */
  const controls = (lang, p = page) => ({
    need: p.getByLabel(ftl(site.siteRoot, lang, 'directory-by-need'), { exact: true }),
    age: p.getByLabel(ftl(site.siteRoot, lang, 'directory-age-label'), { exact: true }),
  });

  test(`with JavaScript: ${NEED} for a ${AGE}-year-old narrows at once, is announced, in the address, reload and Back`, async () => {
    await page.goto(dirUrl('en'));
    await showAll('en');
    assert.deepEqual(await shown(), expected(), 'the unfiltered directory does not list every service');
    const c = controls('en');
    // No waiting anywhere below: the list must change as the control changes.
    await c.age.fill(String(AGE));
    const byAge = expected(null, AGE);
    assert.ok(byAge.length < services.length, `every service covers age ${AGE}: the age filter cannot narrow`);
    assert.equal(await announced(), countMessage(site.siteRoot, 'en', 'directory-found', byAge.length), 'the count announced is not of every service found');
    assert.deepEqual(await shownAll(), byAge, `age ${AGE}`);
    await c.need.selectOption(NEED);
    const want = expected(NEED, AGE);
    assert.ok(want.length < byAge.length && want.includes(SPEECH), `expected ${want.join(', ')}`);
    assert.deepEqual(await shownAll(), want, `${NEED} and age ${AGE}`);
    assert.equal(await announced(), countMessage(site.siteRoot, 'en', 'directory-found', want.length));
    assert.deepEqual(await params(), { need: NEED, age: String(AGE) });

    await page.reload();
    assert.deepEqual([await c.need.inputValue(), await c.age.inputValue()], [NEED, String(AGE)], 'reload lost the choice');
    assert.deepEqual(await shownAll(), want, 'after reload');
    assert.equal(announcedCount(site.siteRoot, 'en', 'directory-found', await announced()), want.length);

    await page.goBack();
    await orFail(page.waitForFunction(() => !new URLSearchParams(location.search).has('need')), 'Back does not leave ?need=');
    assert.deepEqual(await params(), { age: String(AGE) });
    assert.deepEqual([await c.need.inputValue(), await c.age.inputValue()], ['', String(AGE)], 'Back did not restore the form');
    assert.deepEqual(await shownAll(), byAge, 'Back did not restore the list');
    assert.equal(await announced(), countMessage(site.siteRoot, 'en', 'directory-found', byAge.length));
  });

  /**
   * Without JavaScript: the filters are links to pre-rendered pages (the README: a static
   * host cannot answer a combined query, so the combined form appears only with JavaScript).
   * Follow the need's link and check the page it leads to; returns that page's services.
   */
  async function needPageWithoutJs(lang) {
    const p = await ctx.nojs.newPage();
    p.setDefaultTimeout(TIMEOUT);
    try {
      await p.goto(dirUrl(lang));
      assert.deepEqual(await htmlLangDir(p), [lang, dirOf(lang)], `${lang} directory`);
      assert.equal(await p.locator('[data-directory] form').isVisible(), false, 'a form that cannot filter without JavaScript is shown');
      const link = p.locator(`[data-directory] nav a[href$="/${section}/needs/${NEED}/"]`);
      assert.ok(await link.isVisible(), `${lang}: no visible link to the ${NEED} page`);
      await orFail(Promise.all([p.waitForURL(dirUrl(lang, `needs/${NEED}/`)), link.click()]), `${lang}: the ${NEED} link does not lead to its page`);
      assert.deepEqual(await htmlLangDir(p), [lang, dirOf(lang)], `${lang} ${NEED} page`);
      assert.equal(await p.locator(`[data-directory] nav a[href$="/needs/${NEED}/"]`).getAttribute('aria-current'), 'page');
      const list = await shown(p);
      assert.deepEqual(list, expected(NEED), `${lang}: the ${NEED} page`);
      const speech = p.locator(`[data-directory] ul a[href="${site.config.basePath}${lang}/${section}/${SPEECH}/"]`);
      assert.ok(await speech.isVisible(), `${lang}: ${SPEECH} is not linked in its own language`);
      return list;
    } finally {
      await p.close();
    }
  }

  test(`without JavaScript: the ${NEED} link leads to its pre-rendered page, which lists ${SPEECH}`, async () => {
    assert.ok((await needPageWithoutJs('en')).includes(SPEECH));
  });

  for (const lang of LANGUAGES) {
    test(`in ${lang}: the no-JavaScript filter leads to the ${lang} page; with JavaScript the list narrows`, async () => {
      await needPageWithoutJs(lang);
      await page.goto(dirUrl(lang));
      assert.deepEqual(await htmlLangDir(page), [lang, dirOf(lang)]);
      await showAll(lang);
      const c = controls(lang);
      await c.need.selectOption(NEED);
      await c.age.fill(String(AGE));
      const want = expected(NEED, AGE);
      assert.deepEqual(await shownAll(), want, `${lang}: ${NEED} and age ${AGE}`);
      assert.equal(await announced(), countMessage(site.siteRoot, lang, 'directory-found', want.length));
      assert.deepEqual(await params(), { need: NEED, age: String(AGE) });
    });
  }
});
