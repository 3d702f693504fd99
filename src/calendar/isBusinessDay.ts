import { dayOfWeek } from '../case/isoDay.js';
import type { Calendar } from './calendar.js';

/**
 * Whether `day` (YYYY-MM-DD) is a business day in `cal`: not a Sunday, not a
 * Saturday unless `cal.saturdays`, not a public holiday and not one of the
 * bank's closing days. Throws CalendarRangeError for a day outside the data.
 *
 * @example
 * isBusinessDay('2025-04-21', calendarFor('FR')) // → false (Lundi de Pâques)
 */
export function isBusinessDay(day: string, cal: Calendar): boolean {
  // First: validates the string and throws CalendarRangeError outside the data.
  if (cal.holidayName(day) !== null) return false;
  const weekday = dayOfWeek(day);
  if (weekday === 7) return false;
  if (weekday === 6 && !cal.saturdays) return false;
  return !cal.isClosingDay(day);
}
