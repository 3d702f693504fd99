/** Letters take the regime from the assessment: a switched assumption or a case no regime covers never crashes them. */
import { describe, expect, it } from 'vitest';
import { assessed, validCase } from '../../test/support/build.js';
import { buildLetter, LETTER_KINDS } from './index.js';
import { renderMarkdown } from './render/markdown.js';
import { LETTER_MESSAGES } from './messages/index.js';

const beMarch2018 = {
  jurisdiction: 'BE' as const,
  incident: { kind: 'theft' as const, at: '2018-03-10T09:00+01:00', payer_kept_instrument: false, detectable_before_payment: true, psp_staff_involved: false },
  notification: { at: '2018-03-10T12:00+01:00' },
  transactions: [{ id: 't1', instrument: 'card', at: '2018-03-10T10:00+01:00', amount: '400.00', kind: 'atm_withdrawal' as const, authentication: 'pin' as const, sca: null, consented: false }],
};

describe('the regime a letter cites is the one the assessment applied', () => {
  it('a Belgian operation of March 2018 read under be_psd2_gap=directive: every letter is written (the mandate needs a representative), with the 50 € cap the engine applied', () => {
    const c = validCase(beMarch2018);
    const a = assessed(beMarch2018, { be_psd2_gap: 'directive' });
    // Book VII's consolidated version of 1 February 2018 is its own dated entry (be-eu.md A.1).
    expect([a.regime.id, a.regime.from, a.regime.franchise]).toEqual(['be.cde-2014', '2018-02-01', '50.00']);
    for (const kind of LETTER_KINDS.filter((k) => k !== 'mandate')) {
      const r = buildLetter(kind, c, a, 'fr');
      expect(r.ok, kind).toBe(true);
    }
    const claim = buildLetter('claim', c, a, 'fr');
    if (!claim.ok) throw new Error('refused');
    const md = renderMarkdown(claim.value).replace(/[\u202f\u00a0]/g, ' ');
    expect(md).toContain('350,00 €');
    expect(md).toContain('50,00 €');
  });
  it('a case no regime covers: the letters that argue from a regime are refused with a reason, the checklist and the mediator referral are written', () => {
    const before = {
      jurisdiction: 'FR' as const,
      incident: { kind: 'theft' as const, at: '1996-05-03T09:00+02:00', payer_kept_instrument: false, detectable_before_payment: true, psp_staff_involved: false },
      notification: { at: '1996-05-03T12:00+02:00' },
      transactions: [{ id: 't1', instrument: 'card', at: '1996-05-03T10:00+02:00', amount: '300.00', kind: 'atm_withdrawal' as const, authentication: 'pin' as const, sca: null, consented: false }],
    };
    const c = validCase(before);
    const a = assessed(before);
    expect(a.regime.id).toBe('none');
    for (const lang of ['fr', 'nl', 'en'] as const) {
      const claim = buildLetter('claim', c, a, lang);
      expect(claim).toEqual({ ok: false, refusal: { kind: 'claim', reason: 'no_regime', message: LETTER_MESSAGES[lang].refusal.noRegime } });
      expect(buildLetter('formal-notice', c, a, lang).ok).toBe(false);
      const checklist = buildLetter('checklist', c, a, lang);
      if (!checklist.ok) throw new Error('checklist refused');
      expect(renderMarkdown(checklist.value)).toContain(LETTER_MESSAGES[lang].checklist.statements);
      expect(buildLetter('mediator', c, a, lang).ok).toBe(true);
    }
  });
});
