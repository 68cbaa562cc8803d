// Check 6: reflow. At 320 CSS px no page scrolls sideways; with text at 200%
// (640 px viewport, root font size 200%) nothing scrolls sideways and no text is clipped.
const CHECK = 'reflow';

/** In the page: horizontal overflow and clipped text. */
function measure() {
  const de = document.documentElement;
  const sample = document.querySelector('main p, main li, main') || document.body || de;
  const out = {
    scrollWidth: de.scrollWidth, clientWidth: de.clientWidth, wide: [], clipped: [],
    fontSize: parseFloat(getComputedStyle(sample).fontSize),
  };
  const desc = (el) => {
    let d = el.tagName.toLowerCase();
    if (el.id) d += `#${el.id}`;
    if (el.classList.length) d += '.' + [...el.classList].slice(0, 3).join('.');
    return d;
  };
  const visuallyHidden = (el, s, r) => (r.width <= 2 && r.height <= 2)
    || /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(s.clip) || /inset\(50%\)/.test(s.clipPath);
  const inScroller = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const ox = getComputedStyle(p).overflowX;
      if (ox === 'auto' || ox === 'scroll') return true;
    }
    return false;
  };
  const cw = de.clientWidth;
  for (const el of document.body ? document.body.querySelectorAll('*') : []) {
    const s = getComputedStyle(el);
    if (s.display === 'none' || s.visibility === 'hidden') continue;
    const r = el.getBoundingClientRect();
    if (visuallyHidden(el, s, r)) continue;
    if (out.scrollWidth > cw && (r.right > cw + 1 || r.left < -1) && r.width > 0 && !inScroller(el)) {
      const hasOverflowingChild = [...el.children].some((c) => { const cr = c.getBoundingClientRect(); return cr.right > cw + 1 || cr.left < -1; });
      if (!hasOverflowingChild) out.wide.push(`${desc(el)} (${Math.round(r.left)}..${Math.round(r.right)} px)`);
    }
    const clips = (v) => v === 'hidden' || v === 'clip';
    if ((clips(s.overflowX) || clips(s.overflowY)) && (el.textContent || '').trim()) {
      const overX = clips(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const overY = clips(s.overflowY) && el.scrollHeight > el.clientHeight + 1;
      if (overX || overY) out.clipped.push(`${desc(el)} ${overX ? `width ${el.scrollWidth} > ${el.clientWidth}` : ''}${overY ? ` height ${el.scrollHeight} > ${el.clientHeight}` : ''} "${el.textContent.replace(/\s+/g, ' ').trim().slice(0, 50)}"`);
    }
    if (s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) {
      out.clipped.push(`${desc(el)} text cut with an ellipsis "${el.textContent.replace(/\s+/g, ' ').trim().slice(0, 50)}"`);
    }
  }
  out.wide = out.wide.slice(0, 5);
  out.clipped = [...new Set(out.clipped)].slice(0, 5);
  return out;
}

function report(add, label, m) {
  if (m.scrollWidth > m.clientWidth) {
    add(`${label}: the page scrolls sideways (scrollWidth ${m.scrollWidth} > clientWidth ${m.clientWidth})`
      + (m.wide.length ? `; too wide: ${m.wide.join(', ')}` : ''));
  }
  for (const c of m.clipped) add(`${label}: clipped text in ${c}`);
}

export async function checkReflow(page, info) {
  const f = [];
  const add = (message) => f.push({ check: CHECK, url: info.url, message });
  const original = page.viewportSize() || { width: 1280, height: 800 };
  try {
    await page.setViewportSize({ width: 320, height: 640 });
    report(add, 'at 320 px', await page.evaluate(measure));
    await page.setViewportSize({ width: 640, height: 800 });
    const before = await page.evaluate(measure);
    // Text zoom: the root font size at 200% (CSSOM, which a CSP does not block).
    await page.evaluate(() => { document.documentElement.style.setProperty('font-size', '200%'); });
    const zoomed = await page.evaluate(measure);
    report(add, 'at 640 px with text at 200%', zoomed);
    if (before.fontSize > 0 && zoomed.fontSize / before.fontSize < 1.5) {
      add(`text does not grow with the text size setting (main text ${before.fontSize}px at 100%, ${zoomed.fontSize}px at 200%): font sizes in px instead of rem/em?`);
    }
  } finally {
    await page.evaluate(() => { document.documentElement.style.removeProperty('font-size'); }).catch(() => {});
    await page.setViewportSize(original);
  }
  return f;
}
