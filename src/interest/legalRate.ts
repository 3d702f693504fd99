/**
 * The legal interest rate in force on a day, from the dated tables in src/law/params: France, two
 * semi-annual rates since 2015 (CMF L313-2, D313-1-A: consumer creditors / all other cases);
 * Belgium, one yearly rate (loi du 5 mai 1865, art. 2 § 1). A day after the last published rate has
 * no rate: callers must say so, never reuse the last one.
 */
import fr from '../law/params/fr-legal-interest.json' with { type: 'json' };
import be from '../law/params/be-legal-interest.json' with { type: 'json' };

export type CreditorKind = 'consumer' | 'other';

export interface LegalRate {
  from: string;
  to: string;
  /** Percent per year, in hundredths of a point (basis points): "4.06" → 406. */
  bp: number;
  source: string;
}

const toBp = (pct: string): number => {
  const [i, d = ''] = pct.split('.');
  return Number(i) * 100 + Number(d.padEnd(2, '0'));
};

const FR = {
  consumer: fr.rates.map((r) => ({ from: r.from, to: r.to, bp: toBp(r.consumer), source: r.arrete ?? r.sources[0] ?? fr.reference })),
  other: fr.rates.map((r) => ({ from: r.from, to: r.to, bp: toBp(r.other), source: r.arrete ?? r.sources[0] ?? fr.reference })),
};
const BE = be.rates.map((r) => ({ from: r.from, to: r.to, bp: toBp(r.rate), source: r.note ?? be.reference }));

export const LEGAL_RATE_TABLES = { fr, be } as const;

/**
 * A rate the user gives for days after the last published one (the arrêté or the Moniteur not yet in
 * the tables): France, the consumer rate and optionally the rate for all other cases; Belgium, one rate.
 */
export interface SuppliedRate {
  jurisdiction: 'FR' | 'BE';
  from: string;
  to: string;
  bp: number;
  /** France: the rate for all other cases; the consumer rate stands for it when absent. */
  otherBp?: number;
}

/** The rate in force on `day`: the published one, else one the user supplied for a day after the tables; null otherwise. */
export function legalRate(jurisdiction: 'FR' | 'BE', kind: CreditorKind, day: string, supplied: readonly SuppliedRate[] = []): LegalRate | null {
  const table = jurisdiction === 'FR' ? FR[kind] : BE;
  const published = table.find((r) => r.from <= day && r.to >= day);
  if (published) return published;
  const s = supplied.find((r) => r.jurisdiction === jurisdiction && r.from <= day && r.to >= day);
  return s ? { from: s.from, to: s.to, bp: kind === 'other' ? (s.otherBp ?? s.bp) : s.bp, source: SUPPLIED } : null;
}

/** The source recorded for a rate the user supplied. */
export const SUPPLIED = 'supplied by the user';

const RATE_TEXT = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})=(\d{1,2}(?:\.\d{1,2})?)(?:,(\d{1,2}(?:\.\d{1,2})?))?$/;

/**
 * Reads `FROM/TO=RATE[,OTHER]` (percent per year, e.g. `2026-07-01/2026-12-31=6.70,2.60`): only days
 * after the last published rate, FROM ≤ TO. The problem is said in words, with what is expected.
 */
export function parseSuppliedRate(jurisdiction: 'FR' | 'BE', text: string): { ok: true; value: SuppliedRate } | { ok: false; problem: string; expected: string } {
  const expected = `FROM/TO=RATE${jurisdiction === 'FR' ? '[,OTHER]' : ''} in percent per year, days after ${lastRatedDay(jurisdiction)} (the last published rate), e.g. ${jurisdiction === 'FR' ? '2026-07-01/2026-12-31=6.70,2.60' : '2027-01-01/2027-12-31=4.25'}`;
  const m = RATE_TEXT.exec(text.trim());
  if (!m) return { ok: false, problem: `"${text}" is not a rate for a period`, expected };
  const [, from, to, rate, other] = m as unknown as [string, string, string, string, string | undefined];
  const valid = (d: string) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;
  if (!valid(from) || !valid(to)) return { ok: false, problem: `"${text}" has a day that is not in the calendar`, expected };
  if (from > to) return { ok: false, problem: `"${text}" ends before it starts`, expected };
  if (from <= lastRatedDay(jurisdiction)) return { ok: false, problem: `"${text}" starts on or before ${lastRatedDay(jurisdiction)}, which has a published rate`, expected };
  if (jurisdiction === 'BE' && other !== undefined) return { ok: false, problem: `"${text}" gives two rates; Belgium has one legal rate`, expected };
  return { ok: true, value: { jurisdiction, from, to, bp: toBp(rate), ...(other !== undefined ? { otherBp: toBp(other) } : {}) } };
}

/** The last day a published rate covers. */
export function lastRatedDay(jurisdiction: 'FR' | 'BE'): string {
  const table = jurisdiction === 'FR' ? FR.consumer : BE;
  return table[table.length - 1]!.to;
}
