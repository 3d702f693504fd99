/**
 * The built web app (dist/web, from `npm run build`): first-load JavaScript — the entry chunk and
 * its static imports — at most 100 KB gzipped; nothing the CSP forbids (no inline script or style,
 * no style attribute) and nothing from another origin.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { ROOT } from './support.js';

const WEB = join(ROOT, 'dist/web');
const LIMIT = 100 * 1024;

function staticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(WEB, file), 'utf8');
  // Static imports only: `import{a}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`; not `import("./x.js")`.
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g)) {
    const rel = m[1]!;
    const target = rel.startsWith('/') ? rel.slice(1) : join(file, '..', rel);
    staticImports(target, seen);
  }
  return seen;
}

describe('web bundle', () => {
  test('dist/web exists (npm run build)', () => {
    expect(existsSync(join(WEB, 'index.html'))).toBe(true);
  });

  test('first-load JavaScript ≤ 100 KB gzipped', () => {
    const html = readFileSync(join(WEB, 'index.html'), 'utf8');
    const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g)].map((m) => m[1]!);
    const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]!);
    expect(entries.length).toBe(1);
    const files = new Set<string>();
    for (const f of [...entries, ...preloads]) for (const x of staticImports(f)) files.add(x);
    const gz = [...files].reduce((n, f) => n + gzipSync(readFileSync(join(WEB, f)), { level: 9 }).length, 0);
    console.log(`first-load JS: ${[...files].join(', ')} — ${(gz / 1024).toFixed(1)} KB gzipped`);
    expect(gz).toBeLessThanOrEqual(LIMIT);
    // The report's sentences are loaded later, not on first load.
    const all = readdirSync(join(WEB, 'assets')).filter((f) => f.endsWith('.js'));
    expect(all.length).toBeGreaterThan(files.size);
  });

  test('the page passes the strict CSP: no inline script or style, no style attribute, no other origin', () => {
    const html = readFileSync(join(WEB, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    for (const f of readdirSync(join(WEB, 'assets')).filter((x) => x.endsWith('.css'))) {
      const css = readFileSync(join(WEB, 'assets', f), 'utf8');
      expect(css).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//);
      expect(css).not.toMatch(/@font-face/);
    }
  });
});
