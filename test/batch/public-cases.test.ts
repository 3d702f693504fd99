// Every public case as CSV rows (`;`, a BOM, case columns once) and as JSON Lines: the batch gives
// what `recours assess` gives, case by case, with two workers.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'csv-stringify/sync';
import { parseCase } from '../../src/case/parse.js';
import { assess } from '../../src/engine/assess.js';
import { ALL_COLUMNS, caseToRows } from '../../src/batch/toRows.js';
import { file, path, readCsv, recours, root } from './helpers.js';

const dir = join(root, '../shared/caselaw/cases');
const cases = readdirSync(dir).filter((f) => f.endsWith('.case.json')).sort()
  .map((f) => ({ id: f.replace('.case.json', ''), file: join(dir, f), json: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown> }));

function expected(json: unknown) {
  const parsed = parseCase(json);
  if (!parsed.ok) throw new Error('public case refused');
  return assess(parsed.value, { asOf: parsed.value.asOf ?? '2026-12-01' });
}

describe('batch over the public cases', () => {
  it('has cases to run', () => expect(cases.length).toBeGreaterThan(30));

  it('CSV: every operation as `recours assess` has it', () => {
    const rows = cases.flatMap((c) => caseToRows(c.id, c.json));
    const input = file('public.csv', '\uFEFF' + stringify([[...ALL_COLUMNS], ...rows], { delimiter: ';' }));
    const r = recours(['batch', input, '--out', path('public.out.csv'), '--errors', path('public.errors.csv'), '--workers', '2']);
    expect(r.stderr).toMatch(/recours batch: \d+ cases \(\d+ assessed, 0 refused\)/);
    expect(r.status).toBe(0);
    const out = readCsv(path('public.out.csv'));
    expect(out.length).toBe(rows.length);
    for (const c of cases) {
      const a = expected(c.json);
      const mine = out.filter((o) => o.case_id === c.id);
      expect(mine.map((o) => [o.transaction_id, o.regime, o.payer_bears, o.refund_due]), c.id)
        .toEqual(a.transactions.map((t) => [t.id, t.regime, t.payer_bears, t.refund_due]));
      for (const o of mine) {
        expect([o.outcome, o.case_regime, o.gross_negligence, o.case_disputed, o.case_payer_bears, o.case_refund_due], c.id)
          .toEqual([a.outcome, a.regime.id, a.gross_negligence.finding, a.totals.disputed, a.totals.payer_bears, a.totals.refund_due]);
      }
      const rules = a.transactions.map((t) => t.rules[t.rules.length - 1]);
      expect(mine.map((o) => o.rule), c.id).toEqual(rules);
    }
  });

  it('JSON Lines: one line per case, the same totals, and the CLI agrees on a sample', () => {
    const input = file('public.jsonl', cases.map((c) => JSON.stringify({ case_id: c.id, ...c.json })).join('\n') + '\n');
    const r = recours(['batch', input, '--out', path('public.out.jsonl'), '--workers', '2']);
    expect(r.status).toBe(0);
    const lines = readFileSync(path('public.out.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { case_id: string; outcome: string; totals: unknown });
    expect(lines.map((l) => l.case_id)).toEqual(cases.map((c) => c.id));
    for (const [i, c] of cases.entries()) {
      const a = expected(c.json);
      expect([lines[i]!.outcome, lines[i]!.totals], c.id).toEqual([a.outcome, a.totals]);
    }
    for (const c of cases.slice(0, 3)) {
      const cli = JSON.parse(recours(['assess', c.file]).stdout) as { outcome: string; totals: unknown };
      const line = lines.find((l) => l.case_id === c.id)!;
      expect([line.outcome, line.totals]).toEqual([cli.outcome, cli.totals]);
    }
  });

  it('--explain adds the text report of `recours assess --format text`', () => {
    const c = cases[0]!;
    const input = file('one.jsonl', JSON.stringify(c.json) + '\n');
    const r = recours(['batch', input, '--out', path('one.out.jsonl'), '--explain', '--lang', 'fr', '--workers', '0']);
    expect(r.status).toBe(0);
    const line = JSON.parse(readFileSync(path('one.out.jsonl'), 'utf8')) as { explanation: string; case_id: string };
    expect(line.case_id).toBe('line-1');
    expect(line.explanation.trim()).toBe(recours(['assess', c.file, '--format', 'text', '--lang', 'fr']).stdout.trim());
  });
});
