/**
 * Interest on a refund made after its deadline: in France the penalty of CMF L133-18 al. 3 (from
 * 18/08/2022, operations under the 2017 wording); in Belgium the legal rate of each year (assumption
 * be_late_interest). The base is what the PSP finally owes for the operations of that deadline; the
 * delay ends on the refund day (the earliest possible, if imprecise) or at the evaluation date, or
 * on the day before the first day with no legal rate: the result says which, and the user may give
 * the missing rate (`supplied`), never reused from the last published one.
 */
import type { Case } from '../case/model.js';
import type { Deadline, Share } from '../deadlines/types.js';
import type { Assumptions, AssumptionName } from '../law/assumptions.js';
import { reference } from '../law/index.js';
import { dayWithin } from '../law/regimes.js';
import { addToDay } from '../case/isoDay.js';
import type { SuppliedRate } from './legalRate.js';
import { PENALTY_IN_FORCE, penaltyInterest, type InterestResult } from './penalty.js';
import { moratoryInterest } from './moratory.js';

export interface LateRefundInterest {
  totalCents: number;
  basis: string;
  baseCents: number;
  periods: (InterestResult['periods'][number] & { transactions: string[] })[];
  missingRateFrom: string | null;
  /** The last day interest is counted for, and why the count stops there. */
  computedTo: string;
  stop: 'refunded' | 'as_of' | 'no_published_rate';
  article: { id: string; version: string };
}

export function lateRefundInterest(
  c: Case, shares: readonly Share[], deadlines: readonly Deadline[], asOf: string, a: Assumptions, used: Set<AssumptionName>,
  supplied: readonly SuppliedRate[] = [],
): LateRefundInterest | null {
  const byDeadline = new Map<string, Share[]>();
  for (const d of deadlines) {
    if (d.kind !== 'bank_refund_by') continue;
    for (const id of d.transactions ?? []) {
      const s = shares.find((x) => x.tx.id === id);
      if (s && (s.refundDueCents > 0 || (a.penalty_base === 'immediate' && s.refundNowCents > 0)))
        byDeadline.set(d.date, [...(byDeadline.get(d.date) ?? []), s]);
    }
  }
  const end = c.psp.refundedOn?.firstDay ?? asOf;
  let total = 0;
  let base = 0;
  let missing: string | null = null;
  let ref: ReturnType<typeof reference> | null = null;
  const periods: LateRefundInterest['periods'] = [];
  for (const [deadline, group] of [...byDeadline].sort(([x], [y]) => (x < y ? -1 : 1))) {
    if (end <= deadline) continue;
    const regime = group[0]!.regime!;
    used.add('penalty_base');
    const cents = group.reduce((sum, s) => sum + (a.penalty_base === 'final' ? s.refundDueCents : s.refundNowCents), 0);
    let r: InterestResult;
    if (regime.id === 'fr.cmf-2018') {
      if (end < PENALTY_IN_FORCE) continue;
      const creditor = c.payer.kind === 'professional' ? 'other' : c.payer.kind === 'consumer' ? 'consumer' : (used.add('unknown_payer'), a.unknown_payer === 'consumer' ? 'consumer' : 'other');
      used.add('penalty_tiers');
      r = penaltyInterest({ baseCents: cents, deadline, end, creditor, tiers: a.penalty_tiers, dayCount: a.day_count, supplied });
      ref ??= reference('fr.cmf.L133-18', end < '2022-08-18' ? '2022-08-18' : end);
    } else if (regime.jurisdiction === 'BE' && regime.statutory) {
      used.add('be_late_interest');
      if (a.be_late_interest === 'not_computed') continue;
      r = moratoryInterest(cents, deadline, end, a.day_count, supplied);
      ref ??= reference(regime.articles.refund, dayWithin(regime, deadline));
    } else continue;
    used.add('day_count');
    if (r.periods.length === 0 && !r.missingRateFrom) continue;
    total += r.totalCents;
    base += cents;
    missing ??= r.missingRateFrom;
    const ids = group.map((s) => s.tx.id);
    for (const p of r.periods) periods.push({ ...p, transactions: ids });
  }
  if (!ref || (periods.length === 0 && !missing)) return null;
  const stop = missing ? 'no_published_rate' : c.psp.refundedOn ? 'refunded' : 'as_of';
  const computedTo = missing ? addToDay(missing, { days: -1 }) : end;
  return { totalCents: total, basis: ref.citation, baseCents: base, periods, missingRateFrom: missing, computedTo, stop, article: ref.article };
}
