/**
 * Invariants of gross negligence as doctrine (issue 20), over generated valid cases (fast-check, seeded):
 * a proven excuse never worsens the holder's result; an unknown fact whose burden is on the bank
 * never hurts him; a breach dated after every operation bears none of them; Belgian and French
 * answers differ only through the rules that say so.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../src/case/parse.js';
import type { CaseInput } from '../../src/case/schema.js';
import type { ConductFact } from '../../src/case/vocabulary.js';
import { caseArb, iso } from '../support/arbitraries.js';
import { toCents } from '../../src/case/money.js';
import { assess } from '../../src/engine/assess.js';
import { evaluateGrossNegligence } from '../../src/engine/grossNegligence.js';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from '../../src/law/assumptions.js';
import { GN_RULES } from '../../src/law/grossNegligence/rules.js';
import type { Case } from '../../src/case/model.js';

const RUNS = { numRuns: 300, seed: 20261204 };
function parsed(input: CaseInput): Case {
  const r = parseCase(input);
  if (!r.ok) throw new Error('generated case invalid: ' + JSON.stringify(r.errors));
  return r.value;
}
const bears = (input: CaseInput, a: Assumptions = DEFAULT_ASSUMPTIONS): number => toCents(assess(parsed(input), { assumptions: a }).totals.payer_bears)!;

/** Facts the rules let the holder show in his favour, and facts the bank must prove. */
const DEFEATERS = [...new Set(GN_RULES.flatMap((r) => r.unless.map((d) => d.fact)).filter((f): f is ConductFact => f !== 'payer_vulnerable'))];
const BANK_BURDEN = [...new Set(GN_RULES.flatMap((r) => [
  ...r.breach,
  ...(r.gravity.kind === 'if' ? r.gravity.any : []),
  ...r.unless.flatMap((d) => d.counters.map((k) => k.fact)),
]))].filter((f) => !DEFEATERS.includes(f));
/** Breaches of the safekeeping duty, which run from the act (`conduct[].at`). */
const SAFEKEEPING = [...new Set(GN_RULES.filter((r) => r.duty === 'safekeeping' && r.gravity.kind !== 'not_gross').flatMap((r) => r.breach))];

const without = (c: CaseInput, fact: ConductFact): CaseInput => ({ ...c, conduct: (c.conduct ?? []).filter((k) => k.fact !== fact) });
const withFact = (c: CaseInput, fact: ConductFact, status: 'proven' | 'admitted' | 'disproven', at?: string): CaseInput =>
  ({ ...c, conduct: [...(without(c, fact).conduct ?? []), { fact, status, ...(at ? { at } : {}) }] });

describe('gross negligence: invariants', () => {
  it('adding a proven excuse never makes the holder\'s result worse', () => {
    fc.assert(fc.property(caseArb, fc.constantFrom(...DEFEATERS, 'payer_vulnerable' as const), (c, fact) => {
      const excused = fact === 'payer_vulnerable' ? { ...c, payer: { ...c.payer, vulnerable: true } } : withFact(c, fact, 'admitted');
      expect(bears(excused)).toBeLessThanOrEqual(bears(c));
    }), RUNS);
  });

  it('an unknown fact whose burden is on the bank counts as not proven: never above the disproven reading, never above the proven one', () => {
    fc.assert(fc.property(caseArb, fc.constantFrom(...BANK_BURDEN), (c, fact) => {
      const unknown = bears(without(c, fact));
      expect(unknown).toBe(bears(withFact(c, fact, 'disproven')));
      expect(unknown).toBeLessThanOrEqual(bears(withFact(c, fact, 'proven')));
    }), RUNS);
  });

  it('a breach dated after every operation bears none of them', () => {
    fc.assert(fc.property(caseArb, fc.constantFrom(...SAFEKEEPING), (c, fact) => {
      const last = Math.max(...c.transactions.map((t) => Date.parse(t.at)));
      const late = withFact(c, fact, 'proven', iso(last + 3_600_000));
      const a = assess(parsed(late));
      expect(a.totals).toEqual(assess(parsed(without(c, fact))).totals);
      const entry = a.explanation.filter((e) => e.rule === 'gross_negligence.rule' && (GN_RULES.find((r) => r.id === e.values?.id)?.breach as readonly string[] | undefined)?.includes(fact));
      for (const e of entry) expect(e.transactions ?? []).toEqual([]);
    }), RUNS);
  });

  it('Belgian and French answers differ only through the rules that say so', () => {
    const attentive = { ...DEFAULT_ASSUMPTIONS, be_deception_test: 'attentive_user' as const };
    const shared = new Set(GN_RULES.filter((r) => r.jurisdictions.length === 2).map((r) => r.id));
    fc.assert(fc.property(caseArb, (c) => {
      const fr = evaluateGrossNegligence(parsed({ ...c, jurisdiction: 'FR' }), DEFAULT_ASSUMPTIONS);
      const beStrict = evaluateGrossNegligence(parsed({ ...c, jurisdiction: 'BE' }), DEFAULT_ASSUMPTIONS);
      const beAttentive = evaluateGrossNegligence(parsed({ ...c, jurisdiction: 'BE' }), attentive);
      // With the Belgian test read as the French one, no rule differs: the finding is the same.
      expect(beAttentive.finding).toBe(fr.finding);
      expect(beAttentive.applications.map((x) => [x.rule.id, x.result])).toEqual(fr.applications.map((x) => [x.rule.id, x.result]));
      // Under the strict Belgian test, every rule the two countries share gives the same result.
      const result = (g: typeof fr) => new Map(g.applications.filter((x) => shared.has(x.rule.id) && !x.rule.test).map((x) => [x.rule.id, x.result]));
      expect(result(beStrict)).toEqual(result(fr));
    }), RUNS);
  });
});
