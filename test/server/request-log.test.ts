/**
 * The request log (attack review L12): JSON lines carrying the request id that the answer carries
 * too; URLs without their query string (search terms are personal data); and a 500 logged even
 * without `--log`, since its answer says it was.
 */
import { PassThrough } from 'node:stream';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/db.js';
import { buildApp } from '../../src/server/app.js';
import type { App } from '../../src/server/context.js';

let app: App;
let store: Store;
afterEach(async () => {
  await app.close();
  await store.close();
});

async function start(logger: boolean): Promise<{ url: string; lines: () => Record<string, unknown>[] }> {
  store = await openStore({ dataDir: mkdtempSync(join(tmpdir(), 'recours-reqlog-')) });
  const stream = new PassThrough();
  let log = '';
  stream.on('data', (d: Buffer) => (log += d.toString()));
  app = await buildApp({ store, mode: 'local', webRoot: null, logger, logStream: stream });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, lines: () => log.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

it('logs each request as JSON with its request id, and its URL without the query string', async () => {
  const { url, lines } = await start(true);
  const res = await fetch(`${url}/v1/cases?q=Jeanne%20Dupont%20IBAN%20BE68539007547034&limit=5`);
  expect(res.status).toBe(200);
  const id = res.headers.get('x-request-id');
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  const mine = lines().filter((l) => l.reqId === id);
  expect(mine.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
  expect((mine[0]!.req as { url: string }).url).toBe('/v1/cases');
  expect((mine[1]!.res as { statusCode: number }).statusCode).toBe(200);
  const all = JSON.stringify(lines());
  for (const s of ['Jeanne', 'Dupont', 'BE68539007547034', 'limit=5', '?']) expect(all).not.toContain(s);
});

it("keeps a proxy's X-Request-Id when it is a plain token, and makes one otherwise", async () => {
  const { url, lines } = await start(true);
  const kept = await fetch(`${url}/v1/health`, { headers: { 'x-request-id': 'lb-7f3a.42' } });
  expect(kept.headers.get('x-request-id')).toBe('lb-7f3a.42');
  const replaced = await fetch(`${url}/v1/health`, { headers: { 'x-request-id': 'a b"}{' } });
  expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  expect(lines().filter((l) => l.reqId === 'lb-7f3a.42')).toHaveLength(2);
});

it('logs an internal error without --log, with the request id the answer gives, and nothing else', async () => {
  const { url, lines } = await start(false);
  expect((await fetch(`${url}/v1/health?q=secret`)).status).toBe(200);
  await sql`alter table organisations rename to organisations_gone`.execute(store.db);
  const res = await fetch(`${url}/v1/health?q=Jeanne`);
  await sql`alter table organisations_gone rename to organisations`.execute(store.db);
  expect(res.status).toBe(500);
  expect(((await res.json()) as { detail: string }).detail).toContain('journalisée');
  const logged = lines();
  expect(logged).toHaveLength(1);
  expect(logged[0]).toMatchObject({ level: 50, msg: 'internal error', reqId: res.headers.get('x-request-id'), req: { method: 'GET', url: '/v1/health' }, err: { type: 'SqliteError' } });
  expect(JSON.stringify(logged)).not.toContain('Jeanne');
});
