/**
 * Prometheus metrics: off by default; on the server's port with `metrics`, on a port of their own
 * with `recours serve --metrics-port`; counted by route pattern and status, every name `recours_…`.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/server/metrics.js';
import { startServer, type TestServer } from './support.js';
import { serve } from '../support/serve.js';

const body = readFileSync('examples/be-ombudsfin-2013-1876.case.json', 'utf8');

/** The value of one sample line of a Prometheus text exposition, or undefined. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `) ? want.every((w) => l.includes(w)) : false);
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('metrics on the server port', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer('sqlite', { mode: 'local', metrics: createMetrics(true) });
  });
  afterAll(() => s.close());

  it('counts requests by route pattern and status, times them and the engine, and names every metric recours_', async () => {
    for (let i = 0; i < 3; i++) expect((await fetch(`${s.url}/v1/assessments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"case":${body}}` })).status).toBe(200);
    const created = await fetch(`${s.url}/v1/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"case":${body}}` });
    const { id } = (await created.json()) as { id: string };
    expect((await fetch(`${s.url}/v1/cases/${id}`)).status).toBe(200);
    expect((await fetch(`${s.url}/v1/cases/no-such-case`)).status).toBe(404);
    expect((await fetch(`${s.url}/v1/cases?q=Jeanne%20Dupont`)).status).toBe(200);
    expect((await fetch(`${s.url}/nowhere`)).status).toBe(404);

    const res = await fetch(`${s.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    const text = await res.text();
    expect(sample(text, 'recours_http_requests_total', { method: 'POST', route: '/v1/assessments', status: '200' })).toBe(3);
    expect(sample(text, 'recours_http_requests_total', { method: 'GET', route: '/v1/cases/:id', status: '200' })).toBe(1);
    expect(sample(text, 'recours_http_requests_total', { method: 'GET', route: '/v1/cases/:id', status: '404' })).toBe(1);
    expect(sample(text, 'recours_http_requests_total', { route: 'unmatched', status: '404' })).toBe(1);
    // Neither a case id nor a search term is a label.
    expect(text).not.toContain(id);
    expect(text).not.toContain('Jeanne');
    expect(sample(text, 'recours_http_request_duration_seconds_count', { method: 'POST', route: '/v1/assessments' })).toBe(3);
    expect(sample(text, 'recours_http_request_duration_seconds_bucket', { route: '/v1/assessments', le: '+Inf' })).toBe(3);
    // Three assessments and the registry's own assessment of the stored case.
    expect(sample(text, 'recours_engine_duration_seconds_count', { operation: 'assess' })).toBe(4);
    expect(sample(text, 'recours_engine_duration_seconds_sum', { operation: 'assess' })).toBeGreaterThan(0);
    expect(sample(text, 'recours_work_queue_depth')).toBe(0);
    expect(sample(text, 'recours_database_errors_total')).toBe(0);
    expect(sample(text, 'recours_process_resident_memory_bytes')).toBeGreaterThan(0);
    const names = new Set(text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => /^[a-zA-Z_:][\w:]*/.exec(l)![0]));
    expect(names.size).toBeGreaterThan(10);
    for (const n of names) expect(n).toMatch(/^recours_/);
  });

  it('counts a database error', async () => {
    await sql`alter table organisations rename to organisations_gone`.execute(s.store.db);
    try {
      expect((await fetch(`${s.url}/v1/health`)).status).toBe(500);
    } finally {
      await sql`alter table organisations_gone rename to organisations`.execute(s.store.db);
    }
    const text = await (await fetch(`${s.url}/metrics`)).text();
    expect(sample(text, 'recours_database_errors_total')).toBe(1);
    expect(sample(text, 'recours_http_requests_total', { route: '/v1/health', status: '500' })).toBe(1);
  });
});

it('serves no metrics unless asked', async () => {
  const s = await startServer('sqlite', { mode: 'local' });
  try {
    expect((await fetch(`${s.url}/metrics`)).status).toBe(404);
  } finally {
    await s.close();
  }
});

describe('recours serve (built CLI)', () => {
  it('--metrics-port serves them on a port of their own, --metrics on the same port', async () => {
    const own = await serve(['--port', '0', '--metrics-port', '0', '--data', mkdtempSync(join(tmpdir(), 'recours-metrics-'))], [/listening on (http:\/\/\S+)/, /metrics on (http:\/\/\S+\/metrics)/]);
    try {
      const [api, metrics] = own.matches.map((m) => m[1]!);
      expect((await fetch(`${api}/v1/law?at=2020-01-01`)).status).toBe(200);
      // The API's port has no metrics (the web app answers the address with its page).
      expect(await (await fetch(`${api}/metrics`)).text()).not.toContain('recours_http_requests_total');
      const text = await (await fetch(metrics!)).text();
      expect(sample(text, 'recours_http_requests_total', { method: 'GET', route: '/v1/law', status: '200' })).toBe(1);
    } finally {
      expect(await own.stop()).toBe(0);
    }
    const same = await serve(['--port', '0', '--metrics', '--data', mkdtempSync(join(tmpdir(), 'recours-metrics-'))], [/listening on (http:\/\/\S+)/]);
    try {
      const api = same.matches[0]![1]!;
      await fetch(`${api}/v1/health`);
      expect(sample(await (await fetch(`${api}/metrics`)).text(), 'recours_http_requests_total', { route: '/v1/health', status: '200' })).toBe(1);
    } finally {
      expect(await same.stop()).toBe(0);
    }
  });

  it('--workers 2 --metrics-port sums both processes; --metrics with --workers is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recours-metrics-'));
    const s = await serve(['--port', '0', '--workers', '2', '--metrics-port', '0', '--data', dir], [/listening on (http:\/\/\S+) .*2 processes/, /metrics on (http:\/\/\S+\/metrics)/]);
    try {
      const [api, metrics] = s.matches.map((m) => m[1]!);
      // New connections each time, so that both processes answer some.
      for (let i = 0; i < 20; i++) await fetch(`${api}/v1/health`, { headers: { connection: 'close' } });
      expect(sample(await (await fetch(metrics!)).text(), 'recours_http_requests_total', { route: '/v1/health', status: '200' })).toBe(20);
    } finally {
      expect(await s.stop()).toBe(0);
    }
    await expect(serve(['--port', '0', '--workers', '2', '--metrics', '--data', dir], [/listening/])).rejects.toThrow(/--metrics-port/);
  });
});
