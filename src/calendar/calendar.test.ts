import { describe, expect, it } from 'vitest';
import { calendarFor, CalendarRangeError } from './calendar.js';
import fr from './data/fr.json' with { type: 'json' };
import be from './data/be.json' with { type: 'json' };

describe('calendarFor', () => {
  it('JSDoc example', () => {
    expect(
      calendarFor('FR', { alsaceMoselle: true, closingDays: ['2025-05-02', '2025-08-14'] }).label,
    ).toBe('France (Alsace-Moselle), with 2 bank closing days');
  });

  it('labels', () => {
    expect(calendarFor('FR').label).toBe('France');
    expect(calendarFor('BE').label).toBe('Belgium');
    expect(calendarFor('BE', { closingDays: ['2025-12-26'] }).label).toBe(
      'Belgium, with 1 bank closing day',
    );
    expect(calendarFor('FR', { saturdays: true }).label).toBe(
      'France, Saturdays are business days',
    );
  });

  it('labels in French, Dutch and English', () => {
    expect(calendarFor('BE', { closingDays: ['2025-12-26', '2025-12-29'] }).labels).toEqual({
      fr: 'Belgique, avec 2 jours de fermeture de la banque',
      nl: 'België, met 2 sluitingsdagen van de bank',
      en: 'Belgium, with 2 bank closing days',
    });
    expect(calendarFor('FR', { alsaceMoselle: true, saturdays: true }).labels.nl).toBe('Frankrijk (Alsace-Moselle), zaterdag is een werkdag');
  });

  it('exposes the data range, definition and provenance', () => {
    const cal = calendarFor('FR');
    expect(cal.jurisdiction).toBe('FR');
    expect([cal.from, cal.to]).toEqual([2000, 2035]);
    expect(cal.definition.text).toBe(
      "Un jour ouvrable est un jour au cours duquel le prestataire de services de paiement du payeur ou celui du bénéficiaire exerce une activité permettant d'exécuter des opérations de paiement.",
    );
    expect(cal.definition.source).toMatch(/^CMF L133-4 d\) \(ord\. n° 2009-866\); https:\/\/github\.com\/etalab\//);
    expect(cal.generatedBy).toMatch(/^scripts\/gen-calendars\.mjs with date-holidays \d+\.\d+\.\d+$/);
    expect(cal.lastVerifiedOn).toBe('2026-12-01');
    expect(cal.saturdays).toBe(false);
    const b = calendarFor('BE');
    expect(b.jurisdiction).toBe('BE');
    expect(b.definition.text).toMatch(/^"business day" means a day on which/);
    expect(b.definition.source).toMatch(/^Directive \(EU\) 2015\/2366, art\. 4\(37\)/);
  });

  it('caches calendars without closing days', () => {
    expect(calendarFor('FR')).toBe(calendarFor('FR'));
    expect(calendarFor('FR', { alsaceMoselle: true })).toBe(calendarFor('FR', { alsaceMoselle: true }));
    expect(calendarFor('FR')).not.toBe(calendarFor('FR', { alsaceMoselle: true }));
    expect(calendarFor('FR')).not.toBe(calendarFor('FR', { saturdays: true }));
    expect(calendarFor('FR', { closingDays: [] })).toBe(calendarFor('FR'));
    const a = calendarFor('FR', { closingDays: ['2025-05-02'] });
    expect(a).not.toBe(calendarFor('FR', { closingDays: ['2025-05-02'] }));
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('does not let one caller change the shared calendar', () => {
    const closing = ['2025-05-02'];
    const cal = calendarFor('FR', { closingDays: closing });
    closing.push('2025-05-05');
    expect(cal.isClosingDay('2025-05-05')).toBe(false);
  });

  it('names public holidays, null otherwise', () => {
    expect(calendarFor('FR').holidayName('2025-07-14')).toBe('Fête Nationale de la France');
    expect(calendarFor('FR').holidayName('2025-07-15')).toBeNull();
    expect(calendarFor('BE').holidayName('2025-07-21')).toBe('Fête nationale');
    expect(calendarFor('BE').holidayName('2025-07-14')).toBeNull();
    expect(calendarFor('FR').holidayName('2025-12-26')).toBeNull();
    expect(calendarFor('FR', { alsaceMoselle: true }).holidayName('2025-12-26')).toBe('Lendemain de Noël');
    expect(calendarFor('FR', { alsaceMoselle: true }).holidayName('2025-04-18')).toBe('Vendredi saint');
    expect(calendarFor('FR', { alsaceMoselle: true }).holidayName('2025-12-25')).toBe('Noël');
    // 1 May 2008 was also Ascension Day.
    expect(calendarFor('FR').holidayName('2008-05-01')).toBe('Fête du travail / Ascension');
  });

  it('keeps only public holidays (observances dropped)', () => {
    const b = calendarFor('BE');
    expect(b.holidayName('2025-11-02')).toBeNull(); // Fête des morts
    expect(b.holidayName('2025-11-15')).toBeNull(); // Fête du Roi
    expect(b.holidayName('2025-06-08')).toBeNull(); // Pentecôte (a Sunday)
    expect(b.holidayName('2025-12-26')).toBeNull();
    expect(calendarFor('FR').holidayName('2025-06-08')).toBeNull();
  });

  it('throws CalendarRangeError outside the data', () => {
    for (const cal of [calendarFor('FR'), calendarFor('BE'), calendarFor('FR', { alsaceMoselle: true })]) {
      expect(() => cal.holidayName('1999-12-31')).toThrow(CalendarRangeError);
      expect(() => cal.holidayName('2036-01-01')).toThrow(CalendarRangeError);
      expect(cal.holidayName('2000-01-01')).toBe('Nouvel An');
      expect(cal.holidayName('2035-12-25')).toBe('Noël');
    }
    try {
      calendarFor('FR').holidayName('2036-05-01');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CalendarRangeError);
      expect(e).toBeInstanceOf(Error);
      const err = e as CalendarRangeError;
      expect([err.day, err.from, err.to, err.name]).toEqual(['2036-05-01', 2000, 2035, 'CalendarRangeError']);
      expect(err.message).toContain('2036-05-01');
    }
  });

  it('rejects malformed days', () => {
    const cal = calendarFor('FR');
    for (const bad of ['2025-1-01', '2025-02-30', '20250101', '2025-01-01T00:00', '']) {
      expect(() => cal.holidayName(bad)).toThrow(Error);
      expect(() => cal.holidayName(bad)).not.toThrow(CalendarRangeError);
    }
  });

  it('validates closing days and names the bad value', () => {
    for (const bad of ['2025-13-01', '2025-02-29', '2025-5-2', '02/05/2025']) {
      expect(() => calendarFor('FR', { closingDays: ['2025-05-02', bad] })).toThrow(bad);
    }
    expect(() => calendarFor('FR', { closingDays: ['2024-02-29'] })).not.toThrow();
  });

  it('rejects Alsace-Moselle for Belgium and unknown jurisdictions', () => {
    expect(() => calendarFor('BE', { alsaceMoselle: true })).toThrow(/FR only/);
    expect(() => calendarFor('DE' as 'FR')).toThrow(/DE/);
  });

  it('data: every year 2000-2035 has the fixed public days', () => {
    const frFixed = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'];
    const beFixed = ['01-01', '05-01', '07-21', '08-15', '11-01', '11-11', '12-25'];
    const f = calendarFor('FR');
    const a = calendarFor('FR', { alsaceMoselle: true });
    const b = calendarFor('BE');
    for (let y = 2000; y <= 2035; y++) {
      for (const md of frFixed) expect(f.holidayName(`${y}-${md}`), `FR ${y}-${md}`).not.toBeNull();
      for (const md of beFixed) expect(b.holidayName(`${y}-${md}`), `BE ${y}-${md}`).not.toBeNull();
      expect(a.holidayName(`${y}-12-26`)).toBe('Lendemain de Noël');
      const fr_ = Object.keys(fr.holidays).filter((d) => d.startsWith(`${y}-`)).length;
      const be_ = Object.keys(be.holidays).filter((d) => d.startsWith(`${y}-`)).length;
      expect(fr_, `FR ${y}`).toBe(y === 2008 ? 10 : 11);
      expect(be_, `BE ${y}`).toBe(y === 2008 ? 9 : 10);
      const am = Object.keys(fr.regions['alsace-moselle']).filter((d) => d.startsWith(`${y}-`));
      expect(am.length).toBe(2);
    }
    expect(fr.years).toEqual({ from: 2000, to: 2035 });
    expect(be.regions).toEqual({});
    expect(Object.keys(fr.regions)).toEqual(['alsace-moselle']);
    // every key is a YYYY-MM-DD day; sorted
    const keys = Object.keys(fr.holidays);
    expect([...keys].sort()).toEqual(keys);
    for (const k of [...keys, ...Object.keys(be.holidays)]) expect(k).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
