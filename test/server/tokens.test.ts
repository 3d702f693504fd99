/**
 * Tokens and logins (issue 14: L1, L14). A bearer token cannot mint tokens; an admin lists and
 * revokes a user's tokens; a new password ends the user's tokens as well as its sessions; an account
 * is throttled whatever the address the attempts come from; the 429 speaks the request's language.
 */
import http from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addUser, Client, startServer, type TestServer } from './support.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer('sqlite', { mode: 'multi', loginPerMinute: 8 });
  await addUser(server.store, 'OrgA', 'a-admin@a.example', 'admin');
  await addUser(server.store, 'OrgA', 'a-cw@a.example');
  await addUser(server.store, 'OrgB', 'b-admin@b.example', 'admin');
  await addUser(server.store, 'OrgA', 'victim@a.example');
});
afterAll(() => server.close());

async function tokenOf(email: string): Promise<Client> {
  const s = new Client(server.url);
  await s.login(email);
  const t = await s.call<{ token: string }>('POST', '/v1/tokens', { label: 'script' });
  expect(t.status).toBe(201);
  const c = new Client(server.url);
  c.token = t.body.token;
  return c;
}

it('refuses to mint a token with a token', async () => {
  const c = await tokenOf('a-cw@a.example');
  expect((await c.call('GET', '/v1/cases')).status).toBe(200);
  expect((await c.call('POST', '/v1/tokens', { label: 'replacement' })).status).toBe(403);
});

it("lets an admin list and revoke a user's tokens, not another organisation's", async () => {
  const c = await tokenOf('a-cw@a.example');
  const admin = new Client(server.url);
  await admin.login('a-admin@a.example');
  const users = (await admin.call<{ users: { id: string; email: string }[] }>('GET', '/v1/users')).body.users;
  const cw = users.find((u) => u.email === 'a-cw@a.example')!;
  const listed = await admin.call<{ tokens: { id: string; label: string }[] }>('GET', `/v1/users/${cw.id}/tokens`);
  expect(listed.status).toBe(200);
  expect(listed.body.tokens.length).toBeGreaterThan(0);
  const other = new Client(server.url);
  await other.login('b-admin@b.example');
  expect((await other.call('GET', `/v1/users/${cw.id}/tokens`)).status).toBe(404);
  expect((await other.call('DELETE', `/v1/users/${cw.id}/tokens/${listed.body.tokens[0]!.id}`)).status).toBe(404);
  const cwAsCw = new Client(server.url);
  await cwAsCw.login('a-cw@a.example');
  expect((await cwAsCw.call('GET', `/v1/users/${cw.id}/tokens`)).status).toBe(403);
  for (const t of listed.body.tokens) expect((await admin.call('DELETE', `/v1/users/${cw.id}/tokens/${t.id}`)).status).toBe(204);
  expect((await c.call('GET', '/v1/cases')).status).toBe(401);
});

it("ends a user's tokens when an admin sets a new password", async () => {
  const c = await tokenOf('a-cw@a.example');
  const admin = new Client(server.url);
  await admin.login('a-admin@a.example');
  const cw = (await admin.call<{ users: { id: string; email: string }[] }>('GET', '/v1/users')).body.users.find((u) => u.email === 'a-cw@a.example')!;
  expect((await admin.call('PATCH', `/v1/users/${cw.id}`, { password: 'another horse battery' })).status).toBe(200);
  expect((await c.call('GET', '/v1/cases')).status).toBe(401);
});

it('throttles one account whatever the address, and says so in the request language', async () => {
  const port = Number(new URL(server.url).port);
  /** A login attempt from the loopback address `from`. */
  const attempt = (from: string) => new Promise<{ status: number; body: { detail?: string } }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, localAddress: from, method: 'POST', path: '/v1/session', headers: { 'content-type': 'application/json', 'accept-language': 'fr' } }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as { detail?: string } }));
    });
    req.on('error', reject);
    req.end(JSON.stringify({ email: 'victim@a.example', password: 'wrong password' }));
  });
  const answers = [];
  // From 127.0.0.2 to .5: each address stays under its own limit of 8.
  for (let i = 0; i < 11; i++) answers.push(await attempt(`127.0.0.${2 + (i % 4)}`));
  expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 429, 429, 429]);
  expect(answers.at(-1)!.body.detail).toMatch(/au plus 8 demandes par minute ; réessayez dans \d+ s/);
});
