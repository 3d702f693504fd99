/**
 * Credit transfers the payer ordered himself (authorised push payments), dated: from when the
 * verification of payee binds the payer's bank, and what remains once a transfer is authorised.
 * - Verification of payee: Reg. (EU) No 260/2012 art. 5c (inserted by Reg. (EU) 2024/886), euro
 *   credit transfers of euro-area PSPs from 9 October 2025 (art. 5c(9)), France and Belgium alike,
 *   directly applicable.
 * - Authorised transfers are outside the unauthorised-payment regime (CMF L133-6, L133-7; CDE VII.32;
 *   Cass. com. 2 oct. 2024, n° 23-13.282). What remains: the bank's duty to try to recover the funds and,
 *   failing that, to give the information needed to sue (CMF L133-21 al. 3; PSD2 art. 88(3)), and,
 *   as a separate ground of general contract law that the holder must prove, the bank's duty of
 *   vigilance on apparent anomalies (Cass. com. 2 oct. 2024, n° 23-13.282; CA Besançon, 16 sept. 2025,
 *   n° 24/01218).
 */
export const VERIFICATION_OF_PAYEE = { from: '2025-10-09', article: 'eu.reg-260-2012.art-5c' } as const;

/** The article holding the recovery duty for a transfer of `day`, by jurisdiction; null when none is encoded. */
export function recoveryArticle(jurisdiction: 'FR' | 'BE', day: string): { id: string; paragraph: string } | null {
  if (jurisdiction === 'FR') return day >= '2009-11-01' ? { id: 'fr.cmf.L133-21', paragraph: 'al. 3' } : null;
  return day >= '2018-01-13' ? { id: 'eu.psd2.art-88', paragraph: '(3)' } : null;
}

/** The ground of general contract law, with the decisions that hold it (citations in the country's style). */
export const VIGILANCE = {
  FR: { basis: ['C. civ., art. 1231-1'], precedents: ['Cass. com., 2 oct. 2024, n° 23-13.282', 'CA Besançon, 16 sept. 2025, n° 24/01218'] },
  BE: { basis: ['droit commun de la responsabilité contractuelle'], precedents: [] as string[] },
} as const;
