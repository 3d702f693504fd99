/**
 * The points a case leaves open, and their readings (spec: "the engine applies every regime and
 * order the dates allow … and gives each reading in scenarios when their results differ").
 * Open dates (regime, contest) are resolved by assumption unknown_date (the holder's reading by
 * default); an open order, unknown proof and SCA, and an arguable finding take their named defaults.
 */
import type { Case } from '../case/model.js';
import type { Assumptions } from '../law/assumptions.js';
import type { Regime } from '../law/regimes.js';
import { unshownExcuse, type GrossNegligence } from './grossNegligence.js';
import type { Reading } from './rule.js';
import { compareSpans } from '../case/legalDate.js';

export type Dimension = keyof Reading;

export interface OpenPoints {
  /** Options per open dimension; a dimension absent here is closed. */
  options: Partial<{ [D in Dimension]: Reading[D][] }>;
  /** Dimensions resolved by min/max of the holder's share (dates and orders). */
  dated: Dimension[];
}

const BASE: Reading = { regime: 0, order: 'before', contest: 'timely', evidence: 'proven', gn: 'not_established', sca: 'applied', breach: 'covered', excuse: 'not_shown' };

export function openPoints(c: Case, candidates: Regime[][], gn: GrossNegligence, a: Assumptions): OpenPoints {
  const options: OpenPoints['options'] = {};
  const widest = Math.max(...candidates.map((r) => r.length));
  if (widest > 1) options.regime = Array.from({ length: widest }, (_, i) => i);
  if (c.notification && c.transactions.some((t) => t.beforeNotification === null && compareSpans(t.at, c.notification!) === 'open'))
    options.order = a.unknown_order === 'before' ? ['before', 'after'] : ['after', 'before'];
  if (c.transactions.some((t) => t.contestedOn)) options.contest = ['timely', 'late'];
  const { authenticationProven: auth, noTechnicalDeficiencyProven: tech } = c.evidence;
  if ((auth === null || tech === null) && auth !== false && tech !== false)
    options.evidence = a.unknown_evidence === 'proven' ? ['proven', 'not_proven'] : ['not_proven', 'proven'];
  if (gn.finding === 'arguable') options.gn = ['not_established', 'established'];
  if ([...gn.reach.values()].some((list) => list.some((r) => r.reach.reach === 'open')))
    options.breach = a.unknown_breach_order === 'covered' ? ['covered', 'not_covered'] : ['not_covered', 'covered'];
  // An excuse is the holder's to show: not shown by default; what it would change is given (issue 20, P4).
  if (gn.applications.some(unshownExcuse)) options.excuse = ['not_shown', 'shown'];
  if (c.transactions.some((t, i) => t.sca === null && t.authentication === 'unknown' && candidates[i]!.some((r) => r.scaRule)))
    options.sca = ['applied', 'not_required'];
  return { options, dated: (['regime', 'contest'] as Dimension[]).filter((d) => d in options) };
}

/**
 * Every reading: the product of the open dimensions' options (the first option of each is its
 * default). With `defaultsOnly`, the dimensions that are not dated keep their default: the readings
 * `isDefault` accepts, in the same order.
 */
export function readings(points: OpenPoints, defaultsOnly = false): Reading[] {
  let out: Reading[] = [{ ...BASE }];
  for (const [dim, all] of Object.entries(points.options) as [Dimension, (string | number)[]][]) {
    const opts = defaultsOnly && !points.dated.includes(dim) ? all.slice(0, 1) : all;
    out = opts.length === 1 ? out.map((r) => ({ ...r, [dim]: opts[0] }) as Reading) : out.flatMap((r) => opts.map((o) => ({ ...r, [dim]: o }) as Reading));
  }
  return out;
}

/** The defaults of the dimensions that are not dated. */
export function isDefault(r: Reading, points: OpenPoints): boolean {
  for (const [dim, opts] of Object.entries(points.options) as [Dimension, unknown[]][]) {
    if (points.dated.includes(dim)) continue;
    if (r[dim] !== opts[0]) return false;
  }
  return true;
}
