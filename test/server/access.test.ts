/**
 * Multi-user mode: organisations never see each other's cases (by id, list, filters, history,
 * export, update, archive), logins, tokens, roles, CSRF on cookie sessions, rate limits. Both
 * databases.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, Client, startServer, type TestServer } from './support.js';

const ombudsfin = JSON.parse(readFileSync('examples/be-ombudsfin-2013-1876.case.json', 'utf8')) as Record<string, unknown>;
type Rec = { id: string; version: number; title: string };

describe.each(['sqlite', 'postgres'] as const)('multi-user on %s', (dialect) => {
  let server: TestServer;
  let a: Client;
  let a2: Client;
  let b: Client;
  let aCase: Rec;
  beforeAll(async () => {
    server = await startServer(dialect, { mode: 'multi', limits: { ratePerMinute: 0 }, loginPerMinute: 1000 });
    await addUser(server.store, 'Association A', 'alice@a.example', 'admin');
    await addUser(server.store, 'Association A', 'anna@a.example');
    await addUser(server.store, 'Ombudsman B', 'bob@b.example');
    a = new Client(server.url);
    a2 = new Client(server.url);
    b = new Client(server.url);
    expect((await a.login('alice@a.example')).status).toBe(200);
    expect((await a2.login('anna@a.example')).status).toBe(200);
    expect((await b.login('bob@b.example')).status).toBe(200);
    aCase = (await a.call<Rec>('POST', '/v1/cases', { case: ombudsfin, title: 'secret of A' })).body;
  });
  afterAll(() => server.close());

  it('refuses anonymous and wrongly authenticated calls to the registry', async () => {
    const anon = new Client(server.url);
    expect((await anon.call('GET', '/v1/cases')).status).toBe(401);
    expect((await anon.call('GET', `/v1/cases/${aCase.id}`)).status).toBe(401);
    expect((await anon.login('alice@a.example', 'wrong password')).status).toBe(401);
    expect((await anon.login('nobody@a.example')).status).toBe(401);
    anon.token = 'rct_forged';
    expect((await anon.call('GET', '/v1/cases')).status).toBe(401);
    // The engine itself stays open to anonymous callers (a victim's questionnaire).
    expect((await anon.call('POST', '/v1/assessments', { case: ombudsfin })).status).toBe(200);
  });

  it('shares a case inside its organisation only', async () => {
    const same = await a2.call<Rec>('GET', `/v1/cases/${aCase.id}`);
    expect(same.status).toBe(200);
    expect(same.body.title).toBe('secret of A');
    const other = await b.call('GET', `/v1/cases/${aCase.id}`);
    expect(other.status).toBe(404);
    expect(JSON.stringify(other.body)).not.toContain('secret');
    expect((await b.call('GET', `/v1/cases/${aCase.id}/history`)).status).toBe(404);
    expect((await b.call('GET', `/v1/cases/${aCase.id}/export`)).status).toBe(404);
    expect((await b.call('PUT', `/v1/cases/${aCase.id}`, { version: 1, title: 'taken over' })).status).toBe(404);
    expect((await b.call('POST', `/v1/cases/${aCase.id}/archive`, { version: 1 })).status).toBe(404);
    expect((await b.call('DELETE', `/v1/cases/${aCase.id}`)).status).toBe(404);
    for (const q of ['', '?q=secret', '?jurisdiction=BE', '?status=open', '?archived=true', '?sort=-refund_due&limit=200']) {
      const list = await b.call<{ items: Rec[] }>('GET', `/v1/cases${q}`);
      expect(list.status).toBe(200);
      expect(list.body.items.map((x) => x.id)).not.toContain(aCase.id);
    }
    const exp = await b.call<{ cases: Rec[] }>('GET', '/v1/export');
    expect(exp.body.cases.map((x) => x.id)).not.toContain(aCase.id);
    const after = await a.call<Rec>('GET', `/v1/cases/${aCase.id}`);
    expect(after.body).toMatchObject({ version: 1, title: 'secret of A' });
  });

  it('imports into the caller’s organisation only', async () => {
    const exp = await a.call<{ format: string; cases: Rec[] }>('GET', `/v1/cases/${aCase.id}/export`);
    const imp = await b.call<{ imported: { id: string }[] }>('POST', '/v1/import', exp.body);
    expect(imp.status).toBe(200);
    const newId = imp.body.imported[0]!.id;
    expect(newId).not.toBe(aCase.id);
    expect((await b.call('GET', `/v1/cases/${newId}`)).status).toBe(200);
    expect((await a.call('GET', `/v1/cases/${newId}`)).status).toBe(404);
  });

  it('requires the CSRF header on cookie writes, not on token calls', async () => {
    const c = new Client(server.url);
    await c.login('anna@a.example');
    const csrf = c.csrf;
    c.csrf = null;
    const noHeader = await c.call('POST', '/v1/cases', { case: ombudsfin });
    expect(noHeader.status).toBe(403);
    c.csrf = 'forged';
    expect((await c.call('POST', '/v1/cases', { case: ombudsfin })).status).toBe(403);
    c.csrf = csrf;
    expect((await c.call('POST', '/v1/cases', { case: ombudsfin })).status).toBe(201);
    const t = await c.call<{ token: string }>('POST', '/v1/tokens', { label: 'batch robot' });
    expect(t.status).toBe(201);
    const robot = new Client(server.url);
    robot.token = t.body.token;
    const me = await robot.call<{ organisation: { name: string }; csrf: string | null }>('GET', '/v1/me');
    expect(me.body.organisation.name).toBe('Association A');
    expect((await robot.call('POST', '/v1/cases', { case: ombudsfin })).status).toBe(201);
    expect((await robot.call<{ items: Rec[] }>('GET', '/v1/cases?limit=200')).body.items.map((x) => x.id)).toContain(aCase.id);
  });

  it('lets admins, not caseworkers, add users to their own organisation', async () => {
    expect((await a2.call('POST', '/v1/users', { email: 'eve@a.example', name: 'Eve', password: 'long enough password', role: 'admin' })).status).toBe(403);
    const ok = await a.call('POST', '/v1/users', { email: 'carl@a.example', name: 'Carl', password: 'long enough password', role: 'caseworker' });
    expect(ok.status).toBe(201);
    const dup = await a.call('POST', '/v1/users', { email: 'carl@a.example', name: 'Carl', password: 'long enough password', role: 'caseworker' });
    expect(dup.status).toBe(409);
    const short = await a.call<{ errors: { pointer: string }[] }>('POST', '/v1/users', { email: 'x', name: '', password: 'short', role: 'king' });
    expect(short.body.errors.map((e) => e.pointer)).toEqual(expect.arrayContaining(['/email', '/name', '/password', '/role']));
    const users = await a.call<{ users: { email: string }[] }>('GET', '/v1/users');
    expect(users.body.users.map((u) => u.email)).toEqual(['alice@a.example', 'anna@a.example', 'carl@a.example']);
    expect((await b.call('GET', '/v1/users')).status).toBe(403);
    const carl = new Client(server.url);
    expect((await carl.login('carl@a.example', 'long enough password')).status).toBe(200);
    expect((await carl.call<{ items: Rec[] }>('GET', '/v1/cases?limit=200')).body.items.map((x) => x.id)).toContain(aCase.id);
  });

  it('lets admins change and remove users of their own organisation, never the last admin', async () => {
    await addUser(server.store, 'Association A', 'dora@a.example');
    const dora = new Client(server.url);
    expect((await dora.login('dora@a.example')).status).toBe(200);
    const machine = new Client(server.url);
    machine.token = (await dora.call<{ token: string }>('POST', '/v1/tokens', { label: 'scanner' })).body.token;
    expect((await machine.call('GET', '/v1/cases')).status).toBe(200);
    const users = (await a.call<{ users: { id: string; email: string }[] }>('GET', '/v1/users')).body.users;
    const id = (email: string) => users.find((u) => u.email === email)!.id;
    // Another organisation's admin and a caseworker cannot touch Dora.
    await addUser(server.store, 'Ombudsman B', 'bea@b.example', 'admin');
    const bAdmin = new Client(server.url);
    await bAdmin.login('bea@b.example');
    expect((await bAdmin.call('PATCH', `/v1/users/${id('dora@a.example')}`, { role: 'admin' })).status).toBe(404);
    expect((await bAdmin.call('DELETE', `/v1/users/${id('dora@a.example')}`)).status).toBe(404);
    expect((await a2.call('PATCH', `/v1/users/${id('dora@a.example')}`, { role: 'admin' })).status).toBe(403);
    // A new password ends Dora's sessions and her machine's token (issue 14, L1).
    const changed = await a.call<{ role: string; name: string }>('PATCH', `/v1/users/${id('dora@a.example')}`, { name: 'Dora D.', password: 'a new long password' });
    expect([changed.status, changed.body.name, changed.body.role]).toEqual([200, 'Dora D.', 'caseworker']);
    expect((await dora.call('GET', '/v1/me')).status).toBe(401);
    expect((await machine.call('GET', '/v1/cases')).status).toBe(401);
    expect((await dora.login('dora@a.example', 'a new long password')).status).toBe(200);
    machine.token = (await dora.call<{ token: string }>('POST', '/v1/tokens', { label: 'scanner' })).body.token;
    expect((await machine.call('GET', '/v1/cases')).status).toBe(200);
    const bad = await a.call<{ errors: { pointer: string }[] }>('PATCH', `/v1/users/${id('dora@a.example')}`, { role: 'king', password: 'short' });
    expect(bad.body.errors.map((e) => e.pointer)).toEqual(expect.arrayContaining(['/role', '/password']));
    // Removing her ends her session and her token at once; her cases' history keeps her name.
    expect((await a.call('DELETE', `/v1/users/${id('dora@a.example')}`)).status).toBe(204);
    expect((await dora.call('GET', '/v1/me')).status).toBe(401);
    expect((await machine.call('GET', '/v1/cases')).status).toBe(401);
    expect((await a.call('DELETE', `/v1/users/${id('dora@a.example')}`)).status).toBe(404);
    // Alice is the only admin of A: she can neither step down nor be removed.
    const last = await a.call<{ type: string; status: number }>('PATCH', `/v1/users/${id('alice@a.example')}`, { role: 'caseworker' });
    expect([last.status, last.body.type]).toEqual([409, 'https://recours.eu/problems/last-admin']);
    expect((await a.call('DELETE', `/v1/users/${id('alice@a.example')}`)).status).toBe(409);
    expect((await a.call('GET', '/v1/me')).status).toBe(200);
  });

  it('lists and revokes the caller\'s own tokens only', async () => {
    const t1 = (await a2.call<{ token: string }>('POST', '/v1/tokens', { label: 'import robot' })).body.token;
    const listed = await a2.call<{ tokens: { id: string; label: string }[] }>('GET', '/v1/tokens');
    const mine = listed.body.tokens.find((t) => t.label === 'import robot')!;
    expect(JSON.stringify(listed.body)).not.toContain(t1);
    expect((await a.call('DELETE', `/v1/tokens/${encodeURIComponent(mine.id)}`)).status).toBe(404);
    const robot = new Client(server.url);
    robot.token = t1;
    expect((await robot.call('GET', '/v1/cases')).status).toBe(200);
    expect((await a2.call('DELETE', `/v1/tokens/${encodeURIComponent(mine.id)}`)).status).toBe(204);
    expect((await robot.call('GET', '/v1/cases')).status).toBe(401);
    expect((await a2.call<{ tokens: { label: string }[] }>('GET', '/v1/tokens')).body.tokens.map((t) => t.label)).not.toContain('import robot');
  });

  it('ends a session on logout', async () => {
    const c = new Client(server.url);
    await c.login('anna@a.example');
    expect((await c.call('GET', '/v1/me')).status).toBe(200);
    const cookie = c.cookie;
    expect((await c.call('DELETE', '/v1/session')).status).toBe(204);
    c.cookie = cookie;
    expect((await c.call('GET', '/v1/me')).status).toBe(401);
  });
});

describe('limits in multi-user mode', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer('sqlite', { mode: 'multi', limits: { ratePerMinute: 5 }, loginPerMinute: 3 });
    await addUser(server.store, 'Org', 'rate@o.example');
  });
  afterAll(() => server.close());

  it('throttles logins per address and requests per caller, with a clear problem', async () => {
    const c = new Client(server.url);
    const tries = [];
    for (let i = 0; i < 4; i++) tries.push((await c.login('rate@o.example', 'guess')).status);
    expect(tries).toEqual([401, 401, 401, 429]);
    const anon = new Client(server.url);
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push((await anon.call<{ detail: string; type: string }>('GET', '/v1/law?at=2020-01-01')).status);
    expect(codes.slice(0, 5).every((s) => s === 200)).toBe(true);
    const limited = await anon.call<{ detail: string; type: string }>('GET', '/v1/law?at=2020-01-01');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    expect(limited.body.detail).toMatch(/5 (requests|demandes) per minute|au plus 5 demandes par minute/);
  });
});
