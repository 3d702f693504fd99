/**
 * Imports (issue 14: M3, M4, L3, L4). The history of an import is kept but marked imported and
 * attributed to the importing user; its dates are instants, its sizes and versions bounded; an
 * import is one transaction (a database error on the k-th case leaves none written); a crafted
 * list cursor or version is a 422 or a 409, never a 500. SQLite and PostgreSQL.
 */
import { readFileSync } from 'node:fs';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { Client, startServer, type TestServer } from './support.js';

const ombudsfin = JSON.parse(readFileSync('examples/be-ombudsfin-2013-1876.case.json', 'utf8')) as Record<string, unknown>;
type Problem = { status: number; errors?: { pointer: string; code: string; message: string }[] };
type Entry = { version: number; user: string; action: string; at: string; imported?: { by: string; at: string } };
const exported = (cases: unknown[]) => ({ format: 'recours.export/1', cases });
const forged = {
  title: 'forged', case: ombudsfin, created_at: '2001-01-01T00:00:00Z',
  history: [
    { version: 1, at: '2001-01-01T00:00:00.000Z', user: 'b-admin@b.example', action: 'create', changes: [] },
    { version: 2, at: '2001-01-02T00:00:00.000+01:00', user: 'judge@court.example', action: 'approved-by-court', changes: [{ path: '/case/transactions/0/amount', from: '1.00', to: '505.00' }] },
  ],
};
const b64 = (s: string) => Buffer.from(s).toString('base64url');

/** Fails the n-th insert into `cases` sent through it (a database error in the middle of an import). */
const failingCaseInsert = (n: number): KyselyPlugin => {
  let seen = 0;
  return {
    transformQuery(args) {
      const node = args.node as { kind: string; into?: { table: { identifier: { name: string } } } };
      if (node.kind === 'InsertQueryNode' && node.into?.table.identifier.name === 'cases' && ++seen === n) throw new Error('disk I/O error (simulated)');
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
};

describe.each(['sqlite', 'postgres'] as const)('imports on %s', (dialect) => {
  let server: TestServer;
  let api: Client;
  beforeAll(async () => {
    server = await startServer(dialect, { mode: 'local' });
    api = new Client(server.url);
  });
  afterAll(() => server.close());
  const total = async () => (await api.call<{ total: number }>('GET', '/v1/cases')).body.total;

  it('keeps an imported history marked as imported, by the importing user', async () => {
    const r = await api.call<{ imported: { id: string }[] }>('POST', '/v1/import', exported([forged]));
    expect(r.status).toBe(200);
    const id = r.body.imported[0]!.id;
    const h = await api.call<{ entries: Entry[] }>('GET', `/v1/cases/${id}/history`);
    expect(h.body.entries.map((e) => [e.version, e.user, e.action, e.imported?.by])).toEqual([
      [1, 'b-admin@b.example', 'create', 'local@localhost'],
      [2, 'judge@court.example', 'approved-by-court', 'local@localhost'],
      [3, 'local@localhost', 'import', undefined],
    ]);
    expect(h.body.entries[0]!.imported!.at).toBe(h.body.entries[2]!.at);
    const ex = await api.call<{ cases: { history: Entry[] }[] }>('GET', `/v1/cases/${id}/export`);
    expect(ex.body.cases[0]!.history[1]!.imported?.by).toBe('local@localhost');
  });

  it.each([
    ['an `at` that is not an instant', { history: [{ ...forged.history[0], at: '9999-99-99' }] }, '/cases/0/history/0/at'],
    ['an `at` of a megabyte', { history: [{ ...forged.history[0], at: 'x'.repeat(1_000_000) }] }, '/cases/0/history/0/at'],
    ['markup as created_at', { created_at: '<script>alert(1)</script>' }, '/cases/0/created_at'],
    ['a version 0', { history: [{ ...forged.history[0], version: 0 }] }, '/cases/0/history/0/version'],
    ['a version past 2^53', { history: [{ ...forged.history[0], version: 9007199254740991 }] }, '/cases/0/history/0/version'],
    ['a repeated version', { history: [forged.history[0], { ...forged.history[1], version: 1 }] }, '/cases/0/history/1/version'],
  ])('refuses %s with its field, and writes nothing', async (_what, change, pointer) => {
    const before = await total();
    const r = await api.call<Problem>('POST', '/v1/import', exported([{ ...forged, title: 'first, valid' }, { ...forged, ...change }].reverse()));
    expect(r.status).toBe(422);
    expect(r.body.errors?.map((e) => e.pointer)).toContain(pointer);
    expect(await total()).toBe(before);
  });

  it('writes all cases or none: a database error on the second case leaves none', async () => {
    const app = await buildApp({ store: { ...server.store, db: server.store.db.withPlugin(failingCaseInsert(2)) }, mode: 'local', webRoot: null });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const before = await total();
      const r = await new Client(url).call<Problem>('POST', '/v1/import', exported([forged, forged, forged]));
      expect(r.status).toBe(500);
      expect(await total()).toBe(before);
    } finally {
      await app.close();
    }
  });

  it.each(['o:1e19', 'o:1e300', 'o:99999999999999999999', 'o:-1', 'o:1.5'])('answers a crafted cursor (%s) with 422 invalid_cursor', async (c) => {
    const r = await api.call<Problem>('GET', `/v1/cases?cursor=${b64(c)}`);
    expect(r.status).toBe(422);
    expect(r.body.errors?.[0]?.code).toBe('invalid_cursor');
  });

  it('answers a version past any real one with 409 or 422, never 500', async () => {
    const c = await api.call<{ id: string }>('POST', '/v1/cases', { case: ombudsfin });
    expect((await api.call('PUT', `/v1/cases/${c.body.id}`, { title: 'x' }, { 'if-match': '"9007199254740992"' })).status).toBe(409);
    expect((await api.call('POST', `/v1/cases/${c.body.id}/archive`, {}, { 'if-match': '"99999999999999999999999"' })).status).toBe(409);
    expect((await api.call<Problem>('PUT', `/v1/cases/${c.body.id}`, { title: 'x', version: 3e9 })).status).toBe(422);
  });
});
