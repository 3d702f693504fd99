/** The report tells each rule of gross negligence from the trace: rule, authority, facts and burdens, operations. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../case/parse.js';
import { assess } from '../engine/assess.js';
import { GN_RULES } from '../law/grossNegligence/rules.js';
import { renderReport } from './render.js';
import { CATALOGUES } from './messages.js';

const CASES = new URL('../../../shared/caselaw/cases/', import.meta.url);
const assessedCase = (id: string, patch: (j: Record<string, any>) => void = () => {}) => {
  const json = JSON.parse(readFileSync(new URL(`${id}.case.json`, CASES), 'utf8'));
  patch(json);
  const r = parseCase(json);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return assess(r.value);
};

const c = CATALOGUES.fr.colon;

describe('the report explains each rule of gross negligence', () => {
  it('a code given to a fake adviser (TJ Paris, 4 avr. 2024): the rule, its authority, the breach proven by the bank, the excuses the holder did not show, the operation borne', () => {
    const a = assessedCase('fr-tj-paris-2024-04-04-nadgatimo-qonto');
    const fr = renderReport(a, 'fr', 'text');
    expect(fr).toContain(GN_RULES.find((r) => r.id === 'gn.code_given')!.text.fr);
    expect(fr).toContain('TJ Paris, 4 avr. 2024');
    expect(fr).toContain(`manquement${c} un code à usage unique (SMS, application) a été communiqué à un tiers — à prouver par la banque${c} établi`);
    expect(fr).toContain(`circonstance excusante${c} l'appel ou le SMS affichait le vrai numéro ou le fil de la banque — à établir par le titulaire${c} non établi`);
    expect(fr).toContain(`opérations concernées${c} t1`);
    const section = fr.slice(fr.indexOf(CATALOGUES.fr.headings.gn), fr.indexOf(CATALOGUES.fr.headings.operations));
    expect(section).not.toMatch(/gn\.|caller_id_spoofed|otp_disclosed|\/conduct\//);
  });
  it('in Dutch and English too, and a contested rule names the decisions on each side', () => {
    const a = assessedCase('fr-ca-angers-2026-01-27-21-02328', (j) => { j.conduct.push({ fact: 'code_message_stated_operation', status: 'proven' }); });
    expect(a.gross_negligence.finding).toBe('arguable');
    for (const lang of ['nl', 'en'] as const) {
      const text = renderReport(a, lang, 'markdown');
      expect(text).toContain(GN_RULES.find((r) => r.id === 'gn.code_given')!.text[lang]);
      expect(text).toContain(`${CATALOGUES[lang].gn.sides.established}${CATALOGUES[lang].colon} Cass. com., 4 mars 2026, n° 24-19.588`);
      expect(text).toContain('Cass. com., 23 oct. 2024, n° 23-16.267');
    }
  });
  it('an operation the breach did not reach is named with the reason', () => {
    const a = assessedCase('fr-cass-com-2012-10-16-11-19981', (j) => { j.conduct[0].at = '2007-05-30'; j.conduct[1].at = '2007-05-30'; });
    const en = renderReport(a, 'en', 'text');
    expect(en).toContain('t1: before the breach');
    expect(a.gross_negligence.finding).toBe('not_established');
  });
  it('the Belgian test names the holder\'s vulnerability', () => {
    const a = assessedCase('be-civ-bruxelles-fr-2025-02-18', (j) => { j.payer.vulnerable = true; });
    expect(renderReport(a, 'fr', 'text')).toContain(`circonstance excusante${c} le titulaire est une personne vulnérable — à établir par le titulaire${c} établi`);
  });
});
