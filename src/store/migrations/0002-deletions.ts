/**
 * Erasure (GDPR art. 17): a deleted case leaves no personal data behind, only who deleted which id
 * and when, so that the registry can show that the deletion was asked for and done.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('case_deletions')
    .addColumn('case_id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_label', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('case_deletions').execute();
}
