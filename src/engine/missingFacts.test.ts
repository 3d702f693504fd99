import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../case/parse.js';
import type { Case } from '../case/model.js';
import { allocate } from './assess.js';
import { missingFacts } from './missingFacts.js';
import { caseArb } from '../../test/support/arbitraries.js';
import { validCase } from '../../test/support/build.js';

const CASES = new URL('../../../shared/caselaw/cases/', import.meta.url);
/** A public case with some of its facts removed (set to unknown). */
function publicCase(id: string, remove: (json: Record<string, any>) => void): Case {
  const json = JSON.parse(readFileSync(new URL(`${id}.case.json`, CASES), 'utf8'));
  remove(json);
  const r = parseCase(json);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}
const pointers = (c: Case) => missingFacts(c).map((m) => m.pointer);

describe('missing facts', () => {
  it('names a removed fact when it matters: strong authentication of a contactless payment after 14/09/2019', () => {
    const c = validCase({ transactions: [{ id: 't1', instrument: 'card', at: '2020-03-02T10:00+01:00', amount: '100.00', kind: 'contactless', authentication: 'unknown', sca: null, consented: false }] });
    const m = missingFacts(c);
    expect(m.map((x) => x.pointer)).toContain('/transactions/0/sca');
    const sca = m.find((x) => x.pointer === '/transactions/0/sca')!;
    expect(sca.answers.map((a) => [a.value, a.payer_bears])).toEqual([['true', '50.00'], ['false', '0.00']]);
  });
  it('names a removed conduct finding when it matters (TJ Paris 2024-04-25: PIN given to a fake adviser)', () => {
    const c = publicCase('fr-tj-paris-2024-04-25-22-11004', (j) => { j.conduct.find((k: any) => k.fact === 'pin_disclosed').status = 'alleged'; });
    const m = missingFacts(c);
    expect(m[0]!.pointer).toBe('/conduct/1/status');
    expect(m[0]!.swing).toBe('7500.00');
  });
  it('does not name a removed fact that does not matter: detectability under the 2009 Belgian law (no such exception)', () => {
    const c = publicCase('be-ombudsfin-2014-03-18-2013-1876', (j) => { j.incident.detectable_before_payment = null; });
    expect(pointers(c)).not.toContain('/incident/detectable_before_payment');
  });
  it('does not name the bank\'s technical proof once its authentication proof failed (Cass. com. 12 nov. 2020)', () => {
    const c = publicCase('fr-cass-com-2020-11-12-19-12112', (j) => { j.evidence.authentication_proven = false; j.evidence.no_technical_deficiency_proven = null; });
    expect(pointers(c)).not.toContain('/evidence/no_technical_deficiency_proven');
  });
  it('names the bank\'s proof in Ombudsfin 2013.1876, largest swing first', () => {
    const m = missingFacts(publicCase('be-ombudsfin-2014-03-18-2013-1876', () => {}));
    expect(m.map((x) => x.pointer)).toEqual(expect.arrayContaining(['/evidence/authentication_proven', '/conduct/0/status']));
    expect(m[0]!.pointer).toBe('/conduct/0/status');
  });
  it('flipping a fact the list calls irrelevant never changes the result (property)', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const r = parseCase(input);
        if (!r.ok) throw new Error('invalid');
        const c = r.value;
        const listed = new Set(missingFacts(c).map((m) => m.pointer));
        const base = allocate(c);
        const probes: [string, (x: Case) => Case][] = [
          ['/incident/payer_kept_instrument', (x) => ({ ...x, incident: { ...x.incident, payerKeptInstrument: true } })],
          ['/incident/detectable_before_payment', (x) => ({ ...x, incident: { ...x.incident, detectableBeforePayment: false } })],
          ['/evidence/authentication_proven', (x) => ({ ...x, evidence: { ...x.evidence, authenticationProven: false } })],
          ['/psp/notification_means_available', (x) => ({ ...x, psp: { ...x.psp, notificationMeansAvailable: false } })],
        ];
        const unknown: Record<string, boolean> = {
          '/incident/payer_kept_instrument': c.incident.payerKeptInstrument === null,
          '/incident/detectable_before_payment': c.incident.detectableBeforePayment === null,
          '/evidence/authentication_proven': c.evidence.authenticationProven === null,
          '/psp/notification_means_available': c.psp.notificationMeansAvailable === null,
        };
        for (const [pointer, flip] of probes) {
          if (!unknown[pointer] || listed.has(pointer)) continue;
          const after = allocate(flip(c));
          expect([after.outcome, after.payerBears], pointer).toEqual([base.outcome, base.payerBears]);
        }
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});

describe('missing facts the rules of gross negligence turn on (issue 20, deliverable 3)', () => {
  const questions = (c: Case) => missingFacts(c).map((m) => m.question);
  it('a code given to a fake Qonto adviser (TJ Paris, 4 avr. 2024): whether the number was the bank\'s, what the caller knew', () => {
    const m = missingFacts(publicCase('fr-tj-paris-2024-04-04-nadgatimo-qonto', () => {}));
    const spoofed = m.find((x) => x.question === 'conduct.caller_id_spoofed')!;
    expect(spoofed.answers.map((x) => [x.value, x.finding, x.payer_bears])).toEqual([['admitted', 'not_established', '0.00'], ['disproven', 'established', '24231.00']]);
    expect(m.map((x) => x.question)).toContain('conduct.caller_knew_account_data');
  });
  it('a spoofed number: what the code message said (Cass. com., 4 mars 2026), asked because it opens the finding', () => {
    const c = publicCase('fr-ca-angers-2026-01-27-21-02328', () => {});
    const said = missingFacts(c).find((x) => x.question === 'conduct.code_message_stated_operation')!;
    expect(said.answers.map((x) => [x.value, x.finding])).toEqual([['proven', 'arguable'], ['disproven', 'not_established']]);
  });
  it('Belgium: whether the holder is vulnerable, when codes were given to a caller', () => {
    const c = publicCase('be-civ-bruxelles-fr-2025-02-18', () => {});
    expect(questions(c)).toContain('payer_vulnerable');
  });
  it('a theft with PIN withdrawals: whether the PIN was ever written down (a denial is an answer too)', () => {
    const m = missingFacts(publicCase('be-ombudsfin-2017-06-20-2016-3121', (j) => { j.conduct = j.conduct.filter((k: any) => k.fact !== 'pin_written_with_card'); }));
    const pin = m.find((x) => x.question === 'conduct.pin_written_with_card')!;
    expect(pin.answers.map((x) => x.value)).toEqual(['admitted', 'denied']);
    expect(pin.answers[1]!.finding).toBe('not_established');
  });
  it('a late notification: when the holder learnt of the loss, before or after the operations', () => {
    const c = validCase({ conduct: [{ fact: 'late_notification', status: 'proven' }], transactions: [{ id: 't1', instrument: 'card', at: '2020-03-02T10:00+01:00', amount: '400.00', kind: 'atm_withdrawal', authentication: 'pin', sca: null, consented: false }] });
    const when = missingFacts(c).find((x) => x.pointer === '/incident/noticed_at')!;
    expect(when.answers.map((x) => [x.value, x.payer_bears])).toEqual([['before_operations', '400.00'], ['after_operations', '50.00']]);
  });
});
