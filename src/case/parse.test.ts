import { describe, expect, it } from 'vitest';
import { caseFile, tx } from '../../test/support/build.js';
import { parseCase, parseCaseText } from './parse.js';
import type { ErrorLang } from './errors.js';

const errorsOf = (input: unknown, lang: ErrorLang = 'en') => {
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
  it('refuses offsets and times beyond the clock, and text around a date', () => {
    const bad = ['2013-04-22T17:30+24:00', '2013-04-22T17:30+02:60', '2013-04-22T24:00+02:00', '2013-04-22T17:61+02:00', '2013-04-22T17:30:60+02:00', '2013-02-29'];
    for (const at of bad) expect(errorsOf(caseFile({ transactions: [tx({ at })] })).map((e) => e.code), at).toEqual(['date_calendar']);
    for (const at of ['2013-04-22T17:30+0200', '2013-04-22 17:30+02:00', ' 2013', '2013-4-22', '2013-04-22T17:30', '2013-04-22T17:30Zx', '２０１３'])
      expect(errorsOf(caseFile({ transactions: [tx({ at })] })).map((e) => e.code), at).toEqual(['date_format']);
    const r = parseCase(caseFile({ transactions: [tx({ at: '2013-04-22T17:30-09:30' })] }));
    expect(r.ok && new Date(r.value.transactions[0]!.at.lo).toISOString()).toBe('2013-04-23T03:00:00.000Z');
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
  it('accepts the additions of 4 December 2026 and reads them into the case', () => {
    const input = caseFile({
      transactions: [tx({ kind: 'transfer', payee_verification: { offered: true, result: 'close_match', payer_proceeded_after_warning: true } })],
      conduct: [{ fact: 'card_taken_in_presence', status: 'admitted', at: '2023-09-05T16:05+02:00' }, { fact: 'code_message_warned', status: 'denied' }],
    });
    input.payer = { ...input.payer, vulnerable: true };
    input.incident = { ...input.incident, kind: 'not_received', should_have_noticed_at: '2023-09' };
    input.complaint = { received_on: '2023-09-10', answered_on: '2023-09-20', answer: 'refused', refusal_grounds: ['gross_negligence', 'late_contest', 'gross_negligence'] };
    const r = parseCase(input);
    expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
    if (!r.ok) return;
    expect(r.value.payer.vulnerable).toBe(true);
    expect(r.value.incident.kind).toBe('not_received');
    expect([r.value.incident.shouldHaveNoticedAt?.precision, r.value.incident.shouldHaveNoticedAt?.lastDay]).toEqual(['month', '2023-09-30']);
    expect(r.value.transactions[0]!.payeeVerification).toEqual({ offered: true, result: 'close_match', payerProceededAfterWarning: true });
    expect(r.value.conduct.map((c) => [c.fact, c.status, c.at?.firstDay ?? null])).toEqual([
      ['card_taken_in_presence', 'admitted', '2023-09-05'], ['code_message_warned', 'denied', null],
    ]);
    expect(r.value.complaint).toMatchObject({ answer: 'refused', refusalGrounds: ['gross_negligence', 'late_contest'] });
    expect(r.value.complaint?.answeredOn?.firstDay).toBe('2023-09-20');
  });
  it('refuses what the additions do not allow, naming the field', () => {
    const input = caseFile({
      transactions: [tx({ payee_verification: { offered: true, result: 'maybe', shown: true } } as never)],
      conduct: [{ fact: 'code_message_warned', status: 'proven', at: '2023-13' }],
      complaint: { answer: 'ignored', refusal_grounds: ['bad_luck'] } as never,
    });
    expect(errorsOf(input).map((e) => e.pointer).sort()).toEqual([
      '/complaint/answer', '/complaint/refusal_grounds/0', '/conduct/0/at', '/transactions/0/payee_verification/result', '/transactions/0/payee_verification/shown',
    ]);
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
  it('refuses in Dutch with lang nl: what is wrong and what is expected', () => {
    const bad = caseFile({ transactions: [tx({ at: '2013-02-30', amount: '-5' }), tx({ id: 't1' })] });
    const nl = errorsOf({ ...bad, jurisdiction: undefined }, 'nl');
    const en = errorsOf({ ...bad, jurisdiction: undefined }, 'en');
    expect(nl.map((e) => e.pointer)).toEqual(en.map((e) => e.pointer));
    expect(nl).toEqual(expect.arrayContaining([
      expect.objectContaining({ pointer: '/jurisdiction', message: 'ontbreekt' }),
      expect.objectContaining({ pointer: '/transactions/0/amount', message: '"-5" is geen bedrag in euro', expected: 'een positief bedrag als decimale tekst, hoogstens twee decimalen, bv. "505.00"' }),
    ]));
    for (const [n, e] of nl.map((x, i) => [x, en[i]!] as const)) expect(n.message, n.pointer).not.toBe(e.message);
    const order = errorsOf(caseFile({ transactions: [tx({ before_notification: false })] }), 'nl');
    expect(order).toEqual([expect.objectContaining({ message: 'zegt false, maar volgens de datums vond de verrichting vóór de blokkering plaats', expected: 'een waarde die met de datums overeenstemt, of null' })]);
    const json = parseCaseText('{', 'nl');
    expect(json.ok ? null : json.errors[0]?.message).toMatch(/^is geen geldige JSON \(/);
  });
});
