/**
 * Retention: per organisation, archive a case after N months without activity (GDPR art. 5(1)(e):
 * kept no longer than needed in working form) and erase it M months after it was closed (art. 17(1)(a):
 * no longer necessary), once the claims it documents are time-barred. A plan lists what would go;
 * applying it archives and erases through the registry's own functions (history, erasure record)
 * and writes each to the organisation's audit trail. Runs are idempotent: two processes running the
 * same plan archive and erase each case once.
 */
import { Temporal } from 'temporal-polyfill';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import { deleteCase, updateCase, type CaseValues } from './cases.js';
import { appendAudit } from './audit.js';

export interface RetentionPolicy { organisationId: string; organisationName: string; archiveAfterMonths: number | null; eraseAfterMonths: number | null }

export interface PlannedCase { id: string; title: string; status: string; version: number; since: string }

export interface RetentionPlan { policy: RetentionPolicy; archive: PlannedCase[]; erase: PlannedCase[] }

const ACTOR = { id: null, label: 'retention', via: 'system' } as const;
/** Months are counted in Paris time, where the registry's days are (Brussels has the same civil date). */
const ZONE = 'Europe/Paris';

/** The instant `months` months before `now`, as the registry's ISO 8601 UTC text. */
export function monthsBefore(now: Date, months: number): string {
  return new Date(Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(ZONE).subtract({ months }).epochMilliseconds).toISOString();
}

export async function setPolicy(db: Kysely<Database>, organisationId: string, p: { archiveAfterMonths: number | null; eraseAfterMonths: number | null }): Promise<void> {
  const values = { archive_after_months: p.archiveAfterMonths, erase_after_months: p.eraseAfterMonths, updated_at: new Date().toISOString() };
  await db.insertInto('retention_policies').values({ organisation_id: organisationId, ...values }).onConflict((oc) => oc.column('organisation_id').doUpdateSet(values)).execute();
}

export async function policies(db: Kysely<Database>, organisationId?: string): Promise<RetentionPolicy[]> {
  let q = db.selectFrom('retention_policies').innerJoin('organisations', 'organisations.id', 'retention_policies.organisation_id')
    .select(['organisation_id', 'organisations.name', 'archive_after_months', 'erase_after_months']).orderBy('organisations.name');
  if (organisationId) q = q.where('organisation_id', '=', organisationId);
  return (await q.execute()).map((r) => ({ organisationId: r.organisation_id, organisationName: r.name, archiveAfterMonths: r.archive_after_months, eraseAfterMonths: r.erase_after_months }));
}

/** When a closed case was closed: the last change that set its status to closed (or its creation, if it was created closed). */
async function closedAt(db: Kysely<Database>, caseId: string, fallback: string): Promise<string> {
  const history = await db.selectFrom('case_history').select(['at', 'version', 'changes_json']).where('case_id', '=', caseId).orderBy('version', 'desc').execute();
  const closing = history.find((h) => (JSON.parse(h.changes_json) as { path: string; to: unknown }[]).some((c) => c.path === '/status' && c.to === 'closed'));
  return closing?.at ?? history.at(-1)?.at ?? fallback;
}

export async function planRetention(db: Kysely<Database>, policy: RetentionPolicy, now: Date): Promise<RetentionPlan> {
  const org = policy.organisationId;
  const cols = ['id', 'title', 'status', 'version', 'updated_at'] as const;
  const erase: PlannedCase[] = [];
  if (policy.eraseAfterMonths !== null) {
    const cutoff = monthsBefore(now, policy.eraseAfterMonths);
    for (const c of await db.selectFrom('cases').select(cols).where('organisation_id', '=', org).where('status', '=', 'closed').orderBy('id').execute()) {
      const since = await closedAt(db, c.id, c.updated_at);
      if (since < cutoff) erase.push({ id: c.id, title: c.title, status: c.status, version: c.version, since });
    }
  }
  const archive: PlannedCase[] = [];
  if (policy.archiveAfterMonths !== null) {
    const gone = new Set(erase.map((c) => c.id));
    const rows = await db.selectFrom('cases').select(cols).where('organisation_id', '=', org).where('archived', '=', 0)
      .where('updated_at', '<', monthsBefore(now, policy.archiveAfterMonths)).orderBy('updated_at').orderBy('id').execute();
    for (const c of rows) if (!gone.has(c.id)) archive.push({ id: c.id, title: c.title, status: c.status, version: c.version, since: c.updated_at });
  }
  return { policy, archive, erase };
}

/** Archives and erases what the plan lists (skipping a case changed since it was planned); each in the audit trail. */
export async function applyRetention(db: Kysely<Database>, plan: RetentionPlan): Promise<{ archived: number; erased: number }> {
  const org = plan.policy.organisationId;
  let archived = 0;
  let erased = 0;
  for (const c of plan.erase) {
    if (!(await deleteCase(db, org, c.id, 'retention'))) continue;
    erased++;
    await appendAudit(db, { organisationId: org, actor: ACTOR, action: 'case.erased', target: c.id, detail: { reason: 'retention', closed_at: c.since, erase_after_months: plan.policy.eraseAfterMonths } });
  }
  for (const c of plan.archive) {
    const u = await updateCase<never>(db, org, c.id, c.version, 'retention', 'archive', (cur) => {
      const { id: _, organisation_id: __, version: ___, created_at: ____, updated_at: _____, ...values } = cur;
      return { ok: true, values: { ...values, archived: 1 } satisfies CaseValues, changes: [{ path: '/archived', from: false, to: true }] };
    });
    if (!u.ok) continue;
    archived++;
    await appendAudit(db, { organisationId: org, actor: ACTOR, action: 'case.archived', target: c.id, detail: { reason: 'retention', last_activity: c.since, archive_after_months: plan.policy.archiveAfterMonths } });
  }
  return { archived, erased };
}
