import { describe, expect, it } from 'vitest';
import { assessed, decidedBy, tx } from '../../../test/support/build.js';

const phishing = { kind: 'phishing' as const, at: '2021-03-02', payer_kept_instrument: true, detectable_before_payment: null, psp_staff_involved: false };

describe('scope.authorised (L133-6, L133-7; VII.32)', () => {
  it('an operation the payer consented to is outside the regime and outside the totals', () => {
    const a = assessed({ transactions: [tx({ consented: true }), tx({ id: 't2' })] });
    expect(decidedBy(a)).toEqual(['scope.authorised', 'allocation.franchise']);
    expect(a.totals.disputed).toBe('100.00');
  });
  it('only consented operations: not covered', () => {
    expect(assessed({ transactions: [tx({ consented: true })] }).outcome).toBe('not_covered');
  });
});

describe('scope.statute', () => {
  it('the former card regime covers cards only', () => {
    const a = assessed({
      instruments: [{ id: 'card', kind: 'online_banking' }],
      transactions: [tx({ at: '2005-03-02T10:00+01:00', kind: 'transfer', authentication: 'password' })],
      incident: { kind: 'phishing', at: '2005-03-01', payer_kept_instrument: true, detectable_before_payment: null, psp_staff_involved: false },
      notification: null,
    });
    expect(decidedBy(a)).toEqual(['scope.statute']);
    expect(a.outcome).toBe('not_covered');
  });
  it('before any statute, the recommendation 97/489/EC or nothing, by assumption', () => {
    const patch = {
      transactions: [tx({ at: '2000-06-11T13:00+02:00', amount: '400.00' })],
      incident: { kind: 'theft' as const, at: '2000-06-11', payer_kept_instrument: false, detectable_before_payment: true, psp_staff_involved: false },
      notification: { at: '2000-06-12' },
    };
    expect(assessed(patch).totals.payer_bears).toBe('150.00');
    expect(assessed(patch).assumptions.map((x) => x.name)).toContain('pre_statute');
    expect(assessed(patch, { pre_statute: 'out_of_scope' }).outcome).toBe('not_covered');
  });
});

describe('scope.contract_derogation (L133-2; VII.54)', () => {
  it('a professional whose contract derogates: the contract governs', () => {
    const a = assessed({ payer: { kind: 'professional', contract_derogates: true } });
    expect(decidedBy(a)).toEqual(['scope.contract_derogation']);
  });
  it('a professional without derogation keeps the statute (Cass. com. 12 juin 2025)', () => {
    expect(decidedBy(assessed({ payer: { kind: 'professional' } }))).toEqual(['allocation.franchise']);
  });
});

describe('liability.payer_fraud (L133-19 IV)', () => {
  it('proven fraud: the payer bears everything, even after the blocking', () => {
    const a = assessed({
      conduct: [{ fact: 'payer_fraud', status: 'proven' }],
      transactions: [tx({ amount: '900.00' }), tx({ id: 't2', at: '2020-03-02T13:00+01:00', amount: '100.00' })],
    });
    expect(decidedBy(a)).toEqual(['liability.payer_fraud', 'liability.payer_fraud']);
    expect(a.totals.payer_bears).toBe('1000.00');
    expect(a.immediate_refund.amount).toBe('0.00');
  });
  it('alleged fraud grounds nothing', () => {
    expect(assessed({ conduct: [{ fact: 'payer_fraud', status: 'alleged' }] }).totals.payer_bears).toBe('50.00');
  });
});

describe('liability.no_strong_authentication (L133-19 V, from 14/09/2019)', () => {
  // A breach that opens every channel (the card itself left accessible), so only the SCA rule can stand in its way.
  const negligent = { conduct: [{ fact: 'card_left_accessible' as const, status: 'proven' as const }] };
  it('no SCA required: the holder bears nothing, even grossly negligent', () => {
    const a = assessed({ ...negligent, transactions: [tx({ kind: 'contactless', authentication: 'contactless_no_cvm', amount: '45.00' })] });
    expect(decidedBy(a)).toEqual(['liability.no_strong_authentication']);
  });
  it('the rule does not exist before 14/09/2019', () => {
    const a = assessed({
      ...negligent,
      incident: { kind: 'theft', at: '2019-09-13T09:00+02:00', payer_kept_instrument: false, detectable_before_payment: true, psp_staff_involved: false },
      notification: { at: '2019-09-13T12:00+02:00' },
      transactions: [tx({ at: '2019-09-13T10:00+02:00', kind: 'contactless', authentication: 'contactless_no_cvm', amount: '45.00' })],
    });
    expect(decidedBy(a)).toEqual(['allocation.gross_negligence']);
  });
  it('an SMS code counts as SCA unless switched off', () => {
    const patch = { ...negligent, transactions: [tx({ kind: 'online_card_payment', authentication: 'otp_sms' as const })] };
    expect(decidedBy(assessed(patch))).toEqual(['allocation.gross_negligence']);
    expect(decidedBy(assessed(patch, { otp_sms_strong: 'no' }))).toEqual(['liability.no_strong_authentication']);
  });
  it('unknown authentication: SCA taken as applied, the other reading in scenarios', () => {
    const a = assessed({ ...negligent, transactions: [tx({ authentication: 'unknown' })] });
    expect(a.totals.payer_bears).toBe('100.00');
    expect(a.scenarios.find((s) => s.choices.sca === 'not_required')?.totals.payer_bears).toBe('0.00');
  });
});

describe('liability.no_blocking_means (L133-19 III)', () => {
  it('no means to block: the holder bears nothing', () => {
    const a = assessed({ psp: { name: 'B', notification_means_available: false } });
    expect(decidedBy(a)).toEqual(['liability.no_blocking_means']);
  });
});

describe('liability.no_proof_of_authentication (L133-23; Cass. com. 12 nov. 2020)', () => {
  it('the bank fails its proof: gross negligence cannot be opposed', () => {
    const a = assessed({
      conduct: [{ fact: 'pin_written_with_card', status: 'admitted' }],
      evidence: { authentication_proven: true, no_technical_deficiency_proven: false },
    });
    expect(decidedBy(a)).toEqual(['liability.no_proof_of_authentication']);
    expect(a.outcome).toBe('full_refund');
  });
  it('by assumption the failure may leave the franchise standing', () => {
    const a = assessed({ evidence: { authentication_proven: false, no_technical_deficiency_proven: null } }, { no_proof_voids_franchise: 'no' });
    expect(decidedBy(a)).toEqual(['allocation.franchise']);
  });
  it('unknown proof: taken as made, the other reading given', () => {
    const a = assessed({ evidence: { authentication_proven: null, no_technical_deficiency_proven: null } });
    expect(a.totals.payer_bears).toBe('50.00');
    expect(a.scenarios.find((s) => s.choices.evidence === 'not_proven')?.totals.payer_bears).toBe('0.00');
  });
});

describe('allocation.misappropriation (L133-19 II; anc. L132-4; VII.36 § 1)', () => {
  it('France: data misappropriated without the holder knowing → nothing', () => {
    const a = assessed({ incident: phishing, instruments: [{ id: 'card', kind: 'debit_card' }], transactions: [tx({ at: '2021-03-02T10:00+01:00', kind: 'online_card_payment', authentication: 'otp_sms' })], notification: null });
    expect(decidedBy(a)).toEqual(['allocation.misappropriation']);
  });
  it('counterfeit while the holder kept his card → nothing', () => {
    const a = assessed({ incident: { kind: 'counterfeit', at: null, payer_kept_instrument: true, detectable_before_payment: false, psp_staff_involved: false } });
    expect(decidedBy(a)).toEqual(['allocation.misappropriation']);
  });
  it('former regime: a counterfeit whose possession the holder does not show stays with him', () => {
    const a = assessed({
      incident: { kind: 'counterfeit', at: null, payer_kept_instrument: null, detectable_before_payment: null, psp_staff_involved: false },
      transactions: [tx({ at: '2004-03-02T10:00+01:00' })],
      notification: null,
    });
    expect(decidedBy(a)).toEqual(['allocation.residual']);
    expect(a.outcome).toBe('no_refund');
  });
  it('former regime: a remote payment without the card → nothing', () => {
    const a = assessed({ incident: { ...phishing, at: '2004-03-01' }, transactions: [tx({ at: '2004-03-02T10:00+01:00', kind: 'online_card_payment', authentication: 'card_data_only' })], notification: null });
    expect(decidedBy(a)).toEqual(['allocation.misappropriation']);
  });
  it('Belgium 2018: misappropriation is capped at 50 €', () => {
    const a = assessed({ jurisdiction: 'BE', incident: phishing, transactions: [tx({ at: '2021-03-02T10:00+01:00', kind: 'online_card_payment', authentication: 'otp_sms', amount: '300.00' })], notification: null });
    expect(a.totals.payer_bears).toBe('50.00');
  });
  it('Belgium 2014: misappropriation is capped only if the holder failed to keep his features safe', () => {
    const base = { jurisdiction: 'BE' as const, incident: { ...phishing, at: '2016-03-02' }, transactions: [tx({ at: '2016-03-02T10:00+01:00', kind: 'online_card_payment' as const, authentication: 'otp_sms' as const, amount: '300.00' })], notification: null };
    expect(assessed(base).totals.payer_bears).toBe('0.00');
    expect(assessed({ ...base, conduct: [{ fact: 'pin_easily_guessable', status: 'admitted' }] }).totals.payer_bears).toBe('150.00');
  });
});

describe('allocation.franchise (L133-19 I; VII.36 § 1; VII.44 § 1)', () => {
  it('exceptions of 2018: not detectable, bank staff, no personalised data', () => {
    expect(decidedBy(assessed({ incident: { kind: 'theft', at: null, payer_kept_instrument: false, detectable_before_payment: false, psp_staff_involved: false } }))).toEqual(['allocation.franchise']);
    expect(assessed({ incident: { kind: 'theft', at: null, payer_kept_instrument: false, detectable_before_payment: false, psp_staff_involved: false } }).totals.payer_bears).toBe('0.00');
    expect(assessed({ incident: { kind: 'loss', at: null, payer_kept_instrument: false, detectable_before_payment: true, psp_staff_involved: true } }).totals.payer_bears).toBe('0.00');
    expect(assessed({ transactions: [tx({ kind: 'card_payment', authentication: 'signature' })] }).totals.payer_bears).toBe('0.00');
  });
  it('2009 regime: only the no-personalised-data exception', () => {
    const patch = {
      incident: { kind: 'theft' as const, at: '2015-03-02', payer_kept_instrument: false, detectable_before_payment: false, psp_staff_involved: true },
      notification: { at: '2015-03-02T12:00+01:00' },
      transactions: [tx({ at: '2015-03-02T10:00+01:00', amount: '400.00' })],
    };
    expect(assessed(patch).totals.payer_bears).toBe('150.00');
  });
  it('one franchise per incident across cards, earliest first (Ombudsfin 2013.1876)', () => {
    const a = assessed({
      instruments: [{ id: 'card', kind: 'debit_card' }, { id: 'credit', kind: 'credit_card' }],
      transactions: [tx({ id: 'late', at: '2020-03-02T11:00+01:00', amount: '30.00' }), tx({ id: 'early', instrument: 'credit', at: '2020-03-02T10:00+01:00', amount: '30.00' })],
    });
    expect(a.transactions.map((t) => [t.id, t.payer_bears])).toEqual([['late', '20.00'], ['early', '30.00']]);
    const perInstrument = assessed({
      instruments: [{ id: 'card', kind: 'debit_card' }, { id: 'credit', kind: 'credit_card' }],
      transactions: [tx({ id: 'late', at: '2020-03-02T11:00+01:00', amount: '30.00' }), tx({ id: 'early', instrument: 'credit', at: '2020-03-02T10:00+01:00', amount: '30.00' })],
    }, { franchise_scope: 'instrument' });
    expect(perInstrument.totals.payer_bears).toBe('60.00');
  });
});
