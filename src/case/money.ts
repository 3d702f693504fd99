/** Money is integer euro cents inside recours; it enters and leaves as a decimal string. */

/**
 * The most a case's amounts may add up to: 999 999 999 999.99 EUR (10^14 − 1 cents). The engine adds
 * cents as JavaScript numbers, exact up to 2^53 (≈ 9.007 × 10^15): every sum it makes (disputed,
 * borne, refund due, per cap or deadline) is a sum of some of the case's amounts, and interest at
 * the highest rates over the accepted dates (1990–2100) stays under 40 times its base, so all of
 * them stay exact below this bound. A case over it is refused (parse.ts), never rounded.
 */
export const MAX_CASE_CENTS = 99_999_999_999_999;

const DECIMAL = /^(0|[1-9]\d{0,12})(?:\.(\d{1,2}))?$/;

/** Cents from a case-file amount ("505.00", "505", 505.5), or null when it is not a valid amount. */
export function toCents(value: string | number): number | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return null;
    const cents = Math.round(value * 100);
    if (Math.abs(cents - value * 100) > 1e-6 || cents > 1e15) return null;
    return cents;
  }
  const m = DECIMAL.exec(value);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/** "3088.00" from 308800 (a BigInt for sums over many cases, as the batch's totals). */
export function formatCents(cents: number | bigint): string {
  const sign = cents < 0 ? '-' : '';
  if (typeof cents === 'bigint') {
    const abs = cents < 0n ? -cents : cents;
    return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
  }
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
