/**
 * Migrations are atomic and resumable (issue 14, H3). Every step of every migration — each query
 * the migrator sends, its own bookkeeping included — is made to fail in turn, as a crash at that
 * point would; the next start then migrates to the end, the database passes its integrity check
 * and no case, history entry or deletion record is lost. From an empty database (0001–0004), and
 * from a registry of 210 cases at schema 0002 (the back-fill of 0003 spans two pages).
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { sql, type Kysely, type KyselyPlugin } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, migrate, MIGRATION_NAMES, type StoreTarget } from '../../src/store/db.js';
import type { Database } from '../../src/store/schema.js';
import { assess } from '../../src/engine/assess.js';
import { parseCase } from '../../src/case/parse.js';
import { freshTarget, type Dialect } from './support.js';

const LATEST = MIGRATION_NAMES;
const CASES = 210;

class Crash extends Error {}
/** Fails the n-th query (1-based) sent through it; counts them all. */
function crashAt(n: number): KyselyPlugin & { seen: number } {
  return {
    seen: 0,
    transformQuery(args) {
      if (++this.seen === n) throw new Crash(`crash before query ${n}`);
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
}

const parsed = parseCase(JSON.parse(readFileSync('examples/be-ombudsfin-2013-1876.case.json', 'utf8')), 'en');
if (!parsed.ok) throw new Error('example');
// What 0003 reads of a stored assessment: its deadlines.
const assessment = JSON.stringify({ deadlines: assess(parsed.value, { asOf: '2014-01-01' }).deadlines });
const deadlinesPerCase = (JSON.parse(assessment) as { deadlines: unknown[] }).deadlines.length;

/** A registry at schema 0002 (cases still carry next_deadline), or an empty database. */
async function seed(db: Kysely<Database>, dialect: Dialect, withData: boolean) {
  if (!withData) return;
  await migrate(db, dialect, '0002-deletions');
  const at = '2014-03-18T10:00:00.000Z';
  await sql`insert into organisations (id, name, created_at) values ('org', 'Permanence', ${at})`.execute(db);
  await sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < ${sql.lit(CASES)})
    insert into cases (id, organisation_id, version, title, status, notes, jurisdiction, case_json, assessment_json, disputed_cents, refund_due_cents, next_deadline, archived, created_at, updated_at)
    select 'case-' || i, 'org', 1, 'case', 'open', '', 'BE', '{}', ${assessment}, 0, 0, '2014-05-22', 0, ${at}, ${at} from n`.execute(db);
  await sql`insert into case_history (case_id, version, at, user_label, action, changes_json) select id, 1, ${at}, 'a@b.example', 'create', '[]' from cases`.execute(db);
  await sql`insert into case_deletions (case_id, organisation_id, at, user_label) values ('gone', 'org', ${at}, 'a@b.example')`.execute(db);
}

const count = async (db: Kysely<Database>, table: string) => Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db)).rows[0]!.n);

/** Copies of the seeded database, one per attempt. */
async function copier(dialect: Dialect, withData: boolean): Promise<{ copy: () => Promise<StoreTarget>; cleanup: () => Promise<void> }> {
  const { target, cleanup } = await freshTarget(dialect);
  const extra: (() => Promise<void>)[] = [];
  if ('dataDir' in target) {
    const s = connect(target);
    await seed(s.db, dialect, withData);
    await s.db.destroy();
    return {
      copy: async () => {
        const dir = mkdtempSync(join(tmpdir(), 'recours-migrate-'));
        copyFileSync(join(target.dataDir, 'recours.sqlite'), join(dir, 'recours.sqlite'));
        extra.push(async () => rmSync(dir, { recursive: true, force: true }));
        return { dataDir: dir };
      },
      cleanup: async () => {
        for (const e of extra) await e();
        await cleanup();
      },
    };
  }
  // PostgreSQL: one database, emptied and seeded again for each attempt (copies are slow to drop).
  return {
    copy: async () => {
      const r = connect(target);
      await sql`drop schema public cascade`.execute(r.db);
      await sql`create schema public`.execute(r.db);
      await seed(r.db, dialect, withData);
      await r.db.destroy();
      return target;
    },
    cleanup,
  };
}

const runs: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const r of runs) await r();
});

describe.each(['sqlite', 'postgres'] as Dialect[])('a crash at each step of the migrations (%s)', (dialect) => {
  it.each([['an empty database', false], [`${CASES} cases at schema 0002`, true]])('from %s', async (_label, withData) => {
    const copies = await copier(dialect, withData as boolean);
    runs.push(copies.cleanup);
    // How many queries a whole migration sends.
    const reference = connect(await copies.copy());
    const counter = crashAt(0);
    await migrate(reference.db.withPlugin(counter), dialect);
    await reference.db.destroy();
    expect(counter.seen).toBeGreaterThan(10);

    for (let step = 1; step <= counter.seen; step++) {
      const target = await copies.copy();
      const crashed = connect(target);
      await expect(migrate(crashed.db.withPlugin(crashAt(step)), dialect), `step ${step}`).rejects.toThrow(/crash before query/);
      await crashed.db.destroy();

      const s = connect(target);
      try {
        await migrate(s.db, dialect);
        const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(s.db);
        expect(applied.rows.map((r) => r.name), `step ${step}`).toEqual(LATEST);
        if (dialect === 'sqlite') expect((await sql<{ integrity_check: string }>`pragma integrity_check`.execute(s.db)).rows[0]!.integrity_check).toBe('ok');
        const expected = withData ? CASES : 0;
        expect(await count(s.db, 'cases'), `step ${step}`).toBe(expected);
        expect(await count(s.db, 'case_history')).toBe(expected);
        expect(await count(s.db, 'case_deletions')).toBe(withData ? 1 : 0);
        expect(await count(s.db, 'case_deadlines'), `step ${step}`).toBe(expected * deadlinesPerCase);
      } finally {
        await s.db.destroy();
      }
    }
  });
});
