import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { penaltyInterest } from './penalty.js';
import { moratoryInterest } from './moratory.js';
import { segments } from './segments.js';

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
