/**
 * French penalty interest for a late refund (CMF L133-18 al. 3, inserted by loi n° 2022-1158 du
 * 16 août 2022, art. 22, in force 18/08/2022): « 1° Les sommes dues produisent intérêt au taux légal
 * majoré de cinq points ; 2° Au-delà de sept jours de retard, … majoré de dix points ; 3° Au-delà de
 * trente jours de retard, … majoré de quinze points. »
 * Delay day 1 is the calendar day after the refund deadline. By default each tier applies to its own
 * days (tiered); the other reading applies the highest tier reached to the whole delay.
 */
import { addToDay } from '../case/isoDay.js';
import { accrue, daysInclusive, type AccruedPeriod, type DayCount, type RatedPeriod } from './accrue.js';
import { legalRate, type CreditorKind, type SuppliedRate } from './legalRate.js';
import { segments } from './segments.js';

export const PENALTY_IN_FORCE = '2022-08-18';
const TIERS = [
  { fromDay: 1, points: 500 },
  { fromDay: 8, points: 1000 },
  { fromDay: 31, points: 1500 },
] as const;

export interface InterestResult {
  totalCents: number;
  periods: (AccruedPeriod & { legalBp: number; source: string })[];
  /** Days of delay counted (from the day after the deadline to `end`). */
  delayDays: number;
  /** The first day with no published legal rate, when the computation had to stop there. */
  missingRateFrom: string | null;
}

export interface PenaltyInput {
  baseCents: number;
  /** The refund deadline (end of that day). */
  deadline: string;
  /** Last day of delay counted: the refund day, or the evaluation date. */
  end: string;
  creditor: CreditorKind;
  tiers: 'tiered' | 'whole_period';
  dayCount: DayCount;
  /** Rates the user gave for days after the published ones. */
  supplied?: readonly SuppliedRate[];
}

const plus = (day: string, n: number) => addToDay(day, { days: n });

export function penaltyInterest(i: PenaltyInput): InterestResult {
  const firstDelayDay = plus(i.deadline, 1);
  const delayDays = i.end >= firstDelayDay ? daysInclusive(firstDelayDay, i.end) : 0;
  const start = firstDelayDay > PENALTY_IN_FORCE ? firstDelayDay : PENALTY_IN_FORCE;
  const reached = [...TIERS].reverse().find((t) => delayDays >= t.fromDay)?.points ?? 500;
  const breaks = i.tiers === 'tiered' ? TIERS.slice(1).map((t) => plus(i.deadline, t.fromDay)) : [];
  return rated(i.baseCents, segments(start, i.end, breaks), 'FR', i.creditor, i.dayCount, delayDays, i.supplied ?? [], (from) => {
    if (i.tiers === 'whole_period') return reached;
    const day = daysInclusive(firstDelayDay, from);
    return [...TIERS].reverse().find((t) => day >= t.fromDay)!.points;
  });
}

/** Accrues the segments at the legal rate plus `points(segmentStart)`, stopping at the first day with no published rate. */
export function rated(
  baseCents: number, segs: [string, string][], jurisdiction: 'FR' | 'BE', creditor: CreditorKind, dayCount: DayCount,
  delayDays: number, supplied: readonly SuppliedRate[], points: (from: string) => number,
): InterestResult {
  const periods: (RatedPeriod & { legalBp: number; source: string })[] = [];
  let missingRateFrom: string | null = null;
  for (const [from, to] of segs) {
    const rate = legalRate(jurisdiction, creditor, from, supplied);
    if (!rate) {
      missingRateFrom = from;
      break;
    }
    periods.push({ from, to, bp: rate.bp + points(from), legalBp: rate.bp, source: rate.source });
  }
  const { periods: accrued, totalCents } = accrue(baseCents, periods, dayCount);
  return {
    totalCents,
    periods: accrued.map((p, k) => ({ ...p, legalBp: periods[k]!.legalBp, source: periods[k]!.source })),
    delayDays,
    missingRateFrom,
  };
}
