// The suite tests itself: a small site (fixtures/faulty) with one planted fault of each
// kind, built with `$LOCALOFFER_BIN build`, must have every fault reported by the right
// check, on the page where it was planted (in both languages), and not on the clean page.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { plantFaults } from '../fixtures/faulty/plant-faults.mjs';
import { makeTempDir } from '../lib/build.js';
import { ARTIFACTS_DIR, localofferBin, SUITE_DIR } from '../lib/config.js';
import { writeReport } from '../lib/report.js';
import { runSuite } from '../lib/run.js';
import { findOne, listFindings, printReport } from './helpers.js';

const FAULTY = path.join(SUITE_DIR, 'fixtures', 'faulty');

// One planted fault of each kind: where it is, and which check must report it how.
export const PLANTED = [
  { fault: 'an image without alt', check: 'axe', page: 'guide/no-alt/', re: /^image-alt / },
  { fault: 'a low-contrast colour', check: 'axe', page: 'guide/pale/', re: /^color-contrast / },
  { fault: 'a missing lang', check: 'language', page: 'guide/missing-lang/', re: /^<html> has no lang attribute/ },
  { fault: 'a broken link', check: 'links', page: 'guide/broken-link/', re: /^broken link <a href="\/fixture\/en\/no-such-page\/">/ },
  { fault: 'an inline script', check: 'csp', page: 'guide/inline-script/', re: /^inline <script> without src/ },
  { fault: 'an overweight page', check: 'weight', page: 'guide/heavy/', re: /^page weighs .* over 40 KB/ },
];

describe('self-test: every planted fault is caught', { timeout: 20 * 60 * 1000 }, () => {
  let result;
  let site;
  before(async () => {
    // A copy of the fixture with the theme's faults planted in today's default theme.
    site = makeTempDir('lo-faulty-');
    fs.cpSync(FAULTY, site, { recursive: true });
    plantFaults(site);
    result = await runSuite({
      siteRoot: site,
      bin: localofferBin(),
      screenshots: false,
      log: (m) => process.stderr.write(`# ${m}\n`),
    });
    writeReport(result, ARTIFACTS_DIR, 'selftest-report');
    printReport(result, 'self-test: faulty fixture');
  });
  after(() => fs.rmSync(site, { recursive: true, force: true }));

  for (const p of PLANTED) {
    test(`${p.fault} is reported by the ${p.check} check`, () => {
      for (const lang of ['en', 'ur']) {
        const where = `/fixture/${lang}/${p.page}`;
        assert.ok(findOne(result, p.check, where, p.re),
          `no ${p.check} finding matching ${p.re} on ${where}; the ${p.check} findings were:\n`
          + listFindings(result.findings.filter((f) => f.check === p.check)));
      }
      const clean = findOne(result, p.check, '/fixture/en/guide/clean/', p.re);
      assert.equal(clean, undefined, `false alarm on the clean page: ${clean && clean.message}`);
    });
  }

  test('the browser also refuses the inline script (a CSP violation is reported)', () => {
    assert.ok(findOne(result, 'csp', '/fixture/en/guide/inline-script/', /CSP violation/), listFindings(result.findings.filter((f) => f.check === 'csp')));
  });

  test('the missing lang is also an axe violation (html-has-lang)', () => {
    assert.ok(findOne(result, 'axe', '/fixture/en/guide/missing-lang/', /^html-has-lang /));
  });
});
