// One headless Debian Chromium for the whole run (never a downloaded browser).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './config.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function launchBrowser() {
  // launch() gives every run a fresh temporary user-data-dir of its own.
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      // Belt and braces: no host name resolves, so no request can leave the machine.
      // Requests to other hosts are still seen (and reported) by the weight check.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
}

/** The contexts a run needs: with JavaScript (checks) and without (no-JS check). */
export async function newContexts(browser) {
  const js = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  // Record CSP violations as the page sees them (init scripts are not subject to CSP).
  await js.addInitScript(() => {
    window.__loCsp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__loCsp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}${e.sourceFile ? ` (${e.sourceFile}:${e.lineNumber})` : ''}`);
    });
  });
  const nojs = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
  return { js, nojs };
}
