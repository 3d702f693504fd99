/**
 * Every deadline of every case, one row each, so that "the next deadline" is asked of the
 * database against a given day (today by default) instead of being frozen, in `cases.next_deadline`,
 * at the case's own evaluation date: a stored next deadline goes stale as days pass.
 */
import type { Kysely } from 'kysely';

/** The tables as this migration reads and writes them (frozen here: the schema moves on). */
interface Tables {
  cases: { id: string; assessment_json: string };
  case_deadlines: { case_id: string; kind: string; date: string };
}

/** Cases backfilled per insert: a few deadlines each, 3 parameters a row, far below either database's parameter limit. */
const PAGE = 200;

export async function up(untyped: Kysely<unknown>): Promise<void> {
  const db = untyped as Kysely<Tables>;
  await db.schema.createTable('case_deadlines')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_deadlines_case').on('case_deadlines').column('case_id').execute();
  await db.schema.createIndex('case_deadlines_date').on('case_deadlines').column('date').execute();
  // The stored assessments already list every deadline; their shape is read here, not imported
  // from the store, so that this migration keeps doing what it did when the code moves on.
  // Cases are read a page at a time (by id): assessments can be large, registries too.
  for (let after = ''; ;) {
    const cases = await db.selectFrom('cases').select(['id', 'assessment_json']).where('id', '>', after).orderBy('id').limit(PAGE).execute();
    const rows = cases.flatMap((c) => ((JSON.parse(c.assessment_json) as { deadlines?: { kind: string; date: string }[] }).deadlines ?? [])
      .map((d) => ({ case_id: c.id, kind: d.kind, date: d.date })));
    if (rows.length) await db.insertInto('case_deadlines').values(rows).execute();
    if (cases.length < PAGE) break;
    after = cases.at(-1)!.id;
  }
  await db.schema.alterTable('cases').dropColumn('next_deadline').execute();
}

/** The column comes back empty (nullable): the old code fills it again when a case's file next changes. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('cases').addColumn('next_deadline', 'text').execute();
  await db.schema.dropTable('case_deadlines').execute();
}
