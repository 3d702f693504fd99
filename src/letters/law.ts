/**
 * The law a letter cites, taken from the assessment: the regime the engine applied (by its id and
 * period, under whichever assumptions the engine used), and the article versions of that period,
 * cited the way lawyers of the letter's country write them ("article L. 133-19 du code monétaire et
 * financier", "art. VII.44 WER"), not as the engine's trace codes.
 */
import type { Assessment } from '../engine/types.js';
import { ASSUMPTIONS, DEFAULT_ASSUMPTIONS, type Assumptions } from '../law/assumptions.js';
import { article, versionAt } from '../law/index.js';
import { dayWithin, regimesOf, type Regime } from '../law/regimes.js';
import type { LetterLang } from './model.js';

export interface LetterLaw {
  regime: Regime;
  /** The legal day the regime's article versions are read at (the first operation's, inside the period). */
  day: string;
}

/** Every combination of the assumptions that shape the regime table, the assessment's own first. */
function regimeTables(a: Assessment): Assumptions[] {
  const used = Object.fromEntries(a.assumptions.map((x) => [x.name, x.value]));
  const first = { ...DEFAULT_ASSUMPTIONS, ...used } as Assumptions;
  const out = [first];
  for (const sca of ASSUMPTIONS.be_sca_rule_from.values)
    for (const gap of ASSUMPTIONS.be_psd2_gap.values) out.push({ ...first, be_sca_rule_from: sca, be_psd2_gap: gap });
  return out;
}

/** The regime the assessment applied, or null when no statutory regime covers the case (outcome not covered). */
export function letterLaw(a: Assessment, firstDay: string): LetterLaw | null {
  if (a.regime.id === 'none') return null;
  for (const table of regimeTables(a)) {
    const r = regimesOf(a.jurisdiction, table).find((x) => x.id === a.regime.id && x.from === a.regime.from && x.to === a.regime.to);
    // A period with no statute (the contract governs: Belgium before 1 February 2003) gives a letter no law to argue from.
    if (r) return r.contractGoverns ? null : { regime: r, day: dayWithin(r, firstDay) };
  }
  return null;
}

/** FR code articles: "L133-19" → "L. 133-19". */
const codeNumber = (n: string) => n.replace(/^([LRD])(\d)/, '$1. $2');

type Style = (n: string, p: string) => string;
/** Source of an article id (its prefix) → how it is cited in each language; `n` the number, `p` the paragraph (with its leading space). */
const STYLES: Record<string, Record<LetterLang, Style>> = {
  'fr.cmf': {
    fr: (n, p) => `article ${codeNumber(n)}${p} du code monétaire et financier`,
    nl: (n, p) => `artikel ${codeNumber(n)}${p} van de Franse Code monétaire et financier`,
    en: (n, p) => `Article ${codeNumber(n)}${p} of the French Monetary and Financial Code`,
  },
  'fr.cconsom': {
    fr: (n, p) => `article ${codeNumber(n)}${p} du code de la consommation`,
    nl: (n, p) => `artikel ${codeNumber(n)}${p} van de Franse Code de la consommation`,
    en: (n, p) => `Article ${codeNumber(n)}${p} of the French Consumer Code`,
  },
  'be.cde-2014': {
    fr: (n, p) => `art. ${n}${p} CDE`,
    nl: (n, p) => `art. ${n}${p} WER`,
    en: (n, p) => `Article ${n}${p} of the Belgian Code of Economic Law`,
  },
  'be.loi-2009-12-10': {
    fr: (n, p) => `art. ${n}${p} de la loi du 10 décembre 2009 relative aux services de paiement`,
    nl: (n, p) => `art. ${n}${p} van de wet van 10 december 2009 betreffende de betalingsdiensten`,
    en: (n, p) => `Article ${n}${p} of the Belgian Act of 10 December 2009 on payment services`,
  },
  'be.loi-2002-07-17': {
    fr: (n, p) => `art. ${n}${p} de la loi du 17 juillet 2002 relative aux opérations effectuées au moyen d'instruments de transfert électronique de fonds`,
    nl: (n, p) => `art. ${n}${p} van de wet van 17 juli 2002 betreffende de transacties uitgevoerd met instrumenten voor de elektronische overmaking van geldmiddelen`,
    en: (n, p) => `Article ${n}${p} of the Belgian Act of 17 July 2002 on electronic funds transfer instruments`,
  },
  'be.ombudsfin': {
    fr: (n, p) => `art. ${n}${p} du règlement de procédure d'Ombudsfin`,
    nl: (n, p) => `art. ${n}${p} van het procedurereglement van Ombudsfin`,
    en: (n, p) => `Article ${n}${p} of Ombudsfin's rules of procedure`,
  },
  'eu.psd2': {
    fr: (n, p) => `art. ${n}${p} de la directive (UE) 2015/2366`,
    nl: (n, p) => `art. ${n}${p} van Richtlijn (EU) 2015/2366`,
    en: (n, p) => `Article ${n}${p} of Directive (EU) 2015/2366`,
  },
  'eu.psd1': {
    fr: (n, p) => `art. ${n}${p} de la directive 2007/64/CE`,
    nl: (n, p) => `art. ${n}${p} van Richtlijn 2007/64/EG`,
    en: (n, p) => `Article ${n}${p} of Directive 2007/64/EC`,
  },
  'eu.rec-97-489': {
    fr: (n, p) => `art. ${n}${p} de la recommandation 97/489/CE`,
    nl: (n, p) => `art. ${n}${p} van Aanbeveling 97/489/EG`,
    en: (n, p) => `Article ${n}${p} of Recommendation 97/489/EC`,
  },
};
STYLES['be.cde-2018'] = STYLES['be.cde-2014']!;

/** An article as a lawyer of the letter's language cites it; `paragraph` as the law data names it ("IV", "al. 3"). */
export function citeArticle(id: string, lang: LetterLang, paragraph?: string): string {
  const a = article(id);
  const source = id.split('.').slice(0, 2).join('.');
  const style = STYLES[source];
  const n = a.number.replace(/^art\.\s*/, '');
  const p = paragraph ? ` ${paragraph}` : '';
  return style ? style[lang](n, p) : `${a.short} ${a.number}${p}`;
}

/** The act that gave the version in force on `day` ("ord. n° 2017-1252 du 9 août 2017"), for "dans sa rédaction issue de …". */
export function enactedBy(id: string, day: string): string {
  return versionAt(article(id), day).enactedBy;
}
