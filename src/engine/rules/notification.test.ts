import { describe, expect, it } from 'vitest';
import { assessed, decidedBy, tx } from '../../../test/support/build.js';

describe('notification.after_blocking (L133-20; VII.36 / VII.44)', () => {
  it('an operation after the blocking request costs the holder nothing', () => {
    const a = assessed({ transactions: [tx({ at: '2020-03-02T13:00+01:00' })] });
    expect(decidedBy(a)).toEqual(['notification.after_blocking']);
    expect(a.totals.payer_bears).toBe('0.00');
  });
  it('an operation before it goes on to the franchise', () => {
    const a = assessed();
    expect(decidedBy(a)).toEqual(['allocation.franchise']);
    expect(a.totals.payer_bears).toBe('50.00');
  });
  it('a payment and a blocking known only by day: both readings, the holder first showing his notification', () => {
    const a = assessed({ transactions: [tx({ at: '2020-03-02' })], notification: { at: '2020-03-02' } });
    expect(a.scenarios.map((s) => [s.choices.order, s.totals.payer_bears])).toEqual([
      ['before', '50.00'],
      ['after', '0.00'],
    ]);
    expect(a.totals.payer_bears).toBe('50.00');
    const flipped = assessed({ transactions: [tx({ at: '2020-03-02' })], notification: { at: '2020-03-02' } }, { unknown_order: 'after' });
    expect(flipped.totals.payer_bears).toBe('0.00');
  });
  it('before_notification settles an order the dates cannot show', () => {
    const a = assessed({ transactions: [tx({ at: '2020-03-02', before_notification: false })], notification: { at: '2020-03-02' } });
    expect(a.scenarios).toEqual([]);
    expect(a.totals.payer_bears).toBe('0.00');
  });
  it('no notification at all: every operation is before it', () => {
    const a = assessed({ notification: null, transactions: [tx({ at: '2020-03-05T10:00+01:00' })] });
    expect(decidedBy(a)).toEqual(['allocation.franchise']);
  });
});

describe('notification.time_bar (L133-24; anc. L132-6; L133-1-1)', () => {
  it('13 months from the debit: the last day is in time, the next is late', () => {
    const inTime = assessed({ transactions: [tx({ booked_on: '2020-03-03', contested_on: '2021-04-03' })] });
    const late = assessed({ transactions: [tx({ booked_on: '2020-03-03', contested_on: '2021-04-04' })] });
    expect(decidedBy(inTime)).toEqual(['allocation.franchise']);
    expect(decidedBy(late)).toEqual(['notification.time_bar']);
    expect(late.outcome).toBe('no_refund');
  });
  it('a debit on 31 January: 13 months later is the last day of February', () => {
    const a = assessed({ transactions: [tx({ at: '2020-01-31T10:00+01:00', booked_on: '2020-01-31', contested_on: '2021-03-01' })], notification: { at: '2020-01-31T12:00+01:00' } });
    expect(decidedBy(a)).toEqual(['notification.time_bar']);
    const step = a.explanation.find((e) => e.rule === 'notification.time_bar')!;
    expect(step.values?.deadline).toBe('2021-02-28');
  });
  it('the bar does not run when the bank withheld the information', () => {
    const a = assessed({
      psp: { name: 'B', notification_means_available: true, transaction_info_provided: false },
      transactions: [tx({ booked_on: '2020-03-03', contested_on: '2023-01-01' })],
    });
    expect(decidedBy(a)).toEqual(['allocation.franchise']);
  });
  it('70 days for a card payment to a payee outside the EEA (L133-1-1)', () => {
    const a = assessed({ transactions: [tx({ kind: 'card_payment', booked_on: '2020-03-02', contested_on: '2020-05-20', payee_psp_outside_eea: true })] });
    expect(decidedBy(a)).toEqual(['notification.time_bar']);
    expect(a.explanation.find((e) => e.rule === 'notification.time_bar')!.values?.window).toBe('70 days');
  });
  it('former card regime: 70 days from the operation', () => {
    const a = assessed({
      transactions: [tx({ at: '2005-03-02T10:00+01:00', contested_on: '2005-05-12' })],
      incident: { kind: 'theft', at: '2005-03-02T09:00+01:00', payer_kept_instrument: false, detectable_before_payment: true, psp_staff_involved: false },
      notification: { at: '2005-03-02T12:00+01:00' },
    });
    expect(decidedBy(a)).toEqual(['notification.time_bar']);
  });
  it('a contest date that may or may not be late: read in the holder\'s favour, both readings given', () => {
    const a = assessed({ transactions: [tx({ booked_on: '2020-03', contested_on: '2021-04' })] });
    expect(a.totals.payer_bears).toBe('50.00');
    expect(a.scenarios.map((s) => s.choices.contest).sort()).toEqual(['late', 'timely']);
  });
});
