// L6 (attack review 2026-12): 11 operations of 9 999 999 999 999.99 gave a disputed total of
// …99.88 instead of …99.89, and at 500 operations refund_due + payer_bears ≠ disputed. A case's
// amounts are now bounded (MAX_CASE_CENTS, the engine's sums stay exact below it) and the
// batch's totals are BigInt: never a lost cent.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, summarise } from '../engine/assess.js';
import { formatCents, MAX_CASE_CENTS, toCents } from './money.js';
import { parseCase } from './parse.js';

const example = JSON.parse(readFileSync(new URL('../../examples/be-ombudsfin-2013-1876.case.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const template = (example.transactions as Record<string, unknown>[])[0]!;

const caseOf = (amounts: readonly string[], consented: readonly boolean[] = []) => ({
  ...example,
  transactions: amounts.map((amount, i) => ({ ...template, id: `t${i}`, amount, consented: consented[i] ?? false })),
});

/** "12.34" → 1234n, exactly. */
const cents = (s: string): bigint => BigInt(s.replace('.', ''));

describe('money: a case never loses a cent', () => {
  it('refuses the review\'s cases (a total over the bound) at the operation that goes over, in every language', () => {
    const r = parseCase(caseOf(Array(11).fill('9999999999999.99')));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([{ pointer: '/transactions/0/amount', code: 'amount_total', message: "brings the case's amounts over 999999999999.99 EUR", expected: 'amounts that add up to at most 999999999999.99 EUR for the case' }]);
    const at = parseCase(caseOf(['999999999999.99', '0.01']), 'fr');
    expect(!at.ok && at.errors.map((e) => [e.pointer, e.message])).toEqual([['/transactions/1/amount', 'porte le total des montants du dossier au-delà de 999999999999.99 EUR']]);
    const nl = parseCase(caseOf(Array(500).fill('9999999999999.99')), 'nl');
    expect(!nl.ok && nl.errors[0]!.expected).toBe('bedragen die voor het dossier samen hoogstens 999999999999.99 EUR bedragen');
  });

  it('at the bound, 500 operations: disputed is the exact sum, refund_due + payer_bears = disputed', () => {
    const share = Math.floor(MAX_CASE_CENTS / 500); // the rest goes on the last operation
    const amounts = Array.from({ length: 500 }, (_, i) => formatCents(i === 499 ? MAX_CASE_CENTS - share * 499 : share));
    const r = parseCase(caseOf(amounts));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = assess(r.value, { asOf: '2026-12-01' }).totals;
    expect(t.disputed).toBe('999999999999.99');
    expect(cents(t.refund_due) + cents(t.payer_bears)).toBe(cents(t.disputed));
  });

  it('property: any amounts up to the bound, 1–500 operations, some consented: exact totals, both ways', () => {
    const amount = fc.oneof(
      fc.integer({ min: 1, max: 999 }),
      fc.integer({ min: 1, max: MAX_CASE_CENTS }),
      fc.integer({ min: Math.floor(MAX_CASE_CENTS / 3), max: MAX_CASE_CENTS }),
      fc.constant(MAX_CASE_CENTS),
    );
    const ops = fc.array(fc.tuple(amount, fc.boolean()), { minLength: 1, maxLength: 500 });
    fc.assert(fc.property(ops, (list) => {
      const amounts = list.map(([c]) => formatCents(c));
      for (const [i, a] of amounts.entries()) expect(toCents(a)).toBe(list[i]![0]);
      const total = list.reduce((s, [c]) => s + BigInt(c), 0n);
      const r = parseCase(caseOf(amounts, list.map(([, k]) => k)));
      if (total > BigInt(MAX_CASE_CENTS)) {
        expect(r.ok).toBe(false);
        let run = 0n;
        const over = list.findIndex(([c]) => (run += BigInt(c)) > BigInt(MAX_CASE_CENTS));
        expect(!r.ok && r.errors.map((e) => [e.pointer, e.code])).toEqual([[`/transactions/${over}/amount`, 'amount_total']]);
        return;
      }
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const disputed = list.reduce((s, [c, consented]) => (consented ? s : s + BigInt(c)), 0n);
      const s = summarise(r.value);
      expect(BigInt(s.disputed)).toBe(disputed);
      expect(BigInt(s.payerBears) + BigInt(s.disputed - s.payerBears)).toBe(disputed);
      for (const [i, o] of s.operations.entries()) expect(BigInt(o.payerBears) + BigInt(o.refundDue)).toBe(o.excluded ? 0n : BigInt(list[i]![0]));
      const a = assess(r.value, { asOf: '2026-12-01' });
      expect(cents(a.totals.disputed)).toBe(disputed);
      expect(cents(a.totals.refund_due) + cents(a.totals.payer_bears)).toBe(disputed);
    }), { numRuns: 150 });
  });

  it('formatCents: numbers and BigInt agree, never a negative amount from cents ≥ 0', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (c) => {
      expect(formatCents(c)).toBe(formatCents(BigInt(c)));
      expect(formatCents(c)).toMatch(/^\d+\.\d\d$/);
    }));
    expect(formatCents(123456789012345678901234n)).toBe('1234567890123456789012.34');
  });
});
