/**
 * The server's letter pool: letters rendered in worker threads (piscina) are the same letters as
 * those rendered inline, and each went through a thread. Worker threads load JavaScript, so this
 * uses the build (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { letterRenderer, type LetterRenderer } from '../../dist/server/letters.js';
import { parseCase } from '../../dist/case/parse.js';
import { assess } from '../../dist/engine/assess.js';

const parsed = parseCase(JSON.parse(readFileSync(new URL('../../examples/be-ombudsfin-2013-1876.case.json', import.meta.url), 'utf8')));
if (!parsed.ok) throw new Error('example case invalid');
const c = parsed.value;
const a = assess(c);
const pooled: LetterRenderer = letterRenderer(2);
const inline: LetterRenderer = letterRenderer(0);
afterAll(() => pooled.close());

/** The rendered bytes; a refusal fails the test. */
async function bytes(r: LetterRenderer, t: Parameters<LetterRenderer['render']>[0]): Promise<Buffer> {
  const out = await r.render(t);
  if (!out.ok) throw new Error(out.refusal.message);
  return out.value;
}

const tmp = mkdtempSync(join(tmpdir(), 'recours-pool-'));
const pdfText = (bytes: Buffer, name: string) => {
  const file = join(tmp, name);
  writeFileSync(file, bytes);
  return spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
};

it('renders the same Markdown and PDF text in a thread as inline, and counts each', async () => {
  const task = { kind: 'claim', c, a, lang: 'fr', format: 'md' } as const;
  const [md, mdInline] = await Promise.all([bytes(pooled, task), bytes(inline, task)]);
  expect(md.toString('utf8')).toBe(mdInline.toString('utf8'));
  expect(md.toString('utf8').replace(/[\u202f\u00a0]/g, ' ')).toContain('3 088,00');
  const pdfTask = { ...task, kind: 'mediator', format: 'pdf', lang: 'nl' } as const;
  const [pdf, pdfInline] = await Promise.all([bytes(pooled, pdfTask), bytes(inline, pdfTask)]);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfText(pdf, 'pooled.pdf')).toBe(pdfText(pdfInline, 'inline.pdf'));
  expect(pooled.offloaded).toBe(2);
  expect(inline.offloaded).toBe(0);
});

it('renders letters in parallel, DOCX among them', async () => {
  const kinds = ['claim', 'formal-notice', 'mediator', 'checklist'] as const;
  const files = await Promise.all(kinds.map((kind) => bytes(pooled, { kind, c, a, lang: 'en', format: 'docx' })));
  for (const f of files) expect(f.subarray(0, 2).toString()).toBe('PK');
  expect(pooled.offloaded).toBe(6);
});
