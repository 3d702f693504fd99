/**
 * Opening the registry: SQLite (better-sqlite3, WAL, synchronous=FULL so that an acknowledged
 * write survives a crash) in a data directory by default, PostgreSQL when a URL is given. The
 * migrations run on open; both databases get the same schema and the same behaviour.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Migration } from 'kysely';
import type { Database } from './schema.js';
import * as registry0001 from './migrations/0001-registry.js';
import * as deletions0002 from './migrations/0002-deletions.js';
import * as deadlines0003 from './migrations/0003-deadlines.js';
import * as listOrder0004 from './migrations/0004-list-order.js';
import * as attachments0006 from './migrations/0006-attachments.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data is: a file path or the URL without its password. */
  location: string;
  close(): Promise<void>;
}

export type StoreTarget = { dataDir: string } | { databaseUrl: string };

const MIGRATIONS: Record<string, (d: Dialect) => Migration> = {
  '0001-registry': (d) => ({ up: (db) => registry0001.up(db, d), down: (db) => registry0001.down(db) }),
  '0002-deletions': () => ({ up: (db) => deletions0002.up(db), down: (db) => deletions0002.down(db) }),
  '0003-deadlines': () => ({ up: (db) => deadlines0003.up(db), down: (db) => deadlines0003.down(db) }),
  '0004-list-order': () => ({ up: (db) => listOrder0004.up(db), down: (db) => listOrder0004.down(db) }),
  '0006-attachments': (d) => ({ up: (db) => attachments0006.up(db, d), down: (db) => attachments0006.down(db) }),
};

/** int8 columns (cents) come back as numbers: amounts stay far below 2^53 cents. */
const pgTypes = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text'),
};

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(invalid URL)';
  }
}

export async function openStore(target: StoreTarget): Promise<Store> {
  let db: Kysely<Database>;
  let dialect: Dialect;
  let location: string;
  if ('databaseUrl' in target) {
    dialect = 'postgres';
    location = redactUrl(target.databaseUrl);
    const pool = new pg.Pool({ connectionString: target.databaseUrl, max: 10, types: pgTypes });
    // An idle connection closed by the server (restart, failover) is dropped by the pool and the
    // next query opens a new one; without a listener the event would crash the process.
    pool.on('error', () => undefined);
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  } else {
    dialect = 'sqlite';
    mkdirSync(target.dataDir, { recursive: true });
    location = join(target.dataDir, 'recours.sqlite');
    const sqlite = new BetterSqlite3(location);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  }
  await migrate(db, dialect);
  return { db, dialect, location, close: () => db.destroy() };
}

/** Migrates to the latest schema, or up (or down) to the migration named `to` (tests of an upgrade). */
export async function migrate(db: Kysely<Database>, dialect: Dialect, to?: string): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => Object.fromEntries(Object.entries(MIGRATIONS).map(([k, m]) => [k, m(dialect)])) },
  });
  const { error, results } = await (to ? migrator.migrateTo(to) : migrator.migrateToLatest());
  if (error) throw new Error(`database migration failed: ${error instanceof Error ? error.message : String(error)}`);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
