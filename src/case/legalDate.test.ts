// L7 (attack review 2026-12): years 0000–9999 were accepted; operations in 9999 gave deadlines
// such as "+010000-12", and 2040+ cases silently lost bank_refund_by (the calendar data end in
// 2035). Dates are now 1990–2100, and a deadline outside the calendar's data is reported.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../engine/assess.js';
import { renderReport } from '../report/render.js';
import { dateProblem, isFullDate, YEARS } from './legalDate.js';
import { parseCase } from './parse.js';

const example = readFileSync(new URL('../../examples/be-ombudsfin-2013-1876.case.json', import.meta.url), 'utf8');
/** The example case moved to another year (its operations in `year`, its other dates the year after at most). */
const inYear = (year: number) => JSON.parse(example.replaceAll('2013-', `${year}-`).replaceAll('2014-', `${year + 1 > YEARS.to ? year : year + 1}-`)) as Record<string, unknown>;

describe('legal dates: years 1990 to 2100', () => {
  it('refuses years outside, in every form, with the field and what is expected', () => {
    for (const s of ['0000', '1989-12-31', '2101-01-01', '9999-12-31T23:59+01:00', '2013-04-22/2101-01-01', '1989-12/2013-01']) expect(dateProblem(s), s).toBe('range');
    for (const s of ['1990', '1990-01-01T00:00+01:00', '2100-12-31', '2100-12-31T23:59-10:00', '1990-01/2100-12']) expect(dateProblem(s), s).toBeNull();
    expect(isFullDate('2101-01-01')).toBe(false);
    const r = parseCase(inYear(9999));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toEqual({ pointer: '/incident/at', code: 'date_range', message: '"9999-04-22T17:30+02:00" is outside the years recours handles', expected: 'a date from 1990 to 2100' });
    const fr = parseCase({ ...inYear(2013), as_of: '2150-01-01' }, 'fr');
    expect(!fr.ok && fr.errors).toEqual([{ pointer: '/as_of', code: 'date_range', message: '« 2150-01-01 » est hors des années que traite recours', expected: 'une date de 1990 à 2100' }]);
    const nl = parseCase(inYear(1989), 'nl');
    expect(!nl.ok && nl.errors[0]!.message).toBe('"1989-04-22T17:30+02:00" valt buiten de jaren die recours behandelt');
  });

  it('every deadline of an accepted case is a plain YYYY-MM-DD; one outside the calendar is reported, not dropped', () => {
    fc.assert(fc.property(fc.integer({ min: YEARS.from, max: YEARS.to }), (year) => {
      const r = parseCase(inYear(year));
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const a = assess(r.value, { asOf: `${year}-12-31` });
      for (const d of a.deadlines) expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const refund = a.deadlines.some((d) => d.kind === 'bank_refund_by');
      const reported = (a.deadlines_not_computed ?? []).some((d) => d.kind === 'bank_refund_by');
      // The example's bank is informed on the day of the theft: next business day (CDE 2018 regime, from 2018).
      if (year >= 2018) expect(refund !== reported).toBe(true);
      if (year > 2035) expect(reported).toBe(true);
      for (const n of a.deadlines_not_computed ?? []) expect(n).toEqual({ kind: n.kind, day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), calendar_years: '2000–2035' });
    }), { numRuns: 60 });
  });

  it('the report says which deadline was not computed and why, in FR/NL/EN', () => {
    const r = parseCase(inYear(2040));
    if (!r.ok) throw new Error('refused');
    const a = assess(r.value, { asOf: '2041-03-01' });
    expect(a.deadlines_not_computed).toEqual([{ kind: 'bank_refund_by', day: '2040-04-22', calendar_years: '2000–2035' }]);
    expect(renderReport(a, 'en', 'text')).toContain("The bank must refund by — not computed: business days are counted from 2040-04-22, and recours's public-holiday calendar covers 2000–2035 only");
    expect(renderReport(a, 'fr', 'text')).toContain('non calculé : les jours ouvrables se comptent à partir du 2040-04-22');
    expect(renderReport(a, 'nl', 'text')).toContain('niet berekend: de werkdagen worden vanaf 2040-04-22 geteld');
  });
});
