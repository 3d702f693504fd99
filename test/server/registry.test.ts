/**
 * The case registry through real HTTP, the same suite on SQLite and on a real PostgreSQL:
 * migrations from empty, CRUD with the assessment recomputed, filters and pages, history,
 * optimistic versioning under concurrent writes, export and import.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { Client, freshTarget, startServer, type TestServer } from './support.js';
import { migrate, MIGRATION_NAMES, openStore } from '../../src/store/db.js';
import { listCases } from '../../src/store/cases.js';
import { ensureOrganisation } from '../../src/store/users.js';
import type { CaseTable } from '../../src/store/schema.js';

const ombudsfin = JSON.parse(readFileSync('examples/be-ombudsfin-2013-1876.case.json', 'utf8')) as Record<string, unknown>;
type Rec = { id: string; version: number; title: string; status: string; notes: string; archived: boolean; case: Record<string, unknown>; assessment: { totals: { refund_due: string } } };
type Problem = { status: number; errors?: { pointer: string }[]; current_version?: number };
type Listed = { items: { id: string; title: string; next_deadline: string | null }[]; next_cursor: string | null; total: number };

/** The Ombudsfin file with its incident day moved: deadlines `day` (notify, refund) and 13 months later (contest). */
const movedTo = (day: string) => JSON.parse(JSON.stringify(ombudsfin).replaceAll('2013-04-22', day)) as Record<string, unknown>;

describe.each(['sqlite', 'postgres'] as const)('registry on %s', (dialect) => {
  let server: TestServer;
  let api: Client;
  beforeAll(async () => {
    server = await startServer(dialect, { mode: 'local' });
    api = new Client(server.url);
  });
  afterAll(() => server.close());

  it('migrated an empty database to the whole schema', async () => {
    const tables = dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(server.store.db)
      : await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = 'public'`.execute(server.store.db);
    expect(tables.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['organisations', 'users', 'sessions', 'api_tokens', 'cases', 'case_history', 'case_deletions', 'case_deadlines', 'kysely_migration']));
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(server.store.db);
    expect(applied.rows.map((r) => r.name)).toEqual(MIGRATION_NAMES);
    const listed = await api.call<{ items: unknown[] }>('GET', '/v1/cases');
    expect(listed.body.items).toEqual([]);
  });

  it('creates, reads and updates a case, recomputing its assessment each time', async () => {
    const c = await api.call<Rec>('POST', '/v1/cases', { case: ombudsfin, title: 'Wallet stolen, Brussels', notes: 'first call 18/03' });
    expect(c.status).toBe(201);
    expect(c.headers.get('location')).toBe(`/v1/cases/${c.body.id}`);
    expect(c.body).toMatchObject({ version: 1, status: 'open', archived: false });
    expect(c.body.assessment.totals.refund_due).toBe('3088.00');
    const read = await api.call<Rec>('GET', `/v1/cases/${c.body.id}`);
    expect(read.body.case).toEqual(ombudsfin);
    expect(read.headers.get('etag')).toBe('"1"');
    // A larger first withdrawal: the amount due changes.
    const txs = ombudsfin.transactions as Record<string, unknown>[];
    const changed = { ...ombudsfin, transactions: [{ ...txs[0], amount: '1505.00' }, ...txs.slice(1)] };
    const u = await api.call<Rec>('PUT', `/v1/cases/${c.body.id}`, { version: 1, case: changed, status: 'claimed' });
    expect(u.status).toBe(200);
    expect(u.body.version).toBe(2);
    expect(u.body.status).toBe('claimed');
    expect(u.body.assessment.totals.refund_due).not.toBe('3088.00');
    const h = await api.call<{ entries: { version: number; action: string; user: string; changes: { path: string; from: unknown; to: unknown }[] }[] }>('GET', `/v1/cases/${c.body.id}/history`);
    expect(h.body.entries.map((e) => [e.version, e.action])).toEqual([[1, 'create'], [2, 'update']]);
    expect(h.body.entries[1]!.user).toBe('local@localhost');
    expect(h.body.entries[1]!.changes).toEqual(expect.arrayContaining([
      { path: '/status', from: 'open', to: 'claimed' },
      { path: '/case/transactions/0/amount', from: txs[0]!.amount, to: '1505.00' },
    ]));
  });

  it('refuses an invalid change without touching the stored case', async () => {
    const c = await api.call<Rec>('POST', '/v1/cases', { case: ombudsfin, title: 'to keep' });
    const bad = await api.call<Problem>('PUT', `/v1/cases/${c.body.id}`, { version: 1, case: { ...ombudsfin, jurisdiction: 'NL' }, title: 'broken' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors!.map((e) => e.pointer)).toContain('/case/jurisdiction');
    const after = await api.call<Rec>('GET', `/v1/cases/${c.body.id}`);
    expect(after.body).toMatchObject({ version: 1, title: 'to keep' });
    const noVersion = await api.call<Problem>('PUT', `/v1/cases/${c.body.id}`, { title: 'x' });
    expect(noVersion.status).toBe(422);
    expect(noVersion.body.errors![0]!.pointer).toBe('/version');
    const badCreate = await api.call<Problem>('POST', '/v1/cases', { case: { format: 'recours.case/1' }, status: 'lost' });
    expect(badCreate.status).toBe(422);
    expect(badCreate.body.errors!.map((e) => e.pointer)).toContain('/status');
    const missing = await api.call<Problem>('GET', '/v1/cases/00000000-0000-0000-0000-000000000000');
    expect(missing.status).toBe(404);
  });

  it('keeps both of two concurrent writes: one wins, the other gets a conflict and redoes it', async () => {
    const c = await api.call<Rec>('POST', '/v1/cases', { case: ombudsfin, title: 'race' });
    const [a, b] = await Promise.all([
      api.call<Rec & Problem>('PUT', `/v1/cases/${c.body.id}`, { version: 1, title: 'race: title from A' }),
      api.call<Rec & Problem>('PUT', `/v1/cases/${c.body.id}`, { version: 1, notes: 'note from B' }, { 'if-match': '"1"' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.current_version).toBe(2);
    const redo = loser === a ? { version: 2, title: 'race: title from A' } : { version: 2, notes: 'note from B' };
    expect((await api.call('PUT', `/v1/cases/${c.body.id}`, redo)).status).toBe(200);
    const final = await api.call<Rec>('GET', `/v1/cases/${c.body.id}`);
    expect(final.body).toMatchObject({ version: 3, title: 'race: title from A', notes: 'note from B' });
    // Twenty writers on one version: exactly one succeeds.
    const many = await Promise.all(Array.from({ length: 20 }, (_, i) => api.call('PUT', `/v1/cases/${c.body.id}`, { version: 3, notes: `writer ${i}` })));
    expect(many.filter((r) => r.status === 200)).toHaveLength(1);
    expect(many.filter((r) => r.status === 409)).toHaveLength(19);
    const h = await api.call<{ entries: unknown[] }>('GET', `/v1/cases/${c.body.id}/history`);
    expect(h.body.entries).toHaveLength(4);
  });

  it('lists with filters, sorting and stable pages; archives', async () => {
    const fr = { ...ombudsfin, jurisdiction: 'FR' };
    const made: string[] = [];
    for (let i = 0; i < 7; i++) made.push((await api.call<Rec>('POST', '/v1/cases', { case: i % 2 ? fr : ombudsfin, title: `list ${i}`, status: i < 3 ? 'draft' : 'open' })).body.id);
    const drafts = await api.call<{ items: { status: string }[] }>('GET', '/v1/cases?status=draft&q=list');
    expect(drafts.body.items).toHaveLength(3);
    const frOnly = await api.call<{ items: { jurisdiction: string; title: string }[] }>('GET', '/v1/cases?jurisdiction=FR&q=LIST');
    expect(frOnly.body.items.map((x) => x.title).sort()).toEqual(['list 1', 'list 3', 'list 5']);
    // The file's deadlines are 2013-2014: counted from today they are all passed, so count from 2013.
    const soon = await api.call<{ items: { next_deadline: string | null }[] }>('GET', '/v1/cases?q=list&as_of=2013-01-01&deadline_before=2100-01-01&limit=200');
    expect(soon.body.items.length).toBeGreaterThan(0);
    expect(soon.body.items.every((x) => x.next_deadline !== null && x.next_deadline <= '2100-01-01')).toBe(true);
    const none = await api.call<{ items: unknown[] }>('GET', '/v1/cases?q=list&as_of=2013-01-01&deadline_before=1990-01-01');
    expect(none.body.items).toEqual([]);
    const passed = await api.call<{ items: unknown[] }>('GET', '/v1/cases?q=list&deadline_before=2100-01-01');
    expect(passed.body.items).toEqual([]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string; title: string }[]; next_cursor: string | null; total: number } } = await api.call('GET', `/v1/cases?q=list&sort=title&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.items.map((x) => x.title));
      expect(page.body.total).toBe(7);
      cursor = page.body.next_cursor;
    } while (cursor);
    expect(seen).toEqual(['list 0', 'list 1', 'list 2', 'list 3', 'list 4', 'list 5', 'list 6']);
    const arch = await api.call<Rec>('POST', `/v1/cases/${made[0]}/archive`, { version: 1 });
    expect(arch.body.archived).toBe(true);
    const active = await api.call<{ items: { id: string }[] }>('GET', '/v1/cases?q=list&limit=200');
    expect(active.body.items.map((x) => x.id)).not.toContain(made[0]);
    const archived = await api.call<{ items: { id: string }[] }>('GET', '/v1/cases?archived=true');
    expect(archived.body.items.map((x) => x.id)).toEqual([made[0]]);
    const badQuery = await api.call<Problem>('GET', '/v1/cases?sort=colour&limit=500&cursor=%%%&as_of=18/03/2014');
    expect(badQuery.status).toBe(422);
    expect(badQuery.body.errors!.map((e) => e.pointer)).toEqual(expect.arrayContaining(['/query/sort', '/query/limit', '/query/as_of']));
  });

  it('gives the next deadline from as_of (default today), filters and sorts on it, and follows changes of the file', async () => {
    // A: 2013-04-22 (twice) and 2014-05-22; B: 2013-06-10, 2014-07-10; C: 2013-09-01, 2014-10-01. Each file is evaluated as of 2014-03-18.
    const id: Record<string, string> = {};
    for (const [k, day] of [['A', '2013-04-22'], ['B', '2013-06-10'], ['C', '2013-09-01']] as const)
      id[k] = (await api.call<Rec>('POST', '/v1/cases', { case: movedTo(day), title: `deadline ${k}` })).body.id;
    const list = async (qs: string) => (await api.call<Listed>('GET', `/v1/cases?q=deadline&sort=title&${qs}`)).body;
    const next = async (asOf: string) => Object.fromEntries((await list(`as_of=${asOf}`)).items.map((x) => [x.title.slice(-1), x.next_deadline]));
    expect(await next('2013-01-01')).toEqual({ A: '2013-04-22', B: '2013-06-10', C: '2013-09-01' });
    expect(await next('2013-04-22')).toEqual({ A: '2013-04-22', B: '2013-06-10', C: '2013-09-01' });
    expect(await next('2013-04-23')).toEqual({ A: '2014-05-22', B: '2013-06-10', C: '2013-09-01' });
    expect(await next('2014-05-23')).toEqual({ A: null, B: '2014-07-10', C: '2014-10-01' });
    expect(await next('2014-10-02')).toEqual({ A: null, B: null, C: null });
    // Without as_of: from today, not from the files' 2014-03-18, so every one of these is passed.
    expect((await list('')).items.map((x) => x.next_deadline)).toEqual([null, null, null]);

    // deadline_before: a deadline between as_of and that day, both included; the total agrees.
    const titles = async (qs: string) => {
      const l = await list(qs);
      expect(l.total).toBe(l.items.length);
      return l.items.map((x) => x.title.slice(-1));
    };
    expect(await titles('as_of=2013-01-01&deadline_before=2013-04-22')).toEqual(['A']);
    expect(await titles('as_of=2013-04-23&deadline_before=2013-12-31')).toEqual(['B', 'C']);
    expect(await titles('as_of=2013-04-23&deadline_before=2014-05-22')).toEqual(['A', 'B', 'C']);
    expect(await titles('as_of=2014-05-23&deadline_before=2014-07-10')).toEqual(['B']);
    expect(await titles('as_of=2014-10-02&deadline_before=2100-01-01')).toEqual([]);

    // Sorting by next deadline: the cases without one last in both directions, also across pages.
    const sorted = async (sort: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Listed = (await api.call<Listed>('GET', `/v1/cases?q=deadline&as_of=2014-05-23&sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)).body;
        expect(page.total).toBe(3);
        seen.push(...page.items.map((x) => x.title.slice(-1)));
        cursor = page.next_cursor;
      } while (cursor);
      return seen;
    };
    expect(await sorted('next_deadline')).toEqual(['B', 'C', 'A']);
    expect(await sorted('-next_deadline')).toEqual(['C', 'B', 'A']);

    // A new file replaces the case's deadlines: A's old 2013-04-22 no longer counts.
    const u = await api.call<Rec>('PUT', `/v1/cases/${id.A}`, { version: 1, case: movedTo('2013-05-15') });
    expect(u.status).toBe(200);
    expect((await next('2013-01-01')).A).toBe('2013-05-15');
    expect(await titles('as_of=2013-01-01&deadline_before=2013-04-30')).toEqual([]);
    const rows = async (caseId: string) => (await server.store.db.selectFrom('case_deadlines').select(['kind', 'date']).where('case_id', '=', caseId).orderBy('date').orderBy('kind').execute());
    expect(await rows(id.A!)).toEqual([
      { kind: 'bank_refund_by', date: '2013-05-15' }, { kind: 'notify_by', date: '2013-05-15' }, { kind: 'contest_by', date: '2014-06-15' },
    ]);
    // A change that leaves the file alone leaves the deadlines alone.
    await api.call('PUT', `/v1/cases/${id.A}`, { version: 2, title: 'deadline A' });
    expect(await rows(id.A!)).toHaveLength(3);
    expect((await api.call('DELETE', `/v1/cases/${id.A}`)).status).toBe(204);
    expect(await rows(id.A!)).toEqual([]);
    expect(await titles('as_of=2013-01-01')).toEqual(['B', 'C']);
  });

  it('upgrades a database of schema 0002: the deadlines are taken from the stored assessments', async () => {
    const { target, cleanup } = await freshTarget(dialect);
    const store = await openStore(target);
    try {
      // Back down to 0002 (the downs of 0004 and 0003), where cases still carry next_deadline.
      expect(await migrate(store.db, dialect, '0002-deletions')).toEqual(MIGRATION_NAMES.slice(2).reverse());
      const organisationId = await ensureOrganisation(store.db, 'Ancienne permanence');
      const old = store.db as unknown as Kysely<{ cases: CaseTable & { next_deadline: string | null } }>;
      const deadlines = [
        { kind: 'notify_by', date: '2013-04-22', basis: 'x', passed: true },
        { kind: 'contest_by', date: '2014-05-22', basis: 'y', passed: false },
      ];
      const at = '2014-03-18T10:00:00.000Z';
      for (const [n, ds] of [['1', deadlines], ['2', []]] as const) {
        await old.insertInto('cases').values({
          id: `old-${n}`, organisation_id: organisationId, version: 1, title: `old ${n}`, status: 'open', notes: '', jurisdiction: 'BE', case_json: '{}',
          assessment_json: JSON.stringify({ deadlines: ds }), disputed_cents: 0, refund_due_cents: 0, next_deadline: ds.length ? '2014-05-22' : null, archived: 0, created_at: at, updated_at: at,
        }).execute();
      }
      expect(await migrate(store.db, dialect)).toEqual(MIGRATION_NAMES.slice(2));
      const backfilled = await store.db.selectFrom('case_deadlines').select(['case_id', 'kind', 'date']).orderBy('date').execute();
      expect(backfilled).toEqual([{ case_id: 'old-1', kind: 'notify_by', date: '2013-04-22' }, { case_id: 'old-1', kind: 'contest_by', date: '2014-05-22' }]);
      const columns = await sql<{ next_deadline?: unknown }>`select * from cases`.execute(store.db);
      expect(columns.rows.every((r) => !('next_deadline' in r))).toBe(true);
      const listed = await listCases(store.db, organisationId, { today: '2013-05-01', archived: false, sort: 'next_deadline', descending: false, limit: 10, offset: 0 });
      expect(listed.rows.map((r) => [r.id, r.next_deadline])).toEqual([['old-1', '2014-05-22'], ['old-2', null]]);
      expect(listed.total).toBe(2);
    } finally {
      await store.close();
      await cleanup();
    }
  });

  it('erases a case and its history on request, keeping only who deleted it and when', async () => {
    const c = await api.call<Rec>('POST', '/v1/cases', { case: { ...ombudsfin, parties: { holder: { name: 'Jeanne Victime' } } }, title: 'to erase' });
    await api.call('PUT', `/v1/cases/${c.body.id}`, { version: 1, notes: 'private note' });
    const del = await api.call('DELETE', `/v1/cases/${c.body.id}`);
    expect(del.status).toBe(204);
    expect((await api.call('GET', `/v1/cases/${c.body.id}`)).status).toBe(404);
    expect((await api.call('GET', `/v1/cases/${c.body.id}/history`)).status).toBe(404);
    expect((await api.call('DELETE', `/v1/cases/${c.body.id}`)).status).toBe(404);
    const left = await sql<{ n: number }>`select count(*) as n from case_history where case_id = ${c.body.id}`.execute(server.store.db);
    expect(Number(left.rows[0]!.n)).toBe(0);
    const deadlines = await sql<{ n: number }>`select count(*) as n from case_deadlines where case_id = ${c.body.id}`.execute(server.store.db);
    expect(Number(deadlines.rows[0]!.n)).toBe(0);
    const everything = JSON.stringify((await sql`select * from cases`.execute(server.store.db)).rows);
    expect(everything).not.toContain('Jeanne Victime');
    const log = await sql<{ user_label: string }>`select user_label from case_deletions where case_id = ${c.body.id}`.execute(server.store.db);
    expect(log.rows).toEqual([{ user_label: 'local@localhost' }]);
  });

  it('exports one case or all with their history, and imports them back with history kept', async () => {
    const c = await api.call<Rec>('POST', '/v1/cases', { case: ombudsfin, title: 'export me' });
    await api.call('PUT', `/v1/cases/${c.body.id}`, { version: 1, notes: 'edited' });
    const one = await api.call<{ format: string; cases: (Rec & { history: { action: string }[] })[] }>('GET', `/v1/cases/${c.body.id}/export`);
    expect(one.body.format).toBe('recours.export/1');
    expect(one.body.cases).toHaveLength(1);
    expect(one.body.cases[0]!.history.map((h) => h.action)).toEqual(['create', 'update']);
    const all = await api.call<{ cases: Rec[] }>('GET', '/v1/export');
    const count = (await api.call<{ items: unknown[] }>('GET', '/v1/cases?limit=200')).body.items.length
      + (await api.call<{ items: unknown[] }>('GET', '/v1/cases?limit=200&archived=true')).body.items.length;
    expect(all.body.cases).toHaveLength(count);
    const imp = await api.call<{ imported: { id: string; from: string }[] }>('POST', '/v1/import', one.body);
    expect(imp.status).toBe(200);
    const back = await api.call<Rec>('GET', `/v1/cases/${imp.body.imported[0]!.id}`);
    expect(back.body).toMatchObject({ title: 'export me', notes: 'edited', version: 3 });
    expect(imp.body.imported[0]!.from).toBe(c.body.id);
    const kept = await server.store.db.selectFrom('case_deadlines').select('date').where('case_id', '=', back.body.id).orderBy('date').execute();
    expect(kept.map((d) => d.date)).toEqual(['2013-04-22', '2013-04-22', '2014-05-22']);
    const h = await api.call<{ entries: { action: string }[] }>('GET', `/v1/cases/${back.body.id}/history`);
    expect(h.body.entries.map((e) => e.action)).toEqual(['create', 'update', 'import']);
    const broken = await api.call<Problem>('POST', '/v1/import', { format: 'recours.export/1', cases: [{ ...one.body.cases[0], case: { ...ombudsfin, payer: 3 } }] });
    expect(broken.status).toBe(422);
    expect(broken.body.errors![0]!.pointer).toBe('/cases/0/case/payer');
  });
});
