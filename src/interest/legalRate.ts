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

/** The rate in force on `day`, or null before the first or after the last published period. */
export function legalRate(jurisdiction: 'FR' | 'BE', kind: CreditorKind, day: string): LegalRate | null {
  const table = jurisdiction === 'FR' ? FR[kind] : BE;
  return table.find((r) => r.from <= day && r.to >= day) ?? null;
}

/** The last day a published rate covers. */
export function lastRatedDay(jurisdiction: 'FR' | 'BE'): string {
  const table = jurisdiction === 'FR' ? FR.consumer : BE;
  return table[table.length - 1]!.to;
}
