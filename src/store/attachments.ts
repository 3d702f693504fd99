/**
 * A case's attachments (migration 0006-attachments): added, listed, read, removed. Every call names
 * the organisation, so a case of another organisation has no attachments to show. Adding and
 * removing make a new version of the case, recorded in its history (the case file is unchanged).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

export interface AttachmentTable {
  id: string;
  case_id: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
  /** null once removed. */
  content: Buffer | null;
  created_at: string;
  created_by: string;
  deleted_at: string | null;
  deleted_by: string | null;
}

type Db = Kysely<Database & { case_attachments: AttachmentTable }>;
const withAttachments = (db: Kysely<Database>): Db => db.withTables<{ case_attachments: AttachmentTable }>();

export interface AttachmentMeta { id: string; name: string; type: string; size: number; sha256: string; created_at: string }
export interface AttachmentFile extends AttachmentMeta { content: Buffer }
/** As exported with its case: the content in base64, or null for a removed one. */
export interface ExportedAttachment extends AttachmentMeta { created_by: string; deleted_at: string | null; deleted_by: string | null; content_base64: string | null }

const META = ['id', 'name', 'type', 'size', 'sha256', 'created_at'] as const;

async function caseVersion(trx: Transaction<Database>, organisationId: string, caseId: string): Promise<number | null> {
  const r = await trx.selectFrom('cases').select('version').where('id', '=', caseId).where('organisation_id', '=', organisationId).executeTakeFirst();
  return r ? r.version : null;
}

/** A new version of the case, with its history entry. */
async function remember(trx: Transaction<Database>, caseId: string, version: number, user: string, action: 'attach' | 'detach', path: string, from: unknown, to: unknown): Promise<void> {
  const at = new Date().toISOString();
  await trx.updateTable('cases').set({ version: version + 1, updated_at: at }).where('id', '=', caseId).execute();
  await trx.insertInto('case_history').values({ case_id: caseId, version: version + 1, at, user_label: user, action, changes_json: JSON.stringify([{ path, from, to }]) }).execute();
}

/** Adds a file to the case; null when the organisation has no such case. */
export async function addAttachment(db: Kysely<Database>, organisationId: string, caseId: string, user: string, file: { name: string; type: string; content: Buffer }): Promise<AttachmentMeta | null> {
  return db.transaction().execute(async (trx) => {
    const version = await caseVersion(trx, organisationId, caseId);
    if (version === null) return null;
    const meta: AttachmentMeta = {
      id: randomUUID(), name: file.name, type: file.type, size: file.content.length,
      sha256: createHash('sha256').update(file.content).digest('hex'), created_at: new Date().toISOString(),
    };
    await withAttachments(trx).insertInto('case_attachments').values({ ...meta, case_id: caseId, content: file.content, created_by: user, deleted_at: null, deleted_by: null }).execute();
    await remember(trx, caseId, version, user, 'attach', `/attachments/${meta.id}`, null, { name: meta.name, type: meta.type, size: meta.size, sha256: meta.sha256 });
    return meta;
  });
}

async function owned(db: Kysely<Database>, organisationId: string, caseId: string): Promise<boolean> {
  return !!(await db.selectFrom('cases').select('id').where('id', '=', caseId).where('organisation_id', '=', organisationId).executeTakeFirst());
}

/** The case's attachments in the order they were added (the exhibit order); null when there is no such case. */
export async function listAttachments(db: Kysely<Database>, organisationId: string, caseId: string): Promise<AttachmentMeta[] | null> {
  if (!(await owned(db, organisationId, caseId))) return null;
  return withAttachments(db).selectFrom('case_attachments').select(META).where('case_id', '=', caseId).where('deleted_at', 'is', null).orderBy('created_at').orderBy('id').execute();
}

/** The case's attachments with their content, in exhibit order. */
export async function attachmentFiles(db: Kysely<Database>, organisationId: string, caseId: string): Promise<AttachmentFile[] | null> {
  if (!(await owned(db, organisationId, caseId))) return null;
  const rows = await withAttachments(db).selectFrom('case_attachments').select([...META, 'content']).where('case_id', '=', caseId).where('deleted_at', 'is', null).orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => ({ ...r, content: Buffer.from(r.content ?? Buffer.alloc(0)) }));
}

export async function getAttachment(db: Kysely<Database>, organisationId: string, caseId: string, id: string): Promise<AttachmentFile | null> {
  if (!(await owned(db, organisationId, caseId))) return null;
  const r = await withAttachments(db).selectFrom('case_attachments').select([...META, 'content']).where('case_id', '=', caseId).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return r ? { ...r, content: Buffer.from(r.content ?? Buffer.alloc(0)) } : null;
}

/** Removes the file's content; its name, hash and the removal stay in the history. False when not found. */
export async function removeAttachment(db: Kysely<Database>, organisationId: string, caseId: string, id: string, user: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const version = await caseVersion(trx, organisationId, caseId);
    if (version === null) return false;
    const t = withAttachments(trx);
    const r = await t.selectFrom('case_attachments').select(['name', 'sha256']).where('case_id', '=', caseId).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
    if (!r) return false;
    await t.updateTable('case_attachments').set({ content: null, deleted_at: new Date().toISOString(), deleted_by: user }).where('id', '=', id).execute();
    await remember(trx, caseId, version, user, 'detach', `/attachments/${id}`, { name: r.name, sha256: r.sha256 }, null);
    return true;
  });
}

/** Every attachment of a case, removed ones included (without content), for its export. */
export async function exportAttachments(db: Kysely<Database>, caseId: string): Promise<ExportedAttachment[]> {
  const rows = await withAttachments(db).selectFrom('case_attachments').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute();
  return rows.map(({ content, case_id: _case, ...r }) => ({ ...r, content_base64: content ? Buffer.from(content).toString('base64') : null }));
}

/** Restores exported attachments into an imported case (new ids; content and hashes as they were). */
export async function importAttachments(db: Kysely<Database>, caseId: string, list: readonly ExportedAttachment[]): Promise<void> {
  for (const a of list) {
    const content = a.content_base64 === null ? null : Buffer.from(a.content_base64, 'base64');
    await withAttachments(db).insertInto('case_attachments').values({
      id: randomUUID(), case_id: caseId, name: a.name, type: a.type, size: a.size, sha256: a.sha256, content,
      created_at: a.created_at, created_by: a.created_by, deleted_at: a.deleted_at, deleted_by: a.deleted_by,
    }).execute();
  }
}
