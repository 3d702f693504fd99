// npm run load: LOAD_SECONDS (60) of sustained mixed traffic on loopback against a multi-user
// server (SQLite, --workers 2, the rate limiter on with a ceiling the load stays under), every
// request authenticated with a bearer token (a session and token lookup each): assessments,
// registry reads, lists and writes, and the heavy routes — PDF letters, automatic what-if,
// missing facts, imports and exports. Prints each stream's rate, p50/p99 and errors; exits 1 if
// any request failed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startServer } from './server-process.mjs';

const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const body = readFileSync(new URL('../examples/be-ombudsfin-2013-1876.case.json', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'recours-load-'));
const password = 'correct horse battery';
execFileSync(process.execPath, ['bin/recours.js', 'admin', 'create-user', '--data', dir, '--org', 'Load', '--email', 'load@load.example', '--role', 'admin'], { env: { ...process.env, RECOURS_PASSWORD: password }, stdio: 'ignore' });
const { proc, url } = await startServer(['--data', dir, '--multi-user', '--rate-limit', '1000000', '--workers', process.env.LOAD_WORKERS ?? '2']);
const json = { 'content-type': 'application/json' };
const login = await fetch(`${url}/v1/session`, { method: 'POST', headers: json, body: JSON.stringify({ email: 'load@load.example', password }) });
const cookie = login.headers.get('set-cookie').split(';')[0];
const { csrf } = await login.json();
const { token } = await (await fetch(`${url}/v1/tokens`, { method: 'POST', headers: { ...json, cookie, 'x-csrf-token': csrf }, body: '{"label":"load"}' })).json();
const auth = { ...json, authorization: `Bearer ${token}` };
const created = await (await fetch(`${url}/v1/cases`, { method: 'POST', headers: auth, body: `{"title":"load","case":${body}}` })).json();
const oneExport = await (await fetch(`${url}/v1/cases/${created.id}/export`, { headers: auth })).text();

const streams = [
  ['assessments', 4, { url: `${url}/v1/assessments`, method: 'POST', headers: auth, body: `{"case":${body},"explain":"text"}` }],
  ['registry reads', 3, { url: `${url}/v1/cases/${created.id}`, headers: auth }],
  ['registry lists', 2, { url: `${url}/v1/cases?limit=20&sort=-refund_due`, headers: auth }],
  ['registry writes', 2, { url: `${url}/v1/cases`, method: 'POST', headers: auth, body: `{"title":"load write","case":${body}}` }],
  ['letters (PDF)', 1, { url: `${url}/v1/letters`, method: 'POST', headers: auth, body: `{"case":${body},"kind":"claim","format":"pdf"}` }],
  ['what-if (auto)', 1, { url: `${url}/v1/whatif`, method: 'POST', headers: auth, body: `{"case":${body}}` }],
  ['missing facts', 1, { url: `${url}/v1/missing`, method: 'POST', headers: auth, body: `{"case":${body}}` }],
  ['imports', 1, { url: `${url}/v1/import`, method: 'POST', headers: auth, body: oneExport }],
  ['exports (1 case)', 1, { url: `${url}/v1/cases/${created.id}/export`, headers: auth }],
];

console.log(`mixed authenticated load on ${url} for ${seconds} s, Node ${process.version}`);
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
