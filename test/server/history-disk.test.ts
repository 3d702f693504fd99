/**
 * History and a full disk (issue 14: L10, L11). A change of 800 fields records 800 changes (the
 * history stopped at 500, without a mark). A write on a full SQLite disk (max_page_count reached:
 * SQLITE_FULL) is a 503 problem that says the disk is full — not a 500 masked by "cannot rollback" —
 * health then says so, and nothing half-written is left.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Client, startServer, type TestServer } from './support.js';

const ombudsfin = JSON.parse(readFileSync('examples/be-ombudsfin-2013-1876.case.json', 'utf8')) as { transactions: Record<string, unknown>[] };
let server: TestServer;
let api: Client;
beforeAll(async () => {
  server = await startServer('sqlite', { mode: 'local' });
  api = new Client(server.url);
});
afterAll(() => server.close());

it('records every changed field, 800 of them', async () => {
  const many = { ...ombudsfin, transactions: Array.from({ length: 400 }, (_, i) => ({ ...ombudsfin.transactions[i % 10], id: `t${i}` })) };
  const c = await api.call<{ id: string }>('POST', '/v1/cases', { case: many });
  expect(c.status).toBe(201);
  const changed = { ...many, transactions: (many.transactions as Record<string, unknown>[]).map((t) => ({ ...t, id: `${String(t.id)}-b`, consented: !t.consented })) };
  expect((await api.call('PUT', `/v1/cases/${c.body.id}`, { version: 1, case: changed })).status).toBe(200);
  const h = await api.call<{ entries: { changes: unknown[] }[] }>('GET', `/v1/cases/${c.body.id}/history`);
  expect(h.body.entries[1]!.changes).toHaveLength(800);
});

it('answers a write on a full disk 503 "disk full", and health says so', async () => {
  const { rows } = await sql<{ page_count: number }>`pragma page_count`.execute(server.store.db);
  await sql.raw(`pragma max_page_count = ${rows[0]!.page_count + 2}`).execute(server.store.db);
  let last: { status: number; body: { type?: string; detail?: string } } = { status: 0, body: {} };
  const before = (await api.call<{ total: number }>('GET', '/v1/cases')).body.total;
  let created = 0;
  for (let i = 0; i < 50 && last.status !== 503; i++) {
    last = await api.call('POST', '/v1/cases', { case: ombudsfin, notes: 'x'.repeat(10_000) }, { 'accept-language': 'en' });
    if (last.status === 201) created++;
  }
  expect(last.status).toBe(503);
  expect(last.body.type).toBe('https://recours.eu/problems/unavailable');
  expect(last.body.detail).toMatch(/disk is full/);
  expect((await api.call<{ total: number }>('GET', '/v1/cases')).body.total).toBe(before + created);
  const health = await api.call<{ degraded?: string }>('GET', '/v1/health');
  expect(health.status).toBe(503);
  expect(health.body.degraded).toBe('disk_full');
  expect((await sql<{ integrity_check: string }>`pragma integrity_check`.execute(server.store.db)).rows[0]!.integrity_check).toBe('ok');
});
