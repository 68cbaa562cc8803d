// The service directory (the issue "service directory with filters that work without JS",
// and issue #34 part 3, the directory on a phone), in Chromium over the example site built
// fresh. The services each filter must show are worked out from the content files
// (content/<section>/*.md front matter: needs, categories, ages, cost, draft), not from the build's
// output (the page's data-* attributes, the Open Referral export), so a service the build
// gets wrong is caught too. Labels and messages come from the .ftl files (the theme's, under the site's own).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { newContexts } from '../lib/browser.js';
import { loadSiteConfig, siteRootFromEnv } from '../lib/config.js';
import { countMessage, frontMatter, ftl, orFail, startSite } from './feature.js';

const TIMEOUT = 15_000;
// "Speech and language support for a 4-year-old".
const NEED = 'communication-and-interaction';
const AGE = 4;
const SPEECH = 'speech-and-language-therapy'; // content/services/speech-and-language-therapy.md
// A type of service (site.yaml's directory: categories) that some services give and others
// do not.
const CATEGORY = 'health';
// A phone's screen, where the filters must be found (issue #34).
const PHONE = { width: 360, height: 800 };
// Read now: one test per language of site.yaml.
const LANGUAGES = loadSiteConfig(siteRootFromEnv()).languages.map((l) => l.code);

/** The directory's folder under content/: site.yaml's directory: section, else services. */
function directorySection(siteRoot) {
  const yaml = fs.readFileSync(path.join(siteRoot, 'site.yaml'), 'utf8');
  const m = /^directory\s*:[^\S\n]*\n(?:[ \t]+.*\n)*?[ \t]+section\s*:\s*["']?([a-z0-9-]+)/m.exec(yaml);
  return m ? m[1] : 'services';
}

/**
 * The published services as their files say: [{ slug, needs, categories, min, max, cost }]. Translations
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
    if (fm.categories !== undefined && !Array.isArray(fm.categories)) throw new Error(`${file}: write categories as a list on one line, like categories: [health]`);
    let min;
    let max;
    if (fm.ages !== undefined) {
      const ages = /^\{\s*from:\s*(\d+)\s*,\s*to:\s*(\d+)\s*\}$/.exec(fm.ages);
      if (!ages) throw new Error(`${file}: write ages on one line, like ages: { from: 0, to: 25 }`);
      [min, max] = [Number(ages[1]), Number(ages[2])];
    }
    out.push({ slug, needs: fm.needs || [], categories: fm.categories || [], min, max, cost: fm.cost, referral: fm.referral });
  }
  return out;
}

describe('service directory', { timeout: 5 * 60 * 1000 }, () => {
  let site;
  let ctx;
  let page;
  let services; // [{ slug, needs, categories, min, max, cost }] from content/<section>/*.md
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
    assert.ok(services.some((s) => s.categories.includes(CATEGORY)), `no service gives the type ${CATEGORY}: pick another`);
  });
  after(async () => { await site?.close(); });

  /**
   * The services (slugs, sorted) for a need, an age, a cost and a type of service, as the
   * reader must see them: `found`, those whose facts match; `ages`, those that match but for
   * their ages, which they do not state (the README: leave out a fact you do not know),
   * listed apart under "Ages not stated"; `needs`, `categories` and `cost` the same for the
   * areas of need, the type and the cost. A fact left out neither hides a service nor passes
   * for a match. A service that lacks several goes under the first of needs, type, ages,
   * cost.
   */
  const expected = (need, age, cost, category) => {
    const out = { found: [], needs: [], categories: [], ages: [], cost: [] };
    for (const s of services) {
      const needsUnstated = need != null && s.needs.length === 0;
      const categoriesUnstated = category != null && s.categories.length === 0;
      const agesUnstated = age != null && s.min === undefined;
      const costUnstated = cost != null && s.cost === undefined;
      if (need && !needsUnstated && !s.needs.includes(need) && !s.needs.includes('all')) continue;
      if (category != null && !categoriesUnstated && !s.categories.includes(category)) continue;
      if (age != null && !agesUnstated && !(s.min <= age && age <= s.max)) continue;
      if (cost != null && !costUnstated && s.cost !== cost) continue;
      const group = needsUnstated ? 'needs' : categoriesUnstated ? 'categories' : agesUnstated ? 'ages' : costUnstated ? 'cost' : 'found';
      out[group].push(s.slug);
    }
    for (const list of Object.values(out)) list.sort();
    return out;
  };
  /** Every service, unfiltered: all in the directory's own list. */
  const everyService = () => expected().found;

  const dirUrl = (lang, rest = '') => site.url(`${lang}/${section}/${rest}`);
  const slugsOf = (lis) => lis
    .filter((li) => li.checkVisibility() && li.querySelector('a'))
    .map((li) => new URL(li.querySelector('a').href).pathname.split('/').filter(Boolean).pop())
    .sort();
  /**
   * The services the reader sees now, as slugs, sorted: `found` in the directory's list, and
   * `needs`, `categories`, `ages` and `cost` under their headings ("Ages not stated" and so
   * on, in the reader's language), found as a reader finds them: a region named by its
   * heading.
   */
  const shown = async (lang, p = page) => {
    const apart = async (key) => {
      const region = p.getByRole('region', { name: ftl(site.siteRoot, lang, key), exact: true });
      return (await region.count()) && (await region.isVisible()) ? region.locator('li').evaluateAll(slugsOf) : [];
    };
    return {
      found: await p.$$eval('[data-directory] ul[data-page-size] > li', slugsOf),
      needs: await apart('directory-needs-unstated'),
      categories: await apart('directory-categories-unstated'),
      ages: await apart('directory-ages-unstated'),
      cost: await apart('directory-cost-unstated'),
    };
  };
  /**
   * Every service the filters found: the first page, checked to be as long as a page
   * allows, then "show more" pressed until nothing is left.
   */
  const shownAll = async (lang, p = page) => {
    const pageSize = Number(await p.locator('[data-directory] ul[data-page-size]').getAttribute('data-page-size'));
    const now = await shown(lang, p);
    const count = now.found.length + now.needs.length + now.categories.length + now.ages.length + now.cost.length;
    const more = p.locator('[data-directory] .directory-more button');
    if (await more.isVisible()) assert.equal(count, pageSize, 'a first page with more to show is not a full page');
    for (let i = 0; i < 100 && await more.isVisible(); i++) await more.click();
    return shown(lang, p);
  };
  /** The live region of the directory: its text (exactly one must exist). */
  const announced = async (p = page) => {
    const live = p.locator('[data-directory] [role=status], [data-directory] [aria-live]');
    assert.equal(await live.count(), 1, 'the directory has no live region, or more than one');
    return (await live.textContent()).trim();
  };
  /** What the live region must say for what `expected` gives. */
  const foundMessage = (lang, want) => {
    const apart = want.needs.length + want.categories.length + want.ages.length + want.cost.length;
    if (apart === 0) return countMessage(site.siteRoot, lang, 'directory-found', want.found.length);
    const digits = ftl(site.siteRoot, lang, 'digits') || '0123456789';
    const local = (n) => String(n).replace(/[0-9]/g, (d) => digits.charAt(Number(d)));
    return ftl(site.siteRoot, lang, 'directory-found-unstated')
      .replace(/\{\s*\$count\s*\}/, local(want.found.length)).replace(/\{\s*\$unstated\s*\}/, local(apart));
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
    const all = everyService();
    const pageSize = Number(await page.locator('[data-directory] ul[data-page-size]').getAttribute('data-page-size'));
    assert.ok(pageSize > 0 && pageSize < all.length, `page_size ${pageSize}: the example's ${all.length} services no longer fill more than a page`);
    const first = await page.$$eval('[data-directory] ul[data-page-size] > li a', (as, n) => as.slice(0, n).map((a) => new URL(a.href).pathname.split('/').filter(Boolean).pop()).sort(), pageSize);
    assert.deepEqual((await shown(lang)).found, first, `${lang}: the first page is not the list's first ${pageSize} services`);
    const before = await announced();
    const more = page.getByRole('button', { name: countMessage(site.siteRoot, lang, 'directory-more', all.length - pageSize), exact: true });
    await more.focus();
    await page.keyboard.press('Enter');
    assert.deepEqual(await shown(lang), { found: all, needs: [], categories: [], ages: [], cost: [] }, `${lang}: "show more" did not show the rest`);
    assert.equal(await announced(), before, 'the live region changed for the next page: only a new choice is announced');
    assert.equal(await more.isVisible(), false, 'the button stays when nothing is left to show');
    const focused = await page.evaluate(() => document.activeElement.closest('ul[data-page-size] > li') === document.querySelectorAll('ul[data-page-size] > li')[Number(document.querySelector('[data-page-size]').dataset.pageSize)]);
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
    assert.deepEqual(await shown('en'), { found: everyService(), needs: [], categories: [], ages: [], cost: [] }, 'the unfiltered directory does not list every service');
    const c = controls('en');
    // No waiting anywhere below: the list must change as the control changes.
    await c.age.fill(String(AGE));
    const byAge = expected(null, AGE);
    assert.ok(byAge.found.length < services.length && byAge.ages.length > 0, `age ${AGE}: the example no longer has services with and without ages`);
    assert.equal(await announced(), foundMessage('en', byAge), 'the count announced is not of every service found, and those apart');
    assert.deepEqual(await shownAll('en'), byAge, `age ${AGE}: the services for it, then apart those that do not state their ages`);
    await c.need.selectOption(NEED);
    const want = expected(NEED, AGE);
    assert.ok(want.found.length < byAge.found.length && want.ages.includes(SPEECH), `expected ${JSON.stringify(want)}`);
    assert.deepEqual(await shownAll('en'), want, `${NEED} and age ${AGE}`);
    assert.equal(await announced(), foundMessage('en', want));
    assert.deepEqual(await params(), { need: NEED, age: String(AGE) });

    await page.reload();
    assert.deepEqual([await c.need.inputValue(), await c.age.inputValue()], [NEED, String(AGE)], 'reload lost the choice');
    assert.deepEqual(await shownAll('en'), want, 'after reload');
    assert.equal(await announced(), foundMessage('en', want));

    await page.goBack();
    await orFail(page.waitForFunction(() => !new URLSearchParams(location.search).has('need')), 'Back does not leave ?need=');
    assert.deepEqual(await params(), { age: String(AGE) });
    assert.deepEqual([await c.need.inputValue(), await c.age.inputValue()], ['', String(AGE)], 'Back did not restore the form');
    assert.deepEqual(await shownAll('en'), byAge, 'Back did not restore the list');
    assert.equal(await announced(), foundMessage('en', byAge));

    // Clearing the age puts every service back in the directory's list, in its order.
    await c.age.fill('');
    await showAll('en');
  });

  test('with JavaScript: "Free" keeps the services that do not state their cost, apart, under "Cost not stated"', async () => {
    const p = await ctx.js.newPage();
    p.setDefaultTimeout(TIMEOUT);
    try {
      await p.setViewportSize(PHONE);
      await p.goto(dirUrl('en'));
      await p.getByLabel(ftl(site.siteRoot, 'en', 'service-cost'), { exact: true }).selectOption('free');
      const want = expected(null, null, 'free');
      assert.ok(want.found.length > 0 && want.cost.includes(SPEECH), `${SPEECH} states a cost now: pick a service that does not (${JSON.stringify(want)})`);
      assert.deepEqual(await shownAll('en', p), want);
      assert.equal(await announced(p), foundMessage('en', want));
      const heading = p.getByRole('heading', { name: ftl(site.siteRoot, 'en', 'directory-cost-unstated'), exact: true });
      const speech = p.locator(`[data-directory] a[href$="/${section}/${SPEECH}/"]`);
      assert.ok(await heading.isVisible() && await speech.isVisible(), 'the heading and the service under it are seen');
      const [h, s] = [await heading.boundingBox(), await speech.boundingBox()];
      assert.ok(h.y < s.y, `${SPEECH} is not under "Cost not stated"`);
    } finally {
      await p.close();
    }
  });

  test('with JavaScript: "You can contact them yourself" keeps the services that do not say how to get help, apart', async () => {
    const p = await ctx.js.newPage();
    p.setDefaultTimeout(TIMEOUT);
    try {
      await p.setViewportSize(PHONE);
      await p.goto(dirUrl('en'));
      await p.getByLabel(ftl(site.siteRoot, 'en', 'service-referral'), { exact: true }).selectOption('self');
      // The services that state no referral, in the directory's order, as the content says.
      const unstated = services.filter((s) => s.referral === undefined).map((s) => s.slug).sort();
      assert.ok(unstated.length > 0, 'every service states a referral now');
      const region = p.getByRole('region', { name: ftl(site.siteRoot, 'en', 'directory-referral-unstated'), exact: true });
      for (let i = 0; i < 100 && await p.locator('[data-directory] .directory-more button').isVisible(); i++) await p.locator('[data-directory] .directory-more button').click();
      assert.ok(await region.isVisible(), 'no "How to get help not stated" group');
      assert.deepEqual(await region.locator('li').evaluateAll(slugsOf), unstated);
    } finally {
      await p.close();
    }
  });

  test(`with JavaScript: a type of service keeps the services that give none, apart, and the group goes when the choice does`, async () => {
    const p = await ctx.js.newPage();
    p.setDefaultTimeout(TIMEOUT);
    try {
      await p.setViewportSize(PHONE);
      await p.goto(dirUrl('en'));
      const type = p.getByLabel(ftl(site.siteRoot, 'en', 'directory-by-category'), { exact: true });
      await type.selectOption(CATEGORY);
      const want = expected(null, null, null, CATEGORY);
      assert.ok(want.found.length > 0 && want.categories.length > 0, `the example no longer has services with and without a type (${JSON.stringify(want)})`);
      assert.deepEqual(await shownAll('en', p), want, `${CATEGORY}: its services, then apart those that give no type`);
      assert.equal(await announced(p), foundMessage('en', want));
      assert.deepEqual(await params(p), { category: CATEGORY });
      const heading = p.getByRole('heading', { name: ftl(site.siteRoot, 'en', 'directory-categories-unstated'), exact: true });
      const apart = p.locator(`[data-directory] a[href$="/${section}/${want.categories[0]}/"]`);
      const [h, a] = [await heading.boundingBox(), await apart.boundingBox()];
      assert.ok(h && a && h.y < a.y, `${want.categories[0]} is not under "Type of service not stated"`);
      // With a need too, a service that names neither goes under the need's group, the
      // first of the facts it lacks.
      await p.getByLabel(ftl(site.siteRoot, 'en', 'directory-by-need'), { exact: true }).selectOption(NEED);
      const both = expected(NEED, null, null, CATEGORY);
      assert.ok(both.needs.length > 0, `no service names neither a need nor a type now (${JSON.stringify(both)})`);
      assert.deepEqual(await shownAll('en', p), both, `${NEED} and ${CATEGORY}`);
      // Any type again: every service is back in the directory's list, the group hidden.
      await p.getByLabel(ftl(site.siteRoot, 'en', 'directory-by-need'), { exact: true }).selectOption('');
      await type.selectOption('');
      assert.equal(await heading.isVisible(), false, '"Type of service not stated" stays with no type chosen');
      assert.deepEqual(await shownAll('en', p), { found: everyService(), needs: [], categories: [], ages: [], cost: [] });
    } finally {
      await p.close();
    }
  });

  test(`without JavaScript: the ${CATEGORY} link leads to its page, which lists apart the services that give no type`, async () => {
    const p = await ctx.nojs.newPage();
    p.setDefaultTimeout(TIMEOUT);
    try {
      await p.setViewportSize(PHONE);
      for (const lang of ['en', 'ur']) {
        await p.goto(dirUrl(lang));
        const link = p.locator(`[data-directory] nav a[href$="/${section}/categories/${CATEGORY}/"]`);
        await orFail(Promise.all([p.waitForURL(dirUrl(lang, `categories/${CATEGORY}/`)), link.click()]), `${lang}: the ${CATEGORY} link does not lead to its page`);
        assert.deepEqual(await htmlLangDir(p), [lang, dirOf(lang)]);
        const want = expected(null, null, null, CATEGORY);
        assert.ok(want.categories.length > 0, 'the example no longer has services that give no type');
        assert.deepEqual(await shown(lang, p), want, `${lang}: the ${CATEGORY} page, then apart the services that give no type`);
      }
    } finally {
      await p.close();
    }
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
      const onPage = await shown(lang, p);
      const list = onPage.found;
      assert.deepEqual(list, expected(NEED).found, `${lang}: the ${NEED} page`);
      // The services that name no area of need are listed apart, under their heading.
      assert.ok(expected(NEED).needs.length > 0, 'the example no longer has services that name no need');
      assert.deepEqual(onPage.needs, expected(NEED).needs, `${lang}: the ${NEED} page's services that name no need`);
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

  /** The top of an element in the page, in CSS px (null when it is not shown). */
  const topOf = (p, selector) => p.evaluate((sel) => {
    const el = document.querySelector(sel);
    return el && el.checkVisibility() ? Math.round(el.getBoundingClientRect().top + scrollY) : null;
  }, selector);

  /**
   * At 360 px (issue #34): "Filter services" is on the first screen; Tab reaches it, Enter
   * brings the filters to the screen, and the next Tab is in them. They come before the
   * list, and without JavaScript they say why they are links.
   */
  for (const lang of ['en', 'ur']) {
    for (const js of [true, false]) {
      test(`at 360 px in ${lang}, ${js ? 'with' : 'without'} JavaScript: "Filter services" leads to the filters, before the list, from the keyboard`, async (t) => {
        const p = await (js ? ctx.js : ctx.nojs).newPage();
        p.setDefaultTimeout(TIMEOUT);
        try {
          await p.setViewportSize(PHONE);
          await p.goto(dirUrl(lang));
          const link = p.getByRole('link', { name: ftl(site.siteRoot, lang, 'directory-jump'), exact: true });
          const box = await link.boundingBox();
          assert.ok(box && box.y + box.height <= PHONE.height, `${lang}: "Filter services" is not on the first screen (${JSON.stringify(box)})`);
          assert.ok(box.height >= 24, `${lang}: "Filter services" is ${box.height} px tall, under the 24 px of a target`);
          const filtersAt = await topOf(p, '#directory-filters');
          const listAt = await topOf(p, '[data-directory] ul[data-page-size]');
          t.diagnostic(`${lang}, ${js ? 'JS' : 'no JS'}: the link at ${Math.round(box.y)} px, the filters at ${filtersAt} px, the list at ${listAt} px`);
          assert.ok(filtersAt < listAt, `${lang}: the filters (${filtersAt} px) do not come before the list (${listAt} px)`);
          // From the top of the page, as a keyboard user: Tab to the link, Enter, Tab.
          let tabs = 0;
          while (tabs < 40 && !(await link.evaluate((a) => a === document.activeElement))) { await p.keyboard.press('Tab'); tabs++; }
          assert.ok(tabs < 40, `${lang}: Tab never reaches "Filter services"`);
          await p.keyboard.press('Enter');
          await orFail(p.waitForFunction(() => Math.abs(document.getElementById('directory-filters').getBoundingClientRect().top) < 2), `${lang}: Enter on "Filter services" does not bring the filters to the top of the screen`);
          await p.keyboard.press('Tab');
          const first = js ? `#filter-need` : `[data-directory] nav a[href$="/needs/${NEED}/"]`;
          assert.ok(await p.locator(first).evaluate((el) => el === document.activeElement), `${lang}: the Tab after the link is not on the first filter (${first})`);
          // Without JavaScript the filter area says why it is links; with it, the form.
          const note = p.getByText(ftl(site.siteRoot, lang, 'directory-nojs'), { exact: true });
          assert.equal(await note.isVisible(), !js, `${lang}: the note on JavaScript is ${js ? 'shown with' : 'not shown without'} JavaScript`);
          assert.equal(await p.locator('[data-directory] form').isVisible(), js);
          if (!js) {
            const [n, f] = [await note.boundingBox(), await p.locator('#directory-filters').boundingBox()];
            assert.ok(n.y >= f.y && n.y < f.y + 200, `${lang}: the note is not at the top of the filters`);
            for (const band of ['0-4', '5-11', '12-16', '17-25']) {
              assert.ok(await p.locator(`[data-directory] nav a[href$="/${section}/ages/${band}/"]`).isVisible(), `${lang}: no link to the ages ${band} page`);
            }
          }
        } finally {
          await p.close();
        }
      });
    }
  }

  test('on a wide screen the filters sit beside the list, on the reading side', async () => {
    const p = await ctx.js.newPage();
    p.setDefaultTimeout(TIMEOUT);
    try {
      for (const lang of ['en', 'ur']) {
        await p.goto(dirUrl(lang));
        const filters = await p.locator('#directory-filters').boundingBox();
        const list = await p.locator('[data-directory] ul[data-page-size]').boundingBox();
        assert.ok(filters.y < list.y + list.height && list.y < filters.y + filters.height, `${lang}: the filters are not beside the list`);
        const besideRight = filters.x >= list.x + list.width;
        const besideLeft = filters.x + filters.width <= list.x;
        assert.ok(dirOf(lang) === 'rtl' ? besideRight : besideLeft, `${lang}: the filters are not on the ${dirOf(lang) === 'rtl' ? 'right' : 'left'} of the list`);
      }
    } finally {
      await p.close();
    }
  });

  test(`without JavaScript at 360 px: the age band of a ${AGE}-year-old leads to its page, which lists apart the services that state no ages`, async () => {
    const p = await ctx.nojs.newPage();
    p.setDefaultTimeout(TIMEOUT);
    try {
      await p.setViewportSize(PHONE);
      for (const lang of ['en', 'ur']) {
        await p.goto(dirUrl(lang));
        const digits = ftl(site.siteRoot, lang, 'digits') || '0123456789';
        const name = ftl(site.siteRoot, lang, 'service-ages').replace(/\{\s*\$from\s*\}/, digits[0]).replace(/\{\s*\$to\s*\}/, digits[4]);
        const link = p.getByRole('link', { name, exact: true });
        await orFail(Promise.all([p.waitForURL(dirUrl(lang, 'ages/0-4/')), link.click()]), `${lang}: "${name}" does not lead to the ages 0-4 page`);
        assert.deepEqual(await htmlLangDir(p), [lang, dirOf(lang)]);
        const within = services.filter((s) => s.min !== undefined && s.min <= 4 && s.max >= 0).map((s) => s.slug).sort();
        const unstated = services.filter((s) => s.min === undefined).map((s) => s.slug).sort();
        assert.ok(within.length > 0 && unstated.includes(SPEECH), 'the example no longer has services with and without ages');
        assert.deepEqual(await shown(lang, p), { found: within, needs: [], categories: [], ages: unstated, cost: [] }, `${lang}: the ages 0-4 page`);
      }
    } finally {
      await p.close();
    }
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
      assert.deepEqual(await shownAll(lang), want, `${lang}: ${NEED} and age ${AGE}`);
      assert.equal(await announced(), foundMessage(lang, want));
      assert.deepEqual(await params(), { need: NEED, age: String(AGE) });
    });
  }
});
