/** The request log holds no password, session secret or token. */
import { PassThrough } from 'node:stream';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/db.js';
import { buildApp } from '../../src/server/app.js';
import type { App } from '../../src/server/context.js';
import { addUser, Client } from './support.js';

let app: App;
let store: Store;
let url: string;
let log = '';
beforeAll(async () => {
  store = await openStore({ dataDir: mkdtempSync(join(tmpdir(), 'recours-logs-')) });
  const stream = new PassThrough();
  stream.on('data', (d: Buffer) => (log += d.toString()));
  app = await buildApp({ store, mode: 'multi', webRoot: null, logger: true, logStream: stream });
  url = await app.listen({ port: 0, host: '127.0.0.1' });
  await addUser(store, 'Org', 'logged@o.example', 'caseworker', 'a very secret passphrase');
});
afterAll(async () => {
  await app.close();
  await store.close();
});

it('logs requests without their secrets', async () => {
  const c = new Client(url);
  await c.login('logged@o.example', 'a very secret passphrase');
  await c.login('logged@o.example', 'a wrong secret passphrase');
  await c.login('logged@o.example', 'a very secret passphrase');
  const secret = c.cookie!.split('=')[1]!;
  const t = await c.call<{ token: string }>('POST', '/v1/tokens', { label: 'robot' });
  const robot = new Client(url);
  robot.token = t.body.token;
  await robot.call('GET', '/v1/cases');
  await c.call('GET', '/v1/me');
  await new Promise((r) => setTimeout(r, 50));
  expect(log).toContain('/v1/session');
  expect(log).toContain('/v1/cases');
  for (const s of ['a very secret passphrase', 'a wrong secret passphrase', secret, t.body.token, c.csrf!]) expect(log).not.toContain(s);
});
