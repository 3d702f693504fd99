/**
 * Decisions cited the way lawyers cite them: "Cass. com., 23 oct. 2024, n° 23-16.267",
 * "CA Angers, 27 janv. 2026, n° 21/02328", "Antwerpen 2 november 2023, 2022/AR/1375",
 * "Ombudsfin, avis n° 2013.1876, 18 mars 2014". A letter never cites a decision later than its own
 * date, one whose court or date the sources do not give, or one whose reference is uncertain.
 */
import { PRECEDENTS, type Precedent } from '../caselaw/precedents.js';
import type { LetterLang } from './model.js';

const BY_ID: ReadonlyMap<string, Precedent> = new Map(PRECEDENTS.map((p) => [p.id, p]));

const FR_MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juill.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const LOCALES = { nl: 'nl-BE', en: 'en-GB' } as const;

function citedDay(iso: string, lang: LetterLang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (lang === 'fr') return `${d === 1 ? '1er' : d} ${FR_MONTHS[m - 1]} ${y}`;
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

type Court = { fr: string; nl: string; en: string; belgian: boolean };
/** Court names (as the records give them) → the abbreviation of each language. Belgian courts of appeal are cited by their seat. */
const COURTS: [RegExp, (m: RegExpMatchArray) => Court][] = [
  [/^Cour de cassation, chambre commerciale/, () => ({ fr: 'Cass. com.', nl: 'Cass. com.', en: 'Cass. com.', belgian: false })],
  [/^CJUE$/, () => ({ fr: 'CJUE', nl: 'HvJ', en: 'CJEU', belgian: false })],
  [/^Cour d'appel d(?:e |')([^,]+)/, (m) => ({ fr: `CA ${m[1]}`, nl: `CA ${m[1]}`, en: `CA ${m[1]}`, belgian: false })],
  [/^Tribunal judiciaire de ([^,]+)/, (m) => ({ fr: `TJ ${m[1]}`, nl: `TJ ${m[1]}`, en: `TJ ${m[1]}`, belgian: false })],
  [/^Tribunal des activités économiques de ([^,]+)/, (m) => ({ fr: `TAE ${m[1]}`, nl: `TAE ${m[1]}`, en: `TAE ${m[1]}`, belgian: false })],
  [/^Tribunal d'instance de ([^,]+)/, (m) => ({ fr: `TI ${m[1]}`, nl: `TI ${m[1]}`, en: `TI ${m[1]}`, belgian: false })],
  [/^Hof van beroep Antwerpen/, () => ({ fr: 'Anvers', nl: 'Antwerpen', en: 'Antwerp Court of Appeal', belgian: true })],
  [/^Cour d'appel de Bruxelles/, () => ({ fr: 'Bruxelles', nl: 'Brussel', en: 'Brussels Court of Appeal', belgian: true })],
  [/^Tribunal de commerce de Mons/, () => ({ fr: 'Comm. Mons', nl: 'Kh. Bergen', en: 'Commercial Court of Mons', belgian: true })],
  [/^Tribunal de première instance francophone de Bruxelles/, () => ({ fr: 'Civ. Bruxelles (fr.)', nl: 'Rb. Brussel (Fr.)', en: 'Brussels Court of First Instance (French-speaking)', belgian: true })],
  [/^Nederlandstalige Ondernemingsrechtbank Brussel/, () => ({ fr: 'Entr. Bruxelles (nl.)', nl: 'Ondern. Brussel (Nl.)', en: 'Brussels Enterprise Court (Dutch-speaking)', belgian: true })],
  [/^Justice de paix du premier canton de Bruxelles/, () => ({ fr: 'J.P. Bruxelles (1er canton)', nl: 'Vred. Brussel (1e kanton)', en: 'Justice of the Peace, Brussels (1st canton)', belgian: true })],
  [/^Ombudsfin/, () => ({ fr: 'Ombudsfin', nl: 'Ombudsfin', en: 'Ombudsfin', belgian: true })],
];

/** The reference as cited: the number ("n° 23-16.267", "n° 21/02328", "C-351/21", "avis n° 2013.1876") without the research's notes. */
function citedReference(p: Precedent, lang: LetterLang): string | null {
  const ref = p.reference;
  if (!ref) return null;
  const first = ref.split(';')[0]!.replace(/\s*\(.*$/, '').trim();
  if (/^C-\d+\/\d+/.test(first)) return first.match(/^C-\d+\/\d+/)![0];
  const opinion = first.match(/^avis n° ([\d.]+)/);
  if (opinion) return lang === 'nl' ? `advies nr. ${opinion[1]}` : lang === 'en' ? `opinion no. ${opinion[1]}` : `avis n° ${opinion[1]}`;
  const number = first.match(/(?:RG )?n° ([\d][\d\-./]*)/);
  if (number) return `n° ${number[1]}`;
  if (/^\d{4}\/AR\/\d+$/.test(first)) return first;
  const publication = ref.match(/publ\. ([^;(]+)/);
  return publication ? publication[1]!.trim().replace(/\s*\(.*$/, '') : null;
}

/** The decision in the usual style, or null when it may not be cited in a letter of `date`. */
export function citeDecision(p: Precedent, lang: LetterLang, date: string): string | null {
  if (!p.date || p.date > date || p.confidence === 'uncertain') return null;
  const match = COURTS.map(([re, make]) => [p.court.match(re), make] as const).find(([m]) => m);
  if (!match) return null;
  const court = match[1](match[0]!);
  const ref = citedReference(p, lang);
  if (court.fr === 'Ombudsfin') return `Ombudsfin, ${ref ?? ''}${ref ? ', ' : ''}${citedDay(p.date, lang)}`;
  const name = court[lang];
  // Belgian style: "Antwerpen 2 november 2023" / "Anvers, 2 novembre 2023"; French style: "Cass. com., 23 oct. 2024".
  const head = court.belgian && lang === 'nl' ? `${name} ${citedDay(p.date, lang)}` : `${name}, ${citedDay(p.date, lang)}`;
  return ref ? `${head}, ${ref}` : head;
}

/** Decisions by id, cited, in order, without duplicates or those that may not be cited; at most `max`. */
export function citeDecisions(ids: readonly string[], lang: LetterLang, date: string, max = 3): string[] {
  const out: string[] = [];
  for (const id of new Set(ids)) {
    const p = BY_ID.get(id);
    const c = p ? citeDecision(p, lang, date) : null;
    if (c && !out.includes(c)) out.push(c);
    if (out.length === max) break;
  }
  return out;
}

export function precedent(id: string): Precedent | undefined {
  return BY_ID.get(id);
}
