// Check 4: <html lang> and dir right for the URL's language; lang on passages in
// another language (untranslated content, language switcher links, foreign-script text).
import { langOfUrl, primary } from '../site.js';

const CHECK = 'language';

// The script each language is written in, for spotting unmarked passages.
const SCRIPT_OF = {
  Latin: ['en', 'ro', 'pl', 'fr', 'de', 'es', 'pt', 'it', 'nl', 'so', 'tr', 'lt', 'lv', 'sq', 'sk', 'cs', 'hu', 'cy', 'ga', 'sw', 'vi', 'ms', 'id', 'tl', 'et', 'hr', 'sl'],
  Arabic: ['ar', 'ur', 'fa', 'ps', 'ku', 'ckb', 'sd'],
  Bengali: ['bn', 'as'],
  Devanagari: ['hi', 'ne', 'mr'],
  Gurmukhi: ['pa'],
  Gujarati: ['gu'],
  Tamil: ['ta'],
  Cyrillic: ['ru', 'uk', 'bg', 'sr', 'mk', 'be'],
  Greek: ['el'],
  Han: ['zh'],
};
export const SCRIPT_BY_LANG = Object.fromEntries(Object.entries(SCRIPT_OF).flatMap(([s, ls]) => ls.map((l) => [l, s])));

/** Runs in the page: facts about languages of the document. */
function collect(scriptByLang) {
  const html = document.documentElement;
  const langOf = (el) => { const c = el.closest('[lang]'); return c ? c.getAttribute('lang') : null; };
  const switcher = [...document.querySelectorAll('.language-switcher a[href]')].map((a) => ({
    href: a.href, lang: a.getAttribute('lang'), hreflang: a.getAttribute('hreflang'), text: a.textContent.trim(),
  }));
  const hreflangLinks = [...document.querySelectorAll('main a[hreflang], body > a[hreflang]')].map((a) => ({
    href: a.href, lang: a.getAttribute('lang'), hreflang: a.getAttribute('hreflang'), text: a.textContent.trim(),
  }));
  const pageLang = (html.getAttribute('lang') || '').toLowerCase().split('-')[0];
  const notices = [...document.querySelectorAll('.untranslated-notice')].map((n) => {
    const next = n.nextElementSibling;
    // How much of the following content's text is marked with a language other than the
    // page's (on the element itself or element by element inside it).
    let total = 0;
    let marked = 0;
    if (next) {
      const w = document.createTreeWalker(next, NodeFilter.SHOW_TEXT);
      for (let t = w.nextNode(); t; t = w.nextNode()) {
        const p = t.parentElement;
        // Text that is not shown (a control waiting for its script) is not read either.
        if (!p || p.closest('script, style, [hidden]')) continue;
        const letters = (t.nodeValue.match(/\p{L}/gu) || []).length;
        total += letters;
        const l = (langOf(p) || '').toLowerCase().split('-')[0];
        if (l && l !== pageLang) marked += letters;
      }
    }
    return {
      noticeLang: langOf(n),
      next: next ? { tag: next.tagName.toLowerCase(), lang: next.getAttribute('lang'), total, marked } : null,
    };
  });
  // Text in a script foreign to the language it is marked as: an unmarked passage.
  const scripts = ['Latin', 'Arabic', 'Bengali', 'Devanagari', 'Gurmukhi', 'Gujarati', 'Tamil', 'Cyrillic', 'Greek', 'Han'];
  const res = Object.fromEntries(scripts.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'gu')]));
  const mismatches = [];
  const walker = document.createTreeWalker(document.body || html, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentElement;
    if (!p || p.closest('script, style, noscript, code, pre, kbd, samp, [translate="no"]')) continue;
    // Addresses and numbers are in no language: leave them out of the count.
    const text = n.nodeValue.replace(/\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|[\d.,:\/()+-]+/g, ' ').replace(/\s+/g, ' ').trim();
    if (text.length < 10) continue;
    const words = text.split(' ').filter((w) => /\p{L}{2,}/u.test(w));
    if (words.length < 3) continue;
    const lang = (langOf(p) || '').toLowerCase().split(/[-_]/)[0];
    const expected = scriptByLang[lang];
    if (!expected) continue;
    const counts = scripts.map((s) => [s, (text.match(res[s]) || []).length]).sort((a, b) => b[1] - a[1]);
    const letters = counts.reduce((a, c) => a + c[1], 0);
    const [top, topCount] = counts[0];
    if (letters >= 10 && top !== expected && topCount / letters >= 0.8) {
      // A proper name (WCAG 3.1.2 exempts them) in Latin script: every word capitalised,
      // but for short joining words ("Luton and Dunstable University Hospital").
      const latinWords = text.split(' ').filter((w) => /\p{Script=Latin}/u.test(w));
      const properName = top === 'Latin' && latinWords.length > 0 && latinWords.every((w) => /^[\p{Lu}\d'‘’"“(&]/u.test(w)
        || /^(and|of|the|for|in|on|at|to|with|de|la|le|du|des|von|van|y|e|i|o|a|'s)$/.test(w));
      if (!properName) {
        const key = `${lang}|${top}|${text}`;
        const seenBefore = mismatches.find((m) => m.key === key);
        if (seenBefore) seenBefore.count++;
        else mismatches.push({ key, text: n.nodeValue.replace(/\s+/g, ' ').trim().slice(0, 80), lang, script: top, tag: p.tagName.toLowerCase(), count: 1 });
      }
    }
  }
  return {
    lang: html.getAttribute('lang'),
    dir: html.getAttribute('dir'),
    switcher,
    hreflangLinks,
    notices,
    mismatches: mismatches.slice(0, 20),
    mismatchCount: mismatches.length,
  };
}

/** Findings for one loaded page. */
export async function checkLanguage(page, info, { config, basePath }) {
  const f = [];
  const add = (message) => f.push({ check: CHECK, url: info.url, message });
  const d = await page.evaluate(collect, SCRIPT_BY_LANG);
  if (!d.lang) add(`<html> has no lang attribute (expected lang="${info.lang}")`);
  else if (primary(d.lang) !== primary(info.lang)) add(`<html lang="${d.lang}"> but the URL's language is ${info.lang}`);
  if (d.dir === null) add(`<html> has no dir attribute (expected dir="${info.dir}")`);
  else if (d.dir.toLowerCase() !== info.dir) add(`<html dir="${d.dir}"> but ${info.lang} is written ${info.dir}`);
  if (info.isRedirect) return f;

  const checkLangLink = (l, where) => {
    const target = langOfUrl(l.href, config, basePath) || (l.hreflang ? primary(l.hreflang) : null);
    if (!l.lang) add(`${where} link "${l.text}" (${l.href}) has no lang attribute`);
    else if (target && primary(l.lang) !== primary(target)) add(`${where} link "${l.text}" has lang="${l.lang}" but leads to the ${target} pages`);
    if (l.hreflang && target && primary(l.hreflang) !== primary(target)) add(`${where} link "${l.text}" has hreflang="${l.hreflang}" but leads to the ${target} pages`);
  };
  for (const l of d.switcher) checkLangLink(l, 'language switcher');
  if (info.isChooser) for (const l of d.hreflangLinks) checkLangLink(l, 'language chooser');

  for (const n of d.notices) {
    if (n.noticeLang && primary(n.noticeLang) !== primary(info.lang)) {
      add(`the untranslated-page notice is marked lang="${n.noticeLang}", not the reader's language ${info.lang}`);
    }
    if (!n.next) add('the untranslated-page notice is not followed by the content (no next element)');
    else if (n.next.lang && primary(n.next.lang) === primary(info.lang)) add(`the content after the untranslated-page notice is marked lang="${n.next.lang}", the page's own language`);
    else if (n.next.total > 0 && n.next.marked / n.next.total < 0.5) {
      add(`the content after the untranslated-page notice (<${n.next.tag}>) has no lang of its own: only ${Math.round((100 * n.next.marked) / n.next.total)}% of its text is marked with another language`);
    }
  }
  for (const m of d.mismatches) {
    add(`text in ${m.script} script inside lang="${m.lang}" without its own lang (<${m.tag}>): "${m.text}"${m.count > 1 ? ` (${m.count} times)` : ''}`);
  }
  if (d.mismatchCount > d.mismatches.length) add(`... and ${d.mismatchCount - d.mismatches.length} more passages without their own lang`);
  return f;
}
