/** Invariants of the allocation over generated valid cases (fast-check, seeded). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../src/case/parse.js';
import type { CaseInput } from '../../src/case/schema.js';
import { CONDUCT_FACTS } from '../../src/case/vocabulary.js';
import { caseArb, iso } from '../support/arbitraries.js';
import { toCents } from '../../src/case/money.js';
import { assess } from '../../src/engine/assess.js';
import { CONDUCT } from '../../src/caselaw/conduct.js';
import type { Assessment } from '../../src/engine/types.js';

const RUNS = { numRuns: 250, seed: 20261201 };
function run(input: CaseInput): Assessment {
  const r = parseCase(input);
  if (!r.ok) throw new Error('generated case invalid: ' + JSON.stringify(r.errors));
  return assess(r.value);
}
const cents = (s: string) => toCents(s)!;
const UNCAPPED = new Set(['liability.payer_fraud', 'allocation.gross_negligence', 'notification.time_bar', 'scope.authorised', 'scope.statute', 'scope.contract_derogation', 'scope.no_regime', 'allocation.residual']);

describe('invariants', () => {
  it('generated cases are valid and assessed', () => {
    fc.assert(fc.property(caseArb, (c) => { run(c); }), RUNS);
  });

  it('refund + holder\'s share = disputed, per operation and in total; neither is negative', () => {
    fc.assert(fc.property(caseArb, (c) => {
      const a = run(c);
      expect(cents(a.totals.refund_due) + cents(a.totals.payer_bears)).toBe(cents(a.totals.disputed));
      const disputed = c.transactions.filter((t) => t.consented !== true).reduce((s, t) => s + toCents(t.amount)!, 0);
      expect(cents(a.totals.disputed)).toBe(disputed);
      for (const t of a.transactions) expect(cents(t.refund_due)).toBeGreaterThanOrEqual(0);
      expect(cents(a.immediate_refund.amount)).toBeLessThanOrEqual(disputed);
    }), RUNS);
  });

  it('the holder\'s share never exceeds the cap unless fraud, established gross negligence, a time bar or no coverage', () => {
    fc.assert(fc.property(caseArb, (c) => {
      const a = run(c);
      const uncapped = a.transactions.filter((t) => UNCAPPED.has(t.rules[t.rules.length - 1]!)).reduce((s, t) => s + cents(t.payer_bears), 0);
      expect(cents(a.totals.payer_bears) - uncapped).toBeLessThanOrEqual(40_000);
      if (a.gross_negligence.finding !== 'established')
        expect(a.transactions.some((t) => t.rules.at(-1) === 'allocation.gross_negligence')).toBe(false);
    }), RUNS);
  });

  it('an earlier notification never increases the holder\'s share', () => {
    fc.assert(fc.property(caseArb, fc.integer({ min: 1, max: 10 * 24 * 60 }), (c, earlierMin) => {
      if (!c.notification?.at) return;
      const earlier = iso(Date.parse(c.notification.at) - earlierMin * 60_000);
      const moved = { ...c, notification: { at: earlier } };
      expect(cents(run(moved).totals.payer_bears)).toBeLessThanOrEqual(cents(run(c).totals.payer_bears));
    }), RUNS);
  });

  it('a fact asserted against the holder moving from alleged to proven never lowers his share', () => {
    fc.assert(fc.property(caseArb, (c) => {
      const i = (c.conduct ?? []).findIndex((k) => k.status === 'alleged' && ['ground', 'aggravating', 'fraud'].includes(CONDUCT[k.fact].role));
      if (i < 0) return;
      const proven = { ...c, conduct: c.conduct!.map((k, j) => (j === i ? { ...k, status: 'proven' as const } : k)) };
      expect(cents(run(proven).totals.payer_bears)).toBeGreaterThanOrEqual(cents(run(c).totals.payer_bears));
    }), RUNS);
  });

  it('an alleged fact alone never changes the result', () => {
    fc.assert(fc.property(caseArb, fc.constantFrom(...CONDUCT_FACTS), (c, fact) => {
      if ((c.conduct ?? []).some((k) => k.fact === fact)) return;
      const withAllegation = { ...c, conduct: [...(c.conduct ?? []), { fact, status: 'alleged' as const }] };
      const [x, y] = [run(c), run(withAllegation)];
      expect([y.outcome, y.totals]).toEqual([x.outcome, x.totals]);
    }), RUNS);
  });
});
