/**
 * Legal dates as the case file gives them (spec "Dates and times"): a year, a month, a day, a
 * date-time with offset, or a `start/end` interval of two of these. A date with no known time is
 * a span of instants, never its first instant.
 */
import { Temporal } from 'temporal-polyfill';

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
    const days = Temporal.PlainYearMonth.from({ year: Number(y), month: Number(mo) }).daysInMonth;
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

function startOfDay(date: Temporal.PlainDate, timeZone: string): number {
  return date.toZonedDateTime({ timeZone }).epochMilliseconds;
}

export function legalDay(epochMs: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

function spanOf(part: string, timeZone: string): { lo: number; hi: number; precision: Precision } {
  if (part.includes('T')) {
    const t = Temporal.Instant.from(part).epochMilliseconds;
    return { lo: t, hi: t, precision: 'instant' };
  }
  const [y, m, d] = part.split('-').map(Number) as [number, number?, number?];
  let first: Temporal.PlainDate;
  let next: Temporal.PlainDate;
  let precision: Precision;
  if (d !== undefined) {
    first = Temporal.PlainDate.from({ year: y, month: m!, day: d });
    next = first.add({ days: 1 });
    precision = 'day';
  } else if (m !== undefined) {
    first = Temporal.PlainDate.from({ year: y, month: m, day: 1 });
    next = first.add({ months: 1 });
    precision = 'month';
  } else {
    first = Temporal.PlainDate.from({ year: y, month: 1, day: 1 });
    next = first.add({ years: 1 });
    precision = 'year';
  }
  return { lo: startOfDay(first, timeZone), hi: startOfDay(next, timeZone) - 1, precision };
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
