// npm run load: 60 s of sustained mixed traffic on loopback against one server (SQLite):
// assessments, registry reads, registry writes and letters at the same time. Prints each
// stream's rate, p50/p99 and errors; exits 1 if any request failed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startServer } from './server-process.mjs';

const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const body = readFileSync(new URL('../examples/be-ombudsfin-2013-1876.case.json', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'recours-load-'));
const { proc, url } = await startServer(['--data', dir, '--workers', process.env.LOAD_WORKERS ?? '2']);
const json = { 'content-type': 'application/json' };
const created = await (await fetch(`${url}/v1/cases`, { method: 'POST', headers: json, body: `{"title":"load","case":${body}}` })).json();

const streams = [
  ['assessments', 6, { url: `${url}/v1/assessments`, method: 'POST', headers: json, body: `{"case":${body},"explain":"text"}` }],
  ['registry reads', 4, { url: `${url}/v1/cases/${created.id}` }],
  ['registry lists', 2, { url: `${url}/v1/cases?limit=20&sort=-refund_due` }],
  ['registry writes', 3, { url: `${url}/v1/cases`, method: 'POST', headers: json, body: `{"title":"load write","case":${body}}` }],
  ['letters (PDF)', 1, { url: `${url}/v1/letters`, method: 'POST', headers: json, body: `{"case":${body},"kind":"claim","format":"pdf"}` }],
];

console.log(`mixed load on ${url} for ${seconds} s, Node ${process.version}`);
const results = await Promise.all(streams.map(([, connections, o]) => autocannon({ ...o, connections, duration: seconds })));
let failed = 0;
for (const [i, r] of results.entries()) {
  const errors = r.errors + r.timeouts + r.non2xx;
  failed += errors;
  console.log(`${streams[i][0].padEnd(16)} ${Math.round(r.requests.average).toString().padStart(6)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   ${r.requests.total} requests, ${errors} errors`);
}
console.log(failed ? `${failed} failed requests` : 'zero errors');
proc.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
