// CMF art. L133-1-1: card payments with the payer's PSP in Saint-Pierre-et-Miquelon/Saint-Barthélemy or the payee's PSP
// outside the EEA: sections 5-6 apply, a cap even without security data, 70 days (max. 120) to report.
import type { Article } from '../../types.js';

export const L133_1_1 = {
  id: 'fr.cmf.L133-1-1',
  jurisdiction: 'FR',
  source: 'Code monétaire et financier',
  short: 'CMF',
  number: 'L133-1-1',
  title: {
    fr: 'Saint-Pierre-et-Miquelon, Saint-Barthélemy, PSP du bénéficiaire hors EEE : règles applicables aux cartes (plafond, 70/120 jours)',
    en: "Saint-Pierre-et-Miquelon, Saint-Barthélemy, payee's PSP outside the EEA: rules for cards (cap, 70/120 days)",
  },
  versions: [
    {
      from: '2009-11-01',
      to: '2010-07-02',
      enactedBy: 'ord. n° 2009-866 du 15 juillet 2009',
      officialId: null,
      text: {
        fr: `I.-Si le prestataire de services de paiement du payeur est situé à Saint-Pierre-et-Miquelon ou à Mayotte et que le prestataire de services de paiement du bénéficiaire est situé hors de France, quelle que soit la devise utilisée pour l'opération de paiement, les dispositions suivantes s'appliquent :
a) Les dispositions de la section 5 du présent chapitre ;
b) Les dispositions de la section 6 du présent chapitre pour les opérations de paiement par carte non autorisées. Dans ce cas, par dérogation au deuxième alinéa du I de l'article L. 133-19, le payeur supporte, avant l'information prévue à l'article L. 133-17, les pertes liées à l'utilisation de l'instrument perdu ou volé dans la limite d'un plafond de 150 € en cas d'opération de paiement non autorisée effectuée sans utilisation du dispositif de sécurité personnalisé ;
c) Les dispositions du premier alinéa de l'article L. 133-23 et de l'article L. 133-24 pour les opérations de paiement par carte non autorisées. Dans ce cas, par dérogation à l'article L. 133-24, le délai de treize mois est ramené à soixante-dix jours. Il peut être prolongé contractuellement sans pouvoir dépasser cent vingt jours.
II.-Les dispositions du I s'appliquent également si le prestataire de services de paiement du payeur est situé sur le territoire de la France métropolitaine, dans les départements d'outre-mer, à Saint-Martin ou à Saint-Barthélemy et que le prestataire de services de paiement du bénéficiaire est situé dans un Etat qui n'est pas membre de la Communauté européenne ni partie à l'accord sur l'Espace économique européen, quelle que soit la devise utilisée pour l'opération de paiement.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/4c2a2cf55d6414b021b218823c7c0556f70f7c39/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-1/article-l133-1-1.md',
      ],
    },
    {
      from: '2010-07-03',
      to: '2013-12-31',
      enactedBy: 'loi n° 2010-737 du 1er juillet 2010',
      officialId: null,
      text: {
        fr: `I.-Si le prestataire de services de paiement du payeur est situé à Saint-Pierre-et-Miquelon ou à Mayotte et que le prestataire de services de paiement du bénéficiaire est situé hors de France, quelle que soit la devise utilisée pour l'opération de paiement, les dispositions suivantes s'appliquent :
a) Les dispositions de la section 5 du présent chapitre ;
b) Les dispositions de la section 6 du présent chapitre pour les opérations de paiement par carte non autorisées. Dans ce cas, par dérogation au deuxième alinéa du I de l'article L. 133-19, le payeur supporte, avant l'information prévue à l'article L. 133-17, les pertes liées à l'utilisation de l'instrument perdu ou volé dans la limite d'un plafond de 150 € en cas d'opération de paiement non autorisée effectuée sans utilisation du dispositif de sécurité personnalisé ;
c) Les dispositions du premier alinéa de l'article L. 133-23 et de l'article L. 133-24 pour les opérations de paiement par carte non autorisées. Dans ce cas, par dérogation à l'article L. 133-24, le délai de treize mois est ramené à soixante-dix jours. Il peut être prolongé contractuellement sans pouvoir dépasser cent vingt jours ;
d) Les dispositions du II de l'article L. 133-26.
II.-Les dispositions du I s'appliquent également si le prestataire de services de paiement du payeur est situé sur le territoire de la France métropolitaine, dans les départements d'outre-mer, à Saint-Martin ou à Saint-Barthélemy et que le prestataire de services de paiement du bénéficiaire est situé dans un Etat qui n'est pas membre de la Communauté européenne ni partie à l'accord sur l'Espace économique européen, quelle que soit la devise utilisée pour l'opération de paiement.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/75428e25ed2c3dca979839da7ef66eeeba8af69b/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-1/article-l133-1-1.md',
      ],
      uncertain:
        'Compared with 2009 this text adds d) (II of L133-26): L133-1-1 I d) applies from 03/07/2010 (Etalab commit 75428e25ed, dated 03/07/2010, loi n° 2010-737).',
    },
    {
      from: '2014-01-01',
      to: '2018-01-12',
      enactedBy: 'ord. n° 2013-79 du 25 janvier 2013',
      officialId: null,
      text: {
        fr: `I.-Si le prestataire de services de paiement du payeur est situé à Saint-Pierre-et-Miquelon et que le prestataire de services de paiement du bénéficiaire est situé hors de France, quelle que soit la devise utilisée pour l'opération de paiement, les dispositions suivantes s'appliquent :
a) Les dispositions de la section 5 du présent chapitre ;
b) Les dispositions de la section 6 du présent chapitre pour les opérations de paiement par carte non autorisées. Dans ce cas, par dérogation au deuxième alinéa du I de l'article L. 133-19, le payeur supporte, avant l'information prévue à l'article L. 133-17, les pertes liées à l'utilisation de l'instrument perdu ou volé dans la limite d'un plafond de 150 € en cas d'opération de paiement non autorisée effectuée sans utilisation du dispositif de sécurité personnalisé ;
c) Les dispositions du premier alinéa de l'article L. 133-23 et de l'article L. 133-24 pour les opérations de paiement par carte non autorisées. Dans ce cas, par dérogation à l'article L. 133-24, le délai de treize mois est ramené à soixante-dix jours. Il peut être prolongé contractuellement sans pouvoir dépasser cent vingt jours ;
d) Les dispositions du II de l'article L. 133-26.
II.-Les dispositions du I s'appliquent également si le prestataire de services de paiement du payeur est situé sur le territoire de la France métropolitaine, dans les départements d'outre-mer, dans le Département de Mayotte, à Saint-Martin ou à Saint-Barthélemy et que le prestataire de services de paiement du bénéficiaire est situé dans un Etat qui n'est pas membre de la Communauté européenne ni partie à l'accord sur l'Espace économique européen, quelle que soit la devise utilisée pour l'opération de paiement.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/0c1005872e664e48798d72d107754f6d37205c76/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-1/article-l133-1-1.md',
      ],
      uncertain:
        'Etalab commit 0c1005872e (dated 01/01/2014, ord. n° 2013-79): Mayotte moves from I to II. doctrine.fr also lists a version of 22/02/2014 (probably ord. n° 2014-158), but the Etalab history of this article has no change on that day, so this text is kept up to 12/01/2018.',
    },
    {
      from: '2018-01-13',
      to: '2018-08-05',
      enactedBy: 'ord. n° 2017-1252 du 9 août 2017',
      officialId: null,
      text: {},
      textStatus: 'not_retrieved',
      sources: [
        'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072026/articles/LEGIARTI000020861631?version=LEGIARTI000037294430',
      ],
      uncertain:
        'Only the version date is known (doctrine.fr); the text was not retrieved.',
    },
    {
      from: '2018-08-06',
      to: null,
      enactedBy: 'loi n° 2018-700 du 3 août 2018, art. 4',
      officialId: 'LEGIARTI000037294430',
      text: {
        fr: `I. – Si le prestataire de services de paiement du payeur est situé à Saint-Pierre-et-Miquelon ou à Saint-Barthélemy et que le prestataire de services de paiement du bénéficiaire est situé hors de France, quelle que soit la devise utilisée pour l'opération de paiement, les dispositions suivantes s'appliquent :
a) Les dispositions de la section 5 du présent chapitre ;
b) Les dispositions de la section 6 du présent chapitre pour les opérations de paiement par carte non autorisées. Dans ce cas, par dérogation au deuxième alinéa du I de l'article L. 133-19, le payeur supporte, avant l'information prévue à l'article L. 133-17, les pertes liées à l'utilisation de l'instrument perdu ou volé dans la limite d'un plafond de 50 € en cas d'opération de paiement non autorisée effectuée sans utilisation des données de sécurité personnalisées ;
c) Les dispositions du premier alinéa de l'article L. 133-23 et de l'article L. 133-24 pour les opérations de paiement par carte non autorisées. Dans ce cas, par dérogation à l'article L. 133-24, le délai de treize mois est ramené à soixante-dix jours. Il peut être prolongé contractuellement sans pouvoir dépasser cent vingt jours ;
d) Les dispositions du II de l'article L. 133-26.
II. – Les dispositions du I s'appliquent également si le prestataire de services de paiement du payeur est situé sur le territoire de la France métropolitaine, dans les départements d'outre-mer, dans le Département de Mayotte, à Saint-Martin ou à Saint-Barthélemy et que le prestataire de services de paiement du bénéficiaire est situé dans un Etat qui n'est pas membre de l'Union européenne ni partie à l'accord sur l'Espace économique européen, quelle que soit la devise utilisée pour l'opération de paiement.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://lexbase.fr/texte-de-loi/code-monetaire-et-financierl13311/L6425LLK.html',
        'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072026/articles/LEGIARTI000020861631?version=LEGIARTI000037294430',
      ],
    },
  ],
  lastVerifiedOn: '2026-12-04',
} satisfies Article;
