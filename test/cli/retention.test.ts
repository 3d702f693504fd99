/**
 * `recours retention` (built CLI) on registries with aged cases, SQLite and PostgreSQL: the policy
 * set per organisation, the dry run listing what would go and changing nothing, the run archiving
 * and erasing exactly that, each in the audit trail, and a second run finding nothing left.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/db.js';
import { buildApp } from '../../src/server/app.js';
import { ensureOrganisation } from '../../src/store/users.js';
import { monthsBefore } from '../../src/store/retention.js';
import { verifyChain } from '../../src/store/audit.js';
import { freshTarget } from '../server/support.js';
import { serve } from '../support/serve.js';

const caseFile = readFileSync('examples/be-ombudsfin-2013-1876.case.json', 'utf8');
const run = (args: string[]) => spawnSync(process.execPath, ['bin/recours.js', ...args], { encoding: 'utf8', env: { ...process.env, RECOURS_DEBUG: '' } });

describe.each(['sqlite', 'postgres'] as const)('retention on %s', (dialect) => {
  it('archives after N months without activity and erases M months after closure; dry run first', async () => {
    const { target, cleanup } = await freshTarget(dialect);
    const where = 'dataDir' in target ? ['--data', target.dataDir] : ['--database-url', target.databaseUrl];
    const store = await openStore(target);
    const app = await buildApp({ store, mode: 'local', webRoot: null });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const call = async (method: string, path: string, body: string) =>
        (await (await fetch(url + path, { method, headers: { 'content-type': 'application/json' }, body })).json()) as { id: string; version: number };
      const add = (title: string) => call('POST', '/v1/cases', `{"title":"${title}","case":${caseFile}}`);
      const ago = (m: number) => monthsBefore(new Date(), m);
      const age = (id: string, m: number) => sql`update cases set updated_at = ${ago(m)} where id = ${id}`.execute(store.db);
      const close = async (id: string, monthsAgo: number) => {
        await call('PUT', `/v1/cases/${id}`, '{"version":1,"status":"closed"}');
        await sql`update case_history set at = ${ago(monthsAgo)} where case_id = ${id} and version = 2`.execute(store.db);
      };
      const idle = await add('Idle 13 months');
      await age(idle.id, 13);
      const recent = await add('Idle 11 months');
      await age(recent.id, 11);
      const longClosed = await add('Closed 61 months ago, a note since');
      await close(longClosed.id, 61);
      await call('PUT', `/v1/cases/${longClosed.id}`, '{"version":2,"notes":"called the bank"}');
      await age(longClosed.id, 1);
      const closed59 = await add('Closed 59 months ago');
      await close(closed59.id, 59);
      await age(closed59.id, 59);
      const archived = await add('Archived already');
      await call('POST', `/v1/cases/${archived.id}/archive`, '{"version":1}');
      await age(archived.id, 20);
      const other = await add('Another organisation, no policy');
      const otherOrg = await ensureOrganisation(store.db, 'Other');
      await sql`update cases set organisation_id = ${otherOrg}, updated_at = ${ago(100)} where id = ${other.id}`.execute(store.db);

      expect(run(['retention', ...where]).stdout).toBe('no organisation has a retention policy\n');
      const set = run(['retention', ...where, '--org', 'local', '--archive-after', '12', '--erase-after', '60']);
      expect([set.status, set.stdout]).toEqual([0, 'local: archive after 12 months without activity, erase 60 months after closure\n']);
      expect(run(['retention', ...where, '--archive-after', '12']).stderr).toContain('need --org');
      expect(run(['retention', ...where, '--org', 'local', '--erase-after', '0']).status).toBe(2);

      const snapshot = async () => (await store.db.selectFrom('cases').select(['id', 'version', 'archived']).orderBy('id').execute());
      const before = await snapshot();
      const dry = run(['retention', ...where, '--dry-run']);
      expect(dry.status).toBe(0);
      const lines = dry.stdout.trimEnd().split('\n');
      expect(lines[0]).toBe('local (archive after 12 months without activity, erase 60 months after closure): would archive 2, would erase 1');
      expect(lines.slice(1).map((l) => l.trim().split(/\s+/).slice(0, 2).join(' '))).toEqual([`erase ${longClosed.id}`, `archive ${closed59.id}`, `archive ${idle.id}`]);
      expect(lines[1]).toContain(ago(61).slice(0, 10));
      expect(await snapshot()).toEqual(before);

      const done = run(['retention', ...where]);
      expect(done.status).toBe(0);
      expect(done.stdout.split('\n')[0]).toBe('local (archive after 12 months without activity, erase 60 months after closure): archived 2, erased 1');
      const after = new Map((await snapshot()).map((c) => [c.id, c.archived]));
      expect(after.has(longClosed.id)).toBe(false);
      expect([after.get(idle.id), after.get(closed59.id), after.get(recent.id), after.get(archived.id), after.get(other.id)]).toEqual([1, 1, 0, 1, 0]);
      expect(await store.db.selectFrom('case_history').select('case_id').where('case_id', '=', longClosed.id).execute()).toEqual([]);
      expect(await store.db.selectFrom('case_deletions').select(['case_id', 'user_label']).execute()).toEqual([{ case_id: longClosed.id, user_label: 'retention' }]);
      expect((await store.db.selectFrom('case_history').select(['action', 'user_label']).where('case_id', '=', idle.id).orderBy('version', 'desc').executeTakeFirstOrThrow())).toEqual({ action: 'archive', user_label: 'retention' });

      const local = await ensureOrganisation(store.db, 'local');
      const trail = await store.db.selectFrom('audit_log').select(['action', 'target', 'actor_label', 'detail_json']).where('organisation_id', '=', local).where('actor_label', '=', 'retention').orderBy('seq').execute();
      expect(trail.map((e) => [e.action, e.target])).toEqual([['case.erased', longClosed.id], ['case.archived', closed59.id], ['case.archived', idle.id]]);
      expect(JSON.parse(trail[0]!.detail_json)).toMatchObject({ reason: 'retention', erase_after_months: 60 });
      expect(await verifyChain(store.db, local)).toMatchObject({ ok: true });

      expect(run(['retention', ...where]).stdout.split('\n')[0]).toMatch(/archived 0, erased 0$/);
    } finally {
      await app.close();
      await store.close();
      await cleanup();
    }
  });
});

it('recours serve applies the policies on its schedule', async () => {
  const { target, cleanup } = await freshTarget('sqlite');
  const dir = (target as { dataDir: string }).dataDir;
  const store = await openStore(target);
  const app = await buildApp({ store, mode: 'local', webRoot: null });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const { id } = (await (await fetch(`${url}/v1/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"case":${caseFile}}` })).json()) as { id: string };
  await sql`update cases set updated_at = ${monthsBefore(new Date(), 7)} where id = ${id}`.execute(store.db);
  await app.close();
  await store.close();
  expect(run(['retention', '--data', dir, '--org', 'local', '--archive-after', '6']).status).toBe(0);
  expect(run(['serve', '--data', dir, '--retention-schedule', 'every day']).stderr).toContain('expected a cron pattern');
  // Every second (croner's six fields), so that the test need not wait for 03:15.
  const s = await serve(['--port', '0', '--data', dir, '--retention-schedule', '* * * * * *'], [/listening on (http:\/\/\S+)/]);
  try {
    const base = s.matches[0]![1]!;
    let archived = false;
    for (let i = 0; i < 50 && !archived; i++) {
      await new Promise((r) => setTimeout(r, 200));
      archived = ((await (await fetch(`${base}/v1/cases/${id}`)).json()) as { archived: boolean }).archived;
    }
    expect(archived).toBe(true);
    const audit = (await (await fetch(`${base}/v1/audit?action=case.archived`)).json()) as { entries: { target: string; actor: { label: string } }[] };
    expect(audit.entries.map((e) => [e.target, e.actor.label])).toEqual([[id, 'retention']]);
  } finally {
    expect(await s.stop()).toBe(0);
    await cleanup();
  }
});
