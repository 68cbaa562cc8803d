// The quality gate: the example site (SITE_ROOT, default the repository), built fresh
// with `$LOCALOFFER_BIN build`, crawled from its root and from disk, every page in every
// language checked. Each check is a test that fails on any finding, listing them all.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { ARTIFACTS_DIR, localofferBin, siteRootFromEnv } from '../lib/config.js';
import { writeAccessibilityReport, writeReport } from '../lib/report.js';
import { CHECKS, runSuite } from '../lib/run.js';
import { findingsOf, listFindings, printReport } from './helpers.js';

describe('example site', { timeout: 40 * 60 * 1000 }, () => {
  let result;
  before(async () => {
    result = await runSuite({
      siteRoot: siteRootFromEnv(),
      bin: localofferBin(),
      artifactsDir: ARTIFACTS_DIR,
      screenshots: true,
      log: (m) => process.stderr.write(`# ${m}\n`),
    });
    writeReport(result, ARTIFACTS_DIR, 'site-report');
    // Every page, every check: the figures the accessibility statement gives.
    writeAccessibilityReport(result, siteRootFromEnv(), { full: true });
    printReport(result, `example site (${siteRootFromEnv()})`);
  });

  test('the crawl covered the site: the chooser, the 404 page and every language', () => {
    const pages = new Set(result.pages);
    const base = result.config.basePath;
    const missing = [base, `${base}404.html`, ...result.config.languages.map((l) => `${base}${l.code}/`)]
      .filter((p) => !pages.has(p));
    assert.deepEqual(missing, [], `pages not checked: ${missing.join(', ')}`);
    for (const l of result.config.languages) {
      const n = result.pages.filter((p) => p.startsWith(`${base}${l.code}/`)).length;
      assert.ok(n > 1, `only ${n} page(s) in ${l.code}`);
    }
    // The pages of the Local Offer's legal duties, which the build writes in every language
    // and every footer links to, are checked like any other.
    const duties = result.config.languages.flatMap((l) => ['about/what-this-local-offer-covers/', 'accessibility/', 'privacy/'].map((p) => `${base}${l.code}/${p}`));
    assert.deepEqual(duties.filter((p) => !pages.has(p)), [], 'pages of the legal duties not checked');
  });

  for (const check of CHECKS) {
    test(`${check}: zero findings`, () => {
      const f = findingsOf(result, check);
      assert.equal(f.length, 0, `${f.length} finding(s):\n${listFindings(f)}`);
    });
  }
});
