/**
 * The shape of the law as data. An article is a list of dated versions; a version carries its
 * text (verbatim where it was retrieved), the act that gave it, its official identifier and sources.
 * Dates are legal dates (YYYY-MM-DD) in the jurisdiction's time zone; `to` is the last day in force.
 */
export type Jurisdiction = 'FR' | 'BE' | 'EU';
export type Lang = 'fr' | 'nl' | 'en';

export type TextStatus =
  | 'verbatim' // the whole text as published
  | 'partial' // verbatim, but part of the text was not retrieved (marked with […])
  | 'translation' // only an English translation was found (not authentic)
  | 'paraphrase' // only a secondary source's summary was found
  | 'not_retrieved';

export interface ArticleVersion {
  /** First day in force. */
  from: string;
  /** Last day in force (inclusive); null while in force. */
  to: string | null;
  /** The act that gave this wording, e.g. "ord. n° 2009-866 du 15 juillet 2009". */
  enactedBy: string;
  /** Official identifier (LEGIARTI…, numac, CELEX…) where known. */
  officialId: string | null;
  text: Partial<Record<Lang, string>>;
  textStatus: TextStatus;
  sources: readonly string[];
  /** What is uncertain about this version (dates, wording), if anything. */
  uncertain?: string;
}

export interface Article {
  /** Stable id: `<jurisdiction>.<source>.<number>`, e.g. `fr.cmf.L133-19`. */
  id: string;
  jurisdiction: Jurisdiction;
  /** The legal source, e.g. "Code monétaire et financier". */
  source: string;
  /** Short citation prefix, e.g. "CMF", "loi 10.12.2009", "CDE", "PSD2". */
  short: string;
  number: string;
  title: Record<'fr' | 'en', string>;
  versions: readonly ArticleVersion[];
  /** The day someone last checked these versions against their sources. */
  lastVerifiedOn: string;
}
