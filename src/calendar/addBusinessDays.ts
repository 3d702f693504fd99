import { addToDay } from '../case/isoDay.js';
import type { Calendar } from './calendar.js';
import { isBusinessDay } from './isBusinessDay.js';

/**
 * The n-th business day strictly after `day` (YYYY-MM-DD) for n ≥ 1; `day`
 * itself need not be a business day. For n = 0: `day` if it is a business
 * day, else the next business day. n must be a non-negative integer
 * (RangeError otherwise). `day` and every day walked through must lie within
 * the calendar data (CalendarRangeError otherwise).
 *
 * @example
 * addBusinessDays('2025-12-24', 1, calendarFor('FR', { alsaceMoselle: true })) // → '2025-12-29'
 */
export function addBusinessDays(day: string, n: number, cal: Calendar): string {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`addBusinessDays: n must be a non-negative integer, got ${n}`);
  }
  // Validates `day` (format and range) even when n ≥ 1.
  if (isBusinessDay(day, cal) && n === 0) return day;
  let current = day;
  let remaining = Math.max(n, 1);
  for (;;) {
    current = addToDay(current, { days: 1 });
    if (isBusinessDay(current, cal) && --remaining === 0) return current;
  }
}
