/**
 * Several machines behind a load balancer, as two `recours serve` processes (built CLI) on one real
 * PostgreSQL: one user's session works on both and ends on both; rate limits and the login throttle
 * count the caller's requests on both together; behind a trusted proxy the client's own address is
 * the one limited and audited.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freshPostgres, Client } from './support.js';
import { serve, type Served } from '../support/serve.js';

const caseFile = readFileSync('examples/be-ombudsfin-2013-1876.case.json', 'utf8');
let db: { url: string; drop: () => Promise<void> };
const servers: (Served & { url: string })[] = [];

beforeAll(async () => {
  db = await freshPostgres();
  const created = spawnSync(process.execPath, ['bin/recours.js', 'admin', 'create-user', '--database-url', db.url, '--org', 'Association A', '--email', 'u@a.example', '--role', 'admin'],
    { encoding: 'utf8', env: { ...process.env, RECOURS_PASSWORD: 'correct horse battery' } });
  expect(created.status).toBe(0);
  // One after the other: the second finds the schema migrated.
  for (let i = 0; i < 2; i++) {
    const s = await serve(['--multi-user', '--port', '0', '--database-url', db.url, '--rate-limit', '20', '--trust-proxy', '127.0.0.1', '--letter-threads', '0'], [/listening on (http:\/\/\S+)/]);
    servers.push({ ...s, url: s.matches[0]![1]! });
  }
});
afterAll(async () => {
  for (const s of servers) await s.stop();
  await db?.drop();
});

it("uses one user's session on both processes, and ends it on both", async () => {
  const [a, b] = servers.map((s) => s.url) as [string, string];
  const onA = new Client(a);
  expect((await onA.login('u@a.example')).status).toBe(200);
  const onB = Object.assign(new Client(b), { cookie: onA.cookie, csrf: onA.csrf });
  expect((await onB.call<{ user: { email: string } }>('GET', '/v1/me')).body.user.email).toBe('u@a.example');
  const created = await onB.call<{ id: string }>('POST', '/v1/cases', `{"case":${caseFile}}`);
  expect(created.status).toBe(201);
  expect((await onA.call('GET', `/v1/cases/${created.body.id}`)).status).toBe(200);
  expect((await onB.call('DELETE', '/v1/session')).status).toBe(204);
  onA.csrf = null;
  expect((await onA.call('GET', '/v1/me')).status).toBe(401);
});

it("counts a caller's requests on both processes together", async () => {
  const [a, b] = servers.map((s) => s.url) as [string, string];
  const user = new Client(a);
  await user.login('u@a.example');
  const { token } = (await user.call<{ token: string }>('POST', '/v1/tokens', { label: 'batch' })).body;
  const statuses: number[] = [];
  for (let i = 0; i < 22; i++) {
    const r = await fetch(`${i % 2 ? b : a}/v1/cases?limit=1`, { headers: { authorization: `Bearer ${token}` } });
    statuses.push(r.status);
  }
  // 20 a minute in all: ten on each process, then both refuse (each alone would allow 20).
  expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
  expect(statuses.slice(20)).toEqual([429, 429]);
});

it("throttles logins per client address across both processes, the address read from the trusted proxy's header", async () => {
  const [a, b] = servers.map((s) => s.url) as [string, string];
  const attempt = (base: string, client: string) => fetch(`${base}/v1/session`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': client }, body: JSON.stringify({ email: 'u@a.example', password: 'wrong password, again' }),
  }).then((r) => r.status);
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) statuses.push(await attempt(i % 2 ? b : a, '203.0.113.7'));
  expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
  // Another client behind the same proxy is not held back by the first.
  expect(await attempt(a, '203.0.113.8')).toBe(401);
  const admin = new Client(b);
  await admin.call('POST', '/v1/session', { email: 'u@a.example', password: 'correct horse battery' }, { 'x-forwarded-for': '198.51.100.20' });
  const failed = (await admin.call<{ entries: { ip: string }[] }>('GET', '/v1/audit?action=login.failed')).body.entries;
  expect(new Set(failed.map((e) => e.ip))).toEqual(new Set(['203.0.113.7', '203.0.113.8']));
  const logins = (await admin.call<{ entries: { ip: string }[] }>('GET', '/v1/audit?action=login&limit=1')).body.entries;
  expect(logins[0]!.ip).toBe('198.51.100.20');
});
