import { describe, expect, it } from 'vitest';
import { assessed, tx, validCase } from '../../test/support/build.js';
import type { CaseInput } from '../case/schema.js';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from '../law/assumptions.js';
import { evaluateGrossNegligence } from './grossNegligence.js';

type Conduct = NonNullable<CaseInput['conduct']>;
const finding = (conduct: Conduct, patch: Partial<CaseInput> = {}, a: Partial<Assumptions> = {}) =>
  evaluateGrossNegligence(validCase({ conduct, ...patch }), { ...DEFAULT_ASSUMPTIONS, ...a }).finding;
const BE = { jurisdiction: 'BE' } as const;
const call = (more: Conduct = []): Conduct => [{ fact: 'otp_disclosed', status: 'admitted' }, { fact: 'caller_impersonated_bank', status: 'proven' }, ...more];
const app = (more: Conduct = []): Conduct => [{ fact: 'payer_validated_operation', status: 'admitted' }, { fact: 'caller_impersonated_bank', status: 'proven' }, ...more];
/** A deception at a distance: the card never left the holder, operations made online. */
const online: Partial<CaseInput> = {
  incident: { kind: 'impersonation', at: '2020-03-02T09:00+01:00', payer_kept_instrument: true, detectable_before_payment: false, psp_staff_involved: false },
  transactions: [tx({ kind: 'transfer', authentication: 'app_validation' })],
};
const phished: Partial<CaseInput> = { ...online, transactions: [tx({ kind: 'online_card_payment', authentication: 'card_data_only' })] };

describe('burden of proof (P1: CMF L133-19 IV, L133-23; PSD2 art. 72(2))', () => {
  it('only proven or admitted facts count against the holder', () => {
    for (const status of ['alleged', 'denied', 'disproven'] as const) expect(finding([{ fact: 'pin_written_with_card', status }])).toBe('not_established');
    expect(finding([{ fact: 'pin_written_with_card', status: 'proven' }])).toBe('established');
    expect(finding([{ fact: 'pin_written_with_card', status: 'admitted' }])).toBe('established');
  });
  it('a qualifier the bank must prove that stays unknown counts for the holder (phishing signs, Cass. com., 28 mars 2018, n° 16-20.018)', () => {
    expect(finding([{ fact: 'card_data_disclosed_phishing', status: 'admitted' }], phished)).toBe('not_established');
    expect(finding([{ fact: 'card_data_disclosed_phishing', status: 'admitted' }, { fact: 'phishing_obvious_signs', status: 'alleged' }], phished)).toBe('not_established');
    expect(finding([{ fact: 'card_data_disclosed_phishing', status: 'admitted' }, { fact: 'phishing_obvious_signs', status: 'proven' }], phished)).toBe('established');
  });
});

describe('imprudence at most (Ombudsfin 2013.1876, 2016.3121; Comm. Mons, 28 avril 2011; Cass. com., 21 sept. 2010)', () => {
  it('never establishes gross negligence', () => {
    expect(finding([
      { fact: 'same_pin_multiple_cards', status: 'proven' }, { fact: 'pin_easily_guessable', status: 'admitted' },
      { fact: 'pin_shoulder_surfed', status: 'proven' }, { fact: 'card_in_locked_vehicle', status: 'proven' }, { fact: 'card_taken_in_presence', status: 'admitted' },
    ])).toBe('not_established');
  });
  it('a card left accessible is grave (Cass. com., 16 oct. 2012, n° 11-19.981), not when taken in the holder\'s presence or from a locked car (P7)', () => {
    expect(finding([{ fact: 'card_left_accessible', status: 'proven' }])).toBe('established');
    expect(finding([{ fact: 'card_left_accessible', status: 'proven' }, { fact: 'card_taken_in_presence', status: 'admitted' }])).toBe('not_established');
    expect(finding([{ fact: 'card_left_accessible', status: 'proven' }, { fact: 'card_in_locked_vehicle', status: 'proven' }])).toBe('not_established');
  });
});

describe('codes and validations (P4)', () => {
  it('a code given to a caller who merely says he is the bank is gross negligence (TJ Paris, 4 avr. 2024)', () => {
    expect(finding(call(), online)).toBe('established');
  });
  it('excused by the bank\'s genuine number displayed (Cass. com., 23 oct. 2024, n° 23-16.267) or precise knowledge of the accounts (Cass. com., 12 juin 2025, n° 24-13.777)', () => {
    expect(finding(call([{ fact: 'caller_id_spoofed', status: 'proven' }]), online)).toBe('not_established');
    expect(finding(call([{ fact: 'caller_knew_account_data', status: 'admitted' }]), online)).toBe('not_established');
  });
  it('a number the holder dialled himself is no display of the bank\'s line', () => {
    expect(finding(call([{ fact: 'caller_id_spoofed', status: 'proven' }, { fact: 'victim_initiated_contact', status: 'admitted' }]), online)).toBe('established');
  });
  it('spoofing against a message that said what was validated: contested, both sides named (Cass. com., 4 mars 2026 vs 23 oct. 2024)', () => {
    const a = assessed({ conduct: call([{ fact: 'caller_id_spoofed', status: 'proven' }, { fact: 'code_message_stated_operation', status: 'proven' }]), ...online });
    expect(a.gross_negligence.finding).toBe('arguable');
    expect(a.totals.payer_bears).toBe('0.00');
    const gn = a.scenarios.find((s) => s.choices.gn === 'established')!;
    expect(gn.totals.payer_bears).toBe('100.00');
    expect(gn.precedents).toContain('Cass. com., 4 mars 2026, n° 24-19.588, B');
    expect(a.scenarios.find((s) => s.choices.gn === 'not_established')!.precedents).toContain('Cass. com., 23 oct. 2024, n° 23-16.267, FS-B');
  });
  it('validating in the app is grave only if the bank proves the screen said what was validated (CA Douai, 6 mars 2025; TJ Marseille, 11 sept. 2025)', () => {
    expect(finding(app(), online)).toBe('not_established');
    expect(finding(app([{ fact: 'code_message_stated_operation', status: 'proven' }]), online)).toBe('established');
    expect(finding(app([{ fact: 'code_message_stated_operation', status: 'proven' }, { fact: 'caller_id_spoofed', status: 'proven' }]), online)).toBe('arguable');
  });
  it('the PIN or the card handed over is never excused by the scenario (TJ Paris, 25 avr. 2024, n° 22/11004; 12 nov. 2024)', () => {
    const spoofed: Conduct = [{ fact: 'caller_id_spoofed', status: 'proven' }, { fact: 'caller_impersonated_bank', status: 'proven' }, { fact: 'caller_knew_account_data', status: 'proven' }];
    expect(finding([{ fact: 'card_entrusted_to_other', status: 'proven' }, ...spoofed])).toBe('established');
    expect(finding([{ fact: 'pin_disclosed', status: 'proven' }, ...spoofed])).toBe('established');
  });
});

describe('the Belgian test (P3; be_deception_test)', () => {
  it('strict by default: credentials given in reply to a message are grave in principle (Antwerpen, 2 november 2023)', () => {
    expect(finding([{ fact: 'card_data_disclosed_phishing', status: 'admitted' }], { ...BE, ...phished })).toBe('established');
    expect(finding([{ fact: 'card_data_disclosed_phishing', status: 'admitted' }], { ...BE, ...phished }, { be_deception_test: 'attentive_user' })).toBe('not_established');
  });
  it('a vulnerable holder is a circumstance that excuses, named in the trace', () => {
    const c = { ...BE, payer: { kind: 'consumer' as const, vulnerable: true }, ...online };
    expect(finding(call(), c)).toBe('not_established');
    const a = assessed({ conduct: call(), ...c });
    const rule = a.explanation.find((e) => e.rule === 'gross_negligence.rule' && e.values?.id === 'gn.be.credentials_given')!;
    expect(rule.values!['fact.payer_vulnerable']).toBe('defeater|holder|established');
    expect(rule.because).toContain('/payer/vulnerable = true');
  });
  it('an app signature alone proves nothing (Ondernemingsrb. Brussel, 13 maart 2025); at an unsolicited caller\'s request it is grave', () => {
    expect(finding([{ fact: 'payer_validated_operation', status: 'admitted' }], { ...BE, ...online })).toBe('not_established');
    expect(finding(app(), { ...BE, ...online })).toBe('established');
  });
});

describe('causation, per operation (P6: L133-19 IV « si ces pertes résultent »; PSD2 art. 74(1))', () => {
  // A breach with no excuse in law (the card handed over), so only its date is open.
  const theft = (at?: string): Conduct => [{ fact: 'card_entrusted_to_other', status: 'proven', ...(at ? { at } : {}) }];
  it('a breach dated after every operation bears none of them', () => {
    const a = assessed({ conduct: theft('2020-03-02T12:00+01:00'), transactions: [tx({ amount: '900.00' })] });
    expect(a.gross_negligence.finding).toBe('not_established');
    expect(a.totals.payer_bears).toBe('50.00');
  });
  it('a breach between two operations bears only the later one', () => {
    const a = assessed({
      conduct: theft('2020-03-02T10:30+01:00'),
      notification: { at: '2020-03-03T12:00+01:00' },
      transactions: [tx({ id: 'before', amount: '200.00' }), tx({ id: 'after', at: '2020-03-02T11:00+01:00', amount: '300.00' })],
    });
    expect(a.transactions.map((t) => [t.id, t.payer_bears])).toEqual([['before', '50.00'], ['after', '300.00']]);
  });
  it('an order the dates leave open: covered by default (unknown_breach_order), the holder\'s reading as a scenario', () => {
    const a = assessed({ conduct: theft('2020-03-02'), transactions: [tx({ amount: '900.00' })] });
    expect(a.totals.payer_bears).toBe('900.00');
    expect(a.scenarios.find((s) => s.choices.breach === 'not_covered')?.totals.payer_bears).toBe('50.00');
  });
  it('an operation through a channel the breach did not open is judged without it (a written PIN and a contactless payment)', () => {
    const a = assessed({ conduct: [{ fact: 'pin_written_with_card', status: 'proven' }], transactions: [tx({ amount: '40.00' }), tx({ id: 't2', kind: 'atm_withdrawal', amount: '400.00' })].map((t, i) => (i === 0 ? { ...t, kind: 'contactless' as const, authentication: 'contactless_no_cvm' as const } : t)) });
    expect(a.transactions.map((t) => t.payer_bears)).toEqual(['0.00', '400.00']);
  });
});

describe('notification runs from knowledge (P5: L133-17; CJUE, 1er août 2025, C-665/23)', () => {
  const incident = (noticed: string, should?: string) => ({
    kind: 'theft' as const, at: '2020-03-01', noticed_at: noticed, ...(should ? { should_have_noticed_at: should } : {}),
    payer_kept_instrument: false, detectable_before_payment: true, psp_staff_involved: false,
  });
  const ops = [tx({ id: 'before', at: '2020-03-02T08:00+01:00', amount: '200.00' }), tx({ id: 'after', at: '2020-03-03T10:00+01:00', amount: '300.00' })];
  it('a delay costs only the operations after the holder knew', () => {
    const a = assessed({ conduct: [{ fact: 'late_notification', status: 'proven' }], incident: incident('2020-03-02T09:30+01:00'), notification: { at: '2020-03-05T12:00+01:00' }, transactions: ops });
    expect(a.transactions.map((t) => [t.id, t.payer_bears])).toEqual([['before', '50.00'], ['after', '300.00']]);
  });
  it('when he must be taken to have known earlier, both readings are given', () => {
    const a = assessed({ conduct: [{ fact: 'late_notification', status: 'proven' }], incident: incident('2020-03-04T09:30+01:00', '2020-03-02T09:00+01:00'), notification: { at: '2020-03-05T12:00+01:00' }, transactions: ops });
    expect(a.transactions.map((t) => [t.id, t.payer_bears])).toEqual([['before', '50.00'], ['after', '300.00']]);
    expect(a.scenarios.find((s) => s.choices.breach === 'not_covered')?.totals.payer_bears).toBe('50.00');
  });
});

describe('the risk of sending lies with the issuer (P8: CMF L133-15; PSD2 art. 70(2))', () => {
  it('a card that never reached the holder: he bears nothing, his safekeeping duty had not begun', () => {
    const a = assessed({
      conduct: [{ fact: 'pin_written_with_card', status: 'admitted' }],
      incident: { kind: 'not_received', at: '2020-03-01', payer_kept_instrument: false, detectable_before_payment: false, psp_staff_involved: false },
      transactions: [tx({ amount: '900.00' })],
    });
    expect(a.totals.payer_bears).toBe('0.00');
    expect(a.transactions[0]!.rules.at(-1)).toBe('allocation.not_received');
  });
  it('once he knows of the withdrawals, a culpable delay still costs what a prompt notice would have prevented (the Veracash facts)', () => {
    const a = assessed({
      conduct: [{ fact: 'late_notification', status: 'proven' }],
      incident: { kind: 'not_received', at: '2020-03-01', noticed_at: '2020-03-02T09:00+01:00', payer_kept_instrument: false, detectable_before_payment: false, psp_staff_involved: false },
      notification: { at: '2020-03-05T12:00+01:00' },
      transactions: [tx({ id: 'before', at: '2020-03-02T08:00+01:00', amount: '200.00' }), tx({ id: 'after', at: '2020-03-03T10:00+01:00', amount: '300.00' })],
    });
    expect(a.transactions.map((t) => [t.id, t.payer_bears])).toEqual([['before', '0.00'], ['after', '300.00']]);
  });
});

describe('an excuse the file does not mention (P4)', () => {
  it('is for the holder to show: the finding stands, and the reading where he shows it is given', () => {
    const a = assessed({ conduct: call(), ...online });
    expect(a.gross_negligence.finding).toBe('established');
    expect(a.totals.payer_bears).toBe('100.00');
    expect(a.scenarios.find((s) => s.choices.excuse === 'shown')?.totals.payer_bears).toBe('0.00');
  });
});

describe('presumption and precedents', () => {
  it('presumption from unexplained strong authentication, switchable (Cass. com., 31 mai 2016, n° 14-29.906)', () => {
    const patch: Partial<CaseInput> = { incident: { kind: 'unknown', at: null, payer_kept_instrument: null, detectable_before_payment: null, psp_staff_involved: false } };
    expect(finding([], patch)).toBe('established');
    expect(finding([], patch, { gn_presumption: 'no' })).toBe('not_established');
    expect(finding([], { ...patch, evidence: { authentication_proven: null, no_technical_deficiency_proven: null } })).toBe('not_established');
  });
  it('established gross negligence makes the holder bear all before the blocking, nothing after', () => {
    const a = assessed({
      conduct: [{ fact: 'pin_written_with_card', status: 'proven' }],
      transactions: [tx({ amount: '900.00' }), tx({ id: 't2', at: '2020-03-02T13:00+01:00', amount: '100.00' })],
    });
    expect(a.transactions.map((t) => t.payer_bears)).toEqual(['900.00', '0.00']);
    expect(a.outcome).toBe('partial');
  });
  it('cites the decisions that treat each fact in the same jurisdiction, and the rules it played in', () => {
    const a = assessed({ jurisdiction: 'BE', conduct: [{ fact: 'same_pin_multiple_cards', status: 'proven' }] });
    expect(a.gross_negligence.factors[0]!.precedents.map((p) => p.id)).toContain('be-ombudsfin-2014-03-18-2013-1876');
    expect(a.gross_negligence.factors[0]!.rules).toEqual(['gn.same_pin_multiple_cards']);
  });
});
