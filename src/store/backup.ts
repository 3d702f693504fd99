/**
 * Backups of the registry. SQLite: the online backup API (consistent while the server runs),
 * checked with integrity_check; restored by an atomic rename, never over a database without
 * `force`. PostgreSQL: pg_dump's custom format, restored with pg_restore --clean.
 */
import { execFile } from 'node:child_process';
import { closeSync, existsSync, openSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import type { StoreTarget } from './db.js';

const run = promisify(execFile);
export type BackupResult = { ok: true; detail: string } | { ok: false; message: string };

const sqlitePath = (dir: string) => join(dir, 'recours.sqlite');

/** A new file readable by its owner only (a backup holds the whole registry); refuses an existing one. */
const createOwnerOnly = (file: string) => closeSync(openSync(file, 'wx', 0o600));

/**
 * How pg_dump and pg_restore reach the database: the URL without its password on the command line
 * (argv is visible to every local user in `ps`), the password in their environment (PGPASSWORD).
 */
function pgConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { dbname: u.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

function checkSqlite(file: string): string | null {
  let db: BetterSqlite3.Database | null = null;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `integrity check failed: ${String(integrity)}`;
    const t = db.prepare("select count(*) as n from sqlite_master where type = 'table' and name = 'cases'").get() as { n: number };
    if (t.n !== 1) return 'not a recours database (no cases table)';
    return null;
  } catch (e) {
    return `not a readable SQLite database (${(e as Error).message})`;
  } finally {
    db?.close();
  }
}

export async function backup(target: StoreTarget, out: string): Promise<BackupResult> {
  if (existsSync(out)) return { ok: false, message: `${out}: exists (choose another file)` };
  if ('databaseUrl' in target) {
    try {
      const c = pgConnection(target.databaseUrl);
      createOwnerOnly(out);
      await run('pg_dump', ['--format=custom', '--no-owner', `--file=${out}`, `--dbname=${c.dbname}`], { env: c.env });
      return { ok: true, detail: 'pg_dump, custom format' };
    } catch (e) {
      rmSync(out, { force: true });
      return { ok: false, message: `pg_dump failed: ${(e as { stderr?: string }).stderr?.trim() || (e as Error).message}` };
    }
  }
  const file = sqlitePath(target.dataDir);
  if (!existsSync(file)) return { ok: false, message: `${file}: no database here` };
  const db = new BetterSqlite3(file, { fileMustExist: true });
  try {
    createOwnerOnly(out);
    await db.backup(out);
  } finally {
    db.close();
  }
  const bad = checkSqlite(out);
  return bad ? { ok: false, message: `${out}: ${bad}` } : { ok: true, detail: 'SQLite online backup, integrity checked' };
}

export async function restore(target: StoreTarget, from: string, force: boolean): Promise<BackupResult> {
  if (!existsSync(from)) return { ok: false, message: `${from}: no such file` };
  if ('databaseUrl' in target) {
    try {
      const c = pgConnection(target.databaseUrl);
      await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${c.dbname}`, from], { env: c.env });
      return { ok: true, detail: 'pg_restore --clean' };
    } catch (e) {
      return { ok: false, message: `pg_restore failed: ${(e as { stderr?: string }).stderr?.trim() || (e as Error).message}` };
    }
  }
  const bad = checkSqlite(from);
  if (bad) return { ok: false, message: `${from}: ${bad}` };
  const file = sqlitePath(target.dataDir);
  if (existsSync(file) && !force) return { ok: false, message: `${file}: a database is already there (stop the server, then use --force to replace it)` };
  const tmp = `${file}.restoring`;
  rmSync(tmp, { force: true });
  createOwnerOnly(tmp);
  const src = new BetterSqlite3(from, { readonly: true, fileMustExist: true });
  try {
    await src.backup(tmp);
  } finally {
    src.close();
  }
  for (const ext of ['-wal', '-shm']) rmSync(file + ext, { force: true });
  renameSync(tmp, file);
  return { ok: true, detail: 'SQLite database replaced' };
}
