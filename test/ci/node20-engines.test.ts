// README, "Supply chain": cookie@2 and content-disposition@3 declare Node ≥ 22 (npm ci prints
// EBADENGINE on Node 20). Both are plain JavaScript that imports nothing from Node: what the
// README says is checked here, and their functions run on the Node 20 of CI.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = new URL('../../node_modules/', import.meta.url);
const pkg = (name: string) => JSON.parse(readFileSync(new URL(`${name}/package.json`, root), 'utf8')) as { engines: { node: string } };

describe('packages that declare Node ≥ 22', () => {
  for (const name of ['cookie', 'content-disposition'])
    it(`${name}: declares >=22, imports no module, runs on this Node`, () => {
      const p = pkg(name);
      expect(p.engines.node).toBe('>=22');
      const code = readFileSync(require.resolve(name), 'utf8');
      expect(code.match(/require\(|\bimport\s*\(|^import\s/gm)).toBeNull();
      expect(process.versions.node.split('.')[0]).toBe('20');
    });

  it('their functions give the expected results', () => {
    const cookie = require('cookie') as { parseCookie: (s: string) => Record<string, string>; stringifySetCookie: (c: object) => string };
    expect({ ...cookie.parseCookie('recours_session=abc; csrf=%C3%A9') }).toEqual({ recours_session: 'abc', csrf: 'é' });
    expect(cookie.stringifySetCookie({ name: 's', value: 'v', httpOnly: true, sameSite: 'strict', path: '/' })).toBe('s=v; Path=/; HttpOnly; SameSite=Strict');
    const { create } = require('content-disposition') as { create: (f: string) => string };
    expect(create('lettre-réclamation.pdf')).toBe('attachment; filename="lettre-r?clamation.pdf"; filename*=UTF-8\'\'lettre-r%C3%A9clamation.pdf');
  });
});
