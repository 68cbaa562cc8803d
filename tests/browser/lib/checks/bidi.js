// Check 11: reading order. On a right-to-left page, every phone number (digit groups
// with 7 or more digits in all) must show its groups in their own order, left to right,
// as measured from where the browser drew them: in Urdu or Arabic text the bidirectional
// algorithm otherwise lays "0808 808 3555" out as "3555 808 0808".
const CHECK = 'bidi';

/** In the page: each number whose groups are drawn out of order. */
function measure() {
  const NUMBER = /(?:\+[0-9]+|\([0-9]+\)|\b[0-9]+)(?:[ \u00a0-]?(?:\([0-9]+\)|[0-9]+))*/g;
  const out = { checked: 0, wrong: [] };
  const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement || node.parentElement.closest('script, style, template, title')) continue;
    for (const m of node.data.matchAll(NUMBER)) {
      const groups = [...m[0].matchAll(/[0-9]+/g)];
      if (groups.length < 2 || m[0].replace(/[^0-9]/g, '').length < 7) continue;
      const rects = groups.map((g) => {
        const range = document.createRange();
        range.setStart(node, m.index + g.index);
        range.setEnd(node, m.index + g.index + g[0].length);
        return range.getBoundingClientRect();
      });
      if (rects.some((r) => r.width === 0 && r.height === 0)) continue; // not drawn
      out.checked += 1;
      const inOrder = rects.every((r, i) => {
        if (i === 0) return true;
        const before = rects[i - 1];
        const sameLine = Math.abs(r.top - before.top) < Math.min(r.height, before.height) / 2;
        return sameLine ? r.left > before.left : r.top > before.top;
      });
      if (!inOrder) {
        const shown = groups.map((g, i) => ({ g: g[0], r: rects[i] }))
          .sort((a, b) => (Math.abs(a.r.top - b.r.top) < a.r.height / 2 ? a.r.left - b.r.left : a.r.top - b.r.top))
          .map((x) => x.g).join(' ');
        const where = node.parentElement.tagName.toLowerCase() + (node.parentElement.className ? `.${String(node.parentElement.className).split(' ')[0]}` : '');
        out.wrong.push(`"${m[0]}" shows as "${shown}" (in ${where})`);
      }
    }
  }
  return out;
}

export async function checkBidi(page, info) {
  if (info.dir !== 'rtl') return [];
  const m = await page.evaluate(measure);
  return [...new Set(m.wrong)].map((w) => ({
    check: CHECK,
    url: info.url,
    message: `the number ${w}: mark it to read left to right (<bdi dir="ltr">)`,
  }));
}
