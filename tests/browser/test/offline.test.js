// For a family on a phone with little data (issue #26), in Chromium over the example site
// built fresh, in English and in Urdu (right to left): save for offline and read offline,
// a new build replacing the saved copies, a list of services kept and shared, the text
// message and print view of the list, "Listen" with the device's voices (stubbed: the
// test machine has none), the share links without JavaScript, axe on every new control
// and page, and the bytes of a first visit. Texts come from the .ftl files and the
// services from content/, not from the build under test.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { checkAxe } from '../lib/checks/axe.js';
import { buildSite, makeTempDir } from '../lib/build.js';
import { launchBrowser } from '../lib/browser.js';
import { loadSiteConfig, localofferBin, siteRootFromEnv } from '../lib/config.js';
import { startServer } from '../lib/server.js';
import { ftl, orFail, squash } from './feature.js';

const TIMEOUT = 20_000;
const LANGUAGES = ['en', 'ur'];
// The issue's data budget for a first visit to a home page, everything included.
const FIRST_VISIT_LIMIT = 60 * 1024;
// A4 with the theme's own page margins (@page), as a printer needs them.
const A4 = { format: 'A4', printBackground: false, preferCSSPageSize: true };

/** The site's files the build reads, copied so that a test can change a page and rebuild. */
function copySite(from, to) {
  for (const name of ['site.yaml', 'content', 'translations', 'vocabulary', 'themes', 'accessibility-report.json']) {
    if (fs.existsSync(path.join(from, name))) fs.cpSync(path.join(from, name), path.join(to, name), { recursive: true });
  }
}

/** Services whose files give a phone number: [{ slug, title, phone }], from content/. */
function servicesWithPhones(siteRoot, section = 'services') {
  const dir = path.join(siteRoot, 'content', section);
  return fs.readdirSync(dir).filter((f) => /^[a-z0-9-]+\.md$/.test(f) && f !== '_index.md').map((f) => {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const phone = /^\s+phone:\s*["']?([^"'\n]+?)["']?\s*$/m.exec(text);
    const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(text);
    return { slug: f.replace(/\.md$/, ''), title: title && title[1], phone: phone && phone[1] };
  }).filter((s) => s.phone);
}

/** Waits until the async `ok()` holds; fails with `why()` after `ms`. */
async function until(ok, why, ms = 60_000) {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (await ok()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(await why());
}

/** The number of pages in a PDF made by Chromium. */
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;

/** A speechSynthesis with the given voices that records what it is asked to say. */
function stubSpeech(voices) {
  window.__spoken = [];
  class Utterance { constructor(text) { this.text = text; } }
  const synth = {
    paused: false,
    getVoices: () => voices.map((lang) => ({ lang, name: lang, default: false, localService: true, voiceURI: lang })),
    speak(u) { window.__spoken.push({ text: u.text, lang: u.lang }); setTimeout(() => u.onend && u.onend(), 20); },
    cancel() { this.paused = false; },
    pause() { this.paused = true; },
    resume() { this.paused = false; },
    addEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
}

describe('offline reading, my list and listen, in English and Urdu', { timeout: 10 * 60 * 1000 }, () => {
  let tmp, siteRoot, config, outDir, server, browser;
  const url = (p) => server.baseUrl + p;
  const text = (lang, key) => squash(ftl(siteRoot, lang, key));

  before(async () => {
    tmp = makeTempDir('localoffer-offline-');
    siteRoot = path.join(tmp, 'site');
    copySite(siteRootFromEnv(), siteRoot);
    config = loadSiteConfig(siteRoot);
    outDir = buildSite({ bin: localofferBin(), siteRoot, outDir: path.join(tmp, 'public') }).outDir;
    server = await startServer({ root: outDir, basePath: config.basePath });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close().catch(() => {});
    await server?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function fresh(options = {}) {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, ...options });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    return { context, page };
  }
  const manifest = (lang) => JSON.parse(fs.readFileSync(path.join(outDir, 'offline', `${lang}.json`), 'utf8'));

  /** Presses "Save for offline" on the language's home page and waits for "Saved". */
  async function saveOffline(page, lang) {
    await page.goto(url(`${lang}/`));
    const button = page.locator('[data-offline-save]');
    await orFail(button.waitFor({ state: 'visible' }), `no visible "Save for offline" on ${lang}/`);
    await button.click();
    const saved = text(lang, 'offline-saved');
    await orFail(page.waitForFunction((t) => document.querySelector('[data-offline-status]').textContent.trim() === t, saved, { timeout: 60_000 }), `${lang}: saving did not say "${saved}"`);
  }

  for (const lang of LANGUAGES) {
    test(`${lang}: the save control says what saving costs before it starts, in the language's digits`, async () => {
      const { context, page } = await fresh();
      await page.goto(url(`${lang}/`));
      const label = squash(await page.locator('[data-offline-save]').textContent());
      const kb = Math.ceil(manifest(lang).bytes / 1024);
      const digits = ftl(siteRoot, lang, 'digits') || '0123456789';
      const shown = label.replace(/[^\d\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef]/g, '').replace(/./g, (d) => String(Math.max(digits.indexOf(d), '0123456789'.indexOf(d))));
      assert.ok(Number(shown) >= kb && Number(shown) <= kb * 1.1 + 10, `the button says ${label}; the pack is ${kb} KB`);
      assert.ok(!label.includes('%'), label);
      // Nothing is stored for a reader who has not asked.
      assert.deepEqual(await page.evaluate(() => caches.keys()), []);
      assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 0);
      await context.close();
    });

    test(`${lang}: saved pages and a search load offline; an unsaved page shows the offline page`, async () => {
      const { context, page } = await fresh();
      await saveOffline(page, lang);
      // A page opened after saving is kept too.
      const visited = `${lang}/ehc-plans/annual-reviews/`;
      await page.goto(url(visited));
      await context.setOffline(true);
      for (const saved of manifest(lang).pages) {
        const response = await page.goto(server.origin + saved.url);
        assert.ok(response && response.ok(), `offline, ${saved.url} did not load`);
        assert.equal(squash(await page.title()), squash(saved.title));
      }
      await page.goto(url(visited));
      assert.notEqual(squash(await page.locator('h1').first().textContent()), text(lang, 'offline-title'), `${visited}, opened before, is not kept`);
      // Search: the saved pages are found, the others are left out and the status says so.
      await page.goto(url(`${lang}/search/`));
      const home = manifest(lang).pages[0];
      const word = squash(home.title).split(/[\s|]+/).find((w) => w.length > 3);
      await page.fill('#search-q', word);
      await page.press('#search-q', 'Enter');
      await orFail(page.waitForSelector('[data-results] li a'), `offline, no result for "${word}"`);
      const saved = new Set(manifest(lang).pages.map((p) => p.url));
      const found = await page.$$eval('[data-results] li a', (as) => as.map((a) => new URL(a.href).pathname));
      assert.ok(found.every((p) => saved.has(p)), `offline results that are not saved: ${found.filter((p) => !saved.has(p)).join(', ')}`);
      // A page never saved: the offline page of the language, listing the saved pages.
      await page.goto(url(`${lang}/services/penrose/`));
      assert.equal(squash(await page.locator('h1').textContent()), text(lang, 'offline-title'));
      await orFail(page.waitForSelector('[data-offline-saved] li a'), 'the offline page lists no saved page');
      const listed = await page.$$eval('[data-offline-saved] li a', (as) => as.map((a) => new URL(a.href).pathname));
      assert.deepEqual(listed, manifest(lang).pages.map((p) => p.url));
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      await context.setOffline(false);
      const f = await checkAxe(page, { url: page.url() });
      assert.deepEqual(f.map((x) => x.message), []);
      await context.close();
    });
  }

  test('en and ur: a new build replaces the saved copies, and removing them leaves nothing', async () => {
    const { context, page } = await fresh();
    await saveOffline(page, 'en');
    await saveOffline(page, 'ur');
    const before = manifest('en').build;
    const names = () => page.evaluate(() => caches.keys());
    assert.ok((await names()).every((n) => n.includes(before)), (await names()).join(', '));
    // A new build with a changed home page.
    const home = path.join(siteRoot, 'content', '_index.md');
    fs.appendFileSync(home, '\nThis sentence came with the second build.\n');
    buildSite({ bin: localofferBin(), siteRoot, outDir });
    const after = manifest('en').build;
    assert.notEqual(after, before, 'the build digest did not change');
    await page.goto(url('en/'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await until(async () => { const ns = await names(); return ns.length > 0 && ns.every((n) => n.includes(after)); }, () => names().then((ns) => `the old build's caches are still there: ${ns.join(', ')}`));
    const copy = await page.evaluate((u) => caches.match(u).then((r) => r && r.text()), `${config.basePath}en/`);
    assert.ok(copy && copy.includes('This sentence came with the second build.'), 'the saved home page is not the new build\'s');
    // The Urdu pack, saved under the first build, is saved again from the second.
    const urList = await page.evaluate((u) => caches.match(u).then((r) => r && r.json()), `${config.basePath}offline/ur.json`);
    assert.equal(urList && urList.build, after, 'the Urdu pack was not saved again');
    await page.locator('[data-offline-remove]').waitFor({ state: 'visible' });
    await page.goto(url('ur/'));
    await page.locator('[data-offline-remove]').click();
    await orFail(page.waitForFunction((t) => document.querySelector('[data-offline-status]').textContent.trim() === t, text('ur', 'offline-removed')), 'removing the Urdu pages did not finish');
    assert.equal(await page.evaluate((u) => caches.match(u).then((r) => Boolean(r)), `${config.basePath}offline/ur.json`), false);
    assert.equal(await page.evaluate((u) => caches.match(u).then((r) => Boolean(r)), `${config.basePath}en/`), true, 'removing Urdu removed English');
    await context.setOffline(true);
    await page.goto(url('en/'));
    assert.ok((await page.content()).includes('This sentence came with the second build.'));
    await context.setOffline(false);
    // Removing the saved pages leaves no cache and no worker.
    await page.goto(url('en/'));
    await page.locator('[data-offline-remove]').click();
    await orFail(page.waitForFunction((t) => document.querySelector('[data-offline-status]').textContent.trim() === t, text('en', 'offline-removed')), 'removing did not finish');
    assert.deepEqual(await names(), []);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 0);
    await context.close();
  });

  for (const lang of LANGUAGES) {
    test(`${lang}: three services in my list, shared by link, text message and print`, async () => {
      const services = servicesWithPhones(siteRoot).slice(0, 3);
      assert.equal(services.length, 3, 'the example has three services with a phone number');
      const { context, page } = await fresh();
      for (const s of services) {
        await page.goto(url(`${lang}/services/${s.slug}/`));
        const add = page.locator('[data-list-service] button');
        await orFail(add.waitFor({ state: 'visible' }), `no "Add to my list" on ${s.slug}`);
        assert.equal(squash(await add.locator('span').first().textContent()), text(lang, 'my-list-add'));
        await add.click();
        assert.equal(squash(await add.locator('span').first().textContent()), text(lang, 'my-list-remove'));
      }
      const digits = ftl(siteRoot, lang, 'digits') || '0123456789';
      assert.ok(squash(await page.locator('[data-my-list]').textContent()).includes(digits[3]), 'the header does not count three');
      // The directory's cards have the same control.
      await page.goto(url(`${lang}/services/`));
      assert.ok(await page.locator('li[data-service] .list-toggle').count() > 0, 'no "Add to my list" on the directory\'s cards');
      await page.goto(url(`${lang}/my-list/`));
      await orFail(page.waitForSelector('.my-list-item'), 'My list shows nothing');
      const shownLinks = async (p) => p.$$eval('.my-list-item h2 a', (as) => as.map((a) => new URL(a.href).pathname));
      const expected = services.map((s) => `${config.basePath}${lang}/services/${s.slug}/`);
      assert.deepEqual(await shownLinks(page), expected);
      const f = await checkAxe(page, { url: page.url() });
      assert.deepEqual(f.map((x) => x.message), []);
      // The text message holds the names (in the reader's language) and phone numbers.
      const sms = await page.locator('[data-share-sms]').getAttribute('href');
      assert.ok(sms.startsWith('sms:'), sms);
      const body = decodeURIComponent(sms.slice(sms.indexOf('body=') + 5));
      const titles = await page.$$eval('.my-list-item h2 a', (as) => as.map((a) => a.textContent.trim()));
      for (const [i, s] of services.entries()) {
        assert.ok(body.includes(titles[i]), `the message has no "${titles[i]}"`);
        assert.ok(body.includes(s.phone), `the message has no ${s.phone}`);
      }
      assert.ok(decodeURIComponent(await page.locator('[data-share-email]').getAttribute('href')).includes(services[0].phone));
      // The print view: one A4 page with the names and phone numbers.
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf(A4);
      await page.emulateMedia({ media: 'screen' });
      assert.equal(pdfPages(pdf), 1, 'the printed list is not one page');
      const printed = path.join(tmp, `list-${lang}.pdf`);
      fs.writeFileSync(printed, pdf);
      const paper = squash(execFileSync('pdftotext', [printed, '-'], { encoding: 'utf8' }));
      for (const s of services) assert.ok(paper.includes(s.phone), `the printed list has no ${s.phone}: ${paper}`);
      // The phone's own share sheet, where the browser has one (this one has not: stubbed).
      assert.equal(await page.locator('[data-share-native]').isVisible(), false, 'a share button without the Web Share API');
      await context.addInitScript(() => { navigator.share = (data) => { window.__shared = data; return Promise.resolve(); }; });
      await page.reload();
      await orFail(page.waitForSelector('[data-share-native]:not([hidden])'), 'no share button with the Web Share API');
      await page.locator('[data-share-native]').click();
      const shared = await page.evaluate(() => window.__shared);
      assert.ok(shared && new URL(shared.url).hash.startsWith('#services='), JSON.stringify(shared));
      for (const s of services) assert.ok(shared.text.includes(s.phone), `the shared text has no ${s.phone}`);
      // The shared link opens the same three in a fresh browser.
      const link = await page.locator('[data-share-link]').inputValue();
      assert.ok(new URL(link).hash.startsWith('#services='), link);
      const other = await fresh();
      await other.page.goto(link);
      await orFail(other.page.waitForSelector('.my-list-item'), 'the shared link shows nothing');
      assert.deepEqual(await shownLinks(other.page), expected);
      await other.page.locator('[data-list-shared] button').click();
      assert.deepEqual(await other.page.evaluate((b) => JSON.parse(localStorage.getItem(`localoffer ${b} list`)), config.basePath), services.map((s) => s.slug));
      await other.context.close();
      await context.close();
    });
  }

  for (const lang of LANGUAGES) {
    test(`${lang}: "Listen" shows with a voice for the language, reads the article only, pauses and stops`, async () => {
      const voice = lang === 'en' ? 'en-GB' : 'ur-PK';
      const { context, page } = await fresh();
      await context.addInitScript(stubSpeech, [voice]);
      const where = url(`${lang}/family-support/new-to-luton/`);
      await page.goto(where);
      const play = page.locator('[data-listen-play]');
      await orFail(play.waitFor({ state: 'visible' }), 'no "Listen" with a voice offered');
      assert.equal(squash(await play.textContent()), text(lang, 'listen'));
      await play.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.__spoken.length > 3);
      const spoken = await page.evaluate(() => window.__spoken);
      const h1 = squash(await page.locator('main h1').textContent());
      assert.equal(spoken[0].text, h1, 'reading does not start with the heading');
      assert.ok(spoken.every((s) => s.lang === lang));
      const nav = squash(await page.locator('.site-header').textContent());
      assert.ok(!spoken.some((s) => s.text.length > 8 && nav.includes(s.text)), 'it reads the header');
      assert.equal(squash(await page.locator('[data-listen-status]').textContent()), text(lang, 'listen-reading'));
      await page.locator('[data-listen-pause]').click();
      assert.equal(squash(await page.locator('[data-listen-pause]').textContent()), text(lang, 'listen-resume'));
      await page.locator('[data-listen-stop]').click();
      assert.equal(squash(await page.locator('[data-listen-status]').textContent()), text(lang, 'listen-stopped'));
      assert.ok(await play.isVisible());
      const f = await checkAxe(page, { url: page.url() });
      assert.deepEqual(f.map((x) => x.message), []);
      await context.close();
      // No voice for the language: no button.
      const none = await fresh();
      await none.context.addInitScript(stubSpeech, ['fr-FR']);
      await none.page.goto(where);
      await none.page.waitForLoadState('load');
      assert.equal(await none.page.locator('[data-listen]').isVisible(), false, '"Listen" shows with no voice for the language');
      await none.context.close();
    });
  }

  for (const lang of LANGUAGES) {
    test(`${lang}: without JavaScript a service page has text and email links, and prints on one page`, async () => {
      const { context, page } = await fresh({ javaScriptEnabled: false });
      for (const s of servicesWithPhones(siteRoot)) {
        await page.goto(url(`${lang}/services/${s.slug}/`));
        const sms = page.locator('.service-share a[href^="sms:"]');
        assert.ok(await sms.isVisible(), `${s.slug}: no text message link`);
        assert.equal(squash(await sms.textContent()), text(lang, 'service-share-sms'));
        const body = decodeURIComponent((await sms.getAttribute('href')).split('body=')[1]);
        assert.ok(body.includes(s.phone) && body.includes(`/${lang}/services/${s.slug}/`), body);
        assert.ok(decodeURIComponent(await page.locator('.service-share a[href^="mailto:"]').getAttribute('href')).includes(s.phone));
        assert.equal(await page.locator('.list-add').isVisible(), false, 'a control that needs JavaScript shows without it');
        assert.equal(await page.locator('[data-my-list]').isVisible(), false);
        await page.emulateMedia({ media: 'print' });
        assert.equal(pdfPages(await page.pdf(A4)), 1, `${s.slug} does not print on one page`);
        await page.emulateMedia({ media: 'screen' });
      }
      await context.close();
    });
  }

  test('every language: a first visit to the home page is at most 60 KB gzipped, everything included', async () => {
    const rows = [];
    for (const { code } of config.languages) {
      const { context, page } = await fresh();
      const bodies = [];
      page.on('response', (r) => bodies.push(r.body().then((b) => ({ url: r.url(), gz: zlib.gzipSync(b).length }), () => ({ url: r.url(), gz: 0 }))));
      await page.goto(url(`${code}/`), { waitUntil: 'networkidle' });
      const got = await Promise.all(bodies);
      const total = got.reduce((n, r) => n + r.gz, 0);
      rows.push(`${code}: first visit ${(total / 1024).toFixed(1)} KB in ${got.length} requests; saving for offline ${(manifest(code).bytes / 1024).toFixed(0)} KB in ${manifest(code).files.length} files`);
      assert.ok(total <= FIRST_VISIT_LIMIT, `${code}: ${total} bytes: ${got.map((r) => `${new URL(r.url).pathname} ${r.gz}`).join(', ')}`);
      await context.close();
    }
    process.stderr.write(`\n# data budget\n${rows.map((r) => `#   ${r}`).join('\n')}\n`);
  });

  test('axe: the home page with its controls shown, and the empty list, in both languages', async () => {
    for (const lang of LANGUAGES) {
      const { context, page } = await fresh();
      await context.addInitScript(stubSpeech, [lang === 'en' ? 'en-GB' : 'ur-PK']);
      for (const p of [`${lang}/`, `${lang}/my-list/`, `${lang}/services/`]) {
        await page.goto(url(p));
        await page.waitForLoadState('load');
        const f = await checkAxe(page, { url: page.url() });
        assert.deepEqual(f.map((x) => x.message), [], p);
      }
      await context.close();
    }
  });
});
