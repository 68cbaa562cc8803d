// Services imported from an Open Referral UK feed whose descriptions are editor HTML
// (empty paragraphs, data- attributes, &nbsp; runs, target=_blank, a data: image, a script,
// an onclick and a javascript: link) pass every check of the suite, axe and the CSP among
// them, in English and in Urdu. The site is a new council's (`localoffer init`), so nothing
// of the example site's hides or adds a finding.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { makeTempDir } from '../lib/build.js';
import { ARTIFACTS_DIR, localofferBin, SUITE_DIR } from '../lib/config.js';
import { writeReport } from '../lib/report.js';
import { runSuite } from '../lib/run.js';
import { listFindings, printReport } from './helpers.js';

const OFFICIAL = path.join(SUITE_DIR, '..', 'schema', 'openreferral-uk', 'examples', 'service_full.json');

const EDITOR_HTML = '<p data-start="1">Fun&nbsp;&nbsp;&nbsp;days out in the holidays.</p><p>&nbsp;</p><p></p>'
  + '<p><a href="https://example.org/book" target="_blank">Book a place</a></p>'
  + '<p><img src="data:image/png;base64,iVBORw0KGgo="></p><script>alert(1)</script>'
  + '<p onclick="x()"><a href="javascript:alert(1)">Click</a></p><h1>Big heading</h1><ul><li>Games</li><li>Trips&nbsp;</li></ul>';

function run(bin, args, cwd) {
  const out = spawnSync(bin, args, { cwd, encoding: 'utf8' });
  assert.equal(out.status, 0, `${args.join(' ')} failed:\n${out.stdout}\n${out.stderr}`);
  return out;
}

describe('imported services with editor HTML', { timeout: 20 * 60 * 1000 }, () => {
  let result;
  let site;
  before(async () => {
    const bin = localofferBin();
    const tmp = makeTempDir('lo-import-');
    site = path.join(tmp, 'site');
    run(bin, ['init', site, '--title', 'Anytown Local Offer', '--base-url', 'https://example.org/local-offer/', '--languages', 'en,ur'], tmp);
    const official = JSON.parse(fs.readFileSync(OFFICIAL, 'utf8'));
    const club = {
      id: 'c1a0b4f2-0000-4000-8000-000000000001',
      name: 'Holiday club',
      description: EDITOR_HTML,
      url: 'https://example.org/holiday-club',
      email: 'club@example.org',
      organization: { id: 'c1a0b4f2-0000-4000-8000-000000000002', name: 'Anytown Play' },
    };
    const feed = path.join(tmp, 'feed.json');
    fs.writeFileSync(feed, JSON.stringify([official, club]));
    run(bin, ['import', 'openreferral', feed], site);
    result = await runSuite({ siteRoot: site, bin, outDir: path.join(tmp, 'public'), screenshots: false, log: (m) => process.stderr.write(`# ${m}\n`) });
    writeReport(result, ARTIFACTS_DIR, 'import-report');
    printReport(result, 'imported services');
  });
  after(() => fs.rmSync(path.dirname(site), { recursive: true, force: true }));

  test('the imported service pages were checked in both languages', () => {
    const services = result.pages.filter((p) => /\/(en|ur)\/services\/[^/]+\/$/.test(p));
    assert.ok(services.length >= 4, `service pages checked: ${services.join(', ')}`);
  });

  test('no check finds anything on them, axe and the CSP among the checks', () => {
    const onServices = result.findings.filter((f) => /\/services\/[^/]+\/$/.test(new URL(f.url).pathname));
    assert.deepEqual(onServices, [], listFindings(onServices));
    for (const check of ['axe', 'csp', 'html', 'nojs', 'bidi']) assert.ok(result.only.includes(check), `${check} ran`);
  });

  test('the editor debris is gone from the page', () => {
    const html = fs.readFileSync(path.join(result.outDir, 'en', 'services', 'holiday-club', 'index.html'), 'utf8');
    for (const gone of ['data:image', 'target=', 'javascript:', 'alert(', '&nbsp;', '<p></p>', 'onclick', 'data-start']) {
      assert.ok(!html.includes(gone), `${gone} is still in the page`);
    }
    assert.match(html, /Fun days out in the holidays\./);
  });
});
