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

/**
 * One part of a legal date, read by position without a regular expression (no capture arrays on
 * the hot path): `YYYY(-MM(-DD(Thh:mm(:ss)?(Z|±hh:mm))?)?)?`. Null when the format is wrong;
 * ranges (month 13, offset +24:00) are checked by `checkPart`.
 */
interface Parts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  se: number;
  /** Offset hours and minutes as written, and its sign (+1 east of UTC, -1 west). */
  oh: number;
  om: number;
  sign: number;
  /** How much was given. */
  precision: 'year' | 'month' | 'day' | 'instant';
}

/** `n` decimal digits at `i`, or -1. */
function digits(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = i; k < i + n; k++) {
    const c = s.charCodeAt(k) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    v = v * 10 + c;
  }
  return v;
}

const COLON = 58;
const DASH = 45;

function scan(s: string): Parts | null {
  const n = s.length;
  const p: Parts = { y: digits(s, 0, 4), mo: 1, d: 1, h: 0, mi: 0, se: 0, oh: 0, om: 0, sign: 1, precision: 'year' };
  if (p.y < 0) return null;
  if (n === 4) return p;
  if (s.charCodeAt(4) !== DASH || (p.mo = digits(s, 5, 2)) < 0) return null;
  p.precision = 'month';
  if (n === 7) return p;
  if (s.charCodeAt(7) !== DASH || (p.d = digits(s, 8, 2)) < 0) return null;
  p.precision = 'day';
  if (n === 10) return p;
  if (s.charCodeAt(10) !== 84 /* T */ || (p.h = digits(s, 11, 2)) < 0 || s.charCodeAt(13) !== COLON || (p.mi = digits(s, 14, 2)) < 0) return null;
  p.precision = 'instant';
  let i = 16;
  if (s.charCodeAt(i) === COLON) {
    if ((p.se = digits(s, 17, 2)) < 0) return null;
    i = 19;
  }
  const zone = s.charCodeAt(i);
  if (zone === 90 /* Z */) return n === i + 1 ? p : null;
  if ((zone !== 43 /* + */ && zone !== DASH) || n !== i + 6 || s.charCodeAt(i + 3) !== COLON) return null;
  p.sign = zone === DASH ? -1 : 1;
  if ((p.oh = digits(s, i + 1, 2)) < 0 || (p.om = digits(s, i + 4, 2)) < 0) return null;
  return p;
}

/** Why a date string is refused; null when it is valid. */
export type DateProblem = 'format' | 'calendar' | 'order' | 'range';

/**
 * Years a legal date may have (issue 14, L7): the earliest regime encoded dates from 1997
 * (Recommendation 97/489, src/law/regimes.ts; an older operation is `not_covered`, so 1990–1996 stay
 * accepted for the facts around it) and nothing is meant beyond 2100. A year 0000 or 9999 is a
 * typing error, and deadlines past 9999 would print as extended ISO years (`+010000-12`). The
 * business-day calendar's data cover less (src/calendar): a deadline outside them is reported as
 * not computed, never dropped.
 */
export const YEARS = { from: 1990, to: 2100 } as const;

function checkPart(s: string): DateProblem | null {
  const p = scan(s);
  if (!p) return 'format';
  if (p.y < YEARS.from || p.y > YEARS.to) return 'range';
  if (p.mo < 1 || p.mo > 12 || p.d < 1 || p.d > daysInMonth(p.y, p.mo)) return 'calendar';
  if (p.h > 23 || p.mi > 59 || p.se > 59 || p.oh > 23 || p.om > 59) return 'calendar';
  return null;
}

/** Validates a legal date or interval without a time zone (the order check is zone-free enough: offsets are explicit). */
export function dateProblem(s: string): DateProblem | null {
  const slash = s.indexOf('/');
  if (slash < 0) return checkPart(s);
  if (s.indexOf('/', slash + 1) >= 0) return 'format';
  const first = s.slice(0, slash);
  const second = s.slice(slash + 1);
  const problem = checkPart(first) ?? checkPart(second);
  if (problem) return problem;
  return spanOf(first, 'Europe/Paris').lo > spanOf(second, 'Europe/Paris').hi ? 'order' : null;
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

function spanOf(part: string, timeZone: string): { lo: number; hi: number; precision: Precision } {
  const p = scan(part)!;
  const { y, mo: m, d } = p;
  if (p.precision === 'instant') {
    const t = epochDaysOf(y, m, d) * 86_400_000 + p.h * 3_600_000 + p.mi * 60_000 + p.se * 1000 - p.sign * (p.oh * 3_600_000 + p.om * 60_000);
    return { lo: t, hi: t, precision: 'instant' };
  }
  if (p.precision === 'day') {
    const next = d < daysInMonth(y, m) ? [y, m, d + 1] : m < 12 ? [y, m + 1, 1] : [y + 1, 1, 1];
    return { lo: startOfDay(y, m, d, timeZone), hi: startOfDay(next[0]!, next[1]!, next[2]!, timeZone) - 1, precision: 'day' };
  }
  if (p.precision === 'month')
    return { lo: startOfDay(y, m, 1, timeZone), hi: startOfDay(m < 12 ? y : y + 1, m < 12 ? m + 1 : 1, 1, timeZone) - 1, precision: 'month' };
  return { lo: startOfDay(y, 1, 1, timeZone), hi: startOfDay(y + 1, 1, 1, timeZone) - 1, precision: 'year' };
}

/** Parses a date already validated by `dateProblem` into its span in the legal time zone. */
export function parseLegalDate(raw: string, timeZone: string): Span {
  const slash = raw.indexOf('/');
  const a = spanOf(slash < 0 ? raw : raw.slice(0, slash), timeZone);
  const b = slash < 0 ? a : spanOf(raw.slice(slash + 1), timeZone);
  const firstDay = legalDay(a.lo, timeZone);
  return {
    raw,
    precision: slash < 0 ? a.precision : 'interval',
    lo: a.lo,
    hi: b.hi,
    firstDay,
    lastDay: b.hi === a.lo ? firstDay : legalDay(b.hi, timeZone),
  };
}

/** The order of two spans: definitely before, definitely after, or open. */
export type Order = 'before' | 'after' | 'open';
export function compareSpans(a: Span, b: Span): Order {
  if (a.hi < b.lo) return 'before';
  if (a.lo > b.hi) return 'after';
  return 'open';
}
