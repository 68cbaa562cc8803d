#!/usr/bin/env node
// Run the browser checks once and print the report (exit 1 on any finding).
//   node bin/check.js                         build $SITE_ROOT (default: the repository) and check it
//   node bin/check.js --site-root DIR         another site folder (with site.yaml)
//   node bin/check.js --public DIR            check an already built output folder (no build)
//   node bin/check.js --only axe,links        only some checks
//   node bin/check.js --no-screenshots
//   node bin/check.js --limit 20              development only: a spread sample of about 20 pages
import path from 'node:path';
import { ARTIFACTS_DIR, localofferBin, siteRootFromEnv } from '../lib/config.js';
import { formatReport, writeAccessibilityReport, writeReport } from '../lib/report.js';
import { runSuite } from '../lib/run.js';

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const siteRoot = path.resolve(opt('--site-root') || siteRootFromEnv());
const pub = opt('--public');
const only = opt('--only') ? opt('--only').split(',') : undefined;

let result;
try {
  result = await runSuite({
    siteRoot,
    bin: pub ? undefined : localofferBin(),
    outDir: pub ? path.resolve(pub) : undefined,
    prebuilt: !!pub,
    artifactsDir: ARTIFACTS_DIR,
    screenshots: !args.includes('--no-screenshots'),
    only,
    limit: opt('--limit') ? Number(opt('--limit')) : undefined, // development: a spread sample of N pages
  });
} catch (e) {
  console.error(`the browser checks could not run: ${e.message}`);
  process.exit(2);
}
console.log(formatReport(result));
writeReport(result, ARTIFACTS_DIR);
// A full run (every check, every page, the site built here) gives the statement its figures.
const written = writeAccessibilityReport(result, siteRoot, { full: !pub && !only && !opt('--limit') });
if (written) console.log(`wrote ${written}`);
process.exit(result.findings.length ? 1 : 0);
