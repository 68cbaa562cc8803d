// Check 2: the Nu Html Checker (vnu.jar from the vnu-jar package, on the machine's
// Java), run once over every HTML file with --errors-only --format json.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { urlPathOfFile } from '../build.js';

const CHECK = 'html';
const require = createRequire(import.meta.url);

export function vnuJarPath() {
  return String(require('vnu-jar')); // the package exports the jar's absolute path (a String object)
}

function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    p.stdout.on('data', (d) => out.push(d));
    p.stderr.on('data', (d) => err.push(d));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/**
 * checkHtmlFiles({ files, outDir, origin, basePath, java }) -> findings
 * Each finding's url is the page's URL on the local server.
 */
export async function checkHtmlFiles({ files, outDir, origin, basePath, java = process.env.JAVA || 'java' }) {
  if (!files.length) return [];
  const args = ['-Xss16m', '-jar', vnuJarPath(), '--errors-only', '--format', 'json', ...files];
  const r = await run(java, args);
  const text = (r.stderr.trim().startsWith('{') ? r.stderr : r.stdout).trim() || r.stderr.trim() || r.stdout.trim();
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [{ check: CHECK, url: origin + basePath, message: `vnu did not produce JSON (exit ${r.code}): ${(r.stderr || r.stdout).slice(0, 500)}` }];
  }
  const byFile = new Map(files.map((f) => [pathToFileURL(f).href, f]));
  const findings = [];
  for (const m of parsed.messages || []) {
    if (m.type === 'info') continue; // warnings: --errors-only drops them anyway
    let file = null;
    if (m.url) {
      file = byFile.get(m.url) || (m.url.startsWith('file:') ? fileURLToPath(m.url) : null);
    }
    const url = file ? origin + urlPathOfFile(outDir, path.resolve(file), basePath) : origin + basePath;
    const line = m.lastLine ? `line ${m.lastLine}${m.firstColumn ? `, column ${m.firstColumn}` : ''}: ` : '';
    const extract = m.extract ? ` [${m.extract.replace(/\s+/g, ' ').trim().slice(0, 120)}]` : '';
    findings.push({ check: CHECK, url, message: `${m.type === 'non-document-error' ? 'checker error: ' : ''}${line}${m.message}${extract}` });
  }
  if (r.code !== 0 && !findings.length) {
    findings.push({ check: CHECK, url: origin + basePath, message: `vnu exited ${r.code} without messages: ${r.stderr.slice(0, 300)}` });
  }
  return findings;
}
