/** `recours audit verify` and `recours audit export` (built CLI) on a registry whose chain is then broken on purpose. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { openStore } from '../../src/store/db.js';

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['bin/recours.js', ...args], { encoding: 'utf8', env: { ...process.env, RECOURS_DEBUG: '', ...env } });

it('verifies the chains, exports one, and names the entry changed behind the triggers', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'recours-audit-cli-'));
  for (const email of ['a@a.example', 'b@a.example'])
    expect(run(['admin', 'create-user', '--data', dir, '--org', 'Association A', '--email', email, '--role', 'admin'], { RECOURS_PASSWORD: 'correct horse battery' }).status).toBe(0);
  expect(run(['admin', 'create-user', '--data', dir, '--org', 'Bank B', '--email', 'c@b.example'], { RECOURS_PASSWORD: 'correct horse battery' }).status).toBe(0);

  const ok = run(['audit', 'verify', '--data', dir]);
  expect(ok.status).toBe(0);
  expect(ok.stdout).toMatch(/^Association A: 2 entries, chain intact, head [0-9a-f]{64}$/m);
  expect(ok.stdout).toMatch(/^Bank B: 1 entries, chain intact/m);

  const out = join(dir, 'a.jsonl');
  expect(run(['audit', 'export', '--data', dir, '--org', 'Association A', '--out', out]).status).toBe(0);
  const lines = readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { seq: number; action: string; detail: { email: string }; actor: { via: string } });
  expect(lines.map((l) => [l.seq, l.action, l.detail.email, l.actor.via])).toEqual([[1, 'user.created', 'a@a.example', 'cli'], [2, 'user.created', 'b@a.example', 'cli']]);
  expect(run(['audit', 'export', '--data', dir, '--org', 'Association A', '--out', out]).status).toBe(2);
  expect(run(['audit', 'verify', '--data', dir, '--org', 'Nobody']).stderr).toContain('--org Nobody: no such organisation');

  const store = await openStore({ dataDir: dir });
  for (const op of ['update', 'delete']) await sql.raw(`drop trigger audit_log_no_${op}`).execute(store.db);
  await sql`update audit_log set detail_json = '{"email":"x@a.example","role":"admin"}' where seq = 2 and actor_label like 'recours admin%' and detail_json like '%b@a.example%'`.execute(store.db);
  await store.close();
  const broken = run(['audit', 'verify', '--data', dir]);
  expect(broken.status).toBe(3);
  expect(broken.stdout).toMatch(/^Association A: BROKEN at entry 2 \(\d{4}-\d\d-\d\dT[\d:.]+Z, user\.created\): its content does not match its hash/m);
  expect(broken.stdout).toMatch(/^Bank B: 1 entries, chain intact/m);
});
