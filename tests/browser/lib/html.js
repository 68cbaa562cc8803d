// A small, dependency-free HTML tag scanner: good enough for the generator's
// well-formed output (and for finding faults in it). It does not build a tree;
// it lists start tags with their attributes, in document order.

const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (m, e) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      try { return String.fromCodePoint(cp); } catch { return m; }
    }
    const v = NAMED[e.toLowerCase()];
    return v === undefined ? m : v;
  });
}

const TAG_RE = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const ATTR_RE = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/**
 * Scan HTML text. Returns { tags: [{name, attrs: {name: value}, text?, index}] }.
 * For raw-text elements (script, style, textarea, title) the element's text is kept in `text`.
 */
export function scanHtml(html) {
  const tags = [];
  // Comments hide markup; blank them out but keep offsets.
  const src = html.replace(/<!--[\s\S]*?-->/g, (m) => ' '.repeat(m.length));
  TAG_RE.lastIndex = 0;
  let m;
  while ((m = TAG_RE.exec(src))) {
    const name = m[1].toLowerCase();
    const attrs = {};
    ATTR_RE.lastIndex = 0;
    let a;
    const attrText = m[2] || '';
    while ((a = ATTR_RE.exec(attrText))) {
      const key = a[1].toLowerCase();
      if (key in attrs) continue; // first one wins, as in browsers
      const raw = a[2] ?? a[3] ?? a[4] ?? '';
      attrs[key] = decodeEntities(raw);
    }
    const tag = { name, attrs, index: m.index };
    if (RAW_TEXT.has(name) && !m[3]) {
      const close = new RegExp(`</${name}\\s*>`, 'ig');
      close.lastIndex = TAG_RE.lastIndex;
      const c = close.exec(src);
      const end = c ? c.index : src.length;
      tag.text = src.slice(TAG_RE.lastIndex, end);
      TAG_RE.lastIndex = c ? close.lastIndex : src.length;
    }
    tags.push(tag);
  }
  return { tags };
}

/** All id (and <a name>) values of a scanned document, decoded. */
export function idsOf(tags) {
  const ids = new Set();
  for (const t of tags) {
    if (t.attrs.id !== undefined && t.attrs.id !== '') ids.add(t.attrs.id);
    if (t.name === 'a' && t.attrs.name) ids.add(t.attrs.name);
  }
  return ids;
}

/** The refresh target of a <meta http-equiv="refresh">, or null. */
export function metaRefresh(tags) {
  for (const t of tags) {
    if (t.name === 'meta' && (t.attrs['http-equiv'] || '').toLowerCase() === 'refresh') {
      const c = t.attrs.content || '';
      const m = /^\s*(\d+(?:\.\d*)?)\s*(?:[;,]\s*(?:url\s*=\s*)?(['"]?)(.*?)\2\s*)?$/i.exec(c);
      return { delay: m ? parseFloat(m[1]) : NaN, url: m && m[3] ? m[3] : '' };
    }
  }
  return null;
}

function srcsetUrls(v) {
  return v.split(',').map((s) => s.trim().split(/\s+/)[0]).filter(Boolean);
}

/**
 * Every URL reference in a scanned document, with what refers to it.
 * kind: 'page' (follow and parse: a, area, iframe, alternate/canonical, refresh) or
 *       'asset' (must exist: stylesheets, scripts, images, icons, media).
 */
export function referencesOf(tags) {
  const refs = [];
  const add = (url, kind, desc) => { if (url !== undefined && url !== null) refs.push({ url: url.trim(), kind, desc }); };
  for (const t of tags) {
    const a = t.attrs;
    switch (t.name) {
      case 'a': case 'area':
        if (a.href !== undefined) add(a.href, 'page', `<${t.name} href="${a.href}">`);
        break;
      case 'link': {
        if (a.href === undefined) break;
        const rel = (a.rel || '').toLowerCase().split(/\s+/);
        const isPage = rel.includes('alternate') || rel.includes('canonical') || rel.includes('prev') || rel.includes('next');
        const isHtmlType = !a.type || /html/i.test(a.type);
        add(a.href, isPage && isHtmlType ? 'page' : 'asset', `<link rel="${a.rel || ''}" href="${a.href}">`);
        break;
      }
      case 'script': if (a.src !== undefined) add(a.src, 'asset', `<script src="${a.src}">`); break;
      case 'img':
        if (a.src !== undefined) add(a.src, 'asset', `<img src="${a.src}">`);
        if (a.srcset) for (const u of srcsetUrls(a.srcset)) add(u, 'asset', `<img srcset="${u}">`);
        break;
      case 'source':
        if (a.src !== undefined) add(a.src, 'asset', `<source src="${a.src}">`);
        if (a.srcset) for (const u of srcsetUrls(a.srcset)) add(u, 'asset', `<source srcset="${u}">`);
        break;
      case 'video': case 'audio': case 'track': case 'embed':
        if (a.src !== undefined) add(a.src, 'asset', `<${t.name} src="${a.src}">`);
        if (a.poster) add(a.poster, 'asset', `<${t.name} poster="${a.poster}">`);
        break;
      case 'object': if (a.data) add(a.data, 'asset', `<object data="${a.data}">`); break;
      case 'iframe': if (a.src !== undefined) add(a.src, 'page', `<iframe src="${a.src}">`); break;
      case 'form': if (a.action) add(a.action, 'page', `<form action="${a.action}">`); break;
      case 'meta': {
        if ((a['http-equiv'] || '').toLowerCase() === 'refresh') {
          const r = metaRefresh([t]);
          if (r && r.url) add(r.url, 'page', `<meta http-equiv="refresh" content="${a.content}">`);
        }
        break;
      }
      default: break;
    }
  }
  return refs;
}

/** Inline code that a strict CSP (default-src 'self') refuses. Returns messages. */
export function inlineCodeOf(tags) {
  const out = [];
  for (const t of tags) {
    if (t.name === 'script' && t.attrs.src === undefined) {
      const type = (t.attrs.type || '').toLowerCase().trim();
      // JSON data blocks are never executed, so CSP does not apply to them.
      if (/^application\/(ld\+)?json$/.test(type)) continue;
      const body = (t.text || '').trim().replace(/\s+/g, ' ');
      out.push(`inline <script> without src: ${JSON.stringify(body.slice(0, 80))}`);
    }
    if (t.name === 'style') {
      const body = (t.text || '').trim().replace(/\s+/g, ' ');
      out.push(`inline <style> element: ${JSON.stringify(body.slice(0, 80))}`);
    }
    for (const [k, v] of Object.entries(t.attrs)) {
      if (k === 'style') out.push(`style= attribute on <${t.name}>: style="${v.slice(0, 80)}"`);
      else if (/^on[a-z]+$/.test(k)) out.push(`inline event handler ${k}= on <${t.name}>`);
    }
    for (const k of ['href', 'src', 'action', 'formaction']) {
      if (t.attrs[k] && /^\s*javascript:/i.test(t.attrs[k])) out.push(`javascript: URL in <${t.name} ${k}>`);
    }
  }
  return out;
}
