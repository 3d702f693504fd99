// L6 (attack review 2026-12), the batch's side: its summary adds up every case, so beyond 2^53 cents
// a Number total loses cents. The totals are BigInt.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { path, recours } from './helpers.js';

const example = JSON.parse(readFileSync(new URL('../../examples/be-ombudsfin-2013-1876.case.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const template = (example.transactions as Record<string, unknown>[])[0]!;

describe('batch totals', () => {
  it('100 cases at the bound of a case: the summary is exact to the cent, past 2^53 cents', () => {
    const line = (i: number) => JSON.stringify({ case_id: `big-${i}`, ...example, transactions: [{ ...template, id: 't1', amount: '999999999999.99' }] });
    const r = recours(['batch', '-', '--out', path('big.out.jsonl')], Array.from({ length: 100 }, (_, i) => line(i)).join('\n') + '\n');
    expect(r.status, r.stderr).toBe(0);
    // 100 × 99 999 999 999 999 cents = 9 999 999 999 999 900 cents, above Number.MAX_SAFE_INTEGER.
    expect(9_999_999_999_999_900 > Number.MAX_SAFE_INTEGER).toBe(true);
    expect(r.stderr).toContain('100 cases (100 assessed, 0 refused), 100 transactions, disputed 99999999999999.00 EUR');
    const [refunded, borne] = [/refunded (\d+)\.(\d\d) EUR/, /borne (\d+)\.(\d\d) EUR/].map((re) => { const m = re.exec(r.stderr)!; return BigInt(m[1]! + m[2]!); });
    expect(refunded! + borne!).toBe(9_999_999_999_999_900n);
  });
});
