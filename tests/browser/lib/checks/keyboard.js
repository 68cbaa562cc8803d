// Check 5: keyboard use. From the top of the page Tab reaches the skip link first;
// Enter on it moves focus to <main id="main" tabindex="-1">; every element reached
// by Tab shows a visible focus indicator (computed styles with and without focus
// differ visibly); the language switcher works with the keyboard alone.
//
// A probe in the page records every element that receives focus (focusin), with its
// style before and after focus, so a whole round of Tab presses needs no round trip
// per key. The helpers (installProbe, pressTab, tabTo, readActive) are exported so a
// later check (search: Tab to the search box, type, Enter) can reuse them.
import { langOfUrl, primary } from '../site.js';

const CHECK = 'keyboard';

// Properties whose change on focus makes focus visible.
const PROPS = [
  'outline-style', 'outline-width', 'outline-color', 'outline-offset', 'box-shadow',
  'background-color', 'background-image', 'color',
  'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-top-style', 'border-bottom-style',
  'text-decoration-line', 'text-decoration-color', 'text-decoration-thickness', 'text-decoration-style',
  'text-underline-offset', 'font-weight',
  // an element revealed on focus (a skip link) shows focus by appearing
  'clip', 'clip-path', 'position', 'top', 'left', 'right', 'transform', 'opacity', 'width', 'height',
];

const FOCUSABLE = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, summary, '
  + 'audio[controls], video[controls], [tabindex], [contenteditable=""], [contenteditable="true"]';

/** In the page: remember unfocused styles, and record every focus from now on. */
function probe({ props, selector }) {
  const styleOf = (el) => { const s = getComputedStyle(el); return Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)])); };
  if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
  const kb = { els: [], base: [], log: [] };
  for (const el of document.querySelectorAll(selector)) { kb.els.push(el); kb.base.push(styleOf(el)); }
  kb.info = (el) => {
    if (!el || el === document.body || el === document.documentElement) return { none: true };
    styleOf(el); // start any transition, then finish it, so we read the focused style
    for (const a of document.getAnimations ? document.getAnimations() : []) { try { a.finish(); } catch { /* infinite */ } }
    const now = styleOf(el);
    let idx = kb.els.indexOf(el);
    let base = idx >= 0 ? kb.base[idx] : null;
    if (!base) { // focusable but not listed (e.g. a scrollable region): its style without focus is unknown
      base = { ...now, 'outline-style': 'none', 'box-shadow': 'none' };
      kb.els.push(el); kb.base.push(base); idx = kb.els.length - 1;
    }
    const changed = props.filter((p) => now[p] !== base[p]);
    const outlineShown = now['outline-style'] !== 'none' && parseFloat(now['outline-width']) > 0;
    const indicator = changed.some((p) => {
      if (p.startsWith('outline')) return outlineShown;
      if (p === 'box-shadow') return now[p] !== 'none';
      return true;
    });
    const r = el.getBoundingClientRect();
    let d = el.tagName.toLowerCase();
    if (el.id) d += `#${el.id}`;
    if (el.classList.length) d += '.' + [...el.classList].join('.');
    const h = el.getAttribute('href');
    if (h !== null) d += `[href="${h}"]`;
    const t = (el.textContent || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const main = document.querySelector('main');
    return {
      index: idx,
      desc: t ? `${d} "${t}"` : d,
      tag: el.tagName.toLowerCase(),
      id: el.id,
      href: el.href || null,
      lang: el.getAttribute('lang'),
      hreflang: el.getAttribute('hreflang'),
      isSkip: el.matches('a.skip-link'),
      skipHref: el.getAttribute('href'),
      inSwitcher: !!el.closest('.language-switcher'),
      inMain: !!main && main.contains(el),
      isMain: el === main,
      current: el.getAttribute('aria-current'),
      indicator,
      outline: `${now['outline-style']} ${now['outline-width']} ${now['outline-color']}`,
      hidden: now.opacity === '0' || getComputedStyle(el).visibility === 'hidden',
      onScreen: r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight,
    };
  };
  document.addEventListener('focusin', (e) => kb.log.push(kb.info(e.target)), true);
  window.__loKb = kb;
  return kb.els.length;
}

/** Install the probe (blurs the page); returns the number of focusable candidates. */
export async function installProbe(page) {
  return page.evaluate(probe, { props: PROPS, selector: FOCUSABLE });
}

/** The focused element now (after installProbe). */
export async function readActive(page) {
  return page.evaluate(() => window.__loKb.info(document.activeElement));
}

const sessions = new WeakMap();
async function cdpOf(page) {
  if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
  return sessions.get(page);
}
const TAB = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };

/**
 * Press Tab n times; returns what received focus meanwhile, in order. The key events are
 * the browser's own (CDP Input.dispatchKeyEvent, as page.keyboard.press sends them), sent
 * in one batch: the browser handles them in order, without a round trip per key.
 */
export async function pressTab(page, n) {
  await page.evaluate(() => { window.__loKb.log.length = 0; });
  const cdp = await cdpOf(page);
  const sent = [];
  for (let i = 0; i < n; i++) {
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...TAB }));
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...TAB }));
  }
  await Promise.all(sent);
  return page.evaluate(() => window.__loKb.log);
}

/** Press Tab until pred(activeInfo) is true (at most max times); returns the info or null. */
export async function tabTo(page, pred, { max = 200 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const a = await readActive(page);
    if (!a.none && pred(a)) return a;
  }
  return null;
}

/**
 * The whole keyboard check on one loaded page (it navigates the page at the end).
 * 1. From the top, Tab: the skip link; Enter: focus on main.
 * 2. Tab round the whole page from main: every stop shows a focus indicator.
 * 3. From the skip link, Tab to a language link and Enter: that language's page.
 */
export async function checkKeyboard(page, info, { config, basePath }) {
  const f = [];
  const add = (message) => f.push({ check: CHECK, url: info.url, message });
  await page.evaluate(() => window.scrollTo(0, 0));
  const candidates = await installProbe(page);

  // 1. The skip link.
  await page.keyboard.press('Tab');
  const first = await readActive(page);
  if (first.none) { add('Tab from the top of the page focuses nothing'); return f; }
  if (!first.isSkip) add(`the first Tab stop is ${first.desc}, not the skip link (a.skip-link)`);
  else if (first.skipHref !== '#main') add(`the skip link points to "${first.skipHref}", not "#main"`);
  let onMain = false;
  if (first.isSkip) {
    await page.keyboard.press('Enter');
    // The fragment navigation moves focus in a task of its own: wait for it (at most 2 s).
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'main', null, { timeout: 2000 }).catch(() => {});
    const m = await page.evaluate(() => {
      const el = document.activeElement;
      const main = document.querySelector('main');
      return { id: el && el.id, tag: el && el.tagName.toLowerCase(), mainId: main && main.id, mainTabindex: main && main.getAttribute('tabindex') };
    });
    onMain = m.tag === 'main' && m.id === 'main';
    if (!onMain) {
      add(`Enter on the skip link leaves focus on <${m.tag}${m.id ? `#${m.id}` : ''}>, not <main id="main">`
        + (m.mainId !== 'main' || m.mainTabindex !== '-1' ? ` (main has id="${m.mainId}" tabindex="${m.mainTabindex}")` : ''));
    }
  }

  // 2. A whole round of Tab (from main, or from the first stop), up to the first repeat.
  const round = [];
  const seen = new Set();
  let complete = false;
  for (let batch = 0; batch < 3 && !complete; batch++) {
    const log = await pressTab(page, candidates + 2);
    for (const a of log) {
      if (a.none) continue;
      if (seen.has(a.index)) { complete = true; break; }
      seen.add(a.index);
      round.push(a);
    }
    if (!log.length) break;
  }
  const all = seen.has(first.index) ? round : [first, ...round];
  const noIndicator = all.filter((a) => !a.indicator);
  for (const a of noIndicator.slice(0, 10)) add(`no visible focus indicator on ${a.desc} (outline: ${a.outline}; nothing else changes on focus)`);
  if (noIndicator.length > 10) add(`... and ${noIndicator.length - 10} more elements without a visible focus indicator`);
  for (const a of all.filter((x) => x.indicator && (!x.onScreen || x.hidden)).slice(0, 5)) {
    add(`focus lands on an element that cannot be seen: ${a.desc}`);
  }

  // 3. The language switcher (on the chooser: any language link) with the keyboard alone:
  //    from the skip link, Tab to the link, Enter, and arrive at that language's page.
  const isLangLink = (a) => a.href && (a.inSwitcher || (info.isChooser && a.hreflang)) && a.current !== 'page'
    && langOfUrl(a.href, config, basePath) !== null
    && (info.isChooser || langOfUrl(a.href, config, basePath) !== info.pathLang);
  let want = all.find(isLangLink);
  let at = null;
  if (want) {
    // Put the focus back on the first stop (the skip link) and Tab from there, as from the top.
    await page.evaluate((i) => window.__loKb.els[i].focus(), first.index);
    const steps = all.findIndex((a) => a.index === want.index) - all.findIndex((a) => a.index === first.index);
    if (steps === 0) at = first;
    else if (steps > 0) { // the usual case: the switcher comes after the skip link; Tab that many times
      await pressTab(page, steps);
      const a = await readActive(page);
      if (a.index === want.index) at = a;
    }
    if (!at) at = await tabTo(page, (a) => a.index === want.index, { max: all.length + 1 });
  }
  if (!at) {
    // Once more from a freshly loaded page, before calling it a failure.
    await page.goto(info.url, { waitUntil: 'load' });
    await installProbe(page);
    at = await tabTo(page, isLangLink, { max: all.length + 5 });
    want = at;
  }
  if (!at) {
    if (config.languages.length > 1) add('no link to another language can be reached with Tab (language switcher)');
    return f;
  }
  const targetLang = langOfUrl(want.href, config, basePath);
  const nav = page.waitForNavigation({ timeout: 10000, waitUntil: 'domcontentloaded' }).catch(() => null);
  await page.keyboard.press('Enter');
  await nav;
  const arrived = page.url();
  const lang = await page.evaluate(() => document.documentElement.getAttribute('lang')).catch(() => null);
  const target = new URL(want.href); target.hash = '';
  const got = new URL(arrived); got.hash = '';
  if (got.href !== target.href) add(`Enter on the language link ${want.desc} went to ${arrived}, not ${target.href}`);
  else if (primary(lang) !== primary(targetLang)) add(`Enter on the language link ${want.desc} reached a page with lang="${lang}", not ${targetLang}`);
  return f;
}
