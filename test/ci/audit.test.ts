// Issue 14, item 8: the CI's `npm audit --omit=dev` step. Fed recorded answers of npm 11.19 here
// (the registry's 405, a refused connection, an unknown host) and answers constructed in npm's
// audit report v2 format (no advisory endpoint answers here to record one): it passes when the
// endpoint is unreachable, saying so; fails on a high or critical advisory; fails on what it cannot read.
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const audit = (file: string) => {
  const r = spawnSync(process.execPath, [join(root, 'scripts/audit.mjs'), '--report', file], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout.trim() };
};
const fixture = (name: string) => join(root, 'test/ci/fixtures', name);

describe('npm audit step', () => {
  it('endpoint unreachable (405, connection refused, unknown host): says so, does not fail', () => {
    for (const [name, why] of [['recorded-405.json', 'HTTP 405'], ['recorded-econnrefused.json', 'ECONNREFUSED'], ['recorded-enotfound.json', 'ENOTFOUND']]) {
      const r = audit(fixture(name!));
      expect(r.status, name).toBe(0);
      expect(r.out).toMatch(new RegExp(`^npm audit: advisory endpoint unreachable \\(${why}`));
    }
  });

  it('fails on high or critical advisories, naming them; passes on moderate or none', () => {
    expect(audit(fixture('constructed-critical.json'))).toEqual({ status: 1, out: 'npm audit: 2 high or critical advisories in production dependencies: fastify (critical, <5.12.9), tar-fs (high, <2.1.7)' });
    expect(audit(fixture('constructed-moderate.json'))).toEqual({ status: 0, out: 'npm audit: 1 advisory in production dependencies, none high or critical' });
    expect(audit(fixture('constructed-clean.json'))).toEqual({ status: 0, out: 'npm audit: 0 advisories in production dependencies, none high or critical' });
  });

  it('fails on an answer it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recours-audit-'));
    writeFileSync(join(dir, 'html.json'), '<html>502 Bad Gateway</html>');
    writeFileSync(join(dir, 'other.json'), '{"message":"500 Internal Server Error","statusCode":500}');
    expect(audit(join(dir, 'html.json')).status).toBe(1);
    expect(audit(join(dir, 'other.json'))).toEqual({ status: 1, out: 'npm audit: unexpected answer (500 Internal Server Error): failing' });
  });
});
