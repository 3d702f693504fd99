/**
 * The organisation audit trail: who did what, when, from where — never a victim's data (cases are
 * named by id only). Each organisation has one chain: entry n stores the hash of entry n-1 and its
 * own hash covers that and all its fields, so that changing, removing or inserting an entry shows.
 * Appends from several processes (or machines) race for the next `seq`; the primary key lets one
 * win and the others retry on the new head.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { AuditTable, Database } from './schema.js';

/** The chain of the installation itself (events of no organisation). */
export const INSTALLATION = '-';
const GENESIS = '0'.repeat(64);

export interface AuditEvent {
  organisationId: string;
  actor: { id: string | null; label: string; via: 'session' | 'token' | 'local' | 'cli' | 'system' | 'anonymous' | 'sso' };
  action: string;
  target?: string | null;
  detail?: Record<string, unknown>;
  ip?: string | null;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: { id: string | null; label: string; via: string };
  action: string;
  target: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

/** The hash of an entry: SHA-256 over its fields and the previous hash, as a JSON array (a fixed order). */
export function entryHash(r: Omit<AuditTable, 'hash'>): string {
  const fields = [r.prev_hash, r.organisation_id, r.seq, r.at, r.actor_id, r.actor_label, r.via, r.action, r.target, r.detail_json, r.ip];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/** Errors that mean "another append took this seq first" (PostgreSQL unique violation, SQLite constraint or busy). */
const lostRace = (e: unknown) => {
  const code = String((e as { code?: unknown }).code ?? '');
  return code === '23505' || code.startsWith('SQLITE_CONSTRAINT') || code.startsWith('SQLITE_BUSY');
};

export async function appendAudit(db: Kysely<Database>, e: AuditEvent, at = new Date().toISOString()): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(async (trx) => {
        const head = await trx.selectFrom('audit_log').select(['seq', 'hash']).where('organisation_id', '=', e.organisationId).orderBy('seq', 'desc').limit(1).executeTakeFirst();
        const row: Omit<AuditTable, 'hash'> = {
          organisation_id: e.organisationId, seq: (head?.seq ?? 0) + 1, at, actor_id: e.actor.id, actor_label: e.actor.label, via: e.actor.via,
          action: e.action, target: e.target ?? null, detail_json: JSON.stringify(e.detail ?? {}), ip: e.ip ?? null, prev_hash: head?.hash ?? GENESIS,
        };
        await trx.insertInto('audit_log').values({ ...row, hash: entryHash(row) }).execute();
        return row.seq;
      });
    } catch (err) {
      if (attempt >= 20 || !lostRace(err)) throw err;
      await new Promise((r) => setTimeout(r, Math.random() * 10 * attempt));
    }
  }
}

const entryOf = (r: AuditTable): AuditEntry => ({
  seq: r.seq, at: r.at, actor: { id: r.actor_id, label: r.actor_label, via: r.via }, action: r.action, target: r.target,
  detail: JSON.parse(r.detail_json) as Record<string, unknown>, ip: r.ip, prev_hash: r.prev_hash, hash: r.hash,
});

export interface AuditQuery {
  /** An action (`case.erased`), or a family ending in a dot (`user.`). */
  action?: string;
  /** A user's id or label (e-mail address). */
  actor?: string;
  target?: string;
  /** ISO 8601 bounds on `at`: from included, to excluded. */
  from?: string;
  to?: string;
  /** Entries before this seq (the previous page's last); newest first. */
  before?: number;
  limit: number;
}

export async function listAudit(db: Kysely<Database>, organisationId: string, q: AuditQuery): Promise<{ entries: AuditEntry[]; more: boolean }> {
  let query = db.selectFrom('audit_log').selectAll().where('organisation_id', '=', organisationId);
  const action = q.action;
  if (action) query = action.endsWith('.') ? query.where(sql`substr(action, 1, ${action.length})`, '=', action) : query.where('action', '=', action);
  if (q.actor) query = query.where((eb) => eb.or([eb('actor_id', '=', q.actor!), eb('actor_label', '=', q.actor!.toLowerCase())]));
  if (q.target) query = query.where('target', '=', q.target);
  if (q.from) query = query.where('at', '>=', q.from);
  if (q.to) query = query.where('at', '<', q.to);
  if (q.before !== undefined) query = query.where('seq', '<', q.before);
  const rows = await query.orderBy('seq', 'desc').limit(q.limit + 1).execute();
  return { entries: rows.slice(0, q.limit).map(entryOf), more: rows.length > q.limit };
}

/** Every entry of an organisation's chain, oldest first, a page at a time (exports and verification). */
export async function* auditChain(db: Kysely<Database>, organisationId: string, page = 500): AsyncGenerator<AuditTable> {
  for (let after = 0; ;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('organisation_id', '=', organisationId).where('seq', '>', after).orderBy('seq').limit(page).execute();
    yield* rows;
    if (rows.length < page) return;
    after = rows.at(-1)!.seq;
  }
}

export const exportLine = (r: AuditTable): string => JSON.stringify({ organisation_id: r.organisation_id, ...entryOf(r) });

export type ChainCheck =
  | { ok: true; organisationId: string; entries: number; head: string }
  | { ok: false; organisationId: string; entries: number; seq: number; at: string; action: string; problem: 'altered' | 'unlinked' | 'missing' };

/** Recomputes one chain: every hash from its entry, every link to the entry before, no seq skipped. */
export async function verifyChain(db: Kysely<Database>, organisationId: string): Promise<ChainCheck> {
  let prev = GENESIS;
  let n = 0;
  for await (const r of auditChain(db, organisationId)) {
    const bad = (problem: 'altered' | 'unlinked' | 'missing'): ChainCheck => ({ ok: false, organisationId, entries: n, seq: r.seq, at: r.at, action: r.action, problem });
    if (r.seq !== n + 1) return bad('missing');
    if (r.prev_hash !== prev) return bad('unlinked');
    const { hash, ...rest } = r;
    if (entryHash(rest) !== hash) return bad('altered');
    prev = hash;
    n++;
  }
  return { ok: true, organisationId, entries: n, head: prev };
}

/** Every organisation that has a chain. */
export async function auditedOrganisations(db: Kysely<Database>): Promise<string[]> {
  return (await db.selectFrom('audit_log').select('organisation_id').distinct().orderBy('organisation_id').execute()).map((r) => r.organisation_id);
}
