// Check 7: with JavaScript disabled every page shows its content (main has text)
// and its navigation (language switcher and breadcrumbs visible, their links work).
import { keyOf } from '../crawl.js';
import { langOfUrl } from '../site.js';

const CHECK = 'nojs';

export async function checkNoJs(page, info, { resources, config, basePath, nojsClicked: clicked }) {
  const f = [];
  const add = (message) => f.push({ check: CHECK, url: info.url, message });
  const resp = await page.goto(info.url, { waitUntil: 'load' });
  if (!resp || resp.status() !== 200) { add(`without JavaScript the page answers ${resp ? resp.status() : 'nothing'}`); return f; }

  if (info.isRedirect) {
    // A redirect page must redirect without JavaScript (meta refresh).
    if (info.refresh && info.refresh.delay <= 5 && info.refresh.url) {
      const target = new URL(info.refresh.url, info.url).href;
      try {
        await page.waitForURL((u) => u.href !== info.url, { timeout: (info.refresh.delay + 5) * 1000 });
      } catch { add(`without JavaScript the redirect page does not move on to ${target}`); }
    }
    return f;
  }

  const d = await page.evaluate(() => {
    const vis = (el) => {
      if (!el) return false;
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && parseFloat(s.opacity) > 0;
    };
    const main = document.querySelector('main');
    const sw = document.querySelector('.language-switcher');
    const bc = document.querySelector('.breadcrumbs');
    const links = (el) => (el ? [...el.querySelectorAll('a[href]')].map((a) => ({ href: a.href, text: a.textContent.trim(), visible: vis(a), current: a.getAttribute('aria-current') })) : []);
    return {
      mainText: main ? main.innerText.trim().length : -1,
      mainVisible: vis(main),
      switcher: sw ? { visible: vis(sw), links: links(sw) } : null,
      breadcrumbs: bc ? { visible: vis(bc), links: links(bc) } : null,
      chooserLinks: [...document.querySelectorAll('a[hreflang]')].map((a) => ({ href: a.href, text: a.textContent.trim(), visible: vis(a), current: a.getAttribute('aria-current') })),
    };
  });
  if (d.mainText < 0) add('without JavaScript there is no <main>');
  else if (d.mainText === 0 || !d.mainVisible) add('without JavaScript <main> shows no text');

  const checkLinks = (links, what) => {
    for (const l of links) {
      if (!l.visible) add(`without JavaScript the ${what} link "${l.text}" is not visible`);
      const r = resources.get(keyOf(l.href));
      if (r && r.status !== 200) add(`the ${what} link "${l.text}" (${l.href}) answers HTTP ${r.status}`);
    }
  };
  const multilingual = config.languages.length > 1;
  if (info.isChooser) {
    if (multilingual && !d.chooserLinks.some((l) => l.visible)) add('without JavaScript the language chooser shows no language links');
  } else {
    if (!d.switcher) { if (multilingual) add('there is no language switcher (.language-switcher)'); }
    else if (!d.switcher.visible) add('without JavaScript the language switcher is not visible');
    else checkLinks(d.switcher.links, 'language switcher');
    if (!d.breadcrumbs) { if (!info.isHome && !info.is404) add('there are no breadcrumbs (.breadcrumbs)'); }
    else if (!d.breadcrumbs.visible) add('without JavaScript the breadcrumbs are not visible');
    else checkLinks(d.breadcrumbs.links, 'breadcrumb');
  }

  // Every link above was checked to resolve (crawl). Following one by a real click, without
  // JavaScript, is done once per language and depth of page (the chooser, every home page,
  // the first section page, ...): more would only repeat the same template at the cost of a load.
  const depth = info.path.slice(basePath.length).split('/').filter(Boolean).length;
  const kind = `${info.pathLang || '-'}:${depth}:${info.is404}`;
  if (clicked && clicked.has(kind)) return f;
  if (clicked) clicked.add(kind);
  const candidates = info.isChooser ? d.chooserLinks : (d.switcher ? d.switcher.links : []);
  const other = candidates.find((l) => l.visible && l.current !== 'page' && langOfUrl(l.href, config, basePath)
    && langOfUrl(l.href, config, basePath) !== info.pathLang);
  if (other) {
    const want = langOfUrl(other.href, config, basePath);
    const links = page.locator(info.isChooser ? 'a[hreflang]' : '.language-switcher a[href]');
    const i = (info.isChooser ? d.chooserLinks : d.switcher.links).indexOf(other);
    await Promise.all([
      page.waitForNavigation({ timeout: 10000, waitUntil: 'domcontentloaded' }).catch(() => null),
      links.nth(i).click({ timeout: 5000 }),
    ]);
    const lang = await page.evaluate(() => document.documentElement.getAttribute('lang'));
    const u = new URL(page.url()); u.hash = '';
    const t = new URL(other.href); t.hash = '';
    if (u.href !== t.href || (lang || '').split('-')[0] !== want) {
      add(`without JavaScript the language link to ${want} led to ${page.url()} (lang="${lang}")`);
    }
  }
  return f;
}
