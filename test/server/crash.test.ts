/**
 * Durability: the server process is killed with SIGKILL in the middle of a burst of writes; after
 * a restart every write it acknowledged is there, whole, and SQLite passes its integrity check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { freshTarget, type Dialect } from './support.js';
import { serve as serveProcess, storeFlags } from './serveProcess.js';

const serve = (target: { dataDir: string } | { databaseUrl: string }) => serveProcess(storeFlags(target));

const ombudsfin = readFileSync('examples/be-ombudsfin-2013-1876.case.json', 'utf8');

describe.each(['sqlite', 'postgres'] as Dialect[])('kill -9 during writes (%s)', (dialect) => {
  it('keeps every acknowledged write', async () => {
    const { target, cleanup } = await freshTarget(dialect);
    try {
      const first = await serve(target);
      const acknowledged = new Map<string, string>();
      let sent = 0;
      let killed = false;
      const writer = async (w: number) => {
        while (!killed) {
          const title = `burst ${w}-${sent++}`;
          try {
            const res = await fetch(`${first.url}/v1/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"title":${JSON.stringify(title)},"case":${ombudsfin}}` });
            if (res.status === 201) acknowledged.set(((await res.json()) as { id: string }).id, title);
          } catch {
            return; // the connection died with the server: this write was not acknowledged
          }
        }
      };
      const writers = Array.from({ length: 12 }, (_, w) => writer(w));
      while (acknowledged.size < 150) await new Promise((r) => setTimeout(r, 5));
      first.proc.kill('SIGKILL');
      killed = true;
      await Promise.all(writers);
      expect(acknowledged.size).toBeGreaterThanOrEqual(150);

      if ('dataDir' in target) {
        const db = new BetterSqlite3(join(target.dataDir, 'recours.sqlite'));
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        db.close();
      }
      const second = await serve(target);
      try {
        for (const [id, title] of acknowledged) {
          const res = await fetch(`${second.url}/v1/cases/${id}`);
          expect(res.status).toBe(200);
          const rec = (await res.json()) as { title: string; assessment: { totals: { refund_due: string } } };
          expect(rec.title).toBe(title);
          expect(rec.assessment.totals.refund_due).toBe('3088.00');
          const h = (await (await fetch(`${second.url}/v1/cases/${id}/history`)).json()) as { entries: unknown[] };
          expect(h.entries).toHaveLength(1);
        }
      } finally {
        second.proc.kill('SIGTERM');
      }
    } finally {
      await cleanup();
    }
  });
});
