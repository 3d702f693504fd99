/**
 * The server's work pool: letters and what-ifs computed in worker threads (piscina) are the same as
 * those computed inline, and each went through a thread; a task past its time budget is abandoned.
 * Worker threads load JavaScript, so this uses the build (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { workPool, type WorkPool } from '../../dist/server/workPool.js';
import type { WorkTask } from '../../dist/server/work.js';

const ombudsfin = JSON.parse(readFileSync(new URL('../../examples/be-ombudsfin-2013-1876.case.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const pooled: WorkPool = workPool(2, 30_000);
const inline: WorkPool = workPool(0, 30_000);
afterAll(() => pooled.close());

const tmp = mkdtempSync(join(tmpdir(), 'recours-pool-'));
const pdfText = (bytes: Uint8Array, name: string) => {
  const file = join(tmp, name);
  writeFileSync(file, bytes);
  return spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
};
const letter = (kind: string, format: string, lang: 'fr' | 'nl' | 'en'): WorkTask => ({ kind: 'letter', body: { case: ombudsfin, kind, format: format as 'pdf' | 'docx' | 'md', lang }, lang, maxTransactions: 500 });
async function bytes(p: WorkPool, t: WorkTask): Promise<Uint8Array> {
  const r = await p.run(t);
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.value as Uint8Array;
}

it('renders the same Markdown and PDF text in a thread as inline, and counts each', async () => {
  const [md, mdInline] = await Promise.all([bytes(pooled, letter('claim', 'md', 'fr')), bytes(inline, letter('claim', 'md', 'fr'))]);
  expect(Buffer.from(md).toString('utf8')).toBe(Buffer.from(mdInline).toString('utf8'));
  expect(Buffer.from(md).toString('utf8').replace(/[\u202f\u00a0]/g, ' ')).toContain('3 088,00');
  const [pdf, pdfInline] = await Promise.all([bytes(pooled, letter('mediator', 'pdf', 'nl')), bytes(inline, letter('mediator', 'pdf', 'nl'))]);
  expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
  expect(pdfText(pdf, 'pooled.pdf')).toBe(pdfText(pdfInline, 'inline.pdf'));
  expect(pooled.offloaded).toBe(2);
  expect(inline.offloaded).toBe(0);
});

it('renders letters in parallel, DOCX among them', async () => {
  const kinds = ['claim', 'formal-notice', 'mediator', 'checklist'] as const;
  const files = await Promise.all(kinds.map((kind) => bytes(pooled, letter(kind, 'docx', 'en'))));
  for (const f of files) expect(Buffer.from(f.subarray(0, 2)).toString()).toBe('PK');
  expect(pooled.offloaded).toBe(6);
});

it('computes what-ifs (as JSON text) in a thread as inline, and abandons a task past its budget', async () => {
  const task: WorkTask = { kind: 'whatif', body: { case: ombudsfin }, lang: 'en', maxTransactions: 500 };
  const [a, b] = await Promise.all([pooled.run(task), inline.run(task)]);
  expect(a).toEqual(b);
  expect(a.ok).toBe(true);
  const hurried = workPool(1, 100);
  try {
    const big = { ...ombudsfin, transactions: Array.from({ length: 500 }, (_, i) => ({ ...(ombudsfin.transactions as object[])[i % 10], id: `t${i}` })) };
    expect(await hurried.run({ ...task, body: { case: big } })).toEqual({ ok: false, refused: 'timeout' });
    expect(JSON.parse((a as { value: string }).value)).toHaveProperty('whatifs');
  } finally {
    await hurried.close();
  }
});
