/** The notes of the assessment exist in French, Dutch and English; a Dutch report has no English note left. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessed, tx } from '../../test/support/build.js';
import { parseCase } from '../case/parse.js';
import { assess } from '../engine/assess.js';
import type { Assessment } from '../engine/types.js';
import { whatIf } from '../engine/whatIf.js';
import { ASSUMPTIONS, DEFAULT_ASSUMPTIONS } from '../law/assumptions.js';
import { regimesOf } from '../law/regimes.js';
import { renderReport } from './render.js';

const LANGS = ['fr', 'nl', 'en'] as const;

/** Each text in the three languages, not empty, the Dutch one neither the French nor the English one. */
function expectTrilingual(t: Record<(typeof LANGS)[number], string> | undefined, what: string): void {
  expect(t, what).toBeDefined();
  for (const lang of LANGS) expect(t![lang].trim().length, `${what} ${lang}`).toBeGreaterThan(0);
  expect(t!.nl, what).not.toBe(t!.en);
  expect(t!.nl, what).not.toBe(t!.fr);
}

const theft = (at: string) => ({ kind: 'theft' as const, at, noticed_at: at, payer_kept_instrument: false, detectable_before_payment: true, psp_staff_involved: false });
const phishing = (at: string) => ({ kind: 'phishing' as const, at, payer_kept_instrument: true, detectable_before_payment: null, psp_staff_involved: false });

/** Cases that reach every kind of deadline note (see src/deadlines/*.ts). */
const CASES: Assessment[] = [
  // next business day; notify without delay; debit date unknown; complaint answer and mediator (FR, 2025)
  assessed({
    incident: theft('2025-04-18T08:00+02:00'), notification: { at: '2025-04-18T12:00+02:00' },
    transactions: [tx({ at: '2025-04-18T10:00+02:00', amount: '500.00' })], complaint: { received_on: '2025-04-22', written: true },
  }),
  // "immediately" (2016); the day the bank was informed known only to the month
  assessed({ incident: theft('2016-03-02T08:00+01:00'), notification: { at: '2016-03-02T12:00+01:00' }, transactions: [tx({ at: '2016-03-02T10:00+01:00', amount: '500.00', contested_on: '2016-03' })] }),
  // former card regime: one month after the written contest, 70 days from the operation (120 by contract)
  assessed({ incident: phishing('2004-03-01'), notification: null, transactions: [tx({ at: '2004-03-02T10:00+01:00', kind: 'online_card_payment', authentication: 'card_data_only', contested_on: '2004-03-05' })] }),
  // 31 January + 13 months; a debit known only to the month; a payee outside the EEA
  assessed({ incident: theft('2024-01-31T08:00+01:00'), notification: { at: '2024-01-31T12:00+01:00' }, transactions: [tx({ at: '2024-01-31T10:00+01:00', booked_on: '2024-01-31' })] }),
  assessed({ transactions: [tx({ booked_on: '2020-03' })] }),
  assessed({ transactions: [tx({ kind: 'card_payment', booked_on: '2020-03-02', payee_psp_outside_eea: true })] }),
  // Belgium, with a complaint (Ombudsfin)
  assessed({ jurisdiction: 'BE', incident: theft('2025-04-18T08:00+02:00'), notification: { at: '2025-04-18T12:00+02:00' }, transactions: [tx({ at: '2025-04-18T10:00+02:00' })], complaint: { received_on: '2025-04-22', written: true } }),
  // Belgium before 9 Aug 2018: Ombudsfin admissible once the complaint is made; France: the bank's written answer, and one after its period
  assessed({ jurisdiction: 'BE', incident: theft('2016-04-18T08:00+02:00'), notification: { at: '2016-04-18T12:00+02:00' }, transactions: [tx({ at: '2016-04-18T10:00+02:00' })], complaint: { received_on: '2016-04-22', written: true } }),
  assessed({ complaint: { received_on: '2020-03-04', written: true, answered_on: '2020-03-10', answer: 'refused' } }),
  assessed({ complaint: { received_on: '2020-03-04', written: true, answered_on: '2020-06-10', answer: 'partial' } }),
];

describe('notes in French, Dutch and English', () => {
  it('every assumption has its basis in the three languages', () => {
    for (const a of Object.values(ASSUMPTIONS)) expectTrilingual(a.basis, a.name);
  });

  it('every deadline note has the three languages, whatever branch made it', () => {
    const notes = CASES.flatMap((a) => a.deadlines.flatMap((d) => (d.note ? [{ kind: d.kind, note: d.note }] : [])));
    for (const { kind, note } of notes) expectTrilingual(note, kind);
    // Every branch of src/deadlines/* is reached by CASES.
    const en = notes.map((n) => n.note.en).join('\n');
    for (const branch of [
      'end of the first business day', 'one month after the written contest', 'immediately: the text sets no day count',
      'the latest possible deadline', 'last day of the month', 'the earliest possible deadline', 'debit date unknown',
      'the contract may extend it to 120 days', 'business days after the complaint', 'admissible once', 'without undue delay',
      "the bank's written answer of", "before its written answer of", 'no written answer from the bank known',
      'acknowledgment recommended within 10 business days', 'answer recommended within 2 months',
    ]) expect(en, branch).toContain(branch);
  });

  it('the assessment carries each note in the three languages, also in the trace', () => {
    for (const a of CASES) {
      for (const x of a.assumptions) expect(x.note).toEqual(ASSUMPTIONS[x.name as keyof typeof ASSUMPTIONS].basis);
      for (const e of a.explanation.filter((x) => x.values?.note_en)) expectTrilingual({ fr: e.values!.note_fr!, nl: e.values!.note_nl!, en: e.values!.note_en! }, e.rule);
    }
  });

  it('every regime label and uncertainty note has the three languages', () => {
    const variants = [DEFAULT_ASSUMPTIONS, { ...DEFAULT_ASSUMPTIONS, be_psd2_gap: 'directive', be_sca_rule_from: '2018-08-09' } as const];
    for (const j of ['FR', 'BE'] as const)
      for (const v of variants)
        for (const r of regimesOf(j, v)) {
          for (const lang of LANGS) expect(r.label[lang].length, `${r.id} label ${lang}`).toBeGreaterThan(0);
          if (r.uncertain) expectTrilingual(r.uncertain, `${r.id} ${r.from}`);
        }
  });

  it('a what-if summary in Dutch', () => {
    const c = JSON.parse(readFileSync('examples/be-ombudsfin-2013-1876.case.json', 'utf8')) as Record<string, unknown>;
    const r = whatIf(c, [{ path: 'notification.at', value: null }]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.summary.nl).toMatch(/^Als de kaart op onbekend geblokkeerd was geweest in plaats van .+, zou u €\s[\d.,]+ dragen in plaats van €\s150,00\.$/);
  });
});

describe('the Dutch report of Ombudsfin 2013.1876', () => {
  const parsed = parseCase(JSON.parse(readFileSync('examples/be-ombudsfin-2013-1876.case.json', 'utf8')), 'nl');
  if (!parsed.ok) throw new Error('example invalid');
  const a = assess(parsed.value, { asOf: parsed.value.asOf ?? '2026-12-01', assumptions: DEFAULT_ASSUMPTIONS });
  const nl = renderReport(a, 'nl', 'text');

  it('has assumptions and deadline notes to show', () => {
    expect(a.assumptions.length).toBeGreaterThan(0);
    expect(a.deadlines.some((d) => d.note)).toBe(true);
  });

  it('gives them in Dutch, none in English', () => {
    for (const x of a.assumptions) {
      const basis = ASSUMPTIONS[x.name as keyof typeof ASSUMPTIONS].basis;
      expect(nl).toContain(basis.nl);
      expect(nl).not.toContain(basis.en);
    }
    for (const d of a.deadlines.filter((x) => x.note)) {
      expect(nl).toContain(d.note!.nl);
      expect(nl).not.toContain(d.note!.en);
    }
    for (const e of a.explanation.filter((x) => x.values?.uncertain_en)) {
      expect(nl).toContain(e.values!.uncertain_nl);
      expect(nl).not.toContain(e.values!.uncertain_en);
    }
  });
});
