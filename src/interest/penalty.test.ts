import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { penaltyInterest } from './penalty.js';
import { moratoryInterest } from './moratory.js';
import { segments } from './segments.js';
import { parseSuppliedRate } from './legalRate.js';
import { tx, validCase } from '../../test/support/build.js';
import { assess, type AssessOptions } from '../engine/assess.js';
import type { CaseInput } from '../case/schema.js';
import { renderReport } from '../report/render.js';

const assessedWith = (patch: Partial<CaseInput>, options: AssessOptions = {}) => assess(validCase(patch), options);

const fmt = (p: { from: string; to: string; days: number; bp: number; cents: number }) => [p.from, p.to, p.days, p.bp, p.cents];

describe('segments', () => {
  it('cuts at half-years and at the breaks', () => {
    expect(segments('2025-06-28', '2025-07-02', [])).toEqual([['2025-06-28', '2025-06-30'], ['2025-07-01', '2025-07-02']]);
    expect(segments('2025-06-01', '2025-06-10', ['2025-06-05'])).toEqual([['2025-06-01', '2025-06-04'], ['2025-06-05', '2025-06-10']]);
    expect(segments('2025-06-02', '2025-06-01', [])).toEqual([]);
  });
});

describe('CMF L133-18 al. 3 penalty interest', () => {
  it('the spec example: 7 days at the consumer rate of 2025 S1 (7.21) + 5 points', () => {
    // 948.00 € × 12.21 % × 7 / 365 = 2.2198… → 2.22 €
    const r = penaltyInterest({ baseCents: 94800, deadline: '2025-04-22', end: '2025-04-29', creditor: 'consumer', tiers: 'tiered', dayCount: '365' });
    expect(r.periods.map(fmt)).toEqual([['2025-04-23', '2025-04-29', 7, 1221, 222]]);
    expect(r.totalCents).toBe(222);
  });
  it('each tier, across the half-year boundary, rounded once', () => {
    // 1 000.00 €, deadline 25 June 2025, refunded 10 August 2025: 46 days of delay.
    //   26–30 June   5 d × (7.21 + 5)  = 12.21 %: 100000 × 0.1221 × 5 / 365  = 167.26… c
    //   1–2 July     2 d × (6.65 + 5)  = 11.65 %: 100000 × 0.1165 × 2 / 365  =  63.84… c
    //   3–25 July   23 d × (6.65 + 10) = 16.65 %: 100000 × 0.1665 × 23 / 365 = 1049.18… c
    //   26 Jul–10 Aug 16 d × (6.65 + 15) = 21.65 %: 100000 × 0.2165 × 16 / 365 = 949.04… c
    //   exact sum 2229.31… c → 22.29 €
    const r = penaltyInterest({ baseCents: 100000, deadline: '2025-06-25', end: '2025-08-10', creditor: 'consumer', tiers: 'tiered', dayCount: '365' });
    expect(r.periods.map(fmt)).toEqual([
      ['2025-06-26', '2025-06-30', 5, 1221, 167],
      ['2025-07-01', '2025-07-02', 2, 1165, 64],
      ['2025-07-03', '2025-07-25', 23, 1665, 1049],
      ['2025-07-26', '2025-08-10', 16, 2165, 949],
    ]);
    expect(r.totalCents).toBe(2229);
    expect(r.delayDays).toBe(46);
  });
  it('the other reading: the highest tier reached applies to the whole delay', () => {
    // 46 days > 30: 15 points throughout. 26–30 June 5 d × 22.21 % = 304.24… c; 1 Jul–10 Aug 41 d × 21.65 % = 2431.92… c
    const r = penaltyInterest({ baseCents: 100000, deadline: '2025-06-25', end: '2025-08-10', creditor: 'consumer', tiers: 'whole_period', dayCount: '365' });
    expect(r.periods.map((p) => [p.days, p.bp])).toEqual([[5, 2221], [41, 2165]]);
    expect(r.totalCents).toBe(2736);
  });
  it('the rate for creditors other than consumers', () => {
    // 2025 S2 other cases 2.76 + 5 = 7.76 %: 100000 × 0.0776 × 3 / 365 = 63.78… c
    const r = penaltyInterest({ baseCents: 100000, deadline: '2025-09-01', end: '2025-09-04', creditor: 'other', tiers: 'tiered', dayCount: '365' });
    expect(r.totalCents).toBe(64);
  });
  it('runs only from 18/08/2022', () => {
    // Deadline 10 Aug 2022: 18 Aug is delay day 8, so 2022 S2 (3.15) + 10 points; nothing before 18 Aug.
    const r = penaltyInterest({ baseCents: 100000, deadline: '2022-08-10', end: '2022-08-20', creditor: 'consumer', tiers: 'tiered', dayCount: '365' });
    expect(r.periods.map((p) => [p.from, p.bp])).toEqual([['2022-08-18', 1315]]);
    expect(r.delayDays).toBe(10);
  });
  it('stops at the last published rate and says from when it is missing', () => {
    const r = penaltyInterest({ baseCents: 100000, deadline: '2026-06-20', end: '2026-07-10', creditor: 'consumer', tiers: 'tiered', dayCount: '365' });
    expect(r.missingRateFrom).toBe('2026-07-01');
    expect(r.periods.at(-1)!.to).toBe('2026-06-30');
  });
  it('never decreases with a longer delay (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 200 }), fc.constantFrom('tiered', 'whole_period' as const), (base, offset, extra, tiers) => {
        const deadline = new Date(Date.UTC(2022, 7, 10) + offset * 86_400_000).toISOString().slice(0, 10);
        const end1 = new Date(Date.parse(deadline) + extra * 86_400_000).toISOString().slice(0, 10);
        const end2 = new Date(Date.parse(end1) + 86_400_000).toISOString().slice(0, 10);
        const a = penaltyInterest({ baseCents: base, deadline, end: end1, creditor: 'consumer', tiers, dayCount: '365' });
        const b = penaltyInterest({ baseCents: base, deadline, end: end2, creditor: 'consumer', tiers, dayCount: '365' });
        if (b.missingRateFrom === null) expect(b.totalCents).toBeGreaterThanOrEqual(a.totalCents);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('Belgian interest at the legal rate', () => {
  it('pro rata of each year', () => {
    // 2 000.00 €, deadline 20 Dec 2024, end 10 Jan 2025: 11 d × 5.75 % (2024) + 10 d × 4.50 % (2025)
    //   200000 × 0.0575 × 11 / 365 = 346.57… c ; 200000 × 0.045 × 10 / 365 = 246.57… c ; sum 593.15… → 5.93 €
    const r = moratoryInterest(200000, '2024-12-20', '2025-01-10', '365');
    expect(r.periods.map((p) => [p.from, p.to, p.days, p.bp])).toEqual([['2024-12-21', '2024-12-31', 11, 575], ['2025-01-01', '2025-01-10', 10, 450]]);
    expect(r.totalCents).toBe(593);
  });
});

describe('interest that says how far it runs (published rates end on 30 June 2026 in France, 31 Dec 2026 in Belgium)', () => {
  const late = (patch: Partial<CaseInput>, options: Parameters<typeof assessedWith>[1] = {}) =>
    assessedWith({
      incident: { kind: 'theft', at: '2026-06-10T08:00+02:00', payer_kept_instrument: false, detectable_before_payment: true, psp_staff_involved: false },
      notification: { at: '2026-06-10T12:00+02:00' },
      transactions: [tx({ at: '2026-06-10T10:00+02:00', amount: '1050.00', contested_on: '2026-06-10' })],
      as_of: '2026-12-04',
      ...patch,
    }, options);
  it('France: computed to 30 June 2026 and says why; the day before the evaluation date is not reached', () => {
    const a = late({});
    expect(a.interest).toMatchObject({ computed_to: '2026-06-30', stopped_because: 'no_published_rate', missing_rate_from: '2026-07-01' });
    expect(a.interest!.periods.at(-1)!.to).toBe('2026-06-30');
    const entry = a.explanation.find((e) => e.rule === 'interest.late_refund')!;
    expect(entry.values).toMatchObject({ computed_to: '2026-06-30', stop: 'no_published_rate' });
  });
  it('France: with the missing rate supplied, computed to the evaluation date, the supplied periods marked', () => {
    const rate = parseSuppliedRate('FR', '2026-07-01/2026-12-31=6.70,2.60');
    expect(rate.ok).toBe(true);
    if (!rate.ok) return;
    const a = late({}, { legalRates: [rate.value] });
    expect(a.interest).toMatchObject({ computed_to: '2026-12-04', stopped_because: 'as_of', missing_rate_from: null });
    const july = a.interest!.periods.find((p) => p.from === '2026-07-01')!;
    // Refund due by 11 June 2026: 1 July is the 20th day of delay, + 10 points (L133-18 al. 3, 2°).
    expect([july.legal_rate, july.rate, july.supplied_rate]).toEqual(['6.70', '16.70', true]);
    expect(a.interest!.periods.find((p) => p.from < '2026-07-01')!.supplied_rate).toBeUndefined();
    expect(Number(a.interest!.total)).toBeGreaterThan(Number(late({}).interest!.total));
  });
  it('a refund before the end of the tables: computed to the refund day', () => {
    const a = late({ psp: { name: 'B', notification_means_available: true, refunded_on: '2026-06-20' } });
    expect(a.interest).toMatchObject({ computed_to: '2026-06-20', stopped_because: 'refunded' });
  });
  it('Belgium: the 2026 rate is published, computed to the evaluation date', () => {
    expect(late({ jurisdiction: 'BE' }).interest).toMatchObject({ computed_to: '2026-12-04', stopped_because: 'as_of' });
  });
  it('the report says up to which day and why, in each language', () => {
    expect(renderReport(late({}), 'fr', 'text')).toContain("calculés jusqu'au 2026-06-30 seulement : le taux légal à partir du 2026-07-01 n'est pas encore publié");
    expect(renderReport(late({}), 'en', 'text')).toContain('computed to 2026-06-30 only');
    expect(renderReport(late({}), 'nl', 'text')).toContain('enkel berekend tot 2026-06-30');
  });
  it('a supplied rate must come after the published ones, be a real period and, in Belgium, one rate', () => {
    expect(parseSuppliedRate('FR', '2026-01-01/2026-06-30=6.67')).toMatchObject({ ok: false, problem: expect.stringContaining('published rate') });
    expect(parseSuppliedRate('FR', '2026-07-01/2026-06-30=6.67')).toMatchObject({ ok: false, problem: expect.stringContaining('ends before it starts') });
    expect(parseSuppliedRate('FR', '2026-07-01/2026-02-30=6.67')).toMatchObject({ ok: false, problem: expect.stringContaining('not in the calendar') });
    expect(parseSuppliedRate('BE', '2027-01-01/2027-12-31=4.25,3.00')).toMatchObject({ ok: false, problem: expect.stringContaining('one legal rate') });
    expect(parseSuppliedRate('FR', 'six percent')).toMatchObject({ ok: false, expected: expect.stringContaining('FROM/TO=RATE') });
    expect(parseSuppliedRate('BE', '2027-01-01/2027-12-31=4.25')).toEqual({ ok: true, value: { jurisdiction: 'BE', from: '2027-01-01', to: '2027-12-31', bp: 425 } });
  });
});
