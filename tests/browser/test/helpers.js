// Shared by the tests: print a run's report and find findings.
import { formatReport } from '../lib/report.js';

export function printReport(result, title) {
  // Test files run in a child process; stderr passes through to the terminal and CI log.
  process.stderr.write(`\n# ${title}\n${formatReport(result)}\n\n`);
}

export function findingsOf(result, check) {
  return result.findings.filter((f) => f.check === check);
}

export function listFindings(findings) {
  return findings.map((f) => `[${f.check}] ${new URL(f.url).pathname} — ${f.message}`).join('\n');
}

/** The first finding of `check` whose path ends with pathEnd and message matches re. */
export function findOne(result, check, pathEnd, re) {
  return result.findings.find((f) => f.check === check
    && (!pathEnd || decodeURI(new URL(f.url).pathname).endsWith(pathEnd))
    && (!re || re.test(f.message)));
}
