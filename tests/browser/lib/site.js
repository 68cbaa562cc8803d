// What a URL of the built site is: its language (from /<base>/<lang>/...), kind of page.
import { keyOf } from './crawl.js';

export function describePage(url, resources, config, basePath) {
  const u = new URL(url);
  const rest = u.pathname.slice(basePath.length);
  let first = rest.split('/')[0];
  try { first = decodeURIComponent(first); } catch { /* keep */ }
  const lang = config.languages.find((l) => l.code === first);
  const expectedLang = lang ? lang.code : config.defaultLanguage;
  const res = resources.get(keyOf(url));
  const refresh = res && res.html ? res.html.refresh : null;
  return {
    url,
    path: u.pathname,
    pathLang: lang ? lang.code : null,
    lang: expectedLang,
    dir: config.rtl.has(expectedLang) ? 'rtl' : 'ltr',
    isChooser: rest === '' || rest === 'index.html',
    is404: /(^|\/)404\.html$/.test(rest),
    isHome: !!lang && (rest === `${lang.code}/` || rest === `${lang.code}/index.html`),
    isRedirect: !!refresh,
    refresh,
  };
}

/** Language code of a URL's path (/<base>/<lang>/...), or null. */
export function langOfUrl(url, config, basePath) {
  try {
    const u = new URL(url);
    if (!u.pathname.startsWith(basePath)) return null;
    const first = decodeURIComponent(u.pathname.slice(basePath.length).split('/')[0]);
    return config.languages.some((l) => l.code === first) ? first : null;
  } catch { return null; }
}

export const primary = (tag) => (tag || '').toLowerCase().split(/[-_]/)[0];
