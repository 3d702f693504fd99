/**
 * After a written complaint, dated: how long the bank has to answer it, and where the mediator's
 * admissibility rule comes from. The mediator may be seized once the bank has answered in writing
 * or its answer period has run out, whichever comes first, and within one year of the complaint.
 * - France, payment services from 13/01/2018: 15 business days, 35 at most after a reasoned holding
 *   reply (CMF L133-45); before, the bank mediators' charters give the bank two months (e.g.
 *   Médiateur auprès de la FNBP, « La démarche »: « si vous n'avez pas obtenu de réponse de la Banque
 *   dans un délai de deux mois maximum »); the Banque de France: the mediator may be seized if the
 *   bank « ne vous a pas répondu dans les délais impartis ». One year: C. consom. L612-2.
 * - Belgium: Ombudsfin requires a prior written complaint to the institution's competent service
 *   (rules of procedure 06/2018, art. 3) and may refuse a complaint filed more than one year after it
 *   (art. 5; the current FAQ numbers the grounds art. 8). From 9 August 2018 the PSP answers within 15
 *   business days, 35 at most (PSD2 art. 101(2); the Belgian transposing article is not identified);
 *   before, no answer period was found, so the referral is admissible once the complaint is made.
 */
type Note = { fr: string; nl: string; en: string };

export interface AnswerPeriod {
  jurisdiction: 'FR' | 'BE';
  /** Complaints received from this day to `to` (inclusive; null: still in force). */
  from: string;
  to: string | null;
  /** The bank's answer period, or null when none was found. */
  period: { businessDays: number; exceptionalBusinessDays: number } | { months: number } | null;
  /** The article fixing the period, or null when it comes from the mediators' rules. */
  article: string | null;
  /** The mediator's admissibility rule (prior written complaint, one year). */
  mediator: string;
  /** Where the period comes from, for the explanation. */
  basis: Note;
  sources: readonly string[];
}

const FR_MEDIATOR_SOURCES = [
  'https://www.mediateur-fnbp.fr/La-demarche',
  'http://lemediateur.fbf.fr/les-demarches-en-3-etapes/',
  'https://www.banque-france.fr/fr/a-votre-service/particuliers/connaitre-pratiques-bancaires-assurance/que-faire-en-cas-de-litige/que-faire-en-cas-de-litige-banque',
];
const OMBUDSFIN_SOURCES = ['https://fr.scribd.com/document/527066051/Reglement-de-procedure-v-06-2018-Belgique', 'https://ombudsfin.be/fr/faq'];

export const ANSWER_PERIODS: readonly AnswerPeriod[] = [
  {
    jurisdiction: 'FR', from: '1900-01-01', to: '2018-01-12', period: { months: 2 }, article: null, mediator: 'fr.cconsom.L612-2',
    basis: {
      fr: "deux mois pour répondre selon les chartes des médiateurs bancaires (p. ex. Médiateur auprès de la FNBP) ; le médiateur peut être saisi après la réponse écrite de la banque ou, sans réponse, à la fin de ce délai",
      nl: 'twee maanden om te antwoorden volgens de charters van de Franse bankombudsmannen (bv. de ombudsman bij de FNBP); de ombudsman kan worden aangesproken na het schriftelijke antwoord van de bank of, zonder antwoord, na die termijn',
      en: "two months to answer under the bank mediators' charters (e.g. the Médiateur auprès de la FNBP); the mediator may be seized after the bank's written answer or, without one, at the end of that period",
    },
    sources: FR_MEDIATOR_SOURCES,
  },
  {
    jurisdiction: 'FR', from: '2018-01-13', to: null, period: { businessDays: 15, exceptionalBusinessDays: 35 }, article: 'fr.cmf.L133-45', mediator: 'fr.cconsom.L612-2',
    basis: {
      fr: "15 jours ouvrables pour répondre (35 au plus après une réponse d'attente motivée) ; le médiateur peut être saisi après la réponse écrite de la banque ou, sans réponse, à la fin de ce délai (Banque de France : « s'il ne vous a pas répondu dans les délais impartis »)",
      nl: '15 werkdagen om te antwoorden (hoogstens 35 na een gemotiveerd wachtantwoord); de ombudsman kan worden aangesproken na het schriftelijke antwoord van de bank of, zonder antwoord, na die termijn (Banque de France)',
      en: "15 business days to answer (35 at most after a reasoned holding reply); the mediator may be seized after the bank's written answer or, without one, at the end of that period (Banque de France: « s'il ne vous a pas répondu dans les délais impartis »)",
    },
    sources: FR_MEDIATOR_SOURCES,
  },
  {
    jurisdiction: 'BE', from: '1900-01-01', to: '2018-08-08', period: null, article: null, mediator: 'be.ombudsfin.procedure-art-5',
    basis: {
      fr: "Ombudsfin exige une plainte écrite préalable au service compétent de l'institution (règlement de procédure, art. 3) ; aucun délai de réponse de la banque n'a été trouvé pour cette période : la saisine est recevable une fois la plainte faite",
      nl: 'Ombudsfin vereist een voorafgaande schriftelijke klacht bij de bevoegde dienst van de instelling (procedurereglement, art. 3); voor deze periode werd geen antwoordtermijn van de bank gevonden: de klacht is ontvankelijk zodra de klacht bij de bank is ingediend',
      en: "Ombudsfin requires a prior written complaint to the institution's competent service (rules of procedure, art. 3); no answer period of the bank was found for this period: the referral is admissible once the complaint is made",
    },
    sources: OMBUDSFIN_SOURCES,
  },
  {
    jurisdiction: 'BE', from: '2018-08-09', to: null, period: { businessDays: 15, exceptionalBusinessDays: 35 }, article: 'eu.psd2.art-101', mediator: 'be.ombudsfin.procedure-art-5',
    basis: {
      fr: "15 jours ouvrables pour répondre (35 au plus après une réponse d'attente motivée : DSP2 art. 101, 2, article belge de transposition non identifié) ; Ombudsfin exige une plainte écrite préalable (règlement de procédure, art. 3)",
      nl: '15 werkdagen om te antwoorden (hoogstens 35 na een gemotiveerd wachtantwoord: PSD2 art. 101, 2, het Belgische omzettingsartikel is niet geïdentificeerd); Ombudsfin vereist een voorafgaande schriftelijke klacht (procedurereglement, art. 3)',
      en: '15 business days to answer (35 at most after a reasoned holding reply: PSD2 art. 101(2), Belgian transposing article not identified); Ombudsfin requires a prior written complaint (rules of procedure, art. 3)',
    },
    sources: OMBUDSFIN_SOURCES,
  },
];

/** The answer period for a complaint received on `day`. */
export function answerPeriodOn(jurisdiction: 'FR' | 'BE', day: string): AnswerPeriod {
  const p = ANSWER_PERIODS.find((x) => x.jurisdiction === jurisdiction && x.from <= day && (x.to === null || x.to >= day));
  if (!p) throw new Error(`no answer period for ${jurisdiction} on ${day}`);
  return p;
}

/**
 * Soft-law periods for answering a complaint (labelled as such, never a legal deadline): France, ACPR
 * recommendation 2024-R-02 for complaints from 2 July 2024 (acknowledge within ten business days,
 * answer within two months). No Belgian equivalent was found.
 */
export interface SoftLawPeriod {
  jurisdiction: 'FR' | 'BE';
  from: string;
  to: string | null;
  ackBusinessDays: number;
  answerMonths: number;
  article: string;
}

export const SOFT_LAW_PERIODS: readonly SoftLawPeriod[] = [
  { jurisdiction: 'FR', from: '2024-07-02', to: null, ackBusinessDays: 10, answerMonths: 2, article: 'fr.acpr.2024-R-02' },
];

export function softLawPeriodOn(jurisdiction: 'FR' | 'BE', day: string): SoftLawPeriod | null {
  return SOFT_LAW_PERIODS.find((p) => p.jurisdiction === jurisdiction && p.from <= day && (p.to === null || p.to >= day)) ?? null;
}
