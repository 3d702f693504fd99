/**
 * Single sign-on against a real OpenID provider (oidc-provider, started here on the loopback):
 * the authorisation code flow with PKCE through every redirect, a role mapped from the provider's
 * groups (and changed when the groups change), a refused login, logout, an expired session, and
 * the audit trail of each.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { discoverSso, mapClaims, SsoConfigSchema } from '../../src/server/sso.js';
import { INSTALLATION } from '../../src/store/audit.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/db.js';
import { buildApp } from '../../src/server/app.js';
import { addUser } from './support.js';
import { serve } from '../support/serve.js';

const accounts: Record<string, { email: string; name: string; groups: string[] }> = {
  alice: { email: 'alice@a.example', name: 'Alice', groups: ['staff', 'recours-admins'] },
  bob: { email: 'bob@a.example', name: 'Bob', groups: ['recours-staff'] },
  mallory: { email: 'mallory@elsewhere.example', name: 'Mallory', groups: ['staff'] },
  local: { email: 'local@a.example', name: 'Local', groups: ['recours-staff'] },
};
let nextAccount = 'alice';
let idp: Server;
let issuer: string;
let app: { url: string; store: Store; close: () => Promise<void> };

/** A port free now, for the server the provider must know the address of before it starts. */
async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

beforeAll(async () => {
  idp = createServer();
  await new Promise<void>((r) => idp.listen(0, '127.0.0.1', r));
  issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
  const appUrl = `http://127.0.0.1:${await freePort()}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: 'recours', client_secret: 'a client secret of the tests', redirect_uris: [`${appUrl}/v1/oidc/callback`], post_logout_redirect_uris: [`${appUrl}/`], grant_types: ['authorization_code'], response_types: ['code'] }],
    claims: { openid: ['sub'], email: ['email'], profile: ['name'], groups: ['groups'] },
    scopes: ['openid', 'email', 'profile', 'groups'],
    findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => ({ sub: id, ...accounts[id]! }) }),
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['cookie key of the tests'] },
  });
  const callback = provider.callback();
  // The provider's login and consent pages, answered for the account the test chose.
  idp.on('request', async (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return callback(req, res);
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') return provider.interactionFinished(req, res, { login: { accountId: nextAccount } }, { mergeWithLastSubmission: false });
    const grant = new provider.Grant({ accountId: details.session!.accountId, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope));
    return provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
  });
  const config = SsoConfigSchema.parse({
    issuer, client_id: 'recours', redirect_uri: `${appUrl}/v1/oidc/callback`, post_logout_redirect_uri: `${appUrl}/`,
    map: [{ value: 'recours-admins', organisation: 'Association A', role: 'admin' }, { value: 'recours-staff', organisation: 'Association A', role: 'caseworker' }],
  });
  const dir = mkdtempSync(join(tmpdir(), 'recours-sso-'));
  const store = await openStore({ dataDir: dir });
  const server = await buildApp({ store, mode: 'multi', webRoot: null, sso: await discoverSso(config, 'a client secret of the tests') });
  await server.listen({ port: Number(new URL(appUrl).port), host: '127.0.0.1' });
  app = { url: appUrl, store, close: async () => { await server.close(); await store.close(); rmSync(dir, { recursive: true, force: true }); } };
  await addUser(app.store, 'Association A', 'local@a.example', 'caseworker');
});
afterAll(async () => {
  await app?.close();
  idp?.close();
});

/** The browser's part: every redirect followed, each site's cookies kept; the last answer of recours. */
async function signOn(account: string): Promise<{ status: number; cookie: string | null; location: string | null; body: string }> {
  nextAccount = account;
  const jar = new Map<string, string>();
  let url = `${app.url}/v1/oidc/login`;
  for (let hop = 0; hop < 20; hop++) {
    const origin = new URL(url).origin;
    const cookies = [...jar].filter(([k]) => k.startsWith(`${origin} `)).map(([k, v]) => `${k.split(' ')[1]}=${v}`).join('; ');
    const res = await fetch(url, { redirect: 'manual', headers: cookies ? { cookie: cookies } : {} });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      jar.set(`${origin} ${pair!.slice(0, i)}`, pair!.slice(i + 1));
    }
    const location = res.headers.get('location');
    if (new URL(url).pathname === '/v1/oidc/callback' || !location)
      return { status: res.status, cookie: jar.get(`${app.url} recours_session`) ?? null, location, body: await res.text() };
    url = new URL(location, url).href;
  }
  throw new Error('too many redirects');
}

const me = (cookie: string) => fetch(`${app.url}/v1/me`, { headers: { cookie: `recours_session=${cookie}` } });
const trail = async (org: string) => app.store.db.selectFrom('audit_log').select(['action', 'actor_label', 'via', 'detail_json']).where('organisation_id', '=', org).orderBy('seq').execute();
const orgId = async () => (await app.store.db.selectFrom('organisations').select('id').where('name', '=', 'Association A').executeTakeFirstOrThrow()).id;

it('signs on through the provider and maps its groups to an organisation and a role', async () => {
  const alice = await signOn('alice');
  expect([alice.status, alice.location]).toEqual([302, '/']);
  const r = (await (await me(alice.cookie!)).json()) as { user: { email: string; name: string }; organisation: { name: string }; role: string };
  expect([r.user.email, r.user.name, r.organisation.name, r.role]).toEqual(['alice@a.example', 'Alice', 'Association A', 'admin']);
  const bob = await signOn('bob');
  expect(((await (await me(bob.cookie!)).json()) as { role: string }).role).toBe('caseworker');
  // An SSO user has no password here.
  expect((await fetch(`${app.url}/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":"bob@a.example","password":"sso"}' })).status).toBe(401);
});

it('follows a change of groups at the next sign-on, in the audit trail', async () => {
  accounts.bob!.groups = ['recours-admins'];
  const bob = await signOn('bob');
  expect(((await (await me(bob.cookie!)).json()) as { role: string }).role).toBe('admin');
  const entries = (await trail(await orgId())).filter((e) => e.actor_label === 'bob@a.example' && e.via === 'sso').map((e) => [e.action, e.via]);
  expect(entries).toEqual([['user.created', 'sso'], ['login', 'sso'], ['user.role_changed', 'sso'], ['login', 'sso']]);
});

it('refuses an account no rule lets in, and a local account, and says so', async () => {
  const mallory = await signOn('mallory');
  expect([mallory.status, mallory.cookie]).toEqual([403, null]);
  expect(JSON.parse(mallory.body).detail).toContain('aucun groupe autorisé');
  expect(await app.store.db.selectFrom('users').select('id').where('email', '=', 'mallory@elsewhere.example').execute()).toEqual([]);
  const local = await signOn('local');
  expect(local.status).toBe(403);
  const refused = (await trail(INSTALLATION)).filter((e) => e.action === 'login.refused').map((e) => [e.actor_label, JSON.parse(e.detail_json).reason]);
  expect(refused).toEqual([['mallory@elsewhere.example', 'no_mapping'], ['local@a.example', 'local_user']]);
  // A callback nobody started is refused.
  expect((await fetch(`${app.url}/v1/oidc/callback?code=forged&state=forged`)).status).toBe(403);
  expect(mapClaims(SsoConfigSchema.parse({ issuer, client_id: 'x', redirect_uri: issuer, map: [{ value: 'a', organisation: 'A', role: 'admin' }, { value: 'b', organisation: 'B', role: 'admin' }] }), { groups: ['a', 'b'] })).toBeNull();
});

it('logs out here and sends the browser to the provider to log out there', async () => {
  const alice = await signOn('alice');
  const out = await fetch(`${app.url}/v1/oidc/logout`, { redirect: 'manual', headers: { cookie: `recours_session=${alice.cookie}` } });
  expect(out.status).toBe(302);
  const end = new URL(out.headers.get('location')!);
  expect(`${end.origin}${end.pathname}`).toBe(`${issuer}/session/end`);
  expect(end.searchParams.get('client_id')).toBe('recours');
  expect((await me(alice.cookie!)).status).toBe(401);
  expect((await trail(await orgId())).at(-1)).toMatchObject({ action: 'logout', actor_label: 'alice@a.example', via: 'sso' });
});

it('ends a session when it expires', async () => {
  const alice = await signOn('alice');
  expect((await me(alice.cookie!)).status).toBe(200);
  const session = await app.store.db.selectFrom('sessions').select(['id', 'expires_at', 'created_at']).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
  // Eight hours (the default session_minutes), not the seven days of a password login.
  expect(Date.parse(session.expires_at) - Date.parse(session.created_at)).toBeCloseTo(8 * 3_600_000, -3);
  await sql`update sessions set expires_at = ${new Date(Date.now() - 1000).toISOString()} where id = ${session.id}`.execute(app.store.db);
  expect((await me(alice.cookie!)).status).toBe(401);
});

it('recours serve --oidc-config (built CLI): checks the file, reads the secret from the environment, and signs on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'recours-sso-cli-'));
  const file = join(dir, 'oidc.json');
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ issuer: 'not a url', client_id: 'recours', map: [] }));
  const refused = spawnSync(process.execPath, ['bin/recours.js', 'serve', '--multi-user', '--data', dir, '--oidc-config', bad], { encoding: 'utf8' });
  expect(refused.status).toBe(2);
  expect(refused.stderr).toMatch(/issuer: .*redirect_uri: .*map: /);
  expect(spawnSync(process.execPath, ['bin/recours.js', 'serve', '--data', dir, '--oidc-config', bad], { encoding: 'utf8' }).stderr).toContain('multi-user');
  writeFileSync(file, JSON.stringify({ issuer, client_id: 'recours', redirect_uri: `${app.url}/v1/oidc/callback`, map: [{ value: 'recours-admins', organisation: 'Association A', role: 'admin' }] }));
  const noSecret = spawnSync(process.execPath, ['bin/recours.js', 'serve', '--multi-user', '--data', dir, '--oidc-config', file], { encoding: 'utf8', env: { ...process.env, RECOURS_OIDC_CLIENT_SECRET: '' } });
  expect(noSecret.stderr).toContain('RECOURS_OIDC_CLIENT_SECRET');
  const s = await serve(['--multi-user', '--port', '0', '--data', dir, '--oidc-config', file], [/listening on (http:\/\/\S+)/], { ...process.env, RECOURS_OIDC_CLIENT_SECRET: 'a client secret of the tests' });
  try {
    const start = await fetch(`${s.matches[0]![1]}/v1/oidc/login`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const to = new URL(start.headers.get('location')!);
    expect(`${to.origin}${to.pathname}`).toBe(`${issuer}/auth`);
    expect([to.searchParams.get('code_challenge_method'), to.searchParams.get('client_id'), to.searchParams.get('response_type')]).toEqual(['S256', 'recours', 'code']);
  } finally {
    await s.stop();
  }
});
