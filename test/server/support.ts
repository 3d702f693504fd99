/** A real server on loopback for the API tests, over SQLite (temp dir) or a fresh PostgreSQL database. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openStore, type Store } from '../../src/store/db.js';
import { buildApp, type ServerOptions } from '../../src/server/app.js';
import { createUser, ensureOrganisation } from '../../src/store/users.js';

export type Dialect = 'sqlite' | 'postgres';

/** A fresh, empty PostgreSQL database on the test server, and how to drop it. */
export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = inject('pgUrl');
  const name = `recours_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = base.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export async function freshTarget(dialect: Dialect): Promise<{ target: { dataDir: string } | { databaseUrl: string }; cleanup: () => Promise<void> }> {
  if (dialect === 'postgres') {
    const db = await freshPostgres();
    return { target: { databaseUrl: db.url }, cleanup: db.drop };
  }
  const dir = mkdtempSync(join(tmpdir(), 'recours-test-'));
  return { target: { dataDir: dir }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestServer {
  url: string;
  store: Store;
  close: () => Promise<void>;
}

export async function startServer(dialect: Dialect, o: Omit<ServerOptions, 'store'> = { mode: 'local' }): Promise<TestServer> {
  const { target, cleanup } = await freshTarget(dialect);
  const store = await openStore(target);
  const app = await buildApp({ webRoot: null, ...o, store });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url, store,
    close: async () => {
      await app.close();
      await store.close();
      await cleanup();
    },
  };
}

export async function addUser(store: Store, org: string, email: string, role: 'caseworker' | 'admin' = 'caseworker', password = 'correct horse battery'): Promise<void> {
  const organisationId = await ensureOrganisation(store.db, org);
  const r = await createUser(store.db, { organisationId, email, name: email, role, password });
  if (!r.ok) throw new Error(`user ${email} exists`);
}

export interface Reply<T = unknown> { status: number; headers: Headers; body: T }

/** An HTTP client that keeps its cookie and CSRF value, like a browser tab. */
export class Client {
  cookie: string | null = null;
  csrf: string | null = null;
  token: string | null = null;
  constructor(readonly base: string) {}

  async call<T = Record<string, unknown>>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const h: Record<string, string> = { ...headers };
    if (body !== undefined && !h['content-type']) h['content-type'] = 'application/json';
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET') h['x-csrf-token'] = this.csrf;
    if (this.token) h.authorization = `Bearer ${this.token}`;
    const res = await fetch(this.base + path, { method, headers: h, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
    const type = res.headers.get('content-type') ?? '';
    const data = type.includes('json') ? await res.json() : Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, body: data as T };
  }

  async login(email: string, password = 'correct horse battery'): Promise<Reply> {
    const r = await this.call('POST', '/v1/session', { email, password });
    if (r.status === 200) this.csrf = (r.body as { csrf: string }).csrf;
    return r;
  }
}
