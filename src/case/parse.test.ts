import { describe, expect, it } from 'vitest';
import { caseFile, tx } from '../../test/support/build.js';
import { parseCase, parseCaseText } from './parse.js';

const errorsOf = (input: unknown, lang: 'fr' | 'en' = 'en') => {
  const r = parseCase(input, lang);
  return r.ok ? [] : r.errors;
};

describe('parseCase', () => {
  it('accepts the spec example shape and every imprecise date form', () => {
    for (const at of ['2013', '2013-04', '2013-04-22', '2013-04-22T17:43+02:00', '2013-04-22T17:43:10+02:00', '2013-04-22T15:43Z', '2013/2016', '2013-04-22T17:43+02:00/2013-04-22T18:05+02:00', '2009-11/2014'])
      expect(errorsOf(caseFile({ transactions: [tx({ at })], notification: null })), at).toEqual([]);
  });
  it('reads a day as the span of its legal day, never its midnight', () => {
    const r = parseCase(caseFile({ transactions: [tx({ at: '2013-04-22' })] }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.value.transactions[0]!.at;
    expect([s.precision, s.firstDay, s.lastDay]).toEqual(['day', '2013-04-22', '2013-04-22']);
    expect(new Date(s.lo).toISOString()).toBe('2013-04-21T22:00:00.000Z');
    expect(new Date(s.hi).toISOString()).toBe('2013-04-22T21:59:59.999Z');
  });
  it('refuses bad dates, naming the field and what is expected', () => {
    const errs = errorsOf(caseFile({ transactions: [tx({ at: '2013-13' }), tx({ id: 't2', at: '2016/2013' }), tx({ id: 't3', at: '22/04/2013' })] }));
    expect(errs.map((e) => [e.pointer, e.code])).toEqual([
      ['/transactions/0/at', 'date_calendar'],
      ['/transactions/1/at', 'date_order'],
      ['/transactions/2/at', 'date_format'],
    ]);
    expect(errs[0]!.expected).toContain('YYYY-MM-DD');
  });
  it('reports all errors at once, in French when asked', () => {
    const input = { ...caseFile(), format: 'recours.case/2', jurisdiction: 'NL', extra: 1 } as Record<string, unknown>;
    const errs = errorsOf(input, 'fr');
    expect(errs.map((e) => e.pointer).sort()).toEqual(['/extra', '/format', '/jurisdiction']);
    expect(errs.find((e) => e.pointer === '/jurisdiction')!.message).toBe('« NL » n\'est pas une valeur admise');
  });
  it('refuses amounts that are not euros in cents, and zero', () => {
    for (const amount of ['-5', '1.234', '1,50', 'abc', 0.001, -1])
      expect(errorsOf(caseFile({ transactions: [tx({ amount })] }))[0]?.pointer, String(amount)).toBe('/transactions/0/amount');
    expect(errorsOf(caseFile({ transactions: [tx({ amount: '0.00' })] }))[0]?.code).toBe('amount_zero');
    expect(errorsOf(caseFile({ transactions: [tx({ amount: 3300.28 })] }))).toEqual([]);
  });
  it('refuses an unknown conduct code rather than ignoring it', () => {
    const errs = errorsOf(caseFile({ conduct: [{ fact: 'was_careless' as never, status: 'proven' }] }));
    expect(errs.map((e) => e.pointer)).toEqual(['/conduct/0/fact']);
  });
  it('checks references and ids across the file', () => {
    const errs = errorsOf(caseFile({ transactions: [tx({ instrument: 'ghost' }), tx()] }));
    expect(errs.map((e) => [e.pointer, e.code])).toEqual([
      ['/transactions/0/instrument', 'unknown_instrument'],
      ['/transactions/1/id', 'duplicate_id'],
    ]);
  });
  it('refuses a before_notification that contradicts the dates, and dates before the operation', () => {
    const errs = errorsOf(caseFile({ transactions: [tx({ at: '2020-03-02T13:00+01:00', before_notification: true, booked_on: '2020-03-01', contested_on: '2020-02-01' })] }));
    expect(errs.map((e) => e.pointer)).toEqual(['/transactions/0/booked_on', '/transactions/0/contested_on', '/transactions/0/before_notification']);
  });
  it('refuses text that is not JSON or not an object', () => {
    expect(parseCaseText('{').ok).toBe(false);
    expect(errorsOf([1, 2])[0]!.code).toBe('not_object');
    expect(errorsOf(null)[0]!.code).toBe('not_object');
  });
});
