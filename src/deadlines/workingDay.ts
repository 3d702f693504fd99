/**
 * A time limit whose last day is a Saturday, Sunday or legal holiday: the procedural rules move it to
 * the next working day (France: CPC art. 642; Belgium: C. jud. art. 53), which the research applies to
 * the 13-month limit only as an analogy (fr.md R-NOTIF-1; be-eu.md BE-NOTIF-01, UNCERTAIN: from
 * memory): assumption deadline_end_moves. Legal holidays only, not the bank's closing days.
 */
import { calendarFor, CalendarRangeError } from '../calendar/calendar.js';
import { isBusinessDay } from '../calendar/isBusinessDay.js';
import { nextBusinessDay } from '../calendar/nextBusinessDay.js';

/** The next working day when `day` is not one, else null (also null outside the calendar data). */
export function nextWorkingDayIfClosed(jurisdiction: 'FR' | 'BE', day: string): string | null {
  const cal = calendarFor(jurisdiction);
  try {
    return isBusinessDay(day, cal) ? null : nextBusinessDay(day, cal);
  } catch (e) {
    if (e instanceof CalendarRangeError) return null;
    throw e;
  }
}
