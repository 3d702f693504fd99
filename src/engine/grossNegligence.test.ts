import { describe, expect, it } from 'vitest';
import { assessed, tx, validCase } from '../../test/support/build.js';
import type { CaseInput } from '../case/schema.js';
import { DEFAULT_ASSUMPTIONS } from '../law/assumptions.js';
import { evaluateGrossNegligence } from './grossNegligence.js';

type Conduct = NonNullable<CaseInput['conduct']>;
const finding = (conduct: Conduct, patch: Partial<CaseInput> = {}) =>
  evaluateGrossNegligence(validCase({ conduct, ...patch }), DEFAULT_ASSUMPTIONS).finding;

describe('gross negligence as reasoning', () => {
  it('only proven or admitted facts count: the burden is on the bank', () => {
    expect(finding([{ fact: 'pin_written_with_card', status: 'alleged' }])).toBe('not_established');
    expect(finding([{ fact: 'pin_written_with_card', status: 'denied' }])).toBe('not_established');
    expect(finding([{ fact: 'pin_written_with_card', status: 'disproven' }])).toBe('not_established');
    expect(finding([{ fact: 'pin_written_with_card', status: 'proven' }])).toBe('established');
    expect(finding([{ fact: 'pin_written_with_card', status: 'admitted' }])).toBe('established');
  });
  it('facts held mere imprudence never establish it (Ombudsfin 2013.1876, 2016.3121; Mons 2011)', () => {
    expect(finding([
      { fact: 'same_pin_multiple_cards', status: 'proven' },
      { fact: 'pin_easily_guessable', status: 'admitted' },
      { fact: 'pin_shoulder_surfed', status: 'proven' },
      { fact: 'card_in_locked_vehicle', status: 'proven' },
    ])).toBe('not_established');
  });
  it('answering a phishing message: not enough alone, gross with obvious signs (Cass. com. 28 mars 2018)', () => {
    expect(finding([{ fact: 'card_data_disclosed_phishing', status: 'admitted' }])).toBe('not_established');
    expect(finding([{ fact: 'card_data_disclosed_phishing', status: 'admitted' }, { fact: 'phishing_obvious_signs', status: 'proven' }])).toBe('established');
  });
  it('a code given to a caller: arguable alone, excused by a spoofed bank call (Cass. com. 23 oct. 2024)', () => {
    expect(finding([{ fact: 'otp_disclosed', status: 'admitted' }])).toBe('arguable');
    expect(finding([
      { fact: 'otp_disclosed', status: 'admitted' },
      { fact: 'caller_impersonated_bank', status: 'proven' },
      { fact: 'caller_id_spoofed', status: 'proven' },
    ])).toBe('not_established');
  });
  it('handing the card or the PIN over is gross whatever the scenario', () => {
    expect(finding([
      { fact: 'card_entrusted_to_other', status: 'proven' },
      { fact: 'caller_id_spoofed', status: 'proven' },
      { fact: 'caller_impersonated_bank', status: 'proven' },
    ])).toBe('established');
  });
  it('remote access, codes and validation together, with no bank impersonation: established', () => {
    expect(finding([
      { fact: 'device_or_sim_compromised', status: 'admitted' },
      { fact: 'payer_validated_operation', status: 'admitted' },
      { fact: 'otp_disclosed', status: 'admitted' },
    ])).toBe('established');
  });
  it('presumption from unexplained strong authentication, switchable (Cass. com. 31 mai 2016)', () => {
    const patch: Partial<CaseInput> = { incident: { kind: 'unknown', at: null, payer_kept_instrument: null, detectable_before_payment: null, psp_staff_involved: false } };
    expect(finding([], patch)).toBe('established');
    expect(evaluateGrossNegligence(validCase({ conduct: [], ...patch }), { ...DEFAULT_ASSUMPTIONS, gn_presumption: 'no' }).finding).toBe('not_established');
    expect(finding([], { ...patch, evidence: { authentication_proven: null, no_technical_deficiency_proven: null } })).toBe('not_established');
  });
  it('an arguable finding gives both readings, the holder\'s first', () => {
    const a = assessed({ conduct: [{ fact: 'otp_disclosed', status: 'admitted' }], transactions: [tx({ amount: '900.00' })] });
    expect(a.gross_negligence.finding).toBe('arguable');
    expect(a.totals.payer_bears).toBe('50.00');
    expect(a.scenarios.find((s) => s.choices.gn === 'established')?.totals.payer_bears).toBe('900.00');
  });
  it('established gross negligence makes the holder bear all before the blocking, nothing after', () => {
    const a = assessed({
      conduct: [{ fact: 'pin_written_with_card', status: 'proven' }],
      transactions: [tx({ amount: '900.00' }), tx({ id: 't2', at: '2020-03-02T13:00+01:00', amount: '100.00' })],
    });
    expect(a.transactions.map((t) => t.payer_bears)).toEqual(['900.00', '0.00']);
    expect(a.outcome).toBe('partial');
    expect(a.immediate_refund.amount).toBe('1000.00');
  });
  it('late notification reaches only the operations after the holder noticed (Veracash)', () => {
    const a = assessed({
      conduct: [{ fact: 'late_notification', status: 'proven' }],
      incident: { kind: 'theft', at: '2020-03-01', noticed_at: '2020-03-02T09:30+01:00', payer_kept_instrument: false, detectable_before_payment: true, psp_staff_involved: false },
      notification: { at: '2020-03-05T12:00+01:00' },
      transactions: [tx({ id: 'before', at: '2020-03-02T08:00+01:00', amount: '200.00' }), tx({ id: 'after', at: '2020-03-03T10:00+01:00', amount: '300.00' })],
    });
    expect(a.transactions.map((t) => [t.id, t.payer_bears])).toEqual([['before', '50.00'], ['after', '300.00']]);
  });
  it('cites the decisions that treat each fact in the same jurisdiction', () => {
    const a = assessed({ jurisdiction: 'BE', conduct: [{ fact: 'same_pin_multiple_cards', status: 'alleged' }] });
    expect(a.gross_negligence.factors[0]!.precedents.map((p) => p.id)).toContain('be-ombudsfin-2014-03-18-2013-1876');
  });
});
