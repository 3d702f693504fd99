/**
 * Fuzzing the batch reader: CSV built from public cases, then damaged (cells replaced by hostile
 * text, quotes, separators, line breaks, a BOM, truncation, random bytes), read by the streaming
 * reader and assessed chunk by chunk in-process. Never a crash or an unhandled rejection; every
 * refusal names its line and says what is wrong. Seeded; `npm run fuzz` raises the budget.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openSource, BatchInputError } from '../../src/batch/source.js';
import { processChunk } from '../../src/batch/chunk.js';
import { caseToRows, ALL_COLUMNS } from '../../src/batch/toRows.js';
import { DEFAULT_ASSUMPTIONS } from '../../src/law/assumptions.js';
import type { BatchError } from '../../src/batch/messages.js';
import { PUBLIC_CASES, runs, seed } from './mutate.js';

const quote = (cell: string, sep: string) => (/["\n\r]/.test(cell) || cell.includes(sep) ? `"${cell.replace(/"/g, '""')}"` : cell);

const hostileCell = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('', '"', '""', '"unterminated', 'a"b', ';', ',', '\n', '\r\n', '\u0000', '\u202e', '-505,00', '1e309', '2013-02-30', 'vrai', 'x'.repeat(200_000)),
);

/** A CSV of 1–3 public cases with damage: cells replaced, rows cut, bytes flipped. */
const damagedCsv = fc
  .record({
    cases: fc.array(fc.nat(PUBLIC_CASES.length - 1), { minLength: 1, maxLength: 3 }),
    sep: fc.constantFrom(';', ','),
    bom: fc.boolean(),
    cells: fc.array(fc.tuple(fc.nat(), fc.nat(), hostileCell), { maxLength: 5 }),
    cut: fc.option(fc.nat(), { nil: null }),
    flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
  })
  .map((d) => {
    const rows = [ALL_COLUMNS as string[], ...d.cases.flatMap((i, k) => caseToRows(`c${k}`, PUBLIC_CASES[i] as never))];
    for (const [r, c, v] of d.cells) {
      const row = rows[1 + (r % Math.max(1, rows.length - 1))];
      if (row) row[c % row.length] = v;
    }
    let text = (d.bom ? '\uFEFF' : '') + rows.map((r) => r.map((c) => quote(c, d.sep)).join(d.sep)).join('\n') + '\n';
    if (d.cut !== null) text = text.slice(0, d.cut % (text.length + 1));
    const bytes = Buffer.from(text, 'utf8');
    for (const [at, b] of d.flips) if (bytes.length) bytes[at % bytes.length] = b;
    return bytes;
  });

async function readAll(bytes: Buffer): Promise<{ errors: BatchError[]; assessed: number }> {
  const errors: BatchError[] = [];
  let assessed = 0;
  try {
    const src = await openSource(Readable.from([bytes]), 'en', (e) => errors.push(e));
    const settings = { header: src.header, output: 'csv' as const, explain: false, assumptions: DEFAULT_ASSUMPTIONS, lang: 'en' as const };
    for await (const unit of src.units) {
      const r = processChunk([unit], settings);
      errors.push(...r.errors);
      assessed += r.counts.cases - r.counts.refused;
    }
  } catch (e) {
    // Only an unreadable input as a whole (empty, no usable header) may stop the reader, with its reason.
    expect(e).toBeInstanceOf(BatchInputError);
    expect((e as Error).message.length).toBeGreaterThan(10);
  }
  return { errors, assessed };
}

describe('batch reader fuzz', () => {
  it('reads any damaged CSV without crashing; every refusal names its line and what is wrong', async () => {
    let assessed = 0;
    await fc.assert(
      fc.asyncProperty(damagedCsv, async (bytes) => {
        const r = await readAll(bytes);
        assessed += r.assessed;
        for (const e of r.errors) {
          expect(Number.isInteger(e.line) && e.line >= 1).toBe(true);
          expect(e.message.length).toBeGreaterThan(3);
          expect(typeof e.column).toBe('string');
        }
      }),
      { numRuns: Math.max(200, Math.ceil(runs(200) / 2)), seed },
    );
    // The damage leaves many cases whole: the engine behind the reader is reached.
    expect(assessed).toBeGreaterThan(0);
  }, 30 * 60_000);
});
