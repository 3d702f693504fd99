/**
 * A store for @fastify/rate-limit that keeps the counters in the registry's database (table
 * `rate_limits`, migration 0009), so that every process behind a load balancer counts the same
 * caller together. One upsert a request: a new window starts at 1, a live one adds 1.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** Windows are at most a minute; rows idle for an hour are removed now and then. */
const STALE_MS = 3_600_000;
const SWEEP_EVERY = 1000;

export function databaseRateLimits(db: Kysely<Database>) {
  let calls = 0;
  const store = {
    incr(bucket: string, cb: Callback, timeWindow: number): void {
      const now = Date.now();
      const expired = sql<boolean>`rate_limits.started_ms + ${timeWindow} <= ${now}`;
      db.insertInto('rate_limits').values({ bucket, started_ms: now, count: 1 })
        .onConflict((oc) => oc.column('bucket').doUpdateSet({
          count: sql`case when ${expired} then 1 else rate_limits.count + 1 end`,
          started_ms: sql`case when ${expired} then ${now} else rate_limits.started_ms end`,
        }))
        .returning(['count', 'started_ms'])
        .executeTakeFirstOrThrow()
        .then((r) => cb(null, { current: Number(r.count), ttl: Math.max(0, Number(r.started_ms) + timeWindow - now) }), (e: Error) => cb(e));
      if (++calls % SWEEP_EVERY === 0) db.deleteFrom('rate_limits').where('started_ms', '<', now - STALE_MS).execute().catch(() => undefined);
    },
    child: () => store,
  };
  /** The plugin constructs its store: the class hands back this one, bound to the database. */
  return class { constructor() { return store; } } as unknown as new () => typeof store;
}
