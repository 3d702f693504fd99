/**
 * Legal dates as the case file gives them (spec "Dates and times"): a year, a month, a day, a
 * date-time with offset, or a `start/end` interval of two of these. A date with no known time is
 * a span of instants, never its first instant.
 */
import { Temporal } from 'temporal-polyfill';
import { daysInMonth, epochDaysOf, isoDayOf } from './isoDay.js';
import { localMidnight, offsetAt } from './zone.js';

export type Precision = 'instant' | 'day' | 'month' | 'year' | 'interval';

/** A closed span of instants [lo, hi] (epoch ms) and the legal days it touches. */
export interface Span {
  raw: string;
  precision: Precision;
  lo: number;
  hi: number;
  /** First and last legal day (YYYY-MM-DD) in the jurisdiction's time zone. */
  firstDay: string;
  lastDay: string;
}

const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

/** Why a date string is refused; null when it is valid. */
export type DateProblem = 'format' | 'calendar' | 'order';

function checkPart(s: string): DateProblem | null {
  const m = PART.exec(s);
  if (!m) return 'format';
  const [, y, mo, d, h, mi, se] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return 'calendar';
  if (d !== undefined) {
    const days = daysInMonth(Number(y), Number(mo));
    if (Number(d) < 1 || Number(d) > days) return 'calendar';
  }
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || (se !== undefined && Number(se) > 59))) return 'calendar';
  return null;
}

/** Validates a legal date or interval without a time zone (the order check is zone-free enough: offsets are explicit). */
export function dateProblem(s: string): DateProblem | null {
  const parts = s.split('/');
  if (parts.length > 2) return 'format';
  for (const p of parts) {
    const problem = checkPart(p);
    if (problem) return problem;
  }
  if (parts.length === 2) {
    const a = spanOf(parts[0]!, 'Europe/Paris');
    const b = spanOf(parts[1]!, 'Europe/Paris');
    if (a.lo > b.hi) return 'order';
  }
  return null;
}

/** A full calendar date (YYYY-MM-DD), as `as_of` must be. */
export function isFullDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && checkPart(s) === null;
}

/** The first instant of a legal day; the zone table of ./zone.ts, else Temporal. */
function startOfDay(y: number, m: number, d: number, timeZone: string): number {
  return localMidnight(epochDaysOf(y, m, d), timeZone)
    ?? Temporal.PlainDate.from({ year: y, month: m, day: d }).toZonedDateTime({ timeZone }).epochMilliseconds;
}

export function legalDay(epochMs: number, timeZone: string): string {
  const offset = offsetAt(epochMs, timeZone);
  if (offset !== null) return isoDayOf(epochMs + offset);
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** A date-time with offset as epoch ms: plain arithmetic for the offsets Temporal accepts, Temporal otherwise (it throws). */
function instantOf(part: string): number {
  const m = INSTANT.exec(part);
  if (m && (m[7] === undefined || (Number(m[8]) <= 23 && Number(m[9]) <= 59))) {
    const local = epochDaysOf(Number(m[1]), Number(m[2]), Number(m[3])) * 86_400_000
      + Number(m[4]) * 3_600_000 + Number(m[5]) * 60_000 + Number(m[6] ?? 0) * 1000;
    const offset = m[7] === undefined ? 0 : (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 3_600_000 + Number(m[9]) * 60_000);
    return local - offset;
  }
  return Temporal.Instant.from(part).epochMilliseconds;
}

function spanOf(part: string, timeZone: string): { lo: number; hi: number; precision: Precision } {
  if (part.includes('T')) {
    const t = instantOf(part);
    return { lo: t, hi: t, precision: 'instant' };
  }
  const [y, m, d] = part.split('-').map(Number) as [number, number?, number?];
  if (d !== undefined) {
    const next = d < daysInMonth(y, m!) ? [y, m!, d + 1] : m! < 12 ? [y, m! + 1, 1] : [y + 1, 1, 1];
    return { lo: startOfDay(y, m!, d, timeZone), hi: startOfDay(next[0]!, next[1]!, next[2]!, timeZone) - 1, precision: 'day' };
  }
  if (m !== undefined)
    return { lo: startOfDay(y, m, 1, timeZone), hi: startOfDay(m < 12 ? y : y + 1, m < 12 ? m + 1 : 1, 1, timeZone) - 1, precision: 'month' };
  return { lo: startOfDay(y, 1, 1, timeZone), hi: startOfDay(y + 1, 1, 1, timeZone) - 1, precision: 'year' };
}

/** Parses a date already validated by `dateProblem` into its span in the legal time zone. */
export function parseLegalDate(raw: string, timeZone: string): Span {
  const parts = raw.split('/');
  const a = spanOf(parts[0]!, timeZone);
  const b = parts.length === 2 ? spanOf(parts[1]!, timeZone) : a;
  return {
    raw,
    precision: parts.length === 2 ? 'interval' : a.precision,
    lo: a.lo,
    hi: b.hi,
    firstDay: legalDay(a.lo, timeZone),
    lastDay: legalDay(b.hi, timeZone),
  };
}

/** The order of two spans: definitely before, definitely after, or open. */
export type Order = 'before' | 'after' | 'open';
export function compareSpans(a: Span, b: Span): Order {
  if (a.hi < b.lo) return 'before';
  if (a.lo > b.hi) return 'after';
  return 'open';
}
