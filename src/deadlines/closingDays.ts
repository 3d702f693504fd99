/**
 * The bank closing days of src/law/bankClosing.ts for given years, as YYYY-MM-DD (the calendar's
 * `closingDays`). Good Friday is three days before Easter Monday, read from the legal-holiday data.
 */
import { addToDay } from '../case/isoDay.js';
import type { Calendar } from '../calendar/calendar.js';
import { BANK_CLOSING } from '../law/bankClosing.js';

/** Easter Monday of `year`: the Monday between 23 March and 26 April that the holiday data names as Easter Monday. */
function findEasterMonday(year: number, legal: Calendar): string | null {
  for (let d = `${year}-03-23`; d <= `${year}-04-26`; d = addToDay(d, { days: 1 })) {
    const name = legal.holidayName(d);
    if (name && /P[âa]ques|Easter|Paasmaandag/i.test(name)) return d;
  }
  return null;
}

/** Easter Mondays already read, per legal calendar (calendarFor caches those) and year. */
const easterMondays = new WeakMap<Calendar, Map<number, string | null>>();

function easterMonday(year: number, legal: Calendar): string | null {
  let years = easterMondays.get(legal);
  if (!years) easterMondays.set(legal, (years = new Map()));
  let day = years.get(year);
  if (day === undefined) years.set(year, (day = findEasterMonday(year, legal)));
  return day;
}

export function bankClosingDays(jurisdiction: 'FR' | 'BE', years: Iterable<number>, legal: Calendar): string[] {
  const out: string[] = [];
  for (const y of years) {
    if (y < legal.from || y > legal.to) continue;
    for (const kind of BANK_CLOSING[jurisdiction].days) {
      if (kind === 'december_26') out.push(`${y}-12-26`);
      else {
        const monday = easterMonday(y, legal);
        if (monday) out.push(addToDay(monday, { days: -3 }));
      }
    }
  }
  return out;
}
