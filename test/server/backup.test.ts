/** recours backup / restore: a round trip on SQLite (online, while the server runs) and on PostgreSQL. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/db.js';
import { buildApp } from '../../src/server/app.js';
import { Client, freshTarget, type Dialect } from './support.js';

const ombudsfin = JSON.parse(readFileSync('examples/be-ombudsfin-2013-1876.case.json', 'utf8')) as Record<string, unknown>;
const cli = (args: string[]) => spawnSync(process.execPath, ['bin/recours.js', ...args], { encoding: 'utf8' });
const flags = (t: { dataDir: string } | { databaseUrl: string }) => ('dataDir' in t ? ['--data', t.dataDir] : ['--database-url', t.databaseUrl]);

async function serveOn(target: { dataDir: string } | { databaseUrl: string }) {
  const store = await openStore(target);
  const app = await buildApp({ store, mode: 'local', webRoot: null });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { api: new Client(url), close: async () => { await app.close(); await store.close(); } };
}

describe.each(['sqlite', 'postgres'] as Dialect[])('backup and restore (%s)', (dialect) => {
  it('round-trips every case and its history', async () => {
    const from = await freshTarget(dialect);
    const to = await freshTarget(dialect);
    const dir = mkdtempSync(join(tmpdir(), 'recours-backup-'));
    const file = join(dir, dialect === 'sqlite' ? 'backup.sqlite' : 'backup.pgdump');
    try {
      const s1 = await serveOn(from.target);
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await s1.api.call<{ id: string }>('POST', '/v1/cases', { case: ombudsfin, title: `kept ${i}` })).body.id);
      await s1.api.call('PUT', `/v1/cases/${ids[0]}`, { version: 1, notes: 'edited before the backup' });
      // SQLite is backed up while the server is running.
      const b = cli(['backup', ...flags(from.target), '--out', file]);
      expect(b.stderr).toBe('');
      expect(b.status).toBe(0);
      await s1.close();
      expect(cli(['backup', ...flags(from.target), '--out', file]).stderr).toMatch(/exists/);

      const r = cli(['restore', ...flags(to.target), '--from', file]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const s2 = await serveOn(to.target);
      try {
        for (const [i, id] of ids.entries()) {
          const rec = await s2.api.call<{ title: string; notes: string }>('GET', `/v1/cases/${id}`);
          expect(rec.status).toBe(200);
          expect(rec.body.title).toBe(`kept ${i}`);
        }
        const h = await s2.api.call<{ entries: { action: string }[] }>('GET', `/v1/cases/${ids[0]}/history`);
        expect(h.body.entries.map((e) => e.action)).toEqual(['create', 'update']);
      } finally {
        await s2.close();
      }
      if (dialect === 'sqlite') {
        expect(cli(['restore', ...flags(to.target), '--from', file]).stderr).toMatch(/already there/);
        const junk = join(dir, 'junk.sqlite');
        writeFileSync(junk, 'not a database');
        const bad = cli(['restore', ...flags(to.target), '--from', junk, '--force']);
        expect(bad.status).toBe(2);
        expect(bad.stderr).toMatch(/not a readable SQLite database|not a recours database/);
      }
    } finally {
      await from.cleanup();
      await to.cleanup();
      execFileSync('rm', ['-rf', dir]);
    }
  });
});
