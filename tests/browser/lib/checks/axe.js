// Check 1: axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules: zero violations.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CHECK = 'axe';
const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

function targets(nodes) {
  const t = nodes.map((n) => (Array.isArray(n.target) ? n.target.join(' ') : String(n.target)));
  return t.length > 5 ? `${t.slice(0, 5).join(', ')} and ${t.length - 5} more` : t.join(', ');
}

/** One finding per violated rule on the page, naming the rule and the elements. */
export async function checkAxe(page, info) {
  // Legacy mode runs axe.run() in the page itself; the default mode opens a blank page per
  // analysis to combine frame results, which costs more than the analysis. The site has no
  // cross-origin frames (and any request off the site is a weight finding anyway).
  // In legacy mode AxeBuilder evaluates the axe source twice per page: we evaluate it once
  // ourselves and hand AxeBuilder a no-op source (it then only configures and runs axe).
  const hasAxe = await page.evaluate('typeof window.axe === "object" && typeof window.axe.run === "function"');
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const results = await new AxeBuilder({ page, axeSource: ';' })
    .options({ resultTypes: ['violations'] })
    .withTags(AXE_TAGS)
    .setLegacyMode(true)
    .analyze();
  return results.violations.map((v) => ({
    check: CHECK,
    url: info.url,
    rule: v.id,
    message: `${v.id} (${v.impact || 'n/a'}): ${v.help} — ${v.nodes.length} element(s): ${targets(v.nodes)}`
      + (v.nodes[0] && v.nodes[0].failureSummary ? ` — ${v.nodes[0].failureSummary.replace(/\s+/g, ' ').slice(0, 240)}` : ''),
  }));
}
