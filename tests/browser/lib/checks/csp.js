// Check 9: the Content-Security-Policy holds: no inline script or style in the HTML (the
// site's policy allows neither), no violation reported in the browser, under the policy the
// server sends: the site's own from its _headers file, else `default-src 'self'`.
const CHECK = 'csp';

/** Static part: inline code found in the page's HTML by the crawler. */
export function checkInlineCode(info, resource) {
  return ((resource && resource.html && resource.html.inline) || []).map((m) => ({ check: CHECK, url: info.url, message: m }));
}

export function isCspMessage(text) {
  return /Content[ -]Security[ -]Policy/i.test(text);
}

/** Runtime part: console messages and securitypolicyviolation events from the page. */
export async function checkCspRuntime(page, info, consoleMessages) {
  const f = [];
  const seen = new Set();
  const add = (m) => { if (!seen.has(m)) { seen.add(m); f.push({ check: CHECK, url: info.url, message: m }); } };
  for (const m of consoleMessages) if (isCspMessage(m)) add(`CSP violation reported in the console: ${m.replace(/\s+/g, ' ').slice(0, 300)}`);
  const events = await page.evaluate(() => window.__loCsp || []).catch(() => []);
  for (const e of events) add(`CSP violation: ${e}`);
  return f;
}
