// npm run bench:api: requests/s and latency of the HTTP API on loopback (autocannon), for
// POST /v1/assessments and a registry read, against a server in its own process (SQLite).
// Prints its figures and how they compare with the targets; asserts nothing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startServer } from './server-process.mjs';

const TARGET_RPS = 2000;
const TARGET_P99_MS = 25;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const body = readFileSync(new URL('../examples/be-ombudsfin-2013-1876.case.json', import.meta.url), 'utf8');
// One server process, then two (`--workers 2`): the load generator shares the machine's two cores.
const configurations = (process.env.BENCH_WORKERS ?? '1,2').split(',').map(Number);

function run(url, title, opts) {
  return new Promise((resolve, reject) => {
    const { path, ...rest } = opts;
    autocannon({ url: url + path, connections: 16, pipelining: 1, duration: seconds, ...rest }, (err, r) => {
      if (err) return reject(err);
      const errors = r.errors + r.non2xx;
      const ok = errors === 0 && r.requests.average >= TARGET_RPS && r.latency.p99 <= TARGET_P99_MS;
      if (errors) console.log(`  ${r.errors} connection errors, ${r.timeouts} timeouts, status codes ${JSON.stringify(r.statusCodeStats)}`);
      console.log(`${title.padEnd(28)} ${Math.round(r.requests.average).toString().padStart(6)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   errors ${errors}   ${ok ? 'meets' : 'MISSES'} the target (≥ ${TARGET_RPS} req/s, p99 ≤ ${TARGET_P99_MS} ms)${ok ? '' : `: ${Math.round((100 * r.requests.average) / TARGET_RPS)} % of the rate, p99 ${(r.latency.p99 / TARGET_P99_MS).toFixed(2)}× the bound`}`);
      resolve(r);
    });
  });
}

for (const workers of configurations) {
  const dir = mkdtempSync(join(tmpdir(), 'recours-bench-'));
  const { proc: server, url } = await startServer(['--data', dir, '--workers', String(workers)]);
  const created = await (await fetch(`${url}/v1/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"title":"bench","case":${body}}` })).json();
  console.log(`recours API on ${url} (${workers} server process${workers > 1 ? 'es' : ''}), 16 connections, ${seconds} s each, Node ${process.version}`);
  await run(url, 'POST /v1/assessments', { method: 'POST', path: '/v1/assessments', headers: { 'content-type': 'application/json' }, body: `{"case":${body}}` });
  await run(url, 'GET /v1/cases/{id}', { method: 'GET', path: `/v1/cases/${created.id}` });
  await run(url, 'GET /v1/cases (list)', { method: 'GET', path: '/v1/cases?limit=50' });
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  rmSync(dir, { recursive: true, force: true });
}
