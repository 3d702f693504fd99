// CMF art. L133-2: which provisions of the chapter a framework contract may set aside
// when the user is not a consumer.
import type { Article } from '../../types.js';

export const L133_2 = {
  id: 'fr.cmf.L133-2',
  jurisdiction: 'FR',
  source: 'Code monétaire et financier',
  short: 'CMF',
  number: 'L133-2',
  title: {
    fr: 'Dérogations contractuelles pour les utilisateurs non consommateurs',
    en: 'Contractual derogations for non-consumer users',
  },
  versions: [
    {
      from: '2009-11-01',
      to: '2010-07-02',
      enactedBy: 'ord. n° 2009-866 du 15 juillet 2009',
      officialId: null,
      text: {
        fr: `Sauf dans les cas où l'utilisateur est une personne physique agissant pour des besoins non professionnels, il peut être dérogé par contrat aux dispositions de l'article L. 133-1-1, du deuxième alinéa de l'article L. 133-7, des articles L. 133-8, L. 133-19, L. 133-20, L. 133-22, L. 133-23, L. 133-25, L. 133-25-1, L. 133-25-2 et au I de l'article L. 133-26.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/4c2a2cf55d6414b021b218823c7c0556f70f7c39/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-1/article-l133-2.md',
      ],
    },
    {
      from: '2010-07-03',
      to: '2018-01-12',
      enactedBy: 'loi n° 2010-737 du 1er juillet 2010',
      officialId: null,
      text: {
        fr: `Sauf dans les cas où l'utilisateur est une personne physique agissant pour des besoins non professionnels, il peut être dérogé par contrat aux dispositions de l'article L. 133-1-1, des troisième et quatrième alinéas de l'article L. 133-7, des articles L. 133-8, L. 133-19, L. 133-20, L. 133-22, L. 133-23, L. 133-25, L. 133-25-1, L. 133-25-2 et au I de l'article L. 133-26.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/75428e25ed2c3dca979839da7ef66eeeba8af69b/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-1/article-l133-2.md',
      ],
      uncertain:
        "Etalab commit 75428e25ed (dated 03/07/2010, loi n° 2010-737) replaces « du deuxième alinéa de l'article L. 133-7 » by « des troisième et quatrième alinéas de l'article L. 133-7 »: from this day a non-consumer may waive only the withdrawal of consent. Which paragraph PSD1 art. 51(1) meant is not settled, so a derogation from L133-7 al. 2 for an operation of 01/11/2009–02/07/2010 is for a judge (fr.md R-SCOPE-2).",
    },
    {
      from: '2018-01-13',
      to: '2018-08-05',
      enactedBy: 'ord. n° 2017-1252 du 9 août 2017',
      officialId: null,
      text: {},
      textStatus: 'not_retrieved',
      sources: [],
      uncertain:
        'Text not retrieved; the 2018 version dates come from the Wallis-et-Futuna applicability table of L734-3, not from a consolidated version of this article.',
    },
    {
      from: '2018-08-06',
      to: null,
      enactedBy: 'loi n° 2018-700 du 3 août 2018',
      officialId: null,
      text: {
        en: `Except in cases where the user is a natural person acting for non-business purposes, the provisions of article L. 133-1-1, the last two paragraphs of article L. 133-7, articles L. 133-8, L. 133-19, L. 133-20, L. 133-22, L. 133-23, L. 133-25, L. 133-25-1, L. 133-25-2 and the I and III of article L. 133-26 may be waived by contract.`,
      },
      textStatus: 'translation',
      sources: [
        'https://french-business-law.com/french-legislation/legiscta000006139711-legiscta000035430490-chapter-iii-rules-applicable-to-other-payment-instruments-and-access-to-accounts',
      ],
      uncertain:
        'Only an English translation (french-business-law.com) was found; the French wording was not retrieved. The version date comes from the L734-3 applicability table.',
    },
  ],
  lastVerifiedOn: '2026-12-04',
} satisfies Article;
