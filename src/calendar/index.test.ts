import { expect, it } from 'vitest';
import * as calendar from './index.js';

it('re-exports the calendar helpers', () => {
  expect(Object.keys(calendar).sort()).toEqual([
    'CalendarRangeError',
    'addBusinessDays',
    'calendarFor',
    'isBusinessDay',
    'nextBusinessDay',
  ]);
  expect(calendar.addBusinessDays('2025-04-30', 1, calendar.calendarFor('FR'))).toBe('2025-05-02');
});
