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
