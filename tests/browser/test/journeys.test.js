// A family's path, in Polish and in Urdu, on a 360 px phone: a parent new to Luton whose
// 4-year-old may have speech and language needs. Each journey starts on the language's home
// page and must end on the right page within the taps stated; typing into a box is not a
// tap. Pages, headings and links come from content/, never from the build under test.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { newContexts } from '../lib/browser.js';
import { orFail, squash, startSite } from './feature.js';

const TIMEOUT = 15_000;
const LANGUAGES = ['pl', 'ur'];

describe('a family\'s journeys at 360 px, in Polish and Urdu', { timeout: 5 * 60 * 1000 }, () => {
  let site;
  let ctx;
  let page;
  let taps = 0;

  before(async () => {
    site = await startSite();
    ctx = await newContexts(site.browser);
    page = await ctx.js.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await page.setViewportSize({ width: 360, height: 800 });
  });
  after(async () => { await site?.close(); });

  const pathOf = (lang, rel) => `${site.config.basePath}${lang}/${rel}`;
  const here = () => new URL(page.url()).pathname;
  /** Opens the language's home page: the start of every journey. */
  async function start(lang) {
    taps = 0;
    await page.goto(site.url(`${lang}/`));
  }
  /** One tap on the link to `rel` (the first visible one), and the page it opens. */
  async function tapLinkTo(lang, rel) {
    const link = page.locator(`a[href="${pathOf(lang, rel)}"]:visible`).first();
    await orFail(link.waitFor({ state: 'visible' }), `no visible link to ${pathOf(lang, rel)} on ${here()}`);
    taps += 1;
    await Promise.all([page.waitForURL((u) => u.pathname === pathOf(lang, rel)), link.click()]);
  }
  /** The `## heading` lines of content/<rel>.<lang>.md, as the reader sees them. */
  function headings(rel, lang) {
    const text = fs.readFileSync(path.join(site.siteRoot, 'content', `${rel}.${lang}.md`), 'utf8');
    return [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1].trim());
  }

  for (const lang of LANGUAGES) {
    test(`${lang}: who to talk to first, in one tap from the home page`, async () => {
      await start(lang);
      await tapLinkTo(lang, 'family-support/new-to-luton/');
      // The second section of the page is "Who to talk to first", in the reader's language.
      const who = headings('family-support/new-to-luton', lang)[1];
      const shown = (await page.$$eval('main h2', (hs) => hs.map((h) => h.textContent))).map(squash);
      assert.ok(shown.includes(who), `no heading "${who}" on ${here()}: ${shown.join(' | ')}`);
      assert.ok(await page.locator('main h2', { hasText: who }).isVisible());
      assert.ok(taps <= 1, `${taps} taps`);
    });

    test(`${lang}: speech and language help through search, in three taps`, async () => {
      await start(lang);
      // A tap in the box, the words typed, a tap on Search, a tap on the result.
      taps += 1;
      await page.fill('#site-search-q', 'speech therapy');
      taps += 1;
      await Promise.all([page.waitForURL((u) => u.pathname === pathOf(lang, 'search/')), page.locator('.site-search button').click()]);
      // The page lists every page A to Z until the results come, then hides that list: the
      // tap is on a result, as the family's would be, not on the A to Z link it replaces.
      await orFail(page.locator('[data-results]:not([hidden]) a').first().waitFor({ state: 'visible' }), `no results on ${here()}`);
      await tapLinkTo(lang, 'services/speech-and-language-therapy/');
      assert.equal(here(), pathOf(lang, 'services/speech-and-language-therapy/'));
      assert.ok(taps <= 3, `${taps} taps`);
    });

    test(`${lang}: speech and language help for a 4-year-old through the directory, in six taps`, async () => {
      await start(lang);
      await tapLinkTo(lang, 'services/');
      // The link near the top leads to the filters; then a need (a list opened, a choice
      // tapped) and an age (a tap in the box, then typed).
      taps += 1;
      await page.locator('.directory-jump a').click();
      taps += 2;
      await page.selectOption('#filter-need', 'communication-and-interaction');
      taps += 1;
      await page.fill('#filter-age', '4');
      await page.waitForFunction(() => /[0-9]/.test(document.querySelector('[data-count]').textContent));
      await tapLinkTo(lang, 'services/speech-and-language-therapy/');
      assert.ok(taps <= 6, `${taps} taps`);
    });

    test(`${lang}: the leaflet for new families, in its language, in two taps`, async () => {
      await start(lang);
      await tapLinkTo(lang, 'family-support/new-to-luton/');
      const pdf = pathOf(lang, 'leaflets/new-to-luton.pdf');
      const link = page.locator(`a[href="${pdf}"]:visible`).first();
      await orFail(link.waitFor({ state: 'visible' }), `no visible link to ${pdf}`);
      taps += 1;
      const response = await page.request.get(new URL(pdf, page.url()).href);
      assert.equal(response.status(), 200);
      assert.equal(response.headers()['content-type'], 'application/pdf');
      assert.ok((await response.body()).subarray(0, 5).toString() === '%PDF-');
      assert.ok(taps <= 2, `${taps} taps`);
    });
  }
});
