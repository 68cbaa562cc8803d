// A static server that behaves like static hosting: the output folder served under
// the base path, folder URLs serve index.html (a folder without its trailing slash
// is redirected), unknown paths get 404.html with status 404. Like Netlify and
// Cloudflare Pages, it reads the folder's `_headers` file and sends the headers it
// gives for each path (so the site is checked under its own policy); a folder without
// one gets `Content-Security-Policy: default-src 'self'`.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export const CSP = "default-src 'self'";
export const HEADERS_FILE = '_headers';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.ftl': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
  '.webp': 'image/webp', '.avif': 'image/avif', '.ico': 'image/x-icon',
  '.pdf': 'application/pdf', '.wasm': 'application/wasm', '.zip': 'application/zip',
  '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.otf': 'font/otf',
  '.mp3': 'audio/mpeg', '.mp4': 'video/mp4', '.webm': 'video/webm', '.vtt': 'text/vtt; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export function contentTypeOf(file) {
  return TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

/**
 * Map a request path to a file under root, or null when outside the base path.
 * Returns { file } or { redirect } or { notFound: true }.
 */
export function resolveRequest(root, basePath, rawPath) {
  let pathname;
  try {
    pathname = decodeURIComponent(rawPath.split('?')[0].split('#')[0]);
  } catch {
    return { notFound: true };
  }
  if (pathname.includes('\0')) return { notFound: true };
  const baseNoSlash = basePath.replace(/\/$/, '');
  if (pathname === baseNoSlash && baseNoSlash !== '') return { redirect: basePath };
  if (!pathname.startsWith(basePath)) return { notFound: true };
  const rel = pathname.slice(basePath.length);
  const file = path.resolve(root, '.' + path.posix.normalize('/' + rel));
  if (file !== root && !file.startsWith(root + path.sep)) return { notFound: true };
  let st;
  try { st = fs.statSync(file); } catch { return { notFound: true }; }
  if (st.isDirectory()) {
    if (!pathname.endsWith('/')) {
      const q = rawPath.includes('?') ? rawPath.slice(rawPath.indexOf('?')) : '';
      return { redirect: encodeURI(pathname) + '/' + q };
    }
    const index = path.join(file, 'index.html');
    return fs.existsSync(index) ? { file: index } : { notFound: true };
  }
  return st.isFile() ? { file } : { notFound: true };
}

/** `*` in a pattern matches anything, `:name` one path segment; the rest is literal. */
function patternRegExp(pattern) {
  const src = pattern.split(/(\*|:[A-Za-z]\w*)/)
    .map((part, i) => (i % 2 ? (part === '*' ? '.*' : '[^/]+') : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${src}$`);
}

/**
 * Rules of a `_headers` file (Netlify / Cloudflare Pages format): a path pattern on a
 * line of its own, then its headers indented, one `Name: value` a line; # comments.
 * Returns [{ pattern, re, headers: [[name, value]] }].
 */
export function parseHeadersFile(text) {
  const rules = [];
  let rule = null;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    if (!/^\s/.test(line)) {
      rule = { pattern: line.trim(), re: patternRegExp(line.trim()), headers: [] };
      rules.push(rule);
      continue;
    }
    const m = /^\s+([^:\s]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (rule && m) rule.headers.push([m[1], m[2]]);
  }
  return rules;
}

/** The headers every matching rule gives a path; a header given twice is joined with ", ". */
export function headersFor(rules, pathname) {
  const out = {};
  for (const rule of rules) {
    if (!rule.re.test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const had = Object.keys(out).find((k) => k.toLowerCase() === name.toLowerCase());
      if (had) out[had] = `${out[had]}, ${value}`;
      else out[name] = value;
    }
  }
  return out;
}

/** a's headers with b's on top, names compared without case. */
function withHeaders(a, b) {
  const out = { ...a };
  for (const name of Object.keys(b)) {
    for (const k of Object.keys(out)) if (k.toLowerCase() === name.toLowerCase()) delete out[k];
    out[name] = b[name];
  }
  return out;
}

/**
 * Start the server on 127.0.0.1 (random port unless given).
 * Returns { origin, baseUrl, port, close(), requests } where requests counts hits.
 */
export async function startServer({ root, basePath = '/', port = 0, host = '127.0.0.1' }) {
  root = path.resolve(root);
  if (!basePath.startsWith('/')) basePath = '/' + basePath;
  if (!basePath.endsWith('/')) basePath += '/';
  const stats = { requests: 0 };
  // Read once: the site is built before it is served.
  const headersFile = path.join(root, HEADERS_FILE);
  const rules = fs.existsSync(headersFile) ? parseHeadersFile(fs.readFileSync(headersFile, 'utf8')) : null;
  const server = http.createServer((req, res) => {
    stats.requests++;
    const pathname = (req.url || '/').split('?')[0].split('#')[0];
    // The file's headers win over the server's own (Cache-Control too, as on the hosts).
    const own = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
    const headers = rules ? withHeaders(own, headersFor(rules, pathname)) : { ...own, 'Content-Security-Policy': CSP };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method Not Allowed\n');
      return;
    }
    // The hosts read _headers but never serve it.
    const r = rules && pathname === basePath + HEADERS_FILE ? { notFound: true } : resolveRequest(root, basePath, req.url || '/');
    if (r.redirect) {
      res.writeHead(301, { ...headers, Location: r.redirect, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : `Moved to ${r.redirect}\n`);
      return;
    }
    let status = 200;
    let file = r.file;
    if (!file) {
      status = 404;
      const nf = path.join(root, '404.html');
      file = fs.existsSync(nf) ? nf : null;
    }
    if (!file) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : 'Not Found\n');
      return;
    }
    const body = fs.readFileSync(file);
    res.writeHead(status, { ...headers, 'Content-Type': contentTypeOf(file), 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  server.keepAliveTimeout = 1000;
  const { port: actual } = server.address();
  const origin = `http://${host}:${actual}`;
  return {
    origin,
    basePath,
    baseUrl: origin + basePath,
    port: actual,
    stats,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}
