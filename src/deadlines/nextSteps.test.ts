/** What is done and what is still open: steps from the case's own dates, the mediator window, the way to court (issue 16 item 4). */
import { describe, expect, it } from 'vitest';
import { assessed, tx } from '../../test/support/build.js';
import type { CaseInput } from '../case/schema.js';
import { renderReport } from '../report/render.js';

const theft = (at: string) => ({ kind: 'theft' as const, at, payer_kept_instrument: false, detectable_before_payment: true, psp_staff_involved: false });
/** A card stolen on 3 March 2025 and used for 800 €; blocked, contested and complained about the same week. */
const base = (patch: Partial<CaseInput> = {}) =>
  assessed({
    incident: theft('2025-03-03T08:00+01:00'),
    notification: { at: '2025-03-03T12:00+01:00' },
    transactions: [tx({ at: '2025-03-03T10:00+01:00', booked_on: '2025-03-04', amount: '800.00', contested_on: '2025-03-05' })],
    conduct: [{ fact: 'pin_written_with_card', status: 'alleged' }],
    complaint: { received_on: '2025-03-06', written: true, answered_on: '2025-03-20', answer: 'refused' },
    as_of: '2026-12-04',
    ...patch,
  });
const step = (a: ReturnType<typeof assessed>, kind: string) => a.next_steps.steps.filter((s) => s.step === kind);

describe('steps done, from the case dates', () => {
  it('blocking, contest and complaint are done on their own days; the mediator window has closed, so the court is the way left', () => {
    const a = base();
    expect(step(a, 'blocking')).toEqual([{ step: 'blocking', status: 'done', on: '2025-03-03' }]);
    expect(step(a, 'contest')).toEqual([{ step: 'contest', status: 'done', on: '2025-03-05', transactions: ['t1'] }]);
    expect(step(a, 'complaint')).toEqual([{ step: 'complaint', status: 'done', on: '2025-03-06' }]);
    expect(step(a, 'mediator')).toEqual([{ step: 'mediator', status: 'closed', from: '2025-03-20', by: '2026-03-06' }]);
    expect(a.next_steps.court?.reason).toBe('mediator_closed');
  });
  it('the mediator window: not yet open the day before it opens, open on that day and on its last day, closed the day after', () => {
    const on = (as_of: string) => step(base({ as_of }), 'mediator')[0]!.status;
    expect([on('2025-03-19'), on('2025-03-20'), on('2026-03-06'), on('2026-03-07')]).toEqual(['not_yet_open', 'open', 'open', 'closed']);
  });
  it('a contest after its deadline is late; no contest and the deadline passed: closed; not passed: open, with the last day', () => {
    expect(step(base({ transactions: [tx({ at: '2023-01-10T10:00+01:00', booked_on: '2023-01-10', amount: '800.00', contested_on: '2024-02-11' })] }), 'contest')[0]).toMatchObject({ status: 'late', on: '2024-02-11' });
    expect(step(base({ transactions: [tx({ at: '2023-01-10T10:00+01:00', booked_on: '2023-01-10', amount: '800.00' })] }), 'contest')[0]).toMatchObject({ status: 'closed', by: '2024-02-10' });
    expect(step(base({ transactions: [tx({ at: '2025-03-03T10:00+01:00', booked_on: '2025-03-04', amount: '800.00' })], as_of: '2025-06-01' }), 'contest')[0]).toMatchObject({ status: 'open', by: '2026-04-04' });
  });
  it('no blocking request and no complaint: both still to do; the mediator needs the complaint first', () => {
    const a = base({ notification: null, complaint: undefined, as_of: '2025-04-01' });
    expect(step(a, 'blocking')[0]!.status).toBe('open');
    expect(step(a, 'complaint')[0]!.status).toBe('open');
    expect(step(a, 'mediator')[0]).toEqual({ step: 'mediator', status: 'not_yet_open' });
  });
  it('a complaint the bank accepted needs no mediator', () => {
    expect(step(base({ complaint: { received_on: '2025-03-06', written: true, answered_on: '2025-03-10', answer: 'accepted' } }), 'mediator')[0]!.status).toBe('not_needed');
  });
});

describe('the way to court (src/law/courts.ts)', () => {
  it('France: up to 5 000 € the tribunal judiciaire by requête, after an amicable attempt (CPC art. 750-1 from 1 Oct 2023); five years from knowledge (C. civ. art. 2224)', () => {
    const r = base().next_steps.court!;
    expect(r).toMatchObject({ court: 'tribunal_judiciaire', procedure: 'requete_or_assignation', lawyer_required: false, amicable_attempt_required: true, amount: '750.00' });
    expect(r.basis).toContain('CPC, art. 750-1');
    expect(r.limitation).toMatchObject({ years: 5, from: '2025-03-03', until: '2030-03-03', passed: false });
    expect(r.limitation.basis).toContain('Cass. com., 2 juill. 2025, n° 24-16.590');
  });
  it('France: the amicable attempt is required for claims brought from 1 Oct 2023, not the day before', () => {
    const early = (as_of: string) =>
      assessed({ incident: theft('2022-03-03T08:00+01:00'), notification: { at: '2022-03-03T12:00+01:00' }, transactions: [tx({ at: '2022-03-03T10:00+01:00', amount: '800.00', contested_on: '2022-03-04' })], as_of }).next_steps.court;
    expect(early('2023-09-30')?.amicable_attempt_required).toBe(false);
    expect(early('2023-10-01')?.amicable_attempt_required).toBe(true);
  });
  it('France: 5 000.00 € by requête, 5 000.01 € by assignation; above 10 000 € a lawyer is required', () => {
    const court = (amount: string) => base({ transactions: [tx({ at: '2025-03-03T10:00+01:00', booked_on: '2025-03-04', amount, contested_on: '2025-03-05', kind: 'online_card_payment', authentication: 'card_data_only' })] }).next_steps.court!;
    expect(court('5000.00').procedure).toBe('requete_or_assignation');
    expect(court('5000.01').procedure).toBe('assignation');
    expect(court('10000.00').lawyer_required).toBe(false);
    expect(court('10000.01').lawyer_required).toBe(true);
  });
  it('France: claims brought before 1 January 2020 (before the tribunal judiciaire) get no encoded route', () => {
    const at = (as_of: string) =>
      assessed({ incident: theft('2019-03-03T08:00+01:00'), notification: { at: '2019-03-03T12:00+01:00' }, transactions: [tx({ at: '2019-03-03T10:00+01:00', amount: '800.00', contested_on: '2019-03-04' })], as_of }).next_steps.court;
    expect(at('2019-12-31')).toBeNull();
    expect(at('2020-01-01')?.court).toBe('tribunal_judiciaire');
  });
  it('Belgium: the juge de paix up to 5 000 € (C. jud. art. 590, from 1 Sept 2018), the tribunal de première instance above; ten years from the refund deadline (C. civ. art. 2262bis)', () => {
    const be = (amount: string, as_of = '2026-12-04') => assessed({
      jurisdiction: 'BE', incident: theft('2025-03-03T08:00+01:00'), notification: { at: '2025-03-03T12:00+01:00' },
      transactions: [tx({ at: '2025-03-03T10:00+01:00', amount, contested_on: '2025-03-05', kind: 'online_card_payment', authentication: 'card_data_only' })],
      complaint: { received_on: '2025-03-06', written: true }, as_of,
    }).next_steps.court!;
    expect(be('5000.00')).toMatchObject({ court: 'juge_de_paix', procedure: 'citation_or_requete_contradictoire' });
    expect(be('5000.01').court).toBe('tribunal_premiere_instance');
    const r = be('800.00');
    expect(r.limitation).toMatchObject({ years: 10, until: `${Number(r.limitation.from.slice(0, 4)) + 10}${r.limitation.from.slice(4)}` });
    // The refund was due by the end of the business day after the contest of Wednesday 5 March (VII.43).
    expect(r.limitation.from).toBe('2025-03-06');
  });
  it('Belgium: no encoded route for claims brought before 1 September 2018', () => {
    const at = (as_of: string) => assessed({ jurisdiction: 'BE', incident: theft('2017-03-03T08:00+01:00'), notification: { at: '2017-03-03T12:00+01:00' }, transactions: [tx({ at: '2017-03-03T10:00+01:00', amount: '800.00', contested_on: '2017-03-04' })], as_of }).next_steps.court;
    expect(at('2018-08-31')).toBeNull();
    expect(at('2018-09-01')?.court).toBe('juge_de_paix');
  });
  it('nothing owed: no court route', () => {
    expect(base({ transactions: [tx({ at: '2025-03-03T10:00+01:00', consented: true, amount: '800.00' })] }).next_steps.court).toBeNull();
  });
  it('time-barred: the limitation has passed the day after its last day', () => {
    const a = (as_of: string) => assessed({ incident: theft('2021-03-03T08:00+01:00'), notification: { at: '2021-03-03T12:00+01:00' }, transactions: [tx({ at: '2021-03-03T10:00+01:00', amount: '800.00', contested_on: '2021-03-04' })], as_of }).next_steps.court!.limitation.passed;
    expect([a('2026-03-03'), a('2026-03-04')]).toEqual([false, true]);
  });
  it('the report says it in each language, Belgian texts cited in Dutch in a Dutch report', () => {
    const fr = renderReport(base(), 'fr', 'text');
    expect(fr).toContain('Le délai pour saisir le médiateur a expiré le 2026-03-06');
    expect(fr).toContain('le tribunal judiciaire est compétent');
    const nl = renderReport(assessed({ jurisdiction: 'BE', incident: theft('2025-03-03T08:00+01:00'), notification: { at: '2025-03-03T12:00+01:00' }, transactions: [tx({ at: '2025-03-03T10:00+01:00', amount: '800.00', contested_on: '2025-03-05' })], complaint: { received_on: '2025-03-06', written: true }, as_of: '2026-12-04' }), 'nl', 'text');
    expect(nl).toContain('de vrederechter is bevoegd');
    expect(nl).toContain('Ger.W., art. 590');
    expect(nl).toContain('BW, art. 2262bis, § 1, eerste lid');
    expect(renderReport(base(), 'en', 'text')).toContain('The time to seize the mediator expired on 2026-03-06');
  });
});
