/**
 * Interest on a sum over consecutive periods of constant rate, in exact rational arithmetic
 * (BigInt), rounded once, half up, to the cent: the only rounding point. Each period's amount is
 * shown rounded for reading; the total is the rounding of the exact sum.
 */
import { daysBetween, isLeapYear } from '../case/isoDay.js';

export interface RatedPeriod {
  from: string;
  to: string;
  /** Percent per year in basis points. */
  bp: number;
}

export type DayCount = '365' | 'actual';

export interface AccruedPeriod extends RatedPeriod {
  days: number;
  /** Cents, rounded half up (for display; the total is rounded from the exact sum). */
  cents: number;
}

const YEAR_DAYS = { common: 365n, leap: 366n } as const;
/** Common denominator of every period's amount: bp (1/10000) × 365 × 366. */
const DENOM = 10_000n * 365n * 366n;

function roundHalfUp(numerator: bigint, denominator: bigint): number {
  return Number((2n * numerator + denominator) / (2n * denominator));
}

/** Days from `from` to `to` inclusive. */
export function daysInclusive(from: string, to: string): number {
  return daysBetween(from, to) + 1;
}

export function accrue(baseCents: number, periods: readonly RatedPeriod[], dayCount: DayCount): { periods: AccruedPeriod[]; totalCents: number } {
  const base = BigInt(baseCents);
  let exact = 0n;
  const out: AccruedPeriod[] = [];
  for (const p of periods) {
    const days = daysInclusive(p.from, p.to);
    const year = dayCount === '365' || !isLeapYear(Number(p.from.slice(0, 4))) ? YEAR_DAYS.common : YEAR_DAYS.leap;
    // base × (bp / 10000) × days / year, over the common denominator.
    const numerator = base * BigInt(p.bp) * BigInt(days) * (DENOM / (10_000n * year));
    exact += numerator;
    out.push({ ...p, days, cents: roundHalfUp(numerator, DENOM) });
  }
  return { periods: out, totalCents: roundHalfUp(exact, DENOM) };
}
