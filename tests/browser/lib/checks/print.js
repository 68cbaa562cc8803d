// Check 10: print. With print media emulated the content shows without navigation
// (header nav, language switcher, breadcrumbs, footer nav: display none) and links
// in the main content print their target (a ::after whose content includes the href).
const CHECK = 'print';

export const HIDDEN_IN_PRINT = ['.site-header nav', '.language-switcher', '.breadcrumbs', '.site-footer nav'];

function inspect(selectors) {
  const hiddenByDisplay = (el) => {
    for (let e = el; e; e = e.parentElement) if (getComputedStyle(e).display === 'none') return true;
    return false;
  };
  const shown = [];
  for (const sel of selectors) {
    for (const el of document.querySelectorAll(sel)) if (!hiddenByDisplay(el)) { shown.push(sel); break; }
  }
  const main = document.querySelector('main');
  const links = [];
  if (main) {
    for (const a of main.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href');
      if (!href || href.startsWith('#') || hiddenByDisplay(a)) continue;
      const content = getComputedStyle(a, '::after').content || '';
      const ok = content.includes(href) || content.includes(a.href) || /attr\(\s*href\s*\)/.test(content);
      if (!ok) links.push({ href, text: a.textContent.replace(/\s+/g, ' ').trim().slice(0, 40), content });
    }
  }
  return {
    shown,
    mainShown: !!main && !hiddenByDisplay(main) && main.innerText.trim().length > 0,
    links: links.slice(0, 5),
    linkCount: links.length,
  };
}

export async function checkPrint(page, info) {
  const f = [];
  const add = (message) => f.push({ check: CHECK, url: info.url, message });
  await page.emulateMedia({ media: 'print' });
  try {
    const d = await page.evaluate(inspect, HIDDEN_IN_PRINT);
    for (const s of d.shown) add(`in print, ${s} is shown (should be display: none)`);
    if (!d.mainShown) add('in print, the main content is not shown');
    for (const l of d.links) add(`in print, the link "${l.text}" does not print its target ${l.href} (::after content: ${l.content})`);
    if (d.linkCount > d.links.length) add(`in print, ... and ${d.linkCount - d.links.length} more links without their target printed`);
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
  return f;
}
