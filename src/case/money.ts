/** Money is integer euro cents inside recours; it enters and leaves as a decimal string. */

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

/** "3088.00" from 308800. */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
