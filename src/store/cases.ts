/**
 * The case registry's storage. Every read and write is scoped to one organisation: a case of
 * another organisation is indistinguishable from one that does not exist. Every change writes a
 * history entry in the same transaction (append-only: nothing here updates or deletes history),
 * and an update applies only to the version the caller read (optimistic versioning). The one
 * exception is erasure: deleting a case removes it and its history, keeping only who did it and when.
 */
import { randomUUID } from 'node:crypto';
import { sql, type ExpressionBuilder, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { CaseTable, Database, DeadlineTable, HistoryTable } from './schema.js';
import { importAttachments, type ExportedAttachment } from './attachments.js';

export type CaseValues = Omit<CaseTable, 'id' | 'organisation_id' | 'version' | 'created_at' | 'updated_at'>;
export type CaseRow = CaseTable;

export interface Change { path: string; from: unknown; to: unknown }

export type HistoryRow = Selectable<HistoryTable>;

export interface HistoryEntry {
  version: number; at: string; user: string; action: string; changes: Change[];
  /** Present on an entry brought in by an import: who imported it here, and when. */
  imported?: { by: string; at: string };
}

const now = () => new Date().toISOString();

async function record(
  trx: Transaction<Database> | Kysely<Database>, caseId: string, version: number, at: string, user: string, action: string, changes: Change[],
  imported?: { by: string; at: string },
) {
  await trx.insertInto('case_history').values({
    case_id: caseId, version, at, user_label: user, action, changes_json: JSON.stringify(changes), imported_by: imported?.by ?? null, imported_at: imported?.at ?? null,
  }).execute();
}

/** The deadlines of a stored assessment (its JSON text, as written), one row each. */
function deadlineRows(caseId: string, assessmentJson: string): DeadlineTable[] {
  const { deadlines } = JSON.parse(assessmentJson) as { deadlines: { kind: string; date: string }[] };
  return deadlines.map((d) => ({ case_id: caseId, kind: d.kind, date: d.date }));
}

/** Replaces a case's deadline rows with those of the assessment being written, in the same transaction. */
async function setDeadlines(trx: Transaction<Database>, caseId: string, assessmentJson: string): Promise<void> {
  await trx.deleteFrom('case_deadlines').where('case_id', '=', caseId).execute();
  const rows = deadlineRows(caseId, assessmentJson);
  if (rows.length) await trx.insertInto('case_deadlines').values(rows).execute();
}

export async function insertCase(db: Kysely<Database>, organisationId: string, user: string, values: CaseValues, changes: Change[]): Promise<CaseRow> {
  const at = now();
  const row: CaseRow = { id: randomUUID(), organisation_id: organisationId, version: 1, created_at: at, updated_at: at, ...values };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('cases').values(row).execute();
    await setDeadlines(trx, row.id, row.assessment_json);
    await record(trx, row.id, 1, at, user, 'create', changes);
  });
  return row;
}

export async function getCase(db: Kysely<Database>, organisationId: string, id: string): Promise<CaseRow | null> {
  return (await db.selectFrom('cases').selectAll().where('id', '=', id).where('organisation_id', '=', organisationId).executeTakeFirst()) ?? null;
}

export type Update<E> =
  | { ok: true; row: CaseRow }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'conflict'; current: CaseRow }
  | { ok: false; reason: 'invalid'; error: E };

/**
 * Applies `change` to the current row if its version is `expected`. `change` computes the new
 * values and the list of changes from the current row, or refuses with an error of its own.
 */
export async function updateCase<E>(
  db: Kysely<Database>, organisationId: string, id: string, expected: number, user: string, action: string,
  change: (current: CaseRow) => { ok: true; values: CaseValues; changes: Change[] } | { ok: false; error: E },
): Promise<Update<E>> {
  return db.transaction().execute(async (trx): Promise<Update<E>> => {
    const current = await trx.selectFrom('cases').selectAll().where('id', '=', id).where('organisation_id', '=', organisationId).executeTakeFirst();
    if (!current) return { ok: false, reason: 'not_found' };
    if (current.version !== expected) return { ok: false, reason: 'conflict', current };
    const next = change(current);
    if (!next.ok) return { ok: false, reason: 'invalid', error: next.error };
    const at = now();
    const row: CaseRow = { ...current, ...next.values, version: expected + 1, updated_at: at };
    const res = await trx.updateTable('cases')
      .set({ ...next.values, version: row.version, updated_at: at })
      .where('id', '=', id).where('organisation_id', '=', organisationId).where('version', '=', expected)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) {
      const latest = await trx.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      return { ok: false, reason: 'conflict', current: latest };
    }
    if (row.assessment_json !== current.assessment_json) await setDeadlines(trx, id, row.assessment_json);
    await record(trx, id, row.version, at, user, action, next.changes);
    return { ok: true, row };
  });
}

export type SortKey = 'updated_at' | 'created_at' | 'refund_due' | 'disputed' | 'next_deadline' | 'title';

export interface ListQuery {
  status?: string;
  jurisdiction?: string;
  q?: string;
  /** The day deadlines are counted from (YYYY-MM-DD): a deadline before it is passed. */
  today: string;
  /** Only cases with a deadline from `today` up to this day (included). */
  deadlineBefore?: string;
  archived: boolean;
  sort: SortKey;
  descending: boolean;
  limit: number;
  offset: number;
}

export type ListedCase = Omit<CaseRow, 'case_json' | 'assessment_json'> & { next_deadline: string | null };

const COLUMN: Record<Exclude<SortKey, 'next_deadline'>, 'updated_at' | 'created_at' | 'refund_due_cents' | 'disputed_cents' | 'title'> = {
  updated_at: 'updated_at', created_at: 'created_at', refund_due: 'refund_due_cents', disputed: 'disputed_cents', title: 'title',
};

/** A case's deadlines on or after `today`; its next deadline is the least of them. */
const upcoming = (eb: ExpressionBuilder<Database, 'cases'>, today: string) =>
  eb.selectFrom('case_deadlines').whereRef('case_deadlines.case_id', '=', 'cases.id').where('case_deadlines.date', '>=', today);

export async function listCases(db: Kysely<Database>, organisationId: string, q: ListQuery): Promise<{ rows: ListedCase[]; more: boolean; total: number }> {
  let query = db.selectFrom('cases')
    .select(['id', 'organisation_id', 'version', 'title', 'status', 'notes', 'jurisdiction', 'disputed_cents', 'refund_due_cents', 'archived', 'created_at', 'updated_at'])
    .where('organisation_id', '=', organisationId)
    .where('archived', '=', q.archived ? 1 : 0);
  if (q.status) query = query.where('status', '=', q.status);
  if (q.jurisdiction) query = query.where('jurisdiction', '=', q.jurisdiction);
  const before = q.deadlineBefore;
  if (before) query = query.where((eb) => eb.exists(upcoming(eb, q.today).select(sql.lit(1).as('one')).where('case_deadlines.date', '<=', before)));
  if (q.q) {
    const like = `%${q.q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    query = query.where((eb) => eb.or([
      eb(sql`lower(title)`, 'like', sql`${like} escape '\\'`),
      eb(sql`lower(notes)`, 'like', sql`${like} escape '\\'`),
    ]));
  }
  const { total } = await query.clearSelect().select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const next = (eb: ExpressionBuilder<Database, 'cases'>) => upcoming(eb, q.today).select((s) => s.fn.min('case_deadlines.date').as('d')).$asScalar();
  const dir = q.descending ? 'desc' : 'asc';
  let sorted = query.select((eb) => next(eb).as('next_deadline'));
  // Cases without a deadline sort last either way; ties are broken by id, in the same direction so
  // that the list indexes (migration 0004) give the order and pages are stable.
  // The subquery is repeated, not named: PostgreSQL allows no output alias inside an ORDER BY expression.
  if (q.sort === 'next_deadline') sorted = sorted.orderBy((eb) => eb.case().when(next(eb), 'is', null).then(1).else(0).end()).orderBy(next, dir);
  else sorted = sorted.orderBy(COLUMN[q.sort], dir);
  const rows = await sorted.orderBy('id', dir).limit(q.limit + 1).offset(q.offset).execute();
  return { rows: rows.slice(0, q.limit), more: rows.length > q.limit, total: Number(total) };
}

export async function caseHistory(db: Kysely<Database>, caseId: string): Promise<HistoryEntry[]> {
  const rows = await db.selectFrom('case_history').selectAll().where('case_id', '=', caseId).orderBy('version').execute();
  return rows.map((r) => ({
    version: r.version, at: r.at, user: r.user_label, action: r.action, changes: JSON.parse(r.changes_json) as Change[],
    ...(r.imported_by ? { imported: { by: r.imported_by, at: r.imported_at ?? '' } } : {}),
  }));
}

export async function allCaseIds(db: Kysely<Database>, organisationId: string): Promise<string[]> {
  return (await db.selectFrom('cases').select('id').where('organisation_id', '=', organisationId).orderBy('created_at').orderBy('id').execute()).map((r) => r.id);
}

/**
 * Cases of the organisation with their history rows as stored (JSON still text), in the order of
 * `ids`; ids of another organisation or of erased cases are left out. One page of an export.
 */
export async function casesWithHistory(db: Kysely<Database>, organisationId: string, ids: string[]): Promise<{ row: CaseRow; history: HistoryRow[] }[]> {
  if (!ids.length) return [];
  const rows = await db.selectFrom('cases').selectAll().where('organisation_id', '=', organisationId).where('id', 'in', ids).execute();
  const history = await db.selectFrom('case_history').selectAll().where('case_id', 'in', ids).orderBy('case_id').orderBy('version').execute();
  const byId = new Map(rows.map((r) => [r.id, { row: r, history: [] as HistoryRow[] }]));
  for (const h of history) byId.get(h.case_id)?.history.push(h);
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export interface ImportItem {
  values: CaseValues; created_at: string; history: HistoryEntry[]; source: string;
  /** The evidence file as exported (checked by the caller: sizes and hashes). */
  attachments?: readonly ExportedAttachment[];
}

/**
 * Imports cases, all or none (one transaction): each with its history as it was written elsewhere,
 * every entry marked as imported by `user` now, then the import itself recorded as a new version.
 * `history` is checked by the caller: versions ≥ 1, unique.
 */
export async function importCases(db: Kysely<Database>, organisationId: string, user: string, items: ImportItem[]): Promise<CaseRow[]> {
  const at = now();
  const mark = { by: user, at };
  return db.transaction().execute(async (trx) => {
    const rows: CaseRow[] = [];
    for (const item of items) {
      const past = [...item.history].sort((a, b) => a.version - b.version);
      const version = (past.at(-1)?.version ?? 0) + 1;
      const row: CaseRow = { id: randomUUID(), organisation_id: organisationId, version, created_at: item.created_at, updated_at: at, ...item.values };
      await trx.insertInto('cases').values(row).execute();
      await setDeadlines(trx, row.id, row.assessment_json);
      for (const h of past) await record(trx, row.id, h.version, h.at, h.user, h.action, h.changes, mark);
      if (item.attachments?.length) await importAttachments(trx, row.id, item.attachments);
      await record(trx, row.id, version, at, user, 'import', [{ path: '/id', from: item.source, to: row.id }]);
      rows.push(row);
    }
    return rows;
  });
}

/** Erases a case and its history (the personal data they hold); records the deletion itself. */
export async function deleteCase(db: Kysely<Database>, organisationId: string, id: string, user: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const found = await trx.selectFrom('cases').select('id').where('id', '=', id).where('organisation_id', '=', organisationId).executeTakeFirst();
    if (!found) return false;
    await trx.deleteFrom('case_history').where('case_id', '=', id).execute();
    await trx.deleteFrom('case_deadlines').where('case_id', '=', id).execute();
    await trx.deleteFrom('cases').where('id', '=', id).execute();
    await trx.insertInto('case_deletions').values({ case_id: id, organisation_id: organisationId, at: now(), user_label: user }).execute();
    return true;
  });
}
