/**
 * Gross negligence (négligence grave, grove nalatigheid; faute lourde before 2009) as reasoning:
 * only facts proven or admitted can ground it, since the PSP bears the burden (CMF L133-19 IV and
 * L133-23; loi 2009 art. 37 § 3; CDE VII.34 § 2; PSD2 art. 72(2)). Weights and precedents come from
 * the catalogue in src/caselaw/conduct.ts.
 */
import type { Case } from '../case/model.js';
import type { ConductFact } from '../case/vocabulary.js';
import { CONDUCT, THRESHOLD, precedentsFor } from '../caselaw/conduct.js';
import { citePrecedent } from '../caselaw/precedents.js';
import type { Assumptions } from '../law/assumptions.js';
import type { Finding, GrossNegligenceFactor } from './types.js';

export interface GrossNegligence {
  finding: Finding;
  /** Facts that ground a finding against the holder (strong grounds, or the contextual ones that add up). */
  grounds: ConductFact[];
  /** Mitigating facts that weighed against the finding. */
  mitigating: ConductFact[];
  /** Facts alleged or denied: they count for nothing (burden on the PSP). */
  unproven: ConductFact[];
  /** Facts held not grossly negligent by the case law. */
  notGross: ConductFact[];
  /** Contextual points against the thresholds. */
  score: number;
  /** The finding rests on the presumption of assumption gn_presumption. */
  presumed: boolean;
  /** Only the notification duty is breached (the Veracash limit applies). */
  notificationOnly: boolean;
}

const ESTABLISHING = new Set(['proven', 'admitted']);
const UNEXPLAINED_STRONG_AUTH = new Set(['pin', 'app_validation']);

export function evaluateGrossNegligence(c: Case, a: Assumptions): GrossNegligence {
  const established = new Set<ConductFact>();
  const unproven: ConductFact[] = [];
  for (const k of c.conduct) {
    if (ESTABLISHING.has(k.status)) established.add(k.fact);
    else if (k.status === 'alleged' || k.status === 'denied') unproven.push(k.fact);
  }
  const strong: ConductFact[] = [];
  const contextual: ConductFact[] = [];
  const mitigating: ConductFact[] = [];
  const notGross: ConductFact[] = [];
  let score = 0;
  let aggravated = false;
  for (const fact of established) {
    const e = CONDUCT[fact];
    if (e.role === 'ground' && e.strength === 'strong') strong.push(fact);
    else if (e.role === 'ground') {
      contextual.push(fact);
      score += e.weight;
    } else if (e.role === 'aggravating') aggravated = true;
    else if (e.role === 'mitigating') {
      mitigating.push(fact);
      score -= e.weight;
    } else if (e.role === 'not_gross') notGross.push(fact);
  }
  if (aggravated && contextual.length > 0) score += CONDUCT.phishing_obvious_signs.weight;

  let finding: Finding;
  let grounds: ConductFact[] = [];
  let presumed = false;
  if (strong.length > 0) {
    finding = 'established';
    grounds = strong;
  } else if (contextual.length > 0 && score >= THRESHOLD.established) {
    finding = 'established';
    grounds = aggravated ? [...contextual, 'phishing_obvious_signs'] : contextual;
  } else if (contextual.length > 0 && score >= THRESHOLD.arguable) {
    finding = 'arguable';
    grounds = contextual;
  } else if (a.gn_presumption === 'yes' && mitigating.length === 0 && notGross.length === 0 && presumption(c)) {
    finding = 'established';
    presumed = true;
  } else finding = 'not_established';

  return {
    finding, grounds, mitigating, unproven, notGross, score, presumed,
    notificationOnly: grounds.length > 0 && grounds.every((f) => CONDUCT[f].duty === 'notification'),
  };
}

/**
 * Concordant presumptions: the holder gives no account of how his security data were used (incident
 * unknown, no deception or other explanation established), every operation was strongly authenticated with data known
 * only to him, and the PSP proves it and no deficiency is shown (see assumption gn_presumption).
 */
function presumption(c: Case): boolean {
  return (
    c.incident.kind === 'unknown' &&
    c.incident.payerKeptInstrument !== false &&
    c.evidence.authenticationProven === true &&
    c.evidence.noTechnicalDeficiencyProven !== false &&
    c.transactions.every((t) => UNEXPLAINED_STRONG_AUTH.has(t.authentication) && t.sca !== false)
  );
}

const CITED = new Map<string, GrossNegligenceFactor['precedents']>();
function citedFor(fact: ConductFact, jurisdiction: 'FR' | 'BE'): GrossNegligenceFactor['precedents'] {
  const key = `${jurisdiction}:${fact}`;
  let list = CITED.get(key);
  if (!list) {
    list = precedentsFor(fact, jurisdiction).map(({ precedent, status, grossNegligence }) => ({
      id: precedent.id, citation: citePrecedent(precedent), status, gross_negligence: grossNegligence,
    }));
    CITED.set(key, list);
  }
  return list;
}

/** Each conduct fact of the case with its weight and the decisions of the same jurisdiction that treat it. */
export function factorsOf(c: Case): GrossNegligenceFactor[] {
  return c.conduct.map((k) => {
    const e = CONDUCT[k.fact];
    return {
      fact: k.fact,
      status: k.status,
      role: e.role,
      weight: e.role === 'mitigating' ? -e.weight : e.weight,
      counts: ESTABLISHING.has(k.status) && e.role !== 'not_gross' && e.role !== 'fraud',
      precedents: citedFor(k.fact, c.jurisdiction),
    };
  });
}
