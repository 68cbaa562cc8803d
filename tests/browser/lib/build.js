// Build a site with `localoffer build` into a fresh temporary folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function makeTempDir(prefix = 'localoffer-browser-') {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Runs `$bin build --root <siteRoot> --output <outDir>`; outDir defaults to <tmp>/public.
 * Throws with the build's output when it fails. Returns { outDir, ms, stdout, stderr }.
 */
export function buildSite({ bin, siteRoot, outDir }) {
  const tmp = outDir ? null : makeTempDir();
  if (!outDir) outDir = path.join(tmp, 'public');
  try {
    return runBuild({ bin, siteRoot, outDir });
  } catch (e) {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

function runBuild({ bin, siteRoot, outDir }) {
  const t0 = Date.now();
  const r = spawnSync(bin, ['build', '--root', siteRoot, '--output', outDir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = Date.now() - t0;
  if (r.error) throw new Error(`could not run ${bin}: ${r.error.message}`);
  if (r.status !== 0) {
    throw new Error(`localoffer build failed (exit ${r.status}) for ${siteRoot}:\n${r.stdout}\n${r.stderr}`);
  }
  if (!fs.existsSync(outDir)) throw new Error(`localoffer build succeeded but ${outDir} does not exist`);
  return { outDir, ms, stdout: r.stdout, stderr: r.stderr };
}

/** Every .html file under dir, sorted, as absolute paths. */
export function htmlFilesIn(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && /\.html?$/i.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** The URL path a file is served at: <base>/en/x/index.html -> <base>/en/x/ */
export function urlPathOfFile(outDir, file, basePath) {
  const rel = path.relative(outDir, file).split(path.sep).join('/');
  const p = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
  return basePath + p.split('/').map((s) => encodeURIComponent(s)).join('/');
}
