/**
 * Files and secrets (issue 14, L15): the data directory is created 0700, the SQLite database and its
 * WAL 0600, backups 0600; pg_dump and pg_restore get no password on their command line (it is in
 * their environment, PGPASSWORD) — checked with stand-ins on PATH that record what they were given.
 */
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openStore } from '../../src/store/db.js';
import { backup, restore } from '../../src/store/backup.js';
import { ensureOrganisation } from '../../src/store/users.js';

const mode = (p: string) => statSync(p).mode & 0o777;
const path0 = process.env.PATH;
afterEach(() => {
  process.env.PATH = path0;
});

it('creates the data directory 0700, the database and its WAL 0600, a backup 0600', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'recours-perm-')), 'data');
  const store = await openStore({ dataDir: dir });
  await ensureOrganisation(store.db, 'Permanence');
  expect(mode(dir)).toBe(0o700);
  expect(mode(join(dir, 'recours.sqlite'))).toBe(0o600);
  expect(mode(join(dir, 'recours.sqlite-wal'))).toBe(0o600);
  const out = join(dir, '..', 'backup.sqlite');
  expect(await backup({ dataDir: dir }, out)).toMatchObject({ ok: true });
  expect(mode(out)).toBe(0o600);
  await store.close();
  // An existing registry left readable by all is tightened at the next start.
  chmodSync(join(dir, 'recours.sqlite'), 0o644);
  await (await openStore({ dataDir: dir })).close();
  expect(mode(join(dir, 'recours.sqlite'))).toBe(0o600);
});

it('gives pg_dump and pg_restore the password in their environment, never in argv', async () => {
  const bin = mkdtempSync(join(tmpdir(), 'recours-fakepg-'));
  const log = join(bin, 'calls.log');
  for (const tool of ['pg_dump', 'pg_restore']) {
    writeFileSync(join(bin, tool), `#!/bin/sh\necho "${tool} argv: $* | PGPASSWORD=$PGPASSWORD" >> ${log}\n`);
    chmodSync(join(bin, tool), 0o755);
  }
  process.env.PATH = `${bin}:${path0}`;
  const url = 'postgres://recours:s3cret%2Fpw@127.0.0.1:5432/registry';
  const out = join(bin, 'dump.pgdump');
  expect(await backup({ databaseUrl: url }, out)).toMatchObject({ ok: true });
  expect(mode(out)).toBe(0o600);
  expect(await restore({ databaseUrl: url }, out, false)).toMatchObject({ ok: true });
  const calls = readFileSync(log, 'utf8').trim().split('\n');
  expect(calls).toHaveLength(2);
  for (const c of calls) {
    const [argv, env] = c.split(' | ');
    expect(argv).not.toContain('s3cret');
    expect(argv).toContain('recours@127.0.0.1:5432/registry');
    expect(env).toBe('PGPASSWORD=s3cret/pw');
  }
});
