// Translations as their readers get them: every machine translation that no person has
// checked says so at its top, in the reader's language, with a way back to the English; a
// right-to-left page is laid out from the right; and the Bengali and Arabic leaflets are
// shaped as the browser shapes the same words with the same fonts.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { newContexts } from '../lib/browser.js';
import { checkAxe } from '../lib/checks/axe.js';
import { frontMatter, ftl, squash, startSite } from './feature.js';

/** Every translation under content/: { file, rel (page path under the language), lang }. */
function translations(siteRoot) {
  const out = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) { walk(full); continue; }
      const m = /^(.*)\.([a-z]{2})\.md$/.exec(entry.name);
      if (!m) continue;
      const folder = path.relative(path.join(siteRoot, 'content'), dir).split(path.sep).filter(Boolean);
      const rel = [...folder, ...(m[1] === '_index' || m[1] === 'index' ? [] : [m[1]])].join('/');
      out.push({ file: full, rel: rel ? `${rel}/` : '', lang: m[2] });
    }
  };
  walk(path.join(siteRoot, 'content'));
  return out;
}

describe('translations', { timeout: 5 * 60 * 1000 }, () => {
  let site;
  let ctx;
  let page;

  before(async () => {
    site = await startSite();
    ctx = await newContexts(site.browser);
    page = await ctx.js.newPage();
  });
  after(async () => { await site?.close(); });

  test('every unchecked machine translation carries the notice in its language, linking to the English page', () => {
    const all = translations(site.siteRoot);
    let checked = 0;
    for (const t of all) {
      const text = fs.readFileSync(t.file, 'utf8');
      const unchecked = /translation:\s*\{\s*by:\s*machine\s*\}/.test(text);
      const html = fs.readFileSync(site.file(`${t.lang}/${t.rel}`), 'utf8');
      const notice = /<div class="machine-notice" role="note">([\s\S]*?)<\/div>/.exec(html);
      if (!unchecked) {
        assert.equal(notice, null, `${t.file}: not a machine's unchecked translation, yet it has the notice`);
        continue;
      }
      assert.ok(notice, `${t.file}: no notice on ${t.lang}/${t.rel}`);
      const said = ftl(site.siteRoot, t.lang, 'machine-translation-notice');
      assert.ok(squash(notice[1]).includes(said), `${t.lang}/${t.rel}: the notice is not in ${t.lang}: ${notice[1]}`);
      assert.match(notice[1], new RegExp(`<a href="${site.config.basePath}en/${t.rel}" hreflang="en">`), `${t.lang}/${t.rel}`);
      checked += 1;
    }
    assert.ok(checked > 400, `only ${checked} pages with the notice`);
  });

  for (const [lang, rel] of [['ur', 'ehc-plans/ehc-plans/'], ['ar', 'advice/sendias/'], ['pl', 'services/'], ['bn', 'family-support/new-to-luton/']]) {
    test(`${lang}/${rel}: the notice is seen first, passes axe, and leads to the English page`, async () => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(site.url(`${lang}/${rel}`));
      const notice = page.locator('.machine-notice');
      assert.ok(await notice.isVisible());
      // It comes before the page's title, so it is read first.
      const before = await page.evaluate(() => {
        const n = document.querySelector('.machine-notice');
        const h1 = document.querySelector('main h1');
        return Boolean(n.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      assert.ok(before, 'the notice is not before the title');
      const violations = await checkAxe(page, {});
      assert.deepEqual(violations.map((v) => v.message), []);
      await Promise.all([page.waitForURL((u) => u.pathname === `${site.config.basePath}en/${rel}`), notice.locator('a[hreflang="en"]').click()]);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
    });
  }

  for (const lang of ['ur', 'ar']) {
    test(`${lang}: a page is laid out from the right`, async () => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(site.url(`${lang}/advice/sendias/`));
      const layout = await page.evaluate(() => {
        const box = (el) => el.getBoundingClientRect();
        const main = box(document.querySelector('main'));
        const h1 = document.querySelector('main h1');
        const range = document.createRange();
        range.selectNodeContents(h1);
        const text = range.getBoundingClientRect();
        const notice = box(document.querySelector('.machine-notice'));
        const border = getComputedStyle(document.querySelector('.machine-notice')).borderRightWidth;
        return { dir: document.documentElement.dir, mainLeft: main.left, mainRight: main.right, textLeft: text.left, textRight: text.right, noticeRight: notice.right, border };
      });
      assert.equal(layout.dir, 'rtl');
      // The title's words start at the right edge of the content and end short of the left.
      assert.ok(Math.abs(layout.textRight - layout.mainRight) < 40, JSON.stringify(layout));
      assert.ok(layout.textLeft - layout.mainLeft > 100, JSON.stringify(layout));
      // The notice's bar is on its right, where the reading starts.
      assert.notEqual(layout.border, '0px', JSON.stringify(layout));
    });
  }

  // typst shapes the leaflets; Chromium shapes the same words with the same font files. A
  // word's width relative to the line's other words must agree: unshaped text (isolated
  // Arabic letters, Bengali without its conjuncts) would differ by far more.
  for (const [lang, script, font] of [['bn', /^[\u0980-\u09FF]+$/u, 'NotoSansBengali-Bold.ttf'], ['ar', /^[\u0600-\u06FF]+$/u, 'NotoNaskhArabic-Bold.ttf']]) {
    test(`${lang}: the leaflet's title is shaped as the browser shapes it`, async () => {
      const pdf = path.join(site.outDir, lang, 'leaflets', 'new-to-luton.pdf');
      const xml = execFileSync('pdftotext', ['-bbox-layout', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
      const words = [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]+)<\/word>/g)]
        .map((m) => ({ width: Number(m[3]) - Number(m[1]), top: Math.round(Number(m[2])), text: m[5] }));
      // The title's words in the script, of three letters or more.
      const title = frontMatter(path.join(site.siteRoot, 'content/family-support', `new-to-luton.${lang}.md`)).title;
      // pdftotext gives right-to-left words in the order they are drawn: read them back.
      const logical = (w) => (lang === 'ar' ? [...w].reverse().join('') : w);
      const candidates = words.map((w) => ({ ...w, text: logical(w.text) })).filter((w) => script.test(w.text) && [...w.text].length >= 3 && title.split(/\s+/).includes(w.text));
      // Only the title's own line: the same words come again, smaller, in the text.
      const inTitle = candidates.filter((w) => Math.abs(w.top - candidates[0]?.top) <= 4);
      assert.ok(inTitle.length >= 2, `fewer than two of the title's words found in the PDF: ${JSON.stringify(inTitle)} (title: ${title})`);
      const fontBytes = fs.readFileSync(path.join(site.siteRoot, 'themes/default/leaflet/fonts', font)).toString('base64');
      const measured = await page.evaluate(async ({ fontBytes, texts }) => {
        const bytes = Uint8Array.from(atob(fontBytes), (c) => c.charCodeAt(0));
        const face = new FontFace('LeafletFont', bytes.buffer);
        await face.load();
        document.fonts.add(face);
        const ctx = document.createElement('canvas').getContext('2d');
        ctx.font = '100px LeafletFont';
        const width = (s) => ctx.measureText(s).width;
        return texts.map((t) => ({ shaped: width(t), unshaped: [...t].reduce((sum, c) => sum + width(c), 0) }));
      }, { fontBytes, texts: inTitle.map((w) => w.text) });
      // The PDF's width per browser pixel, word by word: one font size, so one ratio.
      const ratios = inTitle.map((w, i) => w.width / measured[i].shaped);
      const spread = Math.max(...ratios) / Math.min(...ratios);
      assert.ok(spread < 1.04, `the leaflet's words are not shaped like the browser's: ${JSON.stringify(inTitle.map((w, i) => [w.text, w.width, measured[i].shaped]))}`);
      // And the measure can tell: letter by letter, the same words would be far off.
      const unshaped = inTitle.map((w, i) => w.width / measured[i].unshaped);
      const off = Math.max(...unshaped.map((r, i) => Math.abs(r / ratios[i] - 1)));
      assert.ok(off > 0.05, `unshaped text would pass too (${off}): the test cannot tell`);
    });
  }
});
