/**
 * Belgian interest on a late refund at the legal rate of each year, pro rata (loi du 5 mai 1865,
 * art. 2 § 1; restoration « le cas échéant augmenté d'intérêts », CDE VII.35 (2014), VII.43 (2018)).
 * Runs from the day after the refund deadline; whether a formal notice is needed first is UNCERTAIN
 * (../shared/law/be-eu.md §B.7): the start is the caller's choice.
 */
import { addToDay } from '../case/isoDay.js';
import { daysInclusive, type DayCount } from './accrue.js';
import type { SuppliedRate } from './legalRate.js';
import { rated, type InterestResult } from './penalty.js';
import { segments } from './segments.js';

export function moratoryInterest(baseCents: number, deadline: string, end: string, dayCount: DayCount, supplied: readonly SuppliedRate[] = []): InterestResult {
  const first = addToDay(deadline, { days: 1 });
  const delayDays = end >= first ? daysInclusive(first, end) : 0;
  return rated(baseCents, segments(first, end, []), 'BE', 'consumer', dayCount, delayDays, supplied, () => 0);
}
