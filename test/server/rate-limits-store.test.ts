/** Rate-limit counters in the database: two servers over one SQLite file count together; a window ends. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/db.js';
import { buildApp } from '../../src/server/app.js';
import type { App } from '../../src/server/context.js';
import { databaseRateLimits } from '../../src/store/rateLimits.js';

const dir = mkdtempSync(join(tmpdir(), 'recours-ratelimits-'));
const running: { app: App; store: Store; url: string }[] = [];
beforeAll(async () => {
  for (let i = 0; i < 2; i++) {
    const store = await openStore({ dataDir: dir });
    const app = await buildApp({ store, mode: 'multi', webRoot: null, sharedRateLimits: true, limits: { ratePerMinute: 6 } });
    running.push({ app, store, url: await app.listen({ port: 0, host: '127.0.0.1' }) });
  }
});
afterAll(async () => {
  for (const r of running) {
    await r.app.close();
    await r.store.close();
  }
});

it('counts an address on both servers together', async () => {
  const statuses = [];
  for (let i = 0; i < 8; i++) statuses.push((await fetch(`${running[i % 2]!.url}/v1/law`)).status);
  expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
});

it('starts a new window once the last one is over', async () => {
  const Store = databaseRateLimits(running[0]!.store.db);
  const s = new Store();
  const incr = (window: number) => new Promise<{ current: number; ttl: number }>((resolve, reject) => s.incr('test:window', (e, r) => (e ? reject(e) : resolve(r!)), window));
  expect((await incr(200)).current).toBe(1);
  const second = await incr(200);
  expect(second.current).toBe(2);
  expect(second.ttl).toBeLessThanOrEqual(200);
  await new Promise((r) => setTimeout(r, 250));
  expect(await incr(200)).toMatchObject({ current: 1, ttl: 200 });
});
