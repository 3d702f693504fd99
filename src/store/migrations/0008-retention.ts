/**
 * Retention per organisation (GDPR art. 5(1)(e), storage limitation): archive a case after N
 * months without activity, erase it M months after it was closed. No row: nothing is done.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('retention_policies')
    .addColumn('organisation_id', 'text', (c) => c.primaryKey().references('organisations.id'))
    .addColumn('archive_after_months', 'integer')
    .addColumn('erase_after_months', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('retention_policies').execute();
}
