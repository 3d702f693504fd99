// The zone table of src/case/zone.ts gives what Temporal gives: every day's midnight and every
// hour's legal day, both legal time zones, across the table's range and its edges.
import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { legalDay, parseLegalDate } from '../../src/case/legalDate.js';
import { addToDay, daysBetween } from '../../src/case/isoDay.js';

const ZONES = ['Europe/Paris', 'Europe/Brussels'] as const;

describe('legal dates without Temporal on the hot path', () => {
  for (const tz of ZONES) {
    it(`${tz}: every day 1965–2105 starts where Temporal says`, () => {
      let d = Temporal.PlainDate.from('1965-01-01');
      const bad: string[] = [];
      while (d.year < 2106) {
        const span = parseLegalDate(d.toString(), tz);
        const lo = d.toZonedDateTime({ timeZone: tz }).epochMilliseconds;
        const hi = d.add({ days: 1 }).toZonedDateTime({ timeZone: tz }).epochMilliseconds - 1;
        if (span.lo !== lo || span.hi !== hi || span.firstDay !== d.toString() || span.lastDay !== d.toString()) bad.push(d.toString());
        d = d.add({ days: 1 });
      }
      expect(bad).toEqual([]);
    });
    it(`${tz}: instants 1995–2040 (every 7 h 30, and each side of every transition) fall on Temporal's legal day`, () => {
      const day = (ms: number): string => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(tz).toPlainDate().toString();
      const probes: number[] = [];
      for (let ms = Date.UTC(1995, 0, 1); ms < Date.UTC(2040, 0, 1); ms += 27_000_000) probes.push(ms);
      let z: Temporal.ZonedDateTime | null = Temporal.ZonedDateTime.from(`1995-01-01T00:00[${tz}]`);
      while ((z = z.getTimeZoneTransition('next')) && z.year < 2040) probes.push(z.epochMilliseconds - 1, z.epochMilliseconds);
      expect(probes.filter((ms) => legalDay(ms, tz) !== day(ms))).toEqual([]);
    });
  }
  it('months, years, intervals and date-times as before', () => {
    for (const raw of ['2013-04', '2013', '2018-08-09/2022', '2013-04-22T17:43+02:00', '2013-04-22T17:43:10Z', '1950-03-01', '2150-12', '2013-03-31T02:30-11:30']) {
      const tz = 'Europe/Paris';
      const span = parseLegalDate(raw, tz);
      const [a, b = a] = raw.split('/') as [string, string?];
      const start = (p: string): number => p.includes('T') ? Temporal.Instant.from(p).epochMilliseconds
        : Temporal.PlainDate.from(p.length === 4 ? `${p}-01-01` : p.length === 7 ? `${p}-01` : p).toZonedDateTime({ timeZone: tz }).epochMilliseconds;
      const end = (p: string): number => {
        if (p.includes('T')) return Temporal.Instant.from(p).epochMilliseconds;
        const first = Temporal.PlainDate.from(p.length === 4 ? `${p}-01-01` : p.length === 7 ? `${p}-01` : p);
        const next = p.length === 4 ? first.add({ years: 1 }) : p.length === 7 ? first.add({ months: 1 }) : first.add({ days: 1 });
        return next.toZonedDateTime({ timeZone: tz }).epochMilliseconds - 1;
      };
      expect([span.lo, span.hi], raw).toEqual([start(a), end(b!)]);
    }
  });
  it('ISO day arithmetic: every day 2000–2030 plus days, months and years as PlainDate.add, and the days between', () => {
    const bad: string[] = [];
    const spans = [{ days: 1 }, { days: -1 }, { days: 70 }, { months: 1 }, { months: 13 }, { years: 1 }];
    for (let d = Temporal.PlainDate.from('2000-01-01'); d.year < 2031; d = d.add({ days: 1 })) {
      for (const w of spans) if (addToDay(d.toString(), w) !== d.add(w).toString()) bad.push(`${d} + ${JSON.stringify(w)}`);
      if (daysBetween('2000-01-01', d.toString()) !== Temporal.PlainDate.from('2000-01-01').until(d).days) bad.push(`between ${d}`);
    }
    expect(bad).toEqual([]);
  });
});
