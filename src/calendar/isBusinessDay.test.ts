import { describe, expect, it } from 'vitest';
import { calendarFor, CalendarRangeError } from './calendar.js';
import { isBusinessDay } from './isBusinessDay.js';

const FR = calendarFor('FR');
const AM = calendarFor('FR', { alsaceMoselle: true });
const BE = calendarFor('BE');

describe('isBusinessDay', () => {
  it('JSDoc example', () => {
    expect(isBusinessDay('2025-04-21', calendarFor('FR'))).toBe(false);
  });

  it.each([
    ['2025-04-21', 'Easter Monday'],
    ['2025-06-09', 'Whit Monday'],
    ['2025-05-01', '1 May'],
    ['2025-05-29', 'Ascension'],
    ['2025-08-15', '15 August'],
    ['2025-11-01', '1 November (a Saturday)'],
    ['2024-11-01', '1 November 2024 (a Friday)'],
    ['2025-11-11', '11 November'],
    ['2025-12-25', '25 December'],
    ['2025-01-01', '1 January'],
  ])('%s (%s) is not a business day in FR, Alsace-Moselle or BE', (day) => {
    expect(isBusinessDay(day, FR)).toBe(false);
    expect(isBusinessDay(day, AM)).toBe(false);
    expect(isBusinessDay(day, BE)).toBe(false);
    expect(isBusinessDay(day, calendarFor('BE', { saturdays: true }))).toBe(false);
  });

  it('14 July: FR only', () => {
    expect(isBusinessDay('2025-07-14', FR)).toBe(false);
    expect(isBusinessDay('2025-07-14', AM)).toBe(false);
    expect(isBusinessDay('2025-07-14', BE)).toBe(true);
  });

  it('8 May: FR only', () => {
    expect(isBusinessDay('2025-05-08', FR)).toBe(false);
    expect(isBusinessDay('2025-05-08', BE)).toBe(true);
  });

  it('21 July (fête nationale): BE only', () => {
    expect(isBusinessDay('2025-07-21', BE)).toBe(false);
    expect(isBusinessDay('2025-07-21', FR)).toBe(true);
  });

  it('26 December: business day in France and Belgium, not in Alsace-Moselle', () => {
    expect(isBusinessDay('2025-12-26', FR)).toBe(true);
    expect(isBusinessDay('2025-12-26', BE)).toBe(true);
    expect(isBusinessDay('2025-12-26', AM)).toBe(false);
  });

  it('Good Friday 2025 (18 April): business day in France, not in Alsace-Moselle', () => {
    expect(isBusinessDay('2025-04-18', FR)).toBe(true);
    expect(isBusinessDay('2025-04-18', BE)).toBe(true);
    expect(isBusinessDay('2025-04-18', AM)).toBe(false);
  });

  it('weekends', () => {
    expect(isBusinessDay('2025-07-19', FR)).toBe(false); // Saturday
    expect(isBusinessDay('2025-07-20', FR)).toBe(false); // Sunday
    expect(isBusinessDay('2025-07-18', FR)).toBe(true); // Friday
    expect(isBusinessDay('2025-07-22', BE)).toBe(true); // Tuesday
  });

  it('saturdays option: Saturdays open, Sundays and holidays still closed', () => {
    const cal = calendarFor('FR', { saturdays: true });
    expect(isBusinessDay('2025-07-19', cal)).toBe(true);
    expect(isBusinessDay('2025-07-20', cal)).toBe(false);
    expect(isBusinessDay('2025-11-01', cal)).toBe(false); // Toussaint on a Saturday
    expect(isBusinessDay('2025-07-14', cal)).toBe(false);
  });

  it('closing days honoured', () => {
    const cal = calendarFor('FR', { closingDays: ['2025-05-02', '2025-07-19'] });
    expect(isBusinessDay('2025-05-02', cal)).toBe(false);
    expect(isBusinessDay('2025-05-02', FR)).toBe(true);
    expect(isBusinessDay('2025-05-05', cal)).toBe(true);
    const sat = calendarFor('BE', { saturdays: true, closingDays: ['2025-07-19'] });
    expect(isBusinessDay('2025-07-19', sat)).toBe(false);
    expect(isBusinessDay('2025-07-26', sat)).toBe(true);
  });

  it('throws CalendarRangeError for 1999 and 2036', () => {
    expect(() => isBusinessDay('1999-12-31', FR)).toThrow(CalendarRangeError);
    expect(() => isBusinessDay('2036-01-02', FR)).toThrow(CalendarRangeError);
    expect(() => isBusinessDay('1999-06-15', BE)).toThrow(CalendarRangeError);
    expect(() => isBusinessDay('2036-06-16', BE)).toThrow(CalendarRangeError);
  });

  it('rejects malformed days', () => {
    expect(() => isBusinessDay('2025-7-1', FR)).toThrow(/2025-7-1/);
  });
});
