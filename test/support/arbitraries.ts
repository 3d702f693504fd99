/** Generated valid case files for property tests (fast-check). */
import fc from 'fast-check';
import type { CaseInput } from '../../src/case/schema.js';
import { AUTHENTICATIONS, CONDUCT_FACTS, CONDUCT_STATUSES, INCIDENT_KINDS, TRANSACTION_KINDS } from '../../src/case/vocabulary.js';

const DAY_MS = 86_400_000;
const START = Date.UTC(1998, 0, 1);
const END = Date.UTC(2026, 10, 1);

/** An instant as a legal date-time with a +01:00 or +02:00 offset (the instant is what counts). */
export const iso = (ms: number) => new Date(ms + 3_600_000).toISOString().slice(0, 16) + '+01:00';

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

export const caseArb: fc.Arbitrary<CaseInput> = fc
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

