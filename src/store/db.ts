/**
 * Opening the registry: SQLite (better-sqlite3, WAL, synchronous=FULL so that an acknowledged
 * write survives a crash) in a data directory by default, PostgreSQL when a URL is given. The
 * migrations run on open; both databases get the same schema and the same behaviour.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, SqliteAdapter, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type Migration } from 'kysely';
import type { Database } from './schema.js';
import { unavailable } from './unavailable.js';
import * as registry0001 from './migrations/0001-registry.js';
import * as deletions0002 from './migrations/0002-deletions.js';
import * as deadlines0003 from './migrations/0003-deadlines.js';
import * as listOrder0004 from './migrations/0004-list-order.js';
import * as importedHistory0005 from './migrations/0005-imported-history.js';
import * as attachments0006 from './migrations/0006-attachments.js';
import * as audit0007 from './migrations/0007-audit.js';
import * as retention0008 from './migrations/0008-retention.js';
import * as rateLimits0009 from './migrations/0009-rate-limits.js';
import * as oidc0010 from './migrations/0010-oidc.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data is: a file path or the URL without its password. */
  location: string;
  close(): Promise<void>;
}

export type StoreTarget = { dataDir: string } | { databaseUrl: string };

export interface OpenOptions {
  /** How long start-up waits for a database that is not there yet (restarting, still booting): 0 fails at once. */
  waitMs?: number;
  /** Told of each failed attempt that will be retried, and how long until the next. */
  onRetry?: (error: Error, delayMs: number) => void;
}

const MIGRATIONS: Record<string, (d: Dialect) => Migration> = {
  '0001-registry': (d) => ({ up: (db) => registry0001.up(db, d), down: (db) => registry0001.down(db) }),
  '0002-deletions': () => ({ up: (db) => deletions0002.up(db), down: (db) => deletions0002.down(db) }),
  '0003-deadlines': () => ({ up: (db) => deadlines0003.up(db), down: (db) => deadlines0003.down(db) }),
  '0004-list-order': () => ({ up: (db) => listOrder0004.up(db), down: (db) => listOrder0004.down(db) }),
  '0005-imported-history': () => ({ up: (db) => importedHistory0005.up(db), down: (db) => importedHistory0005.down(db) }),
  '0006-attachments': (d) => ({ up: (db) => attachments0006.up(db, d), down: (db) => attachments0006.down(db) }),
  '0007-audit': (d) => ({ up: (db) => audit0007.up(db, d), down: (db) => audit0007.down(db, d) }),
  '0008-retention': () => ({ up: (db) => retention0008.up(db), down: (db) => retention0008.down(db) }),
  '0009-rate-limits': () => ({ up: (db) => rateLimits0009.up(db), down: (db) => rateLimits0009.down(db) }),
  '0010-oidc': () => ({ up: (db) => oidc0010.up(db), down: (db) => oidc0010.down(db) }),
};

/** The migrations, in order. */
export const MIGRATION_NAMES = Object.keys(MIGRATIONS);

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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * SQLite's DDL is transactional, but Kysely's adapter says otherwise, so its Migrator would run each
 * step on its own: a crash in the middle of a migration left it half done and unrecorded, and every
 * later start failed ("table already exists"). Said true, the migrations run in one transaction,
 * as on PostgreSQL: a crash leaves the database as it was, and the next start migrates again.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
/**
 * On some errors (SQLITE_FULL, SQLITE_IOERR) SQLite has already rolled the transaction back, so
 * the ROLLBACK that follows fails with "no transaction is active" — and that error used to replace
 * the one that said what happened (a full disk answered "internal error").
 */
class SqliteDriverKeepingCause extends SqliteDriver {
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await super.rollbackTransaction(connection);
    } catch (e) {
      if (!/no transaction is active/.test((e as Error).message)) throw e;
    }
  }
}
class SqliteTransactionalDialect extends SqliteDialect {
  readonly #config: ConstructorParameters<typeof SqliteDialect>[0];
  constructor(config: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(config);
    this.#config = config;
  }
  override createAdapter(): SqliteAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
  override createDriver(): Driver {
    return new SqliteDriverKeepingCause(this.#config);
  }
}

/**
 * The data directory 0700 and the database 0600: they hold personal data and password hashes.
 * SQLite gives its -wal and -shm files the database's mode. An existing looser mode is tightened.
 */
export function ownerOnly(dir: string, file: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const [path, mode] of [[dir, 0o700], [file, 0o600]] as const)
    if ((statSync(path).mode & 0o777) !== mode) {
      try {
        chmodSync(path, mode);
      } catch {
        // Not ours to change (a directory given by the administrator): left as it is.
      }
    }
}

/** The database, not yet migrated (tests of an upgrade start from an older schema). */
export function connect(target: StoreTarget): Omit<Store, 'close'> {
  let db: Kysely<Database>;
  let dialect: Dialect;
  let location: string;
  if ('databaseUrl' in target) {
    dialect = 'postgres';
    location = redactUrl(target.databaseUrl);
    // A connection attempt gives up after 5 s, so that a request fails (503) rather than waits.
    const pool = new pg.Pool({ connectionString: target.databaseUrl, max: 10, types: pgTypes, connectionTimeoutMillis: 5000 });
    // A connection closed by the server (restart, failover) emits 'error' on its client: when idle,
    // on the pool; when checked out, on the client itself. Without a listener either would crash the
    // process; with one, the query in flight fails (503), the pool drops the client and the next
    // query opens a new connection.
    pool.on('error', () => undefined);
    pool.on('connect', (client) => client.on('error', () => undefined));
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  } else {
    dialect = 'sqlite';
    location = join(target.dataDir, 'recours.sqlite');
    ownerOnly(target.dataDir, location);
    const sqlite = new BetterSqlite3(location);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    db = new Kysely<Database>({ dialect: new SqliteTransactionalDialect({ database: sqlite }) });
  }
  return { db, dialect, location };
}

export async function openStore(target: StoreTarget, o: OpenOptions = {}): Promise<Store> {
  const { db, dialect, location } = connect(target);
  // The database may still be starting (or restarting): retry with back-off, only on errors that
  // say so, and only for `waitMs`; a migration that fails for any other reason fails at once.
  const deadline = Date.now() + (o.waitMs ?? 0);
  for (let delay = 250; ; delay = Math.min(delay * 2, 2000)) {
    try {
      await migrate(db, dialect);
      break;
    } catch (e) {
      const wait = Math.min(delay, deadline - Date.now());
      if (!unavailable(e) || wait <= 0) {
        await db.destroy();
        throw e;
      }
      o.onRetry?.(e as Error, wait);
      await sleep(wait);
    }
  }
  return { db, dialect, location, close: () => db.destroy() };
}

/** Migrates to the latest schema, or up (or down) to the migration named `to` (tests of an upgrade). */
export async function migrate(db: Kysely<Database>, dialect: Dialect, to?: string): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => Object.fromEntries(Object.entries(MIGRATIONS).map(([k, m]) => [k, m(dialect)])) },
  });
  const { error, results } = await (to ? migrator.migrateTo(to) : migrator.migrateToLatest());
  if (error) throw new Error(`database migration failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
