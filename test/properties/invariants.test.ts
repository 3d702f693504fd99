/** Invariants of the allocation over generated valid cases (fast-check, seeded). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../src/case/parse.js';
import type { CaseInput } from '../../src/case/schema.js';
import { AUTHENTICATIONS, CONDUCT_FACTS, CONDUCT_STATUSES, INCIDENT_KINDS, TRANSACTION_KINDS } from '../../src/case/vocabulary.js';
import { toCents } from '../../src/case/money.js';
import { assess } from '../../src/engine/assess.js';
import { CONDUCT } from '../../src/caselaw/conduct.js';
import type { Assessment } from '../../src/engine/types.js';

const RUNS = { numRuns: 250, seed: 20261201 };
const DAY_MS = 86_400_000;
const START = Date.UTC(1998, 0, 1);
const END = Date.UTC(2026, 10, 1);

/** An instant as a legal date-time with a +01:00 or +02:00 offset (the instant is what counts). */
const iso = (ms: number) => new Date(ms + 3_600_000).toISOString().slice(0, 16) + '+01:00';

const bool = fc.constantFrom(true, false, null);
const txArb = (i: number, base: number) =>
  fc.record({
    offsetMin: fc.integer({ min: 0, max: 20 * 24 * 60 }),
    cents: fc.integer({ min: 1, max: 2_000_000 }),
    kind: fc.constantFrom(...TRANSACTION_KINDS),
    authentication: fc.constantFrom(...AUTHENTICATIONS),
    sca: bool,
    consented: fc.constantFrom(false, false, false, null, true),
    instrument: fc.constantFrom('card', 'credit', 'bank'),
    contested: fc.option(fc.integer({ min: 1, max: 900 }), { nil: null }),
    outside: bool,
  }).map((t) => ({
    id: `t${i}`,
    instrument: t.instrument,
    at: iso(base + t.offsetMin * 60_000),
    amount: `${Math.floor(t.cents / 100)}.${String(t.cents % 100).padStart(2, '0')}`,
    kind: t.kind,
    authentication: t.authentication,
    sca: t.sca,
    consented: t.consented,
    contested_on: t.contested === null ? null : new Date(base + t.offsetMin * 60_000 + 3_600_000 + t.contested * DAY_MS).toISOString().slice(0, 10),
    payee_psp_outside_eea: t.outside,
  }));

const caseArb: fc.Arbitrary<CaseInput> = fc
  .record({
    base: fc.integer({ min: START, max: END }),
    n: fc.integer({ min: 1, max: 6 }),
    jurisdiction: fc.constantFrom('FR', 'BE' as const),
    payer: fc.constantFrom('consumer', 'professional', null),
    derogates: bool,
    incident: fc.constantFrom(...INCIDENT_KINDS),
    kept: bool, detectable: bool, staff: bool,
    notifyAfterMin: fc.option(fc.integer({ min: -60, max: 25 * 24 * 60 }), { nil: null }),
    noticedAfterMin: fc.option(fc.integer({ min: 0, max: 25 * 24 * 60 }), { nil: null }),
    means: bool, suspicion: bool, info: bool,
    conduct: fc.uniqueArray(fc.record({ fact: fc.constantFrom(...CONDUCT_FACTS), status: fc.constantFrom(...CONDUCT_STATUSES) }), { maxLength: 4, selector: (k) => k.fact }),
    auth: bool, tech: bool,
  })
  .chain((g) =>
    fc.tuple(...Array.from({ length: g.n }, (_, i) => txArb(i, g.base))).map((txs) => ({
      format: 'recours.case/1' as const,
      jurisdiction: g.jurisdiction,
      payer: { kind: g.payer, contract_derogates: g.derogates },
      instruments: [{ id: 'card', kind: 'debit_card' as const }, { id: 'credit', kind: 'credit_card' as const }, { id: 'bank', kind: 'online_banking' as const }],
      incident: {
        kind: g.incident, at: iso(g.base - 3_600_000),
        noticed_at: g.noticedAfterMin === null ? null : iso(g.base + g.noticedAfterMin * 60_000),
        payer_kept_instrument: g.kept, detectable_before_payment: g.detectable, psp_staff_involved: g.staff,
      },
      notification: g.notifyAfterMin === null ? null : { at: iso(g.base + g.notifyAfterMin * 60_000) },
      psp: { name: null, notification_means_available: g.means, fraud_suspicion_reported: g.suspicion, transaction_info_provided: g.info },
      transactions: txs,
      conduct: g.conduct,
      evidence: { authentication_proven: g.auth, no_technical_deficiency_proven: g.tech },
      as_of: '2026-12-01',
    })),
  );

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
