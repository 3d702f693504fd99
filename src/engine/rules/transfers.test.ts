/** Transfers the payer ordered himself: verification of payee (Reg. 260/2012 art. 5c) before and from 9 Oct 2025, and what remains. */
import { describe, expect, it } from 'vitest';
import { assessed, decidedBy, tx } from '../../../test/support/build.js';
import type { CaseInput } from '../../case/schema.js';
import { renderReport } from '../../report/render.js';

type Pv = NonNullable<CaseInput['transactions'][number]['payee_verification']>;
const transfer = (day: string, pv: Pv | null, patch: Partial<CaseInput> = {}) =>
  assessed({
    instruments: [{ id: 'card', kind: 'online_banking' }],
    incident: { kind: 'impersonation', at: `${day}T09:00+02:00`, payer_kept_instrument: true, detectable_before_payment: null, psp_staff_involved: false },
    notification: { at: `${day}T18:00+02:00` },
    transactions: [tx({ at: `${day}T10:00+02:00`, amount: '4200.00', kind: 'transfer', authentication: 'app_validation', consented: true, contested_on: day, payee_verification: pv })],
    as_of: '2026-12-04',
    ...patch,
  });
const notOffered: Pv = { offered: false, result: null, payer_proceeded_after_warning: null };
const vopStep = (a: ReturnType<typeof assessed>) => a.explanation.find((e) => e.rule === 'transfer.payee_verification');

describe('verification of payee (Reg. (EU) No 260/2012 art. 5c), from 9 October 2025', () => {
  it('not offered, 8 Oct 2025 (the day before): not yet in force, the transfer is authorised and outside the regime', () => {
    const a = transfer('2025-10-08', notOffered);
    expect(decidedBy(a)).toEqual(['scope.authorised']);
    expect(a.outcome).toBe('not_covered');
    expect(vopStep(a)?.values?.finding).toBe('not_in_force');
  });
  it('not offered, 9 Oct 2025: the payer\'s bank refunds without delay (art. 5c(8)), citing the article and paragraph', () => {
    const a = transfer('2025-10-09', notOffered);
    expect(decidedBy(a)).toEqual(['transfer.payee_verification']);
    expect([a.outcome, a.totals.refund_due]).toEqual(['full_refund', '4200.00']);
    expect(vopStep(a)?.citation).toContain('art. 5c (8)');
    expect(a.assumptions.map((x) => x.name)).toContain('vop_failure_causation');
    expect(a.deadlines.find((d) => d.kind === 'bank_refund_by')).toBeUndefined();
    expect(a.other_grounds).toEqual([]);
  });
  it('result not shown before authorisation (no match, the payer not warned): refund', () => {
    const a = transfer('2025-10-09', { offered: true, result: 'close_match', payer_proceeded_after_warning: false });
    expect([decidedBy(a)[0], vopStep(a)?.values?.finding, a.totals.refund_due]).toEqual(['transfer.payee_verification', 'result_not_shown', '4200.00']);
  });
  it.each(['no_match', 'close_match', 'not_possible'] as const)('warned (%s) and went on: the bank is not liable; authorised, with the recovery duty and the vigilance ground left', (result) => {
    const a = transfer('2025-10-09', { offered: true, result, payer_proceeded_after_warning: true });
    expect(decidedBy(a)).toEqual(['scope.authorised']);
    expect(vopStep(a)?.values?.finding).toBe('warned_and_proceeded');
    expect(a.other_grounds.map((g) => [g.ground, g.burden])).toEqual([['recovery_and_information', 'psp'], ['vigilance_apparent_anomaly', 'holder']]);
    expect(a.other_grounds[0]!.basis[0]).toContain('CMF L133-21 al. 3');
    expect(a.other_grounds[1]!.basis).toEqual(['C. civ., art. 1231-1', 'Cass. com., 2 oct. 2024, n° 23-13.282', 'CA Besançon, 16 sept. 2025, n° 24/01218']);
  });
  it('the same warnings before 9 Oct 2025 change nothing: authorised, outside the regime', () => {
    for (const result of ['no_match', 'close_match', 'not_possible'] as const)
      expect(vopStep(transfer('2025-10-08', { offered: true, result, payer_proceeded_after_warning: true }))?.values?.finding).toBe('not_in_force');
  });
  it('a match: authorised', () => {
    expect(vopStep(transfer('2025-10-09', { offered: true, result: 'match', payer_proceeded_after_warning: null }))?.values?.finding).toBe('match');
  });
  it('the case silent on the check: unknown, authorised, not guessed', () => {
    const a = transfer('2025-11-02', null);
    expect([decidedBy(a)[0], vopStep(a)?.values?.finding]).toEqual(['scope.authorised', 'unknown']);
  });
  it('assumption vop_failure_causation = to_prove: a failed check alone does not refund', () => {
    const a = assessed({
      instruments: [{ id: 'card', kind: 'online_banking' }],
      transactions: [tx({ at: '2025-10-09T10:00+02:00', amount: '4200.00', kind: 'transfer', authentication: 'app_validation', consented: true, payee_verification: notOffered })],
    }, { vop_failure_causation: 'to_prove' });
    expect(decidedBy(a)).toEqual(['scope.authorised']);
  });
  it('reported more than 13 months after the debit: barred (CMF L133-24)', () => {
    const a = transfer('2025-10-09', notOffered, { transactions: [tx({ at: '2025-10-09T10:00+02:00', booked_on: '2025-10-09', amount: '4200.00', kind: 'transfer', authentication: 'app_validation', consented: true, contested_on: '2026-11-10', payee_verification: notOffered })] });
    expect(a.transactions[0]!.payer_bears).toBe('4200.00');
  });
  it('a transfer the payer did not order stays under the unauthorised regime, whatever the check', () => {
    const a = transfer('2025-10-09', notOffered, { transactions: [tx({ at: '2025-10-09T10:00+02:00', amount: '4200.00', kind: 'transfer', authentication: 'app_validation', consented: false, payee_verification: notOffered })] });
    expect(vopStep(a)).toBeUndefined();
    expect(decidedBy(a)[0]).not.toBe('scope.authorised');
  });
  it('Belgium alike: refund from 9 Oct 2025; warned and went on, the recovery duty of PSD2 art. 88(3)', () => {
    expect(transfer('2025-10-09', notOffered, { jurisdiction: 'BE' }).totals.refund_due).toBe('4200.00');
    const warned = transfer('2025-10-09', { offered: true, result: 'no_match', payer_proceeded_after_warning: true }, { jurisdiction: 'BE' });
    expect(warned.other_grounds[0]!.basis[0]).toContain('PSD2 art. 88 (3)');
  });
  it('the report names the separate ground and who must prove it, in each language', () => {
    const a = transfer('2025-10-09', { offered: true, result: 'no_match', payer_proceeded_after_warning: true });
    expect(renderReport(a, 'fr', 'text')).toContain("c'est au titulaire de prouver l'anomalie");
    expect(renderReport(a, 'en', 'text')).toContain('the holder must prove the anomaly');
    expect(renderReport(a, 'nl', 'text')).toContain('de houder moet de anomalie bewijzen');
  });
});
