import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { calendarFor, CalendarRangeError, type Calendar } from './calendar.js';
import { addBusinessDays } from './addBusinessDays.js';
import { isBusinessDay } from './isBusinessDay.js';
import { nextBusinessDay } from './nextBusinessDay.js';

const FR = calendarFor('FR');
const AM = calendarFor('FR', { alsaceMoselle: true });
const BE = calendarFor('BE');

describe('addBusinessDays', () => {
  it('JSDoc example: 24 December 2025 + 1 in Alsace-Moselle → Monday 29 December', () => {
    expect(addBusinessDays('2025-12-24', 1, calendarFor('FR', { alsaceMoselle: true }))).toBe('2025-12-29');
  });

  it('30 April 2025 + 1 in France → 2 May (1 May skipped)', () => {
    expect(addBusinessDays('2025-04-30', 1, FR)).toBe('2025-05-02');
  });

  it('24 December 2025 + 1 in France → 26 December', () => {
    expect(addBusinessDays('2025-12-24', 1, FR)).toBe('2025-12-26');
    expect(addBusinessDays('2025-12-24', 1, BE)).toBe('2025-12-26');
  });

  it('counts several days across weekends and holidays', () => {
    expect(addBusinessDays('2025-04-17', 2, FR)).toBe('2025-04-22');
    expect(addBusinessDays('2025-04-17', 2, AM)).toBe('2025-04-23');
    expect(addBusinessDays('2025-07-18', 1, BE)).toBe('2025-07-22');
    expect(addBusinessDays('2025-07-18', 1, FR)).toBe('2025-07-21');
    expect(addBusinessDays('2025-07-11', 1, FR)).toBe('2025-07-15');
    expect(addBusinessDays('2025-07-11', 1, BE)).toBe('2025-07-14');
  });

  it('n = 0: the day if a business day, else the next one', () => {
    expect(addBusinessDays('2025-04-22', 0, FR)).toBe('2025-04-22');
    expect(addBusinessDays('2025-04-21', 0, FR)).toBe('2025-04-22');
    expect(addBusinessDays('2025-04-19', 0, FR)).toBe('2025-04-22');
    expect(addBusinessDays('2025-04-18', 0, FR)).toBe('2025-04-18');
    expect(addBusinessDays('2025-04-18', 0, AM)).toBe('2025-04-22');
  });

  it('honours closing days and the saturdays option', () => {
    const closing = calendarFor('FR', { closingDays: ['2025-05-02', '2025-05-05'] });
    expect(addBusinessDays('2025-04-30', 1, closing)).toBe('2025-05-06');
    const sat = calendarFor('FR', { saturdays: true });
    expect(addBusinessDays('2025-04-30', 1, sat)).toBe('2025-05-02');
    expect(addBusinessDays('2025-04-30', 2, sat)).toBe('2025-05-03');
    expect(addBusinessDays('2025-04-30', 3, sat)).toBe('2025-05-05');
  });

  it('rejects n that is not a non-negative integer', () => {
    for (const n of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => addBusinessDays('2025-04-30', n, FR)).toThrow(RangeError);
    }
  });

  it('throws CalendarRangeError outside the data', () => {
    expect(() => addBusinessDays('1999-12-31', 1, FR)).toThrow(CalendarRangeError);
    expect(() => addBusinessDays('2036-01-02', 0, BE)).toThrow(CalendarRangeError);
    expect(() => addBusinessDays('2035-12-20', 30, FR)).toThrow(CalendarRangeError);
  });
});

describe('addBusinessDays properties', () => {
  const START = Temporal.PlainDate.from('2000-01-01');
  // up to 2035-06-30, so that 60 business days stay within the data
  const SPAN = START.until(Temporal.PlainDate.from('2035-06-30')).days;
  const dayArb = fc.integer({ min: 0, max: SPAN }).map((i) => START.add({ days: i }).toString());
  const calArb: fc.Arbitrary<Calendar> = fc.oneof(
    fc.constantFrom(FR, AM, BE, calendarFor('FR', { saturdays: true }), calendarFor('BE', { saturdays: true })),
    fc
      .tuple(
        fc.constantFrom<'FR' | 'BE'>('FR', 'BE'),
        fc.boolean(),
        fc.uniqueArray(dayArb, { maxLength: 20 }),
      )
      .map(([j, saturdays, closingDays]) => calendarFor(j, { saturdays, closingDays })),
  );
  const nArb = fc.integer({ min: 1, max: 60 });
  const params = { seed: 1, numRuns: 300 };

  function countBusinessDays(after: string, upTo: string, cal: Calendar): number {
    let count = 0;
    let d = Temporal.PlainDate.from(after).add({ days: 1 });
    const end = Temporal.PlainDate.from(upTo);
    while (Temporal.PlainDate.compare(d, end) <= 0) {
      if (isBusinessDay(d.toString(), cal)) count++;
      d = d.add({ days: 1 });
    }
    return count;
  }

  it('the result is a business day strictly after the day', () => {
    fc.assert(
      fc.property(dayArb, nArb, calArb, (d, n, cal) => {
        const r = addBusinessDays(d, n, cal);
        expect(isBusinessDay(r, cal)).toBe(true);
        expect(r > d).toBe(true);
      }),
      params,
    );
  });

  it('is strictly increasing in n, each step being nextBusinessDay', () => {
    fc.assert(
      fc.property(dayArb, nArb, calArb, (d, n, cal) => {
        const r = addBusinessDays(d, n, cal);
        const r1 = addBusinessDays(d, n + 1, cal);
        expect(r1 > r).toBe(true);
        expect(r1).toBe(nextBusinessDay(r, cal));
      }),
      params,
    );
  });

  it('exactly n business days lie in (d, result]', () => {
    fc.assert(
      fc.property(dayArb, nArb, calArb, (d, n, cal) => {
        const r = addBusinessDays(d, n, cal);
        expect(countBusinessDays(d, r, cal)).toBe(n);
      }),
      params,
    );
  });

  it('n = 0 gives the first business day on or after the day', () => {
    fc.assert(
      fc.property(dayArb, calArb, (d, cal) => {
        const r = addBusinessDays(d, 0, cal);
        expect(isBusinessDay(r, cal)).toBe(true);
        expect(r >= d).toBe(true);
        expect(countBusinessDays(d, r, cal)).toBe(r === d ? 0 : 1);
        if (isBusinessDay(d, cal)) expect(r).toBe(d);
      }),
      params,
    );
  });
});
