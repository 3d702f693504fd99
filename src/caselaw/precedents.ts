/** The decided cases of ../shared/caselaw, shipped as data (regenerate: npm run gen:precedents). */
import data from './precedents.json' with { type: 'json' };
import type { ConductFact, ConductStatus } from '../case/vocabulary.js';

export interface Precedent {
  id: string;
  jurisdiction: 'FR' | 'BE';
  court: string;
  date: string | null;
  reference: string | null;
  kind: string | null;
  facts: { fact: ConductFact; status: ConductStatus }[];
  gross_negligence: boolean | null;
  payer_fraud: boolean | null;
  principle: string | null;
  urls: string[];
}

export const PRECEDENTS: readonly Precedent[] = data as Precedent[];

/** "Cour de cassation, chambre commerciale, 2016-05-31, n° 14-29.906" */
export function citePrecedent(p: Precedent): string {
  return [p.court, p.date ?? 'date inconnue', p.reference].filter(Boolean).join(', ');
}
