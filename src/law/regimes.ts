/**
 * The regimes of loss allocation, dated: which texts govern an operation of a given legal date,
 * and the values those texts fix (caps, windows, exceptions). A change of law is a new entry.
 * Each entry names the articles that hold its rules (ids of src/law/catalogue.ts).
 * Sources: ../shared/law/fr.md R-TIME-1, A.5, A.10; ../shared/law/be-eu.md A.1, A.6.
 */
import type { AssumptionName, Assumptions } from './assumptions.js';

export type CapException = 'no_personalised_data' | 'not_detectable' | 'psp_staff';

export interface Regime {
  /** Stable id shown in the assessment (`regime.id`). */
  id: string;
  jurisdiction: 'FR' | 'BE';
  from: string;
  to: string | null;
  /** false for soft law applied through contracts (Recommendation 97/489/EC). */
  statutory: boolean;
  label: { fr: string; nl: string; en: string };
  /** The holder's cap before notification (franchise), in cents. */
  capCents: number;
  capExceptions: readonly CapException[];
  /** Unauthorised use of data or instrument without loss or theft (phishing, skimming, hacking). */
  misappropriation: 'not_liable' | 'capped_if_security_failed' | 'capped';
  /** The holder must prove he still had the card to invoke the counterfeit rule (former L132-4). */
  possessionBurdenOnHolder: boolean;
  /** A remote payment without physical use of the card binds no one but the PSP (former L132-4). */
  remoteWithoutCardNotLiable: boolean;
  /** The regime covers payment cards only (former L132-1). */
  cardsOnly: boolean;
  /**
   * Who bears an unauthorised operation that no rule of the regime allocates: the PSP (L133-18,
   * VII.35, VII.43), or the holder under the former card regime, whose card order was irrevocable
   * outside loss, theft, remote use and counterfeit (anc. L132-2).
   */
  residual: 'psp' | 'holder';
  /** The window to contest: months from the debit, or days from the operation. */
  contest: { months: number; from: 'debit' } | { days: number; from: 'operation'; maxDays: number } | null;
  /** The no-SCA rule (L133-19 V, VII.44 / PSD2 74(2)) applies to this period's operations. */
  scaRule: boolean;
  /**
   * A PSP that has good reasons to suspect the user's fraud and reports them in writing (Banque de France;
   * SPF Economie) need not refund by the deadline (CMF L133-18 from 13/01/2018; PSD2 art. 73(1); VII.43).
   */
  fraudSuspicionException: boolean;
  /** The GN test's name in this regime's words. */
  standard: 'negligence_grave' | 'faute_lourde' | 'extreme_negligence';
  /** Article ids holding each rule, cited in the trace. */
  articles: {
    allocation: string;
    afterNotification: string;
    burden: string;
    duties: string;
    /** The duty to notify loss, theft or unauthorised use without delay. */
    notify: string;
    contest: string | null;
    refund: string;
    residual: string;
    sca: string | null;
    misappropriation: string;
  };
  /** When this entry was last checked against its sources. */
  lastVerifiedOn: string;
  /** What the research leaves open about this entry. */
  uncertain?: { fr: string; nl: string; en: string };
  /**
   * The research leaves open whether this regime still governed up to this day (the next one's first
   * days are doubtful): an operation known to fall by it is read under both, as a date spanning two versions is.
   */
  openUntil?: string;
  /** No statute allocates the loss: the contract and general civil law govern, the outcome is not computed. */
  contractGoverns?: boolean;
  /** Named assumptions this entry rests on, shown in the explanation of every operation it governs. */
  assumptions?: readonly AssumptionName[];
}

const VERIFIED = '2026-11-22';

const REC_97_489 = {
  id: 'eu.rec-97-489',
  statutory: false,
  label: {
    fr: 'Recommandation 97/489/CE (appliquée par contrat, non contraignante)',
    nl: 'Aanbeveling 97/489/EG (contractueel toegepast, niet bindend)',
    en: 'Recommendation 97/489/EC (applied by contract, not binding)',
  },
  capCents: 15000,
  capExceptions: [],
  misappropriation: 'not_liable',
  possessionBurdenOnHolder: false,
  remoteWithoutCardNotLiable: false,
  cardsOnly: false,
  residual: 'psp',
  contest: null,
  scaRule: false,
  fraudSuspicionException: false,
  standard: 'extreme_negligence',
  articles: {
    allocation: 'eu.rec-97-489.art-6', afterNotification: 'eu.rec-97-489.art-6', burden: 'eu.rec-97-489.art-6',
    duties: 'eu.rec-97-489.art-5', notify: 'eu.rec-97-489.art-5', contest: null, refund: 'eu.rec-97-489.art-6', residual: 'eu.rec-97-489.art-6', sca: null,
    misappropriation: 'eu.rec-97-489.art-6',
  },
  lastVerifiedOn: VERIFIED,
  uncertain: {
    fr: "Aucune loi ne s'appliquait ; le plafond de 150 écus de la recommandation est retenu comme norme contractuelle (hypothèse pre_statute).",
    nl: 'Geen enkele wet was van toepassing; het plafond van 150 ecu van de aanbeveling wordt als contractuele norm toegepast (veronderstelling pre_statute).',
    en: 'No statute governed; the 150 ECU cap of the recommendation is applied as the contractual standard (assumption pre_statute).',
  },
} as const;

const FR_L132 = {
  jurisdiction: 'FR',
  statutory: true,
  capExceptions: [],
  misappropriation: 'not_liable',
  possessionBurdenOnHolder: true,
  remoteWithoutCardNotLiable: true,
  cardsOnly: true,
  residual: 'holder',
  contest: { days: 70, from: 'operation', maxDays: 120 },
  scaRule: false,
  fraudSuspicionException: false,
  standard: 'faute_lourde',
  articles: {
    allocation: 'fr.cmf.L132-3', afterNotification: 'fr.cmf.L132-3', burden: 'fr.cmf.L132-3', duties: 'fr.cmf.L132-3', notify: 'fr.cmf.L132-3',
    contest: 'fr.cmf.L132-6', refund: 'fr.cmf.L132-4', residual: 'fr.cmf.L132-2', sca: null, misappropriation: 'fr.cmf.L132-4',
  },
  lastVerifiedOn: VERIFIED,
} as const;

/** Former L132-3: 400/275/150 € caps the contractual franchise (fr.md R-OLD-1, corrections of 4 December 2026). */
const L132_CAP_NOTE = {
  fr: "Le plafond de l'anc. L132-3 est celui de la franchise fixée par le contrat : le maximum légal est retenu, faute d'un contrat qui prévoit moins.",
  nl: 'Het plafond van het voormalige L132-3 is dat van het eigen risico dat het contract vastlegt: het wettelijke maximum wordt toegepast, tenzij een contract minder bepaalt.',
  en: 'The former L132-3 cap is the ceiling of the franchise the contract sets: the statutory maximum is applied unless a contract shows less.',
} as const;

const FR_CMF_2009 = {
  jurisdiction: 'FR',
  statutory: true,
  misappropriation: 'not_liable',
  possessionBurdenOnHolder: false,
  remoteWithoutCardNotLiable: false,
  cardsOnly: false,
  residual: 'psp',
  contest: { months: 13, from: 'debit' },
  standard: 'negligence_grave',
  articles: {
    allocation: 'fr.cmf.L133-19', afterNotification: 'fr.cmf.L133-20', burden: 'fr.cmf.L133-23', duties: 'fr.cmf.L133-16', notify: 'fr.cmf.L133-17',
    contest: 'fr.cmf.L133-24', refund: 'fr.cmf.L133-18', residual: 'fr.cmf.L133-18', sca: 'fr.cmf.L133-19', misappropriation: 'fr.cmf.L133-19',
  },
  lastVerifiedOn: VERIFIED,
} as const;

const BE_2009 = {
  jurisdiction: 'BE',
  statutory: true,
  capCents: 15000,
  capExceptions: [],
  misappropriation: 'capped_if_security_failed',
  possessionBurdenOnHolder: false,
  remoteWithoutCardNotLiable: false,
  cardsOnly: false,
  residual: 'psp',
  contest: { months: 13, from: 'debit' },
  scaRule: false,
  fraudSuspicionException: false,
  standard: 'negligence_grave',
  lastVerifiedOn: VERIFIED,
} as const;

function frRegimes(): Regime[] {
  return [
    // fr.md R-TIME-1 (corrections of 4 December 2026): the 2001 law may have bound only one jour franc after its
    // publication in the JORF of 16/11/2001, so operations of 16-17/11/2001 are read under both regimes.
    { ...REC_97_489, jurisdiction: 'FR', from: '1997-08-02', to: '2001-11-15', openUntil: '2001-11-17' },
    {
      ...FR_L132, id: 'fr.cmf-l132', from: '2001-11-16', to: '2001-12-31', capCents: 40000,
      label: { fr: 'CMF anc. L132-1 à L132-6 (loi 2001-1062), plafond 400 €', nl: 'CMF voormalige L132-1 tot L132-6 (loi 2001-1062), plafond 400 euro', en: 'CMF former L132-1 to L132-6 (loi 2001-1062), cap €400' },
      uncertain: {
        fr: `${L132_CAP_NOTE.fr} La loi 2001-1062, publiée au JORF du 16/11/2001, n'a peut-être été obligatoire qu'un jour franc après sa publication (décret du 5 novembre 1870) : pour une opération des 16 et 17/11/2001, les deux lectures sont données (fr.md R-TIME-1, INCERTAIN).`,
        nl: `${L132_CAP_NOTE.nl} De wet 2001-1062, bekendgemaakt in het JORF van 16/11/2001, was misschien pas bindend één volle dag na de bekendmaking (decreet van 5 november 1870): voor een verrichting van 16 en 17/11/2001 worden beide lezingen gegeven (fr.md R-TIME-1, ONZEKER).`,
        en: `${L132_CAP_NOTE.en} Loi 2001-1062, published in the JORF of 16/11/2001, may have bound only one jour franc after publication (décret of 5 November 1870): for an operation of 16 or 17/11/2001 both readings are given (fr.md R-TIME-1, UNCERTAIN).`,
      },
    },
    {
      ...FR_L132, id: 'fr.cmf-l132', from: '2002-01-01', to: '2002-12-31', capCents: 27500,
      label: { fr: 'CMF anc. L132-1 à L132-6, plafond 275 € (2002)', nl: 'CMF voormalige L132-1 tot L132-6, plafond 275 euro (2002)', en: 'CMF former L132-1 to L132-6, cap €275 (2002)' },
      uncertain: L132_CAP_NOTE,
    },
    {
      ...FR_L132, id: 'fr.cmf-l132', from: '2003-01-01', to: '2009-10-31', capCents: 15000,
      label: { fr: 'CMF anc. L132-1 à L132-6, plafond 150 € (depuis 2003)', nl: 'CMF voormalige L132-1 tot L132-6, plafond 150 euro (vanaf 2003)', en: 'CMF former L132-1 to L132-6, cap €150 (from 2003)' },
      uncertain: L132_CAP_NOTE,
    },
    {
      ...FR_CMF_2009, id: 'fr.cmf-2009', from: '2009-11-01', to: '2018-01-12', capCents: 15000,
      capExceptions: ['no_personalised_data'], scaRule: false, fraudSuspicionException: false,
      label: { fr: 'CMF L133-1 s. (ord. 2009-866), franchise 150 €', nl: 'CMF L133-1 e.v. (ord. 2009-866), eigen risico 150 euro', en: 'CMF L133-1 ff. (ord. 2009-866), franchise €150' },
    },
    {
      ...FR_CMF_2009, id: 'fr.cmf-2018', from: '2018-01-13', to: '2019-09-13', capCents: 5000,
      capExceptions: ['no_personalised_data', 'not_detectable', 'psp_staff'], scaRule: false, fraudSuspicionException: true,
      label: { fr: 'CMF L133-1 s. (ord. 2017-1252), franchise 50 €', nl: 'CMF L133-1 e.v. (ord. 2017-1252), eigen risico 50 euro', en: 'CMF L133-1 ff. (ord. 2017-1252), franchise €50' },
    },
    {
      ...FR_CMF_2009, id: 'fr.cmf-2018', from: '2019-09-14', to: null, capCents: 5000,
      capExceptions: ['no_personalised_data', 'not_detectable', 'psp_staff'], scaRule: true, fraudSuspicionException: true,
      label: {
        fr: 'CMF L133-1 s. (ord. 2017-1252), franchise 50 €, règle de l\'authentification forte (depuis le 14/09/2019)',
        nl: 'CMF L133-1 e.v. (ord. 2017-1252), eigen risico 50 euro, regel van de sterke cliëntauthenticatie (vanaf 14/09/2019)',
        en: 'CMF L133-1 ff. (ord. 2017-1252), franchise €50, strong-authentication rule (from 14/09/2019)',
      },
      uncertain: {
        fr: "La règle de l'authentification forte s'applique aux opérations à compter du 14/09/2019 (Cass. com. 30 août 2023, n° 22-11.707, selon les commentaires).",
        nl: 'De regel van de sterke cliëntauthenticatie geldt voor verrichtingen vanaf 14/09/2019 (Cass. com. 30 augustus 2023, nr. 22-11.707, volgens de commentaren).',
        en: 'The SCA rule is applied to operations from 14 Sept 2019 (Cass. com. 30 août 2023, n° 22-11.707, as reported).',
      },
    },
  ];
}

/** CDE VII.33 (2014) and loi 2009 art. 34: the equally authentic texts differ on the start of the 13 months (be-eu.md BE-NOTIF-01). */
const THIRTEEN_MONTHS_FR_NL = {
  fr: "Les 13 mois courent de la date de débit (texte français, DSP1 art. 58) ; le texte néerlandais les compte de la date de valeur du débit, qui ne peut être que la même ou plus tardive : une notification tardive selon la date de débit mais faite dans les 13 mois de la date de valeur relève du juge (be-eu.md BE-NOTIF-01).",
  nl: 'De 13 maanden lopen vanaf de datum van debitering (Franse tekst, PSD1 art. 58); de Nederlandse tekst rekent ze vanaf de valutadatum van de debitering, die enkel dezelfde of later kan zijn: een kennisgeving die laat is volgens de datum van debitering maar binnen 13 maanden na de valutadatum, is aan de rechter (be-eu.md BE-NOTIF-01).',
  en: 'The 13 months run from the debit date (French text, PSD1 art. 58); the Dutch text counts them from the value date of the debit, which can only be the same day or later: a notice late by the debit date but within 13 months of the value date is for a judge (be-eu.md BE-NOTIF-01).',
} as const;

function beRegimes(a: Assumptions): Regime[] {
  const cde2014 = {
    ...BE_2009, id: 'be.cde-2014',
    label: { fr: 'CDE livre VII (loi du 19 avril 2014), franchise 150 €', en: 'CDE book VII (loi du 19 avril 2014), franchise €150', nl: 'WER boek VII (wet van 19 april 2014), eigen risico 150 euro' },
    articles: {
      allocation: 'be.cde-2014.VII.36', afterNotification: 'be.cde-2014.VII.36', burden: 'be.cde-2014.VII.34',
      duties: 'be.cde-2014.VII.30', notify: 'be.cde-2014.VII.30', contest: 'be.cde-2014.VII.33', refund: 'be.cde-2014.VII.35', residual: 'be.cde-2014.VII.35', sca: null,
      misappropriation: 'be.cde-2014.VII.36',
    },
    uncertain: THIRTEEN_MONTHS_FR_NL,
  } as const;
  const cde2018 = {
    ...BE_2009, id: 'be.cde-2018', capCents: 5000, capExceptions: ['not_detectable', 'psp_staff'], fraudSuspicionException: true,
    misappropriation: 'capped',
    label: { fr: 'CDE livre VII après la loi du 19 juillet 2018, franchise 50 €', en: 'CDE book VII after the loi du 19 juillet 2018, franchise €50', nl: 'WER boek VII na de wet van 19 juli 2018, eigen risico 50 euro' },
    articles: {
      allocation: 'be.cde-2018.VII.44', afterNotification: 'be.cde-2018.VII.44', burden: 'eu.psd2.art-72',
      duties: 'be.cde-2018.VII.38', notify: 'be.cde-2018.VII.38', contest: 'eu.psd2.art-71', refund: 'be.cde-2018.VII.43', residual: 'be.cde-2018.VII.43', sca: 'be.cde-2018.VII.44',
      misappropriation: 'be.cde-2018.VII.44',
    },
    uncertain: {
      fr: "Les numéros, depuis 2018, des articles sur le délai de 13 mois et sur la preuve ne sont pas confirmés ; les art. 71 et 72 de la DSP2 sont cités.",
      nl: 'De nummers sinds 2018 van de artikelen over de termijn van 13 maanden en over het bewijs zijn niet bevestigd; art. 71 en 72 van PSD2 worden aangehaald.',
      en: 'The post-2018 numbers of the 13-month and evidence articles are not confirmed; PSD2 art. 71 and 72 are cited.',
    },
  } as const;
  const scaFrom = a.be_sca_rule_from;
  const gap = a.be_psd2_gap === 'directive';
  const note = (...parts: { fr: string; nl: string; en: string }[]) => ({
    fr: parts.map((x) => x.fr).join(' '), nl: parts.map((x) => x.nl).join(' '), en: parts.map((x) => x.en).join(' '),
  });
  // The intermediate consolidated version of book VII from 1 February 2018 (loi du 22 décembre 2017, PAD): be-eu.md A.1.
  const pad = {
    fr: 'Version consolidée du livre VII du 1er février 2018 (loi du 22 décembre 2017, comptes de paiement) ; que les art. VII.30 à VII.36 aient été touchés n\'est pas vérifié.',
    nl: 'Geconsolideerde versie van boek VII van 1 februari 2018 (wet van 22 december 2017, betaalrekeningen); of de art. VII.30 tot VII.36 gewijzigd werden, is niet nagegaan.',
    en: 'Consolidated version of book VII of 1 February 2018 (loi du 22 décembre 2017, payment accounts); whether VII.30 to VII.36 were touched is not verified.',
  };
  const lateTransposition = {
    fr: "La DSP2 devait être transposée au 13 janvier 2018 ; le texte belge (150 €) reste appliqué jusqu'au 8 août 2018 (hypothèse be_psd2_gap, de mémoire, INCERTAIN).",
    nl: 'PSD2 moest tegen 13 januari 2018 omgezet zijn; de Belgische tekst (150 euro) blijft van toepassing tot 8 augustus 2018 (veronderstelling be_psd2_gap, uit het geheugen, ONZEKER).',
    en: 'PSD2 was due by 13 January 2018; the Belgian text (150 €) is applied until 8 August 2018 (assumption be_psd2_gap, from memory, UNCERTAIN).',
  };
  const list: Regime[] = [
    {
      ...REC_97_489, id: 'be.pre-2003', jurisdiction: 'BE', from: '1900-01-01', to: '2003-01-31', contractGoverns: true, capCents: 0,
      label: {
        fr: 'Avant le 1er février 2003 : aucune loi ne répartit la perte (contrat et droit commun)',
        nl: 'Vóór 1 februari 2003: geen wet verdeelt het verlies (contract en gemeen recht)',
        en: 'Before 1 February 2003: no statute allocates the loss (contract and general civil law)',
      },
      uncertain: {
        fr: "Avant la loi du 17 juillet 2002, le contrat de carte (contrôlé au regard des clauses abusives, loi du 14 juillet 1991) et la responsabilité civile gouvernaient, l'A.R. du 24 février 1992 pour les cartes de crédit à la consommation ; la recommandation 97/489/CE n'est pas contraignante. Le partage n'est pas calculé (be-eu.md A.1 ; J.P. Bruxelles (1er canton), 23 sept. 2003).",
        nl: 'Vóór de wet van 17 juli 2002 golden het kaartcontract (getoetst aan de onrechtmatige bedingen, wet van 14 juli 1991) en de burgerlijke aansprakelijkheid, en voor consumentenkredietkaarten het K.B. van 24 februari 1992; Aanbeveling 97/489/EG is niet bindend. De verdeling wordt niet berekend (be-eu.md A.1; Vred. Brussel (1e kanton), 23 sept. 2003).',
        en: 'Before the loi du 17 juillet 2002, the card contract (reviewed for unfair terms, loi du 14 juillet 1991) and civil liability governed, with the A.R. of 24 February 1992 for consumer-credit cards; Recommendation 97/489/EC is not binding. The sharing is not computed (be-eu.md A.1; J.P. Bruxelles (1st canton), 23 Sept. 2003).',
      },
    },
    {
      ...BE_2009, id: 'be.loi-2002-07-17', from: '2003-02-01', to: '2010-03-31', misappropriation: 'not_liable', contest: null,
      label: {
        fr: 'Loi du 17 juillet 2002 (instruments de transfert électronique de fonds), 150 €', en: 'Loi du 17 juillet 2002 (EFT instruments), €150',
        nl: 'Wet van 17 juli 2002 (instrumenten voor de elektronische overmaking van geldmiddelen), 150 euro',
      },
      articles: {
        allocation: 'be.loi-2002-07-17.art-8', afterNotification: 'be.loi-2002-07-17.art-8', burden: 'be.loi-2002-07-17.art-8',
        duties: 'be.loi-2002-07-17.art-8', notify: 'be.loi-2002-07-17.art-8', contest: null, refund: 'be.loi-2002-07-17.art-8', residual: 'be.loi-2002-07-17.art-8', sca: null,
        misappropriation: 'be.loi-2002-07-17.art-8',
      },
      uncertain: {
        fr: "La loi est en vigueur pour l'essentiel le 1er février 2003 (De Standaard, 15 oct. 2002, source secondaire) ; le jour de sa publication au Moniteur (mi-août 2002) et une disposition entrée en vigueur à une autre date restent à vérifier sur Justel.",
        nl: 'De wet is grotendeels in werking op 1 februari 2003 (De Standaard, 15 okt. 2002, secundaire bron); de dag van bekendmaking in het Belgisch Staatsblad (half augustus 2002) en een bepaling met een andere datum moeten nog op Justel worden nagegaan.',
        en: 'The law is in force for the most part on 1 February 2003 (De Standaard, 15 Oct. 2002, secondary source); the day of its publication in the Moniteur (mid-August 2002) and any provision with another date remain to be checked on Justel.',
      },
    },
    {
      ...BE_2009, id: 'be.loi-2009-12-10', from: '2010-04-01', to: '2014-05-28',
      label: {
        fr: 'Loi du 10 décembre 2009 relative aux services de paiement, franchise 150 €', en: 'Loi du 10 décembre 2009 on payment services, franchise €150',
        nl: 'Wet van 10 december 2009 betreffende de betalingsdiensten, eigen risico 150 euro',
      },
      articles: {
        allocation: 'be.loi-2009-12-10.art-37', afterNotification: 'be.loi-2009-12-10.art-37', burden: 'be.loi-2009-12-10.art-35',
        duties: 'be.loi-2009-12-10.art-31', notify: 'be.loi-2009-12-10.art-31', contest: 'be.loi-2009-12-10.art-34', refund: 'be.loi-2009-12-10.art-36', residual: 'be.loi-2009-12-10.art-36', sca: null,
        misappropriation: 'be.loi-2009-12-10.art-37',
      },
      uncertain: note({
        fr: "Le passage au livre VII du CDE est daté du 29 mai 2014 (A.R. du 19 avril 2014 ; jour exact pour le titre 3 INCERTAIN).",
        nl: 'De overgang naar boek VII WER wordt gedateerd op 29 mei 2014 (K.B. van 19 april 2014; de precieze dag voor titel 3 is ONZEKER).',
        en: 'The switch to CDE book VII is dated 29 May 2014 (A.R. 19 April 2014; exact day for title 3 UNCERTAIN).',
      }, THIRTEEN_MONTHS_FR_NL),
    },
    { ...cde2014, from: '2014-05-29', to: '2018-01-12' },
  ];
  if (gap) {
    const directive = {
      ...cde2014, capCents: 5000, assumptions: ['be_psd2_gap'] as const, fraudSuspicionException: true,
      label: { fr: 'CDE livre VII (2014) lu à la lumière de la DSP2, 50 €', en: 'CDE book VII (2014) read in the light of PSD2, €50', nl: 'WER boek VII (2014) gelezen in het licht van PSD2, 50 euro' },
    };
    const reading = {
      fr: 'Interprétation conforme du texte belge à la DSP2 avant sa transposition (hypothèse be_psd2_gap).',
      nl: 'Richtlijnconforme interpretatie van de Belgische tekst in het licht van PSD2 vóór de omzetting ervan (veronderstelling be_psd2_gap).',
      en: 'Consistent interpretation of the Belgian text with PSD2 before its transposition (assumption be_psd2_gap).',
    };
    list.push(
      { ...directive, from: '2018-01-13', to: '2018-01-31', uncertain: note(reading, cde2014.uncertain) },
      { ...directive, from: '2018-02-01', to: '2018-08-08', uncertain: note(reading, pad, cde2014.uncertain) },
    );
  } else
    list.push(
      { ...cde2014, from: '2018-01-13', to: '2018-01-31', uncertain: note(lateTransposition, cde2014.uncertain), assumptions: ['be_psd2_gap'] },
      { ...cde2014, from: '2018-02-01', to: '2018-08-08', uncertain: note(pad, lateTransposition, cde2014.uncertain), assumptions: ['be_psd2_gap'] },
    );
  if (scaFrom === '2018-08-09') list.push({ ...cde2018, from: '2018-08-09', to: null, scaRule: true });
  else list.push({ ...cde2018, from: '2018-08-09', to: '2019-09-13', scaRule: false }, { ...cde2018, from: '2019-09-14', to: null, scaRule: true });
  return list;
}

const cache = new Map<string, Regime[]>();

/** The regimes of a jurisdiction, in date order, under the given assumptions. */
export function regimesOf(jurisdiction: 'FR' | 'BE', a: Assumptions): Regime[] {
  // The engine asks once per operation: the same assumptions object answers without building a key.
  const known = byAssumptions.get(a)?.[jurisdiction];
  if (known && known.be_sca_rule_from === a.be_sca_rule_from && known.be_psd2_gap === a.be_psd2_gap) return known.list;
  const key = `${jurisdiction}|${a.be_sca_rule_from}|${a.be_psd2_gap}`;
  let list = cache.get(key);
  if (!list) {
    list = jurisdiction === 'FR' ? frRegimes() : beRegimes(a);
    cache.set(key, list);
  }
  const entry = byAssumptions.get(a) ?? {};
  entry[jurisdiction] = { be_sca_rule_from: a.be_sca_rule_from, be_psd2_gap: a.be_psd2_gap, list };
  byAssumptions.set(a, entry);
  return list;
}

type Known = Pick<Assumptions, 'be_sca_rule_from' | 'be_psd2_gap'> & { list: Regime[] };
const byAssumptions = new WeakMap<Assumptions, Partial<Record<'FR' | 'BE', Known>>>();

/** The regimes whose period meets the legal days [firstDay, lastDay]. */
export function regimesBetween(jurisdiction: 'FR' | 'BE', firstDay: string, lastDay: string, a: Assumptions): Regime[] {
  // A regime open until a doubtful day also governs, as a second reading, an operation known to fall by that day.
  return regimesOf(jurisdiction, a).filter((r) => r.from <= lastDay && (r.to === null || r.to >= firstDay || (r.openUntil !== undefined && lastDay <= r.openUntil)));
}

/** `day` moved inside the regime's period: the day an article version is read at for an operation of that regime. */
export function dayWithin(r: Regime, day: string): string {
  return day < r.from ? r.from : r.to !== null && day > r.to ? r.to : day;
}
