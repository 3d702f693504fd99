export { calendarFor, CalendarRangeError } from './calendar.js';
export type { Calendar, CalendarOptions } from './calendar.js';
export { isBusinessDay } from './isBusinessDay.js';
export { addBusinessDays } from './addBusinessDays.js';
export { nextBusinessDay } from './nextBusinessDay.js';
