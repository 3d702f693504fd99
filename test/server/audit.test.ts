/**
 * The organisation audit trail on SQLite and on the real PostgreSQL: every security-relevant answer
 * is an entry of the caller's organisation's chain; admins list it (filters, cursor) and export it
 * as JSON Lines; other organisations see nothing; the chain verifies, refuses changes, and once
 * changed behind the triggers' back, fails verification at the entry that was changed.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain, INSTALLATION, appendAudit } from '../../src/store/audit.js';
import { addUser, Client, startServer, type Dialect, type TestServer } from './support.js';

const caseFile = JSON.parse(readFileSync('examples/be-ombudsfin-2013-1876.case.json', 'utf8')) as unknown;

interface Entry { seq: number; at: string; actor: { id: string | null; label: string; via: string }; action: string; target: string | null; detail: Record<string, unknown>; ip: string | null; hash: string; prev_hash: string }

async function orgId(s: TestServer, name: string): Promise<string> {
  return (await s.store.db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
}

/** Drops the append-only triggers, as someone with the database's keys could. */
async function dropTriggers(s: TestServer, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') for (const op of ['update', 'delete']) await sql.raw(`drop trigger audit_log_no_${op}`).execute(s.store.db);
  else await sql.raw('drop trigger audit_log_no_change on audit_log').execute(s.store.db);
}

describe.each(['sqlite', 'postgres'] as const)('audit trail on %s', (dialect) => {
  let s: TestServer;
  const admin = () => new Client(s.url);
  let a1: Client;
  let a2: Client;
  let b1: Client;
  let caseId: string;
  beforeAll(async () => {
    s = await startServer(dialect, { mode: 'multi', loginPerMinute: 1000, limits: { ratePerMinute: 0 } });
    await addUser(s.store, 'Association A', 'a1@a.example', 'admin');
    await addUser(s.store, 'Association A', 'a2@a.example', 'caseworker');
    await addUser(s.store, 'Bank B', 'b1@b.example', 'admin');
    a1 = admin();
    a2 = admin();
    b1 = admin();
    expect((await new Client(s.url).login('a2@a.example', 'not the password at all')).status).toBe(401);
    expect((await new Client(s.url).login('nobody@nowhere.example', 'not the password at all')).status).toBe(401);
    expect((await a1.login('a1@a.example')).status).toBe(200);
    expect((await a2.login('a2@a.example')).status).toBe(200);
    expect((await b1.login('b1@b.example')).status).toBe(200);
    const users = (await a1.call<{ users: { id: string; email: string }[] }>('GET', '/v1/users')).body.users;
    const a2id = users.find((u) => u.email === 'a2@a.example')!.id;
    expect((await a1.call('PATCH', `/v1/users/${a2id}`, { role: 'admin' })).status).toBe(200);
    expect((await a1.call('PATCH', `/v1/users/${a2id}`, { role: 'caseworker' })).status).toBe(200);
    const created = await a2.call<{ id: string }>('POST', '/v1/cases', { case: caseFile, title: 'Jeanne Dupont' });
    caseId = created.body.id;
    expect((await a2.call('GET', `/v1/cases/${caseId}`)).status).toBe(200);
    expect((await a1.call('GET', `/v1/cases/${caseId}`)).status).toBe(200);
    const t = await a1.call<{ token: string }>('POST', '/v1/tokens', { label: 'robot' });
    const robot = new Client(s.url);
    robot.token = t.body.token;
    expect((await robot.call('GET', '/v1/cases')).status).toBe(200);
    expect((await robot.call('GET', '/v1/cases')).status).toBe(200);
    expect((await robot.call('GET', `/v1/cases/${caseId}/export`)).status).toBe(200);
    const exported = await a1.call<Record<string, unknown>>('GET', '/v1/export');
    expect((await a1.call('POST', '/v1/import', exported.body)).status).toBe(200);
    expect((await a1.call('POST', '/v1/letters', { case: caseFile, kind: 'claim', format: 'md', lang: 'fr' })).status).toBe(200);
    expect((await a1.call('DELETE', `/v1/cases/${caseId}`)).status).toBe(204);
    const tokens = (await a1.call<{ tokens: { id: string }[] }>('GET', '/v1/tokens')).body.tokens;
    expect((await a1.call('DELETE', `/v1/tokens/${tokens[0]!.id}`)).status).toBe(204);
    expect((await a2.call('DELETE', '/v1/session')).status).toBe(204);
  });
  afterAll(() => s?.close());

  it('records every security-relevant answer in the organisation chain, in order, without case data', async () => {
    const all: Entry[] = [];
    for (let cursor: string | null = ''; cursor !== null;) {
      const r: { status: number; body: { entries: Entry[]; next_cursor: string | null } } = await a1.call('GET', `/v1/audit?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      expect(r.status).toBe(200);
      expect(r.body.entries.length).toBeLessThanOrEqual(4);
      all.push(...r.body.entries);
      cursor = r.body.next_cursor;
    }
    const seqs = all.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => y - x));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(Math.min(...seqs)).toBe(1);
    const actions = all.reverse().map((e) => `${e.action}${e.actor.label ? ` ${e.actor.label}` : ''}`);
    expect(actions).toEqual([
      'login.failed a2@a.example', 'login a1@a.example', 'login a2@a.example', 'user.role_changed a1@a.example', 'user.role_changed a1@a.example',
      'case.viewed a1@a.example', 'token.created a1@a.example', 'token.used a1@a.example', 'case.exported a1@a.example', 'registry.exported a1@a.example',
      'registry.imported a1@a.example', 'letter.downloaded a1@a.example', 'case.erased a1@a.example', 'token.revoked a1@a.example', 'logout a2@a.example',
    ]);
    const byAction = Object.fromEntries(all.map((e) => [e.action, e]));
    expect(byAction['user.role_changed']!.detail).toEqual({ role: 'caseworker', changed: ['role'] });
    expect(byAction['case.viewed']).toMatchObject({ target: caseId, detail: { created_by: 'a2@a.example', part: 'record' } });
    expect(byAction['token.used']!.actor.via).toBe('token');
    expect(byAction['token.used']!.target).toBe(byAction['token.created']!.target);
    expect(byAction['letter.downloaded']!.detail).toEqual({ kind: 'claim', format: 'md' });
    expect(byAction['login']!.ip).toBe('127.0.0.1');
    expect(JSON.stringify(all)).not.toMatch(/Jeanne|Dupont|correct horse/);
  });

  it('filters by action family, actor, target and time', async () => {
    const q = async (query: string) => (await a1.call<{ entries: Entry[] }>('GET', `/v1/audit?${query}`)).body.entries.map((e) => e.action);
    expect(await q('action=token.')).toEqual(['token.revoked', 'token.used', 'token.created']);
    expect(await q('action=login.failed')).toEqual(['login.failed']);
    expect(await q('actor=a2@a.example')).toEqual(['logout', 'login', 'login.failed']);
    expect(await q(`target=${caseId}`)).toEqual(['case.erased', 'case.exported', 'case.viewed']);
    expect(await q('to=2000-01-01')).toEqual([]);
    expect((await q(`from=${new Date(Date.now() - 3_600_000).toISOString()}`)).length).toBe(15);
    expect((await a1.call('GET', '/v1/audit?cursor=bm9wZQ')).status).toBe(422);
    expect((await a1.call('GET', '/v1/audit?from=yesterday')).status).toBe(422);
  });

  it('is for admins, and other organisations see nothing of it', async () => {
    const caseworker = new Client(s.url);
    await caseworker.login('a2@a.example');
    expect((await caseworker.call('GET', '/v1/audit')).status).toBe(403);
    expect((await caseworker.call('GET', '/v1/audit/export')).status).toBe(403);
    expect((await new Client(s.url).call('GET', '/v1/audit')).status).toBe(401);
    const theirs = (await b1.call<{ entries: Entry[] }>('GET', '/v1/audit')).body.entries;
    expect(theirs.map((e) => `${e.action} ${e.actor.label}`)).toEqual(['login b1@b.example']);
    expect((await b1.call<{ entries: Entry[] }>('GET', `/v1/audit?target=${caseId}`)).body.entries).toEqual([]);
    const text = await (await fetch(`${s.url}/v1/audit/export`, { headers: { cookie: b1.cookie! } })).text();
    expect(text).toContain('b1@b.example');
    expect(text).not.toContain('a.example');
    // A failed login for an address nobody has goes to the installation's chain, not to an organisation's.
    const installation = await s.store.db.selectFrom('audit_log').select(['action', 'actor_label']).where('organisation_id', '=', INSTALLATION).execute();
    expect(installation).toEqual([{ action: 'login.failed', actor_label: 'nobody@nowhere.example' }]);
  });

  it('exports the chain as JSON Lines, oldest first, with the hashes', async () => {
    const r = await fetch(`${s.url}/v1/audit/export`, { headers: { cookie: a1.cookie! } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('application/jsonl');
    const lines = (await r.text()).trimEnd().split('\n').map((l) => JSON.parse(l) as Entry & { organisation_id: string });
    const a = await orgId(s, 'Association A');
    expect(lines.map((l) => l.seq)).toEqual(lines.map((_, i) => i + 1));
    expect(lines.every((l) => l.organisation_id === a)).toBe(true);
    for (let i = 1; i < lines.length; i++) expect(lines[i]!.prev_hash).toBe(lines[i - 1]!.hash);
  });

  it("records a case's letter, dossier and document downloads and a document's removal", async () => {
    const { id } = (await a2.login('a2@a.example'), (await a2.call<{ id: string }>('POST', '/v1/cases', { case: caseFile }))).body;
    const added = await fetch(`${s.url}/v1/cases/${id}/attachments?name=note.txt`, { method: 'POST', body: 'the bank called back', headers: { 'content-type': 'text/plain', cookie: a2.cookie!, 'x-csrf-token': a2.csrf! } });
    expect(added.status).toBe(201);
    const attachment = ((await added.json()) as { id: string }).id;
    expect((await a1.call('GET', `/v1/cases/${id}/attachments/${attachment}`)).status).toBe(200);
    expect((await a1.call('GET', `/v1/cases/${id}/letters?kind=claim&format=md&lang=fr`)).status).toBe(200);
    expect((await a1.call('GET', `/v1/cases/${id}/dossier?kind=claim&lang=fr`)).status).toBe(200);
    expect((await a1.call('DELETE', `/v1/cases/${id}/attachments/${attachment}`)).status).toBe(204);
    const mine = (await a1.call<{ entries: Entry[] }>('GET', `/v1/audit?target=${id}`)).body.entries.reverse();
    expect(mine.map((e) => [e.action, e.actor.label, e.detail])).toEqual([
      ['attachment.downloaded', 'a1@a.example', { attachment }],
      ['letter.downloaded', 'a1@a.example', { kind: 'claim', format: 'md' }],
      ['dossier.downloaded', 'a1@a.example', { kind: 'claim' }],
      ['attachment.removed', 'a1@a.example', { attachment }],
    ]);
    expect((await a1.call<{ entries: Entry[] }>('GET', '/v1/audit?limit=6')).body.entries.map((e) => e.action)).toContain('login');
  });

  it('verifies, refuses changes, and names the entry changed behind its back', async () => {
    const a = await orgId(s, 'Association A');
    const before = await verifyChain(s.store.db, a);
    // The 15 above, the caseworker's second login, the export, and the 5 of the case's documents (its creator's login among them).
    expect(before).toMatchObject({ ok: true, entries: 22 });
    // Appends racing from many callers still make one chain.
    await Promise.all(Array.from({ length: 20 }, (_, i) => appendAudit(s.store.db, { organisationId: a, actor: { id: null, label: 'race', via: 'system' }, action: `race.${i}` })));
    expect(await verifyChain(s.store.db, a)).toMatchObject({ ok: true, entries: 42 });
    await expect(sql`update audit_log set actor_label = 'someone else' where seq = 5`.execute(s.store.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where seq = 5`.execute(s.store.db)).rejects.toThrow(/append-only/);
    await dropTriggers(s, dialect);
    await sql`update audit_log set actor_label = 'someone else' where organisation_id = ${a} and seq = 5`.execute(s.store.db);
    expect(await verifyChain(s.store.db, a)).toMatchObject({ ok: false, seq: 5, problem: 'altered', entries: 4 });
    // Recomputing the changed entry's own hash does not help: the next entry no longer links to it.
    const { entryHash } = await import('../../src/store/audit.js');
    const row = await s.store.db.selectFrom('audit_log').selectAll().where('organisation_id', '=', a).where('seq', '=', 5).executeTakeFirstOrThrow();
    const { hash: _, ...rest } = row;
    await sql`update audit_log set hash = ${entryHash(rest)} where organisation_id = ${a} and seq = 5`.execute(s.store.db);
    expect(await verifyChain(s.store.db, a)).toMatchObject({ ok: false, seq: 6, problem: 'unlinked' });
    await sql`delete from audit_log where organisation_id = ${a} and seq in (5, 6)`.execute(s.store.db);
    expect(await verifyChain(s.store.db, a)).toMatchObject({ ok: false, seq: 7, problem: 'missing' });
    // The other organisation's chain is untouched.
    expect(await verifyChain(s.store.db, await orgId(s, 'Bank B'))).toMatchObject({ ok: true, entries: 2 });
  });
});
