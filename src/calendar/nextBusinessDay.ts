import type { Calendar } from './calendar.js';
import { addBusinessDays } from './addBusinessDays.js';

/**
 * The first business day strictly after `day` (YYYY-MM-DD).
 *
 * @example
 * nextBusinessDay('2025-04-18', calendarFor('FR')) // → '2025-04-22'
 */
export function nextBusinessDay(day: string, cal: Calendar): string {
  return addBusinessDays(day, 1, cal);
}
