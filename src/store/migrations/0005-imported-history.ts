/**
 * History brought in by an import is kept as it was written elsewhere, but marked: who imported it
 * and when. The registry's own log (entries with no mark) stays what this registry saw; an imported
 * entry is the other registry's word, not a fact of this one.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('case_history').addColumn('imported_by', 'text').execute();
  await db.schema.alterTable('case_history').addColumn('imported_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('case_history').dropColumn('imported_at').execute();
  await db.schema.alterTable('case_history').dropColumn('imported_by').execute();
}
