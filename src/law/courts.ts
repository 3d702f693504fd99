/**
 * The way to court when the bank still refuses, dated: the competent court and procedure by amount,
 * and the limitation period of the holder's action. Codes only; the report catalogues word them.
 * - France, from 1 January 2020 (décret n° 2019-1333: tribunal judiciaire): the claim is brought by
 *   assignation, or by requête up to 5 000 € (CPC art. 750); up to 5 000 € it must be preceded by a
 *   conciliation, mediation or participative procedure (CPC art. 750-1, re-established by décret
 *   n° 2023-357 for instances from 1 October 2023; the bank's mediator counts as the mediation); no
 *   lawyer is required up to 10 000 € (CPC art. 761). The consumer may also sue where he lived when the
 *   contract was made or the harm occurred (C. consom. R631-3). Limitation: five years from the day the
 *   holder knew or should have known the facts (C. civ. art. 2224); the 13 months of CMF L133-24 bar
 *   only the report to the bank, not the action (Cass. com. 2 juill. 2025, n° 24-16.590, F-B); a
 *   mediation suspends the limitation (C. civ. art. 2238).
 * - Belgium, from 1 September 2018 (loi du 25 mai 2018): the juge de paix / vrederechter hears claims
 *   up to 5 000 € (C. jud. art. 590), by citation or by requête contradictoire (C. jud. art. 1034bis
 *   ff.); above, the tribunal de première instance / rechtbank van eerste aanleg. Limitation: ten years
 *   for personal actions (C. civ. art. 2262bis, § 1, al. 1), from the day the obligation is due.
 * Sources: https://vivaldi-chronos.com/operations-bancaires-non-autorisee-le-delai-de-treize-mois-ne-limite-que-le-signalement-pas-laction-en-justice ;
 * https://www.seban-associes.avocat.fr/retour-de-larticle-750-1-du-code-de-procedure-civile-tentative-de-reglement-amiable-obligatoire-pour-certains-litiges/ ;
 * https://etudebordet.com/fr/justice-de-paix-vers-une-justice-plus-accessible ;
 * https://actualitesdroitbelge.be/droit-des-affaires/droit-des-obligations/la-prescription/prescription-liberatoire---regles-particulieres
 */
export type Court = 'tribunal_judiciaire' | 'juge_de_paix' | 'tribunal_premiere_instance';
export type Procedure = 'requete_or_assignation' | 'assignation' | 'citation_or_requete_contradictoire' | 'citation';

export interface CourtTier {
  /** Claims up to this amount in cents (inclusive); null: no upper bound. */
  upToCents: number | null;
  court: Court;
  procedure: Procedure;
  lawyerRequired: boolean;
  /** An amicable attempt (conciliation, mediation, participative procedure) must come first. */
  amicableAttemptRequired: boolean;
  /** The texts, in the country's citation style. */
  basis: readonly string[];
}

export interface CourtRoute {
  jurisdiction: 'FR' | 'BE';
  /** Claims brought from this day (inclusive) to `to`. */
  from: string;
  to: string | null;
  tiers: readonly CourtTier[];
  /** The holder's action: years, and the text. */
  limitation: { years: number; start: 'knowledge' | 'due'; basis: readonly string[] };
  uncertain?: string;
}

export const COURT_ROUTES: readonly CourtRoute[] = [
  {
    jurisdiction: 'FR', from: '2020-01-01', to: '2023-09-30',
    tiers: [
      { upToCents: 500_000, court: 'tribunal_judiciaire', procedure: 'requete_or_assignation', lawyerRequired: false, amicableAttemptRequired: false, basis: ['CPC, art. 750', 'CPC, art. 761', 'C. consom., art. R631-3'] },
      { upToCents: 1_000_000, court: 'tribunal_judiciaire', procedure: 'assignation', lawyerRequired: false, amicableAttemptRequired: false, basis: ['CPC, art. 750', 'CPC, art. 761', 'C. consom., art. R631-3'] },
      { upToCents: null, court: 'tribunal_judiciaire', procedure: 'assignation', lawyerRequired: true, amicableAttemptRequired: false, basis: ['CPC, art. 750', 'CPC, art. 760', 'C. consom., art. R631-3'] },
    ],
    limitation: { years: 5, start: 'knowledge', basis: ['C. civ., art. 2224', 'Cass. com., 2 juill. 2025, n° 24-16.590', 'C. civ., art. 2238'] },
    uncertain: 'The first version of CPC art. 750-1 (décret n° 2019-1333) required an amicable attempt up to 5 000 € from 1 January 2020 until the Conseil d\'État annulled it on 22 September 2022; it is not applied to this period.',
  },
  {
    jurisdiction: 'FR', from: '2023-10-01', to: null,
    tiers: [
      { upToCents: 500_000, court: 'tribunal_judiciaire', procedure: 'requete_or_assignation', lawyerRequired: false, amicableAttemptRequired: true, basis: ['CPC, art. 750', 'CPC, art. 750-1', 'CPC, art. 761', 'C. consom., art. R631-3'] },
      { upToCents: 1_000_000, court: 'tribunal_judiciaire', procedure: 'assignation', lawyerRequired: false, amicableAttemptRequired: false, basis: ['CPC, art. 750', 'CPC, art. 761', 'C. consom., art. R631-3'] },
      { upToCents: null, court: 'tribunal_judiciaire', procedure: 'assignation', lawyerRequired: true, amicableAttemptRequired: false, basis: ['CPC, art. 750', 'CPC, art. 760', 'C. consom., art. R631-3'] },
    ],
    limitation: { years: 5, start: 'knowledge', basis: ['C. civ., art. 2224', 'Cass. com., 2 juill. 2025, n° 24-16.590', 'C. civ., art. 2238'] },
  },
  {
    jurisdiction: 'BE', from: '2018-09-01', to: null,
    tiers: [
      { upToCents: 500_000, court: 'juge_de_paix', procedure: 'citation_or_requete_contradictoire', lawyerRequired: false, amicableAttemptRequired: false, basis: ['C. jud., art. 590', 'C. jud., art. 1034bis'] },
      { upToCents: null, court: 'tribunal_premiere_instance', procedure: 'citation', lawyerRequired: false, amicableAttemptRequired: false, basis: ['C. jud., art. 568'] },
    ],
    limitation: { years: 10, start: 'due', basis: ['C. civ., art. 2262bis, § 1, al. 1'] },
    uncertain: 'Which provision opens the requête contradictoire before the juge de paix for this claim, and art. 568 C. jud. as the residual competence of the tribunal de première instance, were not read in the text.',
  },
];

/** The court route for a claim brought on `day`, or null when the period is not encoded. */
export function courtRouteOn(jurisdiction: 'FR' | 'BE', day: string): CourtRoute | null {
  return COURT_ROUTES.find((r) => r.jurisdiction === jurisdiction && r.from <= day && (r.to === null || r.to >= day)) ?? null;
}
