/**
 * The organisation audit trail (GDPR art. 5(2), accountability): one hash chain per organisation,
 * `seq` 1, 2, 3… with each entry's hash covering the previous one. The table refuses updates and
 * deletions by trigger; someone who removes the triggers is still caught by `recours audit verify`.
 * The installation's own events (failed logins for unknown addresses, retention runs) are in the chain `-`.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  await db.schema.createTable('audit_log')
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('via', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target', 'text')
    .addColumn('detail_json', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('audit_log_pk', ['organisation_id', 'seq'])
    .execute();
  await db.schema.createIndex('audit_log_org_at').on('audit_log').columns(['organisation_id', 'at']).execute();
  if (dialect === 'sqlite') {
    for (const op of ['update', 'delete'])
      await sql.raw(`create trigger audit_log_no_${op} before ${op} on audit_log begin select raise(abort, 'the audit trail is append-only'); end`).execute(db);
  } else {
    await sql.raw(`create function audit_log_append_only() returns trigger language plpgsql as $$ begin raise exception 'the audit trail is append-only'; end $$`).execute(db);
    await sql.raw('create trigger audit_log_no_change before update or delete on audit_log for each row execute function audit_log_append_only()').execute(db);
  }
}

export async function down(db: Kysely<unknown>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
  if (dialect === 'postgres') await sql.raw('drop function audit_log_append_only()').execute(db);
}
