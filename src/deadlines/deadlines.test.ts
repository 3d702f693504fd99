/** Hand-computed deadlines, each with its arithmetic. */
import { describe, expect, it } from 'vitest';
import { assessed, tx } from '../../test/support/build.js';
import type { CaseInput } from '../case/schema.js';

const theft = (at: string) => ({ kind: 'theft' as const, at, payer_kept_instrument: false, detectable_before_payment: true, psp_staff_involved: false });
const on = (day: string, patch: Partial<CaseInput> = {}) =>
  assessed({
    incident: theft(`${day}T08:00+02:00`),
    notification: { at: `${day}T12:00+02:00` },
    transactions: [tx({ at: `${day}T10:00+02:00`, booked_on: day, amount: '500.00' })],
    as_of: '2026-01-31',
    ...patch,
  });
const deadline = (a: ReturnType<typeof assessed>, kind: string) => a.deadlines.find((d) => d.kind === kind);
const onWith = (day: string, patch: Partial<CaseInput>, assumptions: Parameters<typeof assessed>[1]) =>
  assessed({ incident: theft(`${day}T08:00+02:00`), notification: { at: `${day}T12:00+02:00` }, transactions: [tx({ at: `${day}T10:00+02:00`, booked_on: day, amount: '500.00' })], as_of: '2026-01-31', ...patch }, assumptions);

describe('bank_refund_by: end of the first business day after the bank is informed (L133-18, VII.43)', () => {
  it('a notice on the Friday before Easter Monday: Tuesday (Sat, Sun, Easter Monday 21 April 2025 closed)', () => {
    const d = deadline(on('2025-04-18'), 'bank_refund_by');
    expect(d?.date).toBe('2025-04-22');
    expect(d?.note?.fr).toContain('jour ouvrable : CMF L133-4 d)');
  });
  it('a notice on 30 April: 2 May (1 May is a public holiday)', () => {
    expect(deadline(on('2025-04-30'), 'bank_refund_by')?.date).toBe('2025-05-02');
  });
  it('a notice on 24 December: 29 December, the TARGET closing day 26 December then the weekend (assumption bank_closing_days); 26 December on legal holidays only', () => {
    const xmas = { incident: theft('2025-12-24T08:00+01:00'), notification: { at: '2025-12-24T12:00+01:00' }, transactions: [tx({ at: '2025-12-24T10:00+01:00', amount: '500.00' })] };
    const a = on('2025-12-24', xmas);
    expect(deadline(a, 'bank_refund_by')?.date).toBe('2025-12-29');
    expect(a.assumptions.map((x) => x.name)).toContain('bank_closing_days');
    expect(deadline(onWith('2025-12-24', xmas, { bank_closing_days: 'legal_holidays' }), 'bank_refund_by')?.date).toBe('2025-12-26');
    const alsace = on('2025-12-24', { ...xmas, psp: { name: 'B', notification_means_available: true, alsace_moselle: true } });
    expect(deadline(alsace, 'bank_refund_by')?.date).toBe('2025-12-29');
  });
  it('Good Friday is a bank closing day in France and Belgium: a notice on the Thursday before it (17 April 2025) gives Tuesday 22 April; on Wednesday 16 April, Thursday 17', () => {
    for (const jurisdiction of ['FR', 'BE'] as const) {
      expect(deadline(on('2025-04-17', { jurisdiction }), 'bank_refund_by')?.date).toBe('2025-04-22');
      expect(deadline(on('2025-04-16', { jurisdiction }), 'bank_refund_by')?.date).toBe('2025-04-17');
      expect(deadline(onWith('2025-04-17', { jurisdiction }, { bank_closing_days: 'legal_holidays' }), 'bank_refund_by')?.date).toBe('2025-04-18');
    }
  });
  it('Belgium: 26 December is a bank closing day, not a legal holiday (notice on Thursday 25 Dec 2025 → Monday 29)', () => {
    const be = { jurisdiction: 'BE' as const, incident: theft('2025-12-25T08:00+01:00'), notification: { at: '2025-12-25T12:00+01:00' }, transactions: [tx({ at: '2025-12-25T10:00+01:00', amount: '500.00' })] };
    expect(deadline(on('2025-12-25', be), 'bank_refund_by')?.date).toBe('2025-12-29');
    expect(deadline(onWith('2025-12-25', be, { bank_closing_days: 'legal_holidays' }), 'bank_refund_by')?.date).toBe('2025-12-26');
  });
  it('a Belgian notice on 21 July (national day): 22 July', () => {
    const d = deadline(on('2025-07-21', { jurisdiction: 'BE' }), 'bank_refund_by');
    expect(d?.date).toBe('2025-07-22');
    expect(d?.note?.en).toContain('business day: Directive (EU) 2015/2366, art. 4(37)');
  });
  it("the bank's own closing days count", () => {
    const a = on('2025-04-30', { psp: { name: 'B', notification_means_available: true, closing_days: ['2025-05-02'] } });
    expect(deadline(a, 'bank_refund_by')?.date).toBe('2025-05-05');
  });
  it('before 13 January 2018: "immediately", said as such', () => {
    const d = deadline(on('2016-03-02', { incident: theft('2016-03-02T08:00+01:00'), notification: { at: '2016-03-02T12:00+01:00' }, transactions: [tx({ at: '2016-03-02T10:00+01:00', amount: '500.00' })] }), 'bank_refund_by');
    expect([d?.date, d?.note?.en]).toEqual(['2016-03-02', 'immediately: the text sets no day count']);
  });
  it('no deadline when the bank reported a fraud suspicion in writing (L133-18 exception)', () => {
    const a = on('2025-04-30', { psp: { name: 'B', notification_means_available: true, fraud_suspicion_reported: true } });
    expect(deadline(a, 'bank_refund_by')).toBeUndefined();
    expect(a.immediate_refund.amount).toBe('0.00');
  });
  it('a day known only to the month: the latest possible deadline, explained', () => {
    const a = on('2025-04-30', { transactions: [tx({ at: '2025-04-30T10:00+02:00', amount: '500.00', contested_on: '2025-05' })] });
    const d = deadline(a, 'bank_refund_by')!;
    expect(d.date).toBe('2025-06-02');
    expect(d.note?.en).toContain('the latest possible deadline');
  });
});

describe('contest_by (L133-24: 13 months from the debit)', () => {
  it('a debit on 31 January: 13 months later is the last day of February', () => {
    const a = assessed({
      incident: theft('2024-01-31T08:00+01:00'), notification: { at: '2024-01-31T12:00+01:00' },
      transactions: [tx({ at: '2024-01-31T10:00+01:00', booked_on: '2024-01-31' })],
    });
    const d = deadline(a, 'contest_by')!;
    expect(d.date).toBe('2025-02-28');
    expect(d.note?.en).toContain('last day of the month');
  });
  it('a debit known only to the month: the earliest possible deadline', () => {
    const a = assessed({ transactions: [tx({ booked_on: '2020-03' })] });
    expect(deadline(a, 'contest_by')?.date).toBe('2021-04-01');
  });
  it('70 days for a card payment to a payee outside the EEA', () => {
    const a = assessed({ transactions: [tx({ kind: 'card_payment', booked_on: '2020-03-02', payee_psp_outside_eea: true })] });
    const d = deadline(a, 'contest_by')!;
    expect([d.date, d.basis.startsWith('CMF L133-1-1')]).toEqual(['2020-05-11', true]);
  });
  it('does not run when the bank withheld the information', () => {
    const a = assessed({ psp: { name: 'B', notification_means_available: true, transaction_info_provided: false } });
    expect(deadline(a, 'contest_by')).toBeUndefined();
    expect(a.explanation.find((e) => e.rule === 'deadline.contest_by')?.because[0]).toContain('does not run');
  });
});

describe('complaint deadlines', () => {
  it('France: answer in 15 business days, 35 at most (L133-45); mediator from the end of the answer period, within a year (C. consom. L612-2)', () => {
    // Received Tue 22 April 2025; 15 business days skip 1 and 8 May: 23, 24, 25, 28, 29, 30 Apr, 2, 5, 6, 7, 9, 12, 13, 14, 15 May.
    const a = on('2025-04-18', { complaint: { received_on: '2025-04-22', written: true } });
    expect(deadline(a, 'bank_answer_by')?.date).toBe('2025-05-15');
    expect(deadline(a, 'bank_answer_final_by')?.date).toBe('2025-06-16');
    expect(deadline(a, 'mediator_referral_from')?.date).toBe('2025-05-15');
    expect(deadline(a, 'mediator_referral_from')?.note?.en).toContain('35 business days if the bank sent a reasoned holding reply');
    expect(deadline(a, 'mediator_referral_by')?.date).toBe('2026-04-22');
  });
  it("France: the bank's written answer before the end of its period opens the mediator's door that day; a later answer does not delay it", () => {
    const early = on('2025-04-18', { complaint: { received_on: '2025-04-22', written: true, answered_on: '2025-05-02', answer: 'refused' } });
    expect(deadline(early, 'mediator_referral_from')?.date).toBe('2025-05-02');
    expect(deadline(early, 'mediator_referral_from')?.note?.fr).toContain('réponse écrite de la banque du 2025-05-02 (refus)');
    const onLastDay = on('2025-04-18', { complaint: { received_on: '2025-04-22', written: true, answered_on: '2025-05-14', answer: 'partial' } });
    expect(deadline(onLastDay, 'mediator_referral_from')?.date).toBe('2025-05-14');
    const late = on('2025-04-18', { complaint: { received_on: '2025-04-22', written: true, answered_on: '2025-06-10', answer: 'refused' } });
    expect(deadline(late, 'mediator_referral_from')?.date).toBe('2025-05-15');
  });
  it('France before 13 Jan 2018: two months under the bank mediators\' charters; from that day, 15 business days (L133-45)', () => {
    const before = on('2017-12-04', { complaint: { received_on: '2018-01-12', written: true } });
    expect(deadline(before, 'mediator_referral_from')?.date).toBe('2018-03-12');
    expect(deadline(before, 'bank_answer_by')).toBeUndefined();
    const from = on('2017-12-04', { complaint: { received_on: '2018-01-13', written: true } });
    expect(deadline(from, 'bank_answer_by')?.basis).toContain('L133-45');
    expect(deadline(from, 'mediator_referral_from')?.date).toBe(deadline(from, 'bank_answer_by')?.date);
  });
  it('Belgium from 9 Aug 2018: 15 business days (PSD2 art. 101), Ombudsfin within a year of the complaint', () => {
    const a = on('2025-04-18', { jurisdiction: 'BE', complaint: { received_on: '2025-04-22', written: true } });
    expect(deadline(a, 'bank_answer_by')?.basis).toContain('PSD2 art. 101');
    expect(deadline(a, 'mediator_referral_from')?.date).toBe(deadline(a, 'bank_answer_by')?.date);
    expect(deadline(a, 'mediator_referral_by')?.basis).toContain('Ombudsfin');
    const answered = on('2025-04-18', { jurisdiction: 'BE', complaint: { received_on: '2025-04-22', written: true, answered_on: '2025-04-25', answer: 'refused' } });
    expect(deadline(answered, 'mediator_referral_from')?.date).toBe('2025-04-25');
  });
  it('Belgium up to 8 Aug 2018: no answer period found, Ombudsfin admissible once the complaint is made; from 9 Aug 2018, 15 business days', () => {
    const before = on('2018-08-01', { jurisdiction: 'BE', complaint: { received_on: '2018-08-08', written: true } });
    expect(deadline(before, 'bank_answer_by')).toBeUndefined();
    expect(deadline(before, 'mediator_referral_from')?.date).toBe('2018-08-08');
    const from = on('2018-08-01', { jurisdiction: 'BE', complaint: { received_on: '2018-08-09', written: true } });
    expect(deadline(from, 'bank_answer_by')?.date).toBe('2018-08-31');
    expect(deadline(from, 'mediator_referral_from')?.date).toBe('2018-08-31');
  });
  it('France, complaints from 2 July 2024: ACPR 2024-R-02 recommends an acknowledgment in 10 business days and an answer in 2 months, labelled soft law; not the day before; none in Belgium', () => {
    const from = on('2024-06-20', { complaint: { received_on: '2024-07-02', written: true } });
    // Tue 2 July 2024 + 10 business days: 3, 4, 5, 8, 9, 10, 11, 12, 15, 16 July (14 July is a Sunday).
    expect(deadline(from, 'bank_ack_by')).toMatchObject({ date: '2024-07-16', soft_law: true });
    expect(deadline(from, 'bank_answer_soft_by')).toMatchObject({ date: '2024-09-02', soft_law: true });
    expect(deadline(from, 'bank_answer_soft_by')?.basis).toContain('ACPR');
    expect(deadline(from, 'bank_answer_by')?.soft_law).toBeUndefined();
    const before = on('2024-06-20', { complaint: { received_on: '2024-07-01', written: true } });
    expect(deadline(before, 'bank_ack_by')).toBeUndefined();
    expect(deadline(before, 'bank_answer_soft_by')).toBeUndefined();
    expect(deadline(on('2025-04-18', { jurisdiction: 'BE', complaint: { received_on: '2025-04-22', written: true } }), 'bank_ack_by')).toBeUndefined();
  });
  it('an oral complaint opens no mediator deadline', () => {
    expect(deadline(on('2025-04-18', { complaint: { received_on: '2025-04-22', written: false } }), 'mediator_referral_by')).toBeUndefined();
  });
});

describe('late-refund interest in the assessment', () => {
  it('stops on the refund day', () => {
    // Deadline 22 April 2025; refunded 29 April: 7 days × 12.21 % on 450.00 € = 1.0537… → 1.05
    const a = on('2025-04-18', { psp: { name: 'B', notification_means_available: true, refunded_on: '2025-04-29' } });
    expect(a.interest?.total).toBe('1.05');
    expect(a.interest?.periods.map((p) => [p.from, p.to, p.days, p.rate])).toEqual([['2025-04-23', '2025-04-29', 7, '12.21']]);
  });
  it('none when the bank refunded in time', () => {
    expect(on('2025-04-18', { psp: { name: 'B', notification_means_available: true, refunded_on: '2025-04-22' } }).interest).toBeUndefined();
  });
  it('a professional payer: the rate for all other cases', () => {
    const a = on('2025-04-18', { payer: { kind: 'professional' }, psp: { name: 'B', notification_means_available: true, refunded_on: '2025-04-29' } });
    expect(a.interest?.periods[0]?.rate).toBe('8.71');
  });
  it('Belgium: the legal rate of each year', () => {
    const a = on('2024-12-18', { jurisdiction: 'BE', incident: theft('2024-12-18T08:00+01:00'), notification: { at: '2024-12-18T12:00+01:00' }, transactions: [tx({ at: '2024-12-18T10:00+01:00', amount: '500.00' })], psp: { name: 'B', notification_means_available: true, refunded_on: '2025-01-10' } });
    expect(a.interest?.periods.map((p) => [p.from, p.to, p.rate])).toEqual([['2024-12-20', '2024-12-31', '5.75'], ['2025-01-01', '2025-01-10', '4.50']]);
  });
});

describe('the base of the penalty', () => {
  it('by default what the bank finally owes; by assumption all it had to credit the next business day', () => {
    const patch = {
      conduct: [{ fact: 'pin_written_with_card' as const, status: 'proven' as const }],
      psp: { name: 'B', notification_means_available: true, refunded_on: '2025-04-29' },
    };
    expect(on('2025-04-18', patch).interest).toBeUndefined();
    // 500.00 € × 12.21 % × 7 / 365 = 1.1708… → 1.17
    expect(assessed({
      incident: theft('2025-04-18T08:00+02:00'), notification: { at: '2025-04-18T12:00+02:00' },
      transactions: [tx({ at: '2025-04-18T10:00+02:00', amount: '500.00' })], as_of: '2026-01-31', ...patch,
    }, { penalty_base: 'immediate' }).interest?.total).toBe('1.17');
  });
});

describe('a 13-month limit ending on a non-working day (assumption deadline_end_moves: CPC art. 642, C. jud. art. 53 by analogy)', () => {
  // Debit Mon 15 Jan 2024 + 13 months = Sat 15 Feb 2025; the next working day is Mon 17 Feb 2025.
  const contested = (on: string, jurisdiction: 'FR' | 'BE', assumptions: Parameters<typeof assessed>[1] = {}) =>
    assessed({
      jurisdiction,
      incident: theft('2024-01-15T08:00+01:00'), notification: { at: '2024-01-15T12:00+01:00' },
      transactions: [tx({ at: '2024-01-15T10:00+01:00', booked_on: '2024-01-15', amount: '500.00', contested_on: on })],
      as_of: '2025-03-01',
    }, assumptions);
  const barred = (a: ReturnType<typeof assessed>) => a.transactions[0]!.rules.includes('notification.time_bar') && a.transactions[0]!.payer_bears === '500.00';
  it.each(['FR', 'BE'] as const)('%s: by default the limit ends on Saturday 15 Feb 2025, shown as an assumption; a contest on the Sunday is late', (j) => {
    const a = contested('2025-02-16', j);
    expect(deadline(a, 'contest_by')?.date).toBe('2025-02-15');
    expect(deadline(a, 'contest_by')?.note?.en).toContain('2025-02-15 is not a working day; the limit is not moved');
    expect(a.assumptions.map((x) => x.name)).toContain('deadline_end_moves');
    expect(barred(a)).toBe(true);
    expect(barred(contested('2025-02-15', j))).toBe(false);
  });
  it.each(['FR', 'BE'] as const)('%s: moved to Monday 17 Feb 2025 under the other reading: in time that day, late the day after', (j) => {
    const moved = { deadline_end_moves: 'next_working_day' as const };
    expect(deadline(contested('2025-02-17', j, moved), 'contest_by')?.date).toBe('2025-02-17');
    expect(barred(contested('2025-02-17', j, moved))).toBe(false);
    expect(barred(contested('2025-02-18', j, moved))).toBe(true);
  });
  it('a limit ending on a working day does not bring the assumption in', () => {
    // Debit Wed 17 Jan 2024 + 13 months = Mon 17 Feb 2025.
    const a = assessed({ transactions: [tx({ at: '2024-01-17T10:00+01:00', booked_on: '2024-01-17', contested_on: '2024-02-01' })], as_of: '2025-03-01' });
    expect(deadline(a, 'contest_by')?.date).toBe('2025-02-17');
    expect(a.assumptions.map((x) => x.name)).not.toContain('deadline_end_moves');
  });
});
