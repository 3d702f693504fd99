/**
 * Watching a server run: Prometheus metrics (prom-client), every one named `recours_…`. Requests
 * are counted by route pattern (never the path itself: it holds case ids) and status; latency,
 * engine time and the letter pool's queue are measured; database errors are counted. Off unless
 * `recours serve --metrics` (on the server's port, `GET /metrics`) or `--metrics-port N` (its own).
 */
import { createServer, type Server } from 'node:http';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { FastifyError } from 'fastify';
import type { App, Ctx } from './context.js';
import { engineChannel, type EngineTiming } from './engineTime.js';

export interface Metrics {
  registry: Registry;
  /** Serve `GET /metrics` on the server's own port. */
  onAppPort: boolean;
}

export function createMetrics(onAppPort: boolean): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'recours_' });
  return { registry, onAppPort };
}

/** A database driver's error (SQLite or PostgreSQL), as opposed to a fault of the code. */
export function isDatabaseError(err: Error & { code?: unknown; severity?: unknown }): boolean {
  return err.name === 'SqliteError' || (typeof err.severity === 'string' && typeof err.code === 'string') || /^(ECONNREFUSED|ECONNRESET|57P0\d)$/.test(String(err.code));
}

/** Registers the hooks that feed the metrics of one server. */
export function instrument(app: App, ctx: Ctx, m: Metrics): void {
  const registers = [m.registry];
  const requests = new Counter({ name: 'recours_http_requests_total', help: 'HTTP requests answered, by method, route pattern and status', labelNames: ['method', 'route', 'status'], registers });
  const latency = new Histogram({
    name: 'recours_http_request_duration_seconds', help: 'Time to answer an HTTP request, by method and route pattern', labelNames: ['method', 'route'], registers,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  });
  const engine = new Histogram({
    name: 'recours_engine_duration_seconds', help: 'Time spent in the engine per call, by operation (assess, missing, whatif)', labelNames: ['operation'], registers,
    buckets: [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
  });
  const dbErrors = new Counter({ name: 'recours_database_errors_total', help: 'Requests that failed on a database error', registers });
  new Gauge({ name: 'recours_work_queue_depth', help: 'Heavy requests (what-if, missing facts, letters, imports) waiting for a thread of the work pool', registers, collect() { this.set(ctx.work.queued); } });
  new Gauge({ name: 'recours_work_running', help: 'Heavy requests running in the work pool now', registers, collect() { this.set(ctx.work.running); } });
  new Counter({ name: 'recours_work_offloaded_total', help: 'Heavy requests computed by the work pool', registers, collect() { this.reset(); this.inc(ctx.work.offloaded); } });

  const onEngine = (t: unknown) => engine.observe({ operation: (t as EngineTiming).operation }, (t as EngineTiming).seconds);
  subscribe(engineChannel.name, onEngine);
  app.addHook('onClose', async () => unsubscribe(engineChannel.name, onEngine));

  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    requests.inc({ method: req.method, route, status: String(reply.statusCode) });
    latency.observe({ method: req.method, route }, reply.elapsedTime / 1000);
  });
  app.addHook('onError', async (_req, _reply, err: FastifyError) => {
    if (isDatabaseError(err)) dbErrors.inc();
  });
  if (m.onAppPort)
    app.get('/metrics', { schema: { hide: true } }, async (_req, reply) => reply.type(m.registry.contentType).send(await m.registry.metrics()));
}

/** What a metrics port serves: one process's metrics, or (`--workers N`) the sum over the workers. */
export interface Scrape { text(): Promise<string>; contentType: string }

export const scrapeOf = (m: Metrics): Scrape => ({ text: () => m.registry.metrics(), contentType: m.registry.contentType });

/** In the primary of `--workers N`: asks every worker for its metrics and adds them up (prom-client's cluster support). */
export function clusterScrape(): Scrape {
  const aggregator = new AggregatorRegistry();
  return { text: () => aggregator.clusterMetrics(), contentType: aggregator.contentType };
}

/** In a worker: answer the primary's requests with this server's metrics. */
export function answerPrimary(m: Metrics): void {
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([m.registry]);
}

/** The metrics on a port of their own (`--metrics-port`), apart from the API. */
export async function serveMetrics(scrape: Scrape, port: number, host: string): Promise<{ server: Server; address: string }> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('only GET /metrics here\n');
      return;
    }
    scrape.text().then(
      (text) => res.writeHead(200, { 'content-type': scrape.contentType }).end(text),
      () => res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('metrics unavailable\n'),
    );
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  const a = server.address();
  const address = typeof a === 'object' && a ? `http://${a.family === 'IPv6' ? `[${a.address}]` : a.address}:${a.port}` : String(a);
  return { server, address };
}
