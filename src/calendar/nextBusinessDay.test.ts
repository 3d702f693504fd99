import { describe, expect, it } from 'vitest';
import { calendarFor, CalendarRangeError } from './calendar.js';
import { nextBusinessDay } from './nextBusinessDay.js';

describe('nextBusinessDay', () => {
  it('JSDoc example: Good Friday 2025 in France → Tuesday 22 April (Easter Monday skipped)', () => {
    expect(nextBusinessDay('2025-04-18', calendarFor('FR'))).toBe('2025-04-22');
  });

  it('is strictly after the day, even a business day', () => {
    expect(nextBusinessDay('2025-04-22', calendarFor('FR'))).toBe('2025-04-23');
    expect(nextBusinessDay('2025-07-18', calendarFor('FR'))).toBe('2025-07-21');
  });

  it('Belgium: 21 July and the Sunday before', () => {
    const be = calendarFor('BE');
    expect(nextBusinessDay('2025-07-21', be)).toBe('2025-07-22');
    expect(nextBusinessDay('2025-07-20', be)).toBe('2025-07-22');
    expect(nextBusinessDay('2025-07-18', be)).toBe('2025-07-22');
  });

  it('Alsace-Moselle: Thursday before Good Friday → Tuesday after Easter', () => {
    expect(nextBusinessDay('2025-04-17', calendarFor('FR', { alsaceMoselle: true }))).toBe('2025-04-22');
    expect(nextBusinessDay('2025-04-17', calendarFor('FR'))).toBe('2025-04-18');
  });

  it('saturdays and closing days', () => {
    expect(nextBusinessDay('2025-07-18', calendarFor('FR', { saturdays: true }))).toBe('2025-07-19');
    expect(nextBusinessDay('2025-04-30', calendarFor('FR', { closingDays: ['2025-05-02'] }))).toBe('2025-05-05');
  });

  it('throws CalendarRangeError past the data', () => {
    expect(() => nextBusinessDay('2035-12-31', calendarFor('FR'))).toThrow(CalendarRangeError);
    expect(() => nextBusinessDay('1999-12-31', calendarFor('FR'))).toThrow(CalendarRangeError);
  });
});
