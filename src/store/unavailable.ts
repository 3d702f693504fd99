/**
 * Errors that mean "the database cannot answer now" (PostgreSQL restarting or unreachable, a
 * connection dropped, SQLite busy or its disk full) rather than a fault of the request or of the
 * code: the API answers them 503 with a problem, and start-up waits for the database on them.
 */

export type Unavailable = 'disk_full' | 'busy' | 'down';

/** SQLSTATE classes and codes of a database that is going away or not there yet. */
const PG_DOWN = /^(08|57P0[1-3]|53300|53400)/;
const NODE_DOWN = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const PG_MESSAGES = /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable|terminating connection/i;

export function unavailable(err: unknown): Unavailable | null {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = String((e as { code?: unknown }).code ?? '');
    if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'disk_full';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
    if (PG_DOWN.test(code) || NODE_DOWN.has(code)) return 'down';
    if (e instanceof Error && PG_MESSAGES.test(e.message)) return 'down';
    // A pooled connect that failed on each address (AggregateError of ECONNREFUSED).
    if (e instanceof AggregateError && e.errors.some((x) => unavailable(x) !== null)) return 'down';
  }
  return null;
}
