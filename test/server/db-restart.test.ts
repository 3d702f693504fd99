/**
 * The database may restart (issue 14, H4 and L13). PostgreSQL — a private cluster of this file —
 * is stopped in the middle of a burst of writes: while it is down every request is answered 503
 * with a problem (never a dropped connection, never a crash), and once it is back the same
 * process serves again, every acknowledged write kept; with one process and with --workers 2. At
 * start, the server waits (with back-off) for a database that is not up yet, and gives up with
 * exit code 1 after --db-wait.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { PrivatePostgres, serve, serveToEnd } from './serveProcess.js';

const body = readFileSync('examples/be-ombudsfin-2013-1876.case.json', 'utf8');
const cluster = new PrivatePostgres(54339);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
afterAll(() => cluster.start());

async function until(what: string, ok: () => boolean, ms: number) {
  const t0 = Date.now();
  while (!ok()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe.each([[[]], [['--workers', '2']]])('PostgreSQL restarted under load (serve %j)', (extra: string[]) => {
  it('answers 503 problems while it is down, then serves again with every acknowledged write', async () => {
    const s = await serve(['--database-url', await cluster.database(), ...extra]);
    let exitedEarly = false;
    void s.exited.then(() => (exitedEarly = true));
    const acknowledged = new Map<string, string>();
    const refusals: { status: number; type: string | null }[] = [];
    let down = false;
    let afterRestart = 0;
    let dropped = 0;
    let stop = false;
    const writer = async (w: number) => {
      for (let n = 0; !stop; n++) {
        const title = `w${w}-${n}`;
        try {
          const res = await fetch(`${s.url}/v1/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"title":"${title}","case":${body}}` });
          if (res.status === 201) {
            acknowledged.set(((await res.json()) as { id: string }).id, title);
            if (!down) afterRestart++;
          } else {
            refusals.push({ status: res.status, type: res.headers.get('content-type') });
            await res.arrayBuffer();
            await sleep(20);
          }
        } catch {
          dropped++;
          await sleep(20);
        }
      }
    };
    const writers = Array.from({ length: 6 }, (_, w) => writer(w));
    try {
      await until('writes before the restart', () => acknowledged.size >= 40, 20_000);
      down = true;
      cluster.stop();
      await until('refusals while down', () => refusals.length >= 10, 10_000);
      const health = await fetch(`${s.url}/v1/health`);
      expect(health.status).toBe(503);
      expect(health.headers.get('content-type')).toContain('application/problem+json');
      expect(health.headers.get('retry-after')).toBe('5');
      cluster.start();
      down = false;
      afterRestart = 0;
      await until('writes after the restart', () => afterRestart >= 20, 20_000);
    } finally {
      stop = true;
      await Promise.all(writers);
    }
    expect(exitedEarly).toBe(false);
    expect(refusals.length).toBeGreaterThan(0);
    // Every refusal is a 503 problem: not a 500, not a closed connection.
    expect(refusals.filter((r) => r.status !== 503 || !r.type?.includes('application/problem+json'))).toEqual([]);
    // A request in flight on a connection that PostgreSQL closed gets its 503 too; at most the few
    // requests accepted by a worker in the instant it was replaced may see a reset.
    expect(dropped).toBe(0);
    expect((await fetch(`${s.url}/v1/health`)).status).toBe(200);
    for (const [id, title] of acknowledged) {
      const res = await fetch(`${s.url}/v1/cases/${id}`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { title: string }).title).toBe(title);
    }
    s.proc.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });
});

describe('start-up with the database down', () => {
  it('waits with back-off and starts once PostgreSQL is up', async () => {
    const url = await cluster.database();
    cluster.stop();
    const starting = serve(['--database-url', url, '--workers', '2', '--db-wait', '30']);
    await sleep(1500);
    cluster.start();
    const s = await starting;
    expect(s.output()).toMatch(/the database is not ready \(.*\); retrying in/);
    expect((await fetch(`${s.url}/v1/health`)).status).toBe(200);
    s.proc.kill('SIGTERM');
    await s.exited;
  });

  it.each([[[]], [['--workers', '2']]])('gives up after --db-wait with exit code 1 (serve %j)', async (extra: string[]) => {
    // Nothing listens on the port next to the cluster's.
    const r = await serveToEnd(['--port', '0', '--database-url', `postgres://postgres@127.0.0.1:${cluster.port - 1}/recours`, '--db-wait', '1', ...extra], 20_000);
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/the database is not ready \(.*ECONNREFUSED.*\); retrying in/);
    expect(r.ms).toBeLessThan(10_000);
  });
});
