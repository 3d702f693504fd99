/** `recours serve` (the HTTP API, the registry and the web app) and `recours admin` (users). */
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { openStore } from '../store/db.js';
import { dataOption, ServeError, targetOf, urlOption, type StoreOpts } from './storeOptions.js';
import { createUser, ensureOrganisation, localPrincipal } from '../store/users.js';
import { buildApp } from '../server/app.js';
import { DEFAULT_LIMITS } from '../server/context.js';
import { backup, restore } from '../store/backup.js';
import { appendAudit } from '../store/audit.js';
import { checkSchedule, scheduleRetention } from './retention.js';
import { discoverSso, SsoConfigSchema, type Sso } from '../server/sso.js';
import { answerPrimary, clusterScrape, createMetrics, scrapeOf, serveMetrics } from '../server/metrics.js';

const int = (what: string, min: number) => (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected ${what} (a whole number ≥ ${min})`);
  return n;
};

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

interface ServeOpts extends StoreOpts {
  port: number; host: string; multiUser: boolean; bodyLimit: number; maxTransactions: number; rateLimit: number; secureCookies: boolean; log: boolean; workers: number; workThreads: number; letterThreads?: number;
  dbWait: number; workBudget: number;
  metrics: boolean; metricsPort?: number; retentionSchedule: string; trustProxy?: string; rateLimits?: 'memory' | 'database'; oidcConfig?: string;
}

const banner = (address: string, o: ServeOpts, dialect: string, location: string) =>
  `recours listening on ${address.replace('[::1]', 'localhost')} (${o.multiUser ? 'multi-user' : 'local'} mode, ${dialect}: ${location}${o.workers > 1 ? `, ${o.workers} processes` : ''})`;

const say = (line: string) => process.stderr.write(`recours: ${line}\n`);
const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The store, waiting up to --db-wait for a database that is (re)starting, and saying so. */
const openWaiting = (o: ServeOpts) =>
  openStore(targetOf(o), { waitMs: o.dbWait * 1000, onRetry: (e, ms) => say(`the database is not ready (${reason(e)}); retrying in ${(ms / 1000).toFixed(1)} s`) });

/** The sign-on settings of `--oidc-config`, checked, and the provider's metadata read. */
async function ssoOf(file: string): Promise<Sso> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ServeError(`--oidc-config ${file}: ${(e as Error).message}`);
  }
  const parsed = SsoConfigSchema.safeParse(raw);
  if (!parsed.success) throw new ServeError(`--oidc-config ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '/'}: ${i.message}`).join('; ')}`);
  const secret = process.env[parsed.data.client_secret_env];
  if (!secret) throw new ServeError(`--oidc-config ${file}: the client secret is missing from the environment variable ${parsed.data.client_secret_env}`);
  try {
    return await discoverSso(parsed.data, secret);
  } catch (e) {
    throw new ServeError(`--oidc-config ${file}: cannot read the provider's metadata at ${parsed.data.issuer}: ${(e as Error).message}`);
  }
}

/** One server in this process: store, app, listen; closed cleanly on SIGINT/SIGTERM, and on a failed start. */
async function serveHere(o: ServeOpts) {
  const store = await openWaiting(o);
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    const metrics = o.metrics || o.metricsPort !== undefined ? createMetrics(o.metrics) : undefined;
    const sso = o.oidcConfig ? await ssoOf(o.oidcConfig) : undefined;
    app = await buildApp({
      store, mode: o.multiUser ? 'multi' : 'local', secureCookies: o.secureCookies, logger: o.log, workThreads: o.letterThreads ?? o.workThreads,
      metrics, trustProxy: o.trustProxy, sso, sharedRateLimits: (o.rateLimits ?? (o.databaseUrl ? 'database' : 'memory')) === 'database',
      limits: { bodyBytes: o.bodyLimit, transactions: o.maxTransactions, ratePerMinute: o.rateLimit, workMs: o.workBudget },
    });
    const address = await app.listen({ port: o.port, host: o.host });
    if (metrics && o.metricsPort !== undefined) {
      if (cluster.isWorker) answerPrimary(metrics);
      else process.stdout.write(`metrics on ${(await serveMetrics(scrapeOf(metrics), o.metricsPort, o.host)).address}/metrics\n`);
    }
    // With --workers N, the first worker alone runs the schedule (a replaced one takes it over).
    const retention = !cluster.isWorker || process.env.RECOURS_RETENTION_WORKER === '1'
      ? scheduleRetention(store, o.retentionSchedule, app.log)
      : { stop: () => {} };
    const running = app;
    const stop = async () => {
      retention.stop();
      await running.close();
      await store.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return { address, store };
  } catch (e) {
    await app?.close().catch(() => undefined);
    await store.close().catch(() => undefined);
    throw e;
  }
}

type WorkerMessage = { listening?: string; failed?: string };

/**
 * The primary of `--workers N`: migrates once (and creates the local user), forks the workers,
 * prints the address when all listen, stops them all on a signal. A worker that cannot start
 * reports why and exits 1: before the service is up, the primary then stops and exits 1 (never a
 * live process that serves nothing); afterwards it is replaced, with a growing delay while
 * replacements keep failing (a database down longer than --db-wait), each failure said on stderr.
 */
async function primary(o: ServeOpts): Promise<void> {
  const store = await openWaiting(o);
  if (!o.multiUser) await localPrincipal(store.db);
  const { dialect, location } = store;
  await store.close();
  let stopping = false;
  let started = false;
  let listening = 0;
  let delay = 250;
  const failures = new Map<number, string>();
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    process.exitCode = code;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    setTimeout(() => process.exit(code), 2000).unref();
  };
  let retentionWorker = -1;
  const fork = (retention: boolean) => {
    const w = cluster.fork({ RECOURS_RETENTION_WORKER: retention ? '1' : '0' });
    if (retention) retentionWorker = w.id;
    w.on('message', (m: WorkerMessage) => {
      if (m.failed) failures.set(w.id, m.failed);
      if (!m.listening) return;
      delay = 250;
      if (!started && ++listening === o.workers) {
        started = true;
        clearTimeout(startTimer);
        process.stdout.write(`${banner(m.listening, o, dialect, location)}\n`);
      }
    });
  };
  cluster.on('exit', (w, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    const why = failures.get(w.id) ?? (signal ? `killed by ${signal}` : `exit code ${code}`);
    failures.delete(w.id);
    if (!started) {
      say(`a server process could not start: ${why}`);
      return stop(1);
    }
    say(`a server process ended (${why}); starting another in ${(delay / 1000).toFixed(1)} s`);
    setTimeout(() => !stopping && fork(w.id === retentionWorker), delay);
    delay = Math.min(delay * 2, 30_000);
  });
  // Workers wait up to --db-wait for the database; past that and a margin, the start has failed.
  const startTimer = setTimeout(() => {
    say(`the server processes did not start within ${o.dbWait + 30} s`);
    stop(1);
  }, (o.dbWait + 30) * 1000);
  for (let i = 0; i < o.workers; i++) fork(i === 0);
  if (o.metricsPort !== undefined) process.stdout.write(`metrics on ${(await serveMetrics(clusterScrape(), o.metricsPort, o.host)).address}/metrics\n`);
  process.once('SIGINT', () => stop(0));
  process.once('SIGTERM', () => stop(0));
}

/** A worker: serves, or tells the primary why it cannot and exits 1 (an open pool would keep it alive). */
async function worker(o: ServeOpts): Promise<void> {
  try {
    const { address } = await serveHere(o);
    process.send?.({ listening: address } satisfies WorkerMessage);
  } catch (e) {
    say(reason(e));
    process.send?.({ failed: reason(e) } satisfies WorkerMessage, () => process.exit(1));
  }
}

export function registerServe(cmd: Command): void {
  cmd
    .command('serve')
    .description('serve the HTTP API, the case registry and the web app')
    .addOption(new Option('--port <port>', 'TCP port (0: any free port)').argParser(int('a port', 0)).default(4180))
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .addOption(dataOption())
    .addOption(urlOption())
    .option('--multi-user', 'organisations, users, logins and tokens (default: local mode, one implicit user, loopback only)', false)
    .addOption(new Option('--body-limit <bytes>', 'largest request body').argParser(int('a size in bytes', 1024)).default(DEFAULT_LIMITS.bodyBytes))
    .addOption(new Option('--max-transactions <n>', 'most transactions in one case').argParser(int('a count', 1)).default(DEFAULT_LIMITS.transactions))
    .addOption(new Option('--rate-limit <n>', 'requests per minute per token, user or address in multi-user mode (0: none)').argParser(int('a count', 0)).default(DEFAULT_LIMITS.ratePerMinute))
    .option('--secure-cookies', 'mark session cookies Secure (behind HTTPS)', false)
    .option('--log', 'log every request on standard error (JSON)', false)
    .addOption(new Option('--work-threads <n>', 'worker threads per process for what-if, missing facts, letters and imports (0: in the event loop)').argParser(int('a count', 0)).default(1))
    .addOption(new Option('--letter-threads <n>', 'former name of --work-threads').argParser(int('a count', 0)).hideHelp())
    .addOption(new Option('--work-budget <ms>', 'longest a what-if, missing-facts, letter or import computation may take, queue included (then 503)').argParser(int('milliseconds', 100)).default(DEFAULT_LIMITS.workMs))
    .addOption(new Option('--workers <n>', 'server processes sharing the port (node:cluster); rate limits are per process unless --rate-limits database').argParser(int('a count', 1)).default(1))
    .addOption(new Option('--db-wait <seconds>', 'how long start-up waits for a database that is not ready yet (PostgreSQL starting or restarting)').argParser(int('a number of seconds', 0)).default(60))
    .addOption(new Option('--retention-schedule <cron>', "when to apply the organisations' retention policies (cron, Paris time; off: never)").argParser(checkSchedule).default('15 3 * * *'))
    .option('--metrics', 'Prometheus metrics at GET /metrics on the same port (off by default)', false)
    .addOption(new Option('--metrics-port <port>', 'Prometheus metrics at GET /metrics on a port of their own, on the same host (summed over --workers)').argParser(int('a port', 0)))
    .option('--oidc-config <file>', 'single sign-on with an OpenID provider: a JSON file (issuer, client_id, redirect_uri, claim, map; docs/operations.md); the client secret in the environment')
    .option('--trust-proxy <addresses>', "reverse proxies (addresses or CIDR ranges, comma-separated) whose X-Forwarded-For gives the client's address, for rate limits and the audit trail")
    .addOption(new Option('--rate-limits <where>', 'where rate-limit counters are kept: each process\'s memory, or the database, shared by every process (default: database with --database-url, else memory)').choices(['memory', 'database']))
    .action(async (o: ServeOpts) => {
      if (!o.multiUser && !LOOPBACK.has(o.host))
        throw new ServeError(`--host ${o.host}: local mode has no login, so it listens on the loopback only; use --multi-user to serve other machines`);
      if (o.oidcConfig && !o.multiUser) throw new ServeError('--oidc-config: sign-on is for multi-user mode (--multi-user)');
      if (o.metrics && o.workers > 1) throw new ServeError('--metrics with --workers: each process would answer for itself; use --metrics-port N, which sums the processes');
      if (o.workers > 1 && cluster.isPrimary) return primary(o);
      if (cluster.isWorker) return worker(o);
      const { address, store } = await serveHere(o);
      process.stdout.write(`${banner(address, o, store.dialect, store.location)}\n`);
    });

  const admin = cmd.command('admin').description('manage organisations and users of a multi-user server');
  admin
    .command('create-user')
    .description('create a user (and its organisation if new)')
    .addOption(dataOption())
    .addOption(urlOption())
    .requiredOption('--org <name>', 'organisation')
    .requiredOption('--email <address>', 'login e-mail address')
    .option('--name <name>', 'display name')
    .addOption(new Option('--password <password>', 'password, at least 12 characters').env('RECOURS_PASSWORD').makeOptionMandatory())
    .addOption(new Option('--role <role>', 'role').choices(['caseworker', 'admin']).default('caseworker'))
    .action(async (o: StoreOpts & { org: string; email: string; name?: string; password: string; role: 'caseworker' | 'admin' }) => {
      if (o.password.length < 12) throw new ServeError('--password: expected at least 12 characters');
      const store = await openStore(targetOf(o));
      try {
        const organisationId = await ensureOrganisation(store.db, o.org);
        const r = await createUser(store.db, { organisationId, email: o.email, name: o.name ?? o.email, role: o.role, password: o.password });
        if (!r.ok) throw new ServeError(`--email ${o.email}: a user with this address already exists`);
        await appendAudit(store.db, { organisationId, actor: { id: null, label: 'recours admin create-user', via: 'cli' }, action: 'user.created', target: r.id, detail: { email: o.email.toLowerCase(), role: o.role } });
        process.stdout.write(`created ${o.role} ${o.email.toLowerCase()} in ${o.org}\n`);
      } finally {
        await store.close();
      }
    });

  cmd
    .command('backup')
    .description('copy the registry to a file while the server runs (SQLite online backup, or pg_dump)')
    .addOption(dataOption())
    .addOption(urlOption())
    .requiredOption('--out <file>', 'backup file (never overwritten)')
    .action(async (o: StoreOpts & { out: string }) => {
      const r = await backup(targetOf(o), o.out);
      if (!r.ok) throw new ServeError(r.message);
      process.stdout.write(`${o.out}: ${r.detail}\n`);
    });

  cmd
    .command('restore')
    .description('put a backup back (stop the server first)')
    .addOption(dataOption())
    .addOption(urlOption())
    .requiredOption('--from <file>', 'a file written by recours backup')
    .option('--force', 'replace an existing SQLite database', false)
    .action(async (o: StoreOpts & { from: string; force: boolean }) => {
      const r = await restore(targetOf(o), o.from, o.force);
      if (!r.ok) throw new ServeError(r.message);
      process.stdout.write(`${o.from}: ${r.detail}\n`);
    });
}

export { ServeError };
