/**
 * GET /v1/export streams (issue 14, H2): a registry of 50 000 cases (built by SQL from one real case,
 * ~180 MB of JSON) is exported whole while the server's resident memory is sampled; it stays far
 * below the size of the export (before: the export was built in memory and the server died of a
 * heap OOM on ~48 000 cases).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { serve } from './serveProcess.js';

const CASES = 50_000;
const body = readFileSync('examples/be-ombudsfin-2013-1876.case.json', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'recours-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

it(`exports ${CASES} cases with bounded memory`, async () => {
  const first = await serve(['--data', dir]);
  const created = await fetch(`${first.url}/v1/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"title":"seed","case":${body}}` });
  expect(created.status).toBe(201);
  first.proc.kill('SIGTERM');
  await first.exited;

  // The copies keep the real case file (4.5 KB) and a short assessment; each has one history entry.
  const db = new BetterSqlite3(join(dir, 'recours.sqlite'));
  db.exec(`with recursive n(i) as (select 1 union all select i + 1 from n where i < ${CASES - 1})
    insert into cases (id, organisation_id, version, title, status, notes, jurisdiction, case_json, assessment_json, disputed_cents, refund_due_cents, archived, created_at, updated_at)
    select printf('copy-%05d', i), organisation_id, 1, title, status, notes, jurisdiction, case_json, '{"totals":{"refund_due":"3088.00"}}', disputed_cents, refund_due_cents, 0, created_at, updated_at from cases, n`);
  db.exec(`insert into case_history (case_id, version, at, user_label, action, changes_json) select id, 1, created_at, 'local@localhost', 'create', '[]' from cases where id like 'copy-%'`);
  db.close();

  const s = await serve(['--data', dir]);
  try {
    const pid = s.proc.pid!;
    const before = rssMb(pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 25);
    const res = await fetch(`${s.url}/v1/export`);
    expect(res.status).toBe(200);
    let bytes = 0;
    let cases = 0;
    let tail = '';
    const decoder = new TextDecoder();
    for await (const chunk of res.body!) {
      bytes += chunk.byteLength;
      // Each case has one "history" member; a match that ends in the carried tail was counted already.
      const text = tail + decoder.decode(chunk, { stream: true });
      for (const m of text.matchAll(/"history":\[/g)) if (m.index + m[0].length > tail.length) cases++;
      tail = text.slice(-20);
    }
    clearInterval(sampler);
    expect(tail.endsWith(']}')).toBe(true);
    expect(cases).toBe(CASES);
    expect(bytes).toBeGreaterThan(170 * 1024 * 1024);
    // Generous: the export is ~180 MB; built in memory it took several times that.
    expect(peak - before).toBeLessThan(150);
    console.log(`export of ${CASES} cases: ${(bytes / 1024 / 1024).toFixed(0)} MB, server RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MB`);
  } finally {
    s.proc.kill('SIGTERM');
    await s.exited;
  }
});
