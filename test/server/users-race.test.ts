/**
 * Users under concurrent requests (issue 14: M5, L5), SQLite and PostgreSQL: two admins demoting
 * each other at the same moment leave one admin, every time; four creations of the same address at
 * once give one 201 and three 409, never a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureOrganisation, listUsers, updateUser } from '../../src/store/users.js';
import { addUser, Client, startServer, type TestServer } from './support.js';

describe.each(['sqlite', 'postgres'] as const)('users on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(dialect, { mode: 'multi' });
  });
  afterAll(() => server.close());

  it('keeps an admin when two admins demote each other at once (30 tries)', async () => {
    await addUser(server.store, 'Race', 'pa1@race.example', 'admin');
    await addUser(server.store, 'Race', 'pa2@race.example', 'admin');
    const org = await ensureOrganisation(server.store.db, 'Race');
    const ids = Object.fromEntries((await listUsers(server.store.db, org)).map((u) => [u.email, u.id]));
    for (let i = 0; i < 30; i++) {
      const results = await Promise.all([
        updateUser(server.store.db, org, ids['pa1@race.example']!, { role: 'caseworker' }),
        updateUser(server.store.db, org, ids['pa2@race.example']!, { role: 'caseworker' }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const admins = (await listUsers(server.store.db, org)).filter((u) => u.role === 'admin');
      expect(admins, `try ${i + 1}`).toHaveLength(1);
      for (const id of Object.values(ids)) await updateUser(server.store.db, org, id, { role: 'admin' });
    }
  });

  it('answers concurrent creations of one address with one 201 and 409s', async () => {
    await addUser(server.store, 'Creators', 'boss@creators.example', 'admin');
    const api = new Client(server.url);
    await api.login('boss@creators.example');
    const statuses = await Promise.all(Array.from({ length: 4 }, () =>
      api.call('POST', '/v1/users', { email: 'new@creators.example', name: 'New', password: 'correct horse battery', role: 'caseworker' }).then((r) => r.status)));
    expect(statuses.sort()).toEqual([201, 409, 409, 409]);
  });
});
