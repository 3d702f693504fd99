// CDE art. VII.189 (2014-2018): a PSP that breached VII.13, 5°, a) and c) or VII.31, 1° and 3° remains liable for all consequences
// of use by an unauthorised third party, unless it proves the payer's fraud.
import type { Article } from '../../types.js';

export const BE_CDE_2014_VII_189 = {
  id: 'be.cde-2014.VII.189',
  jurisdiction: 'BE',
  source: 'Code de droit économique, livre VII (loi du 19 avril 2014)',
  short: 'CDE',
  number: 'art. VII.189',
  title: {
    fr: 'Sanction civile : responsabilité du prestataire qui manque à ses obligations de sécurité',
    en: 'Civil sanction: liability of a PSP in breach of its security duties',
  },
  versions: [
    {
      from: '2014-05-29',
      to: '2018-08-08',
      enactedBy: 'loi du 19 avril 2014 (insertion du livre VII dans le Code de droit économique)',
      officialId: null,
      text: {
        fr: `Sauf s'il prouve que le payeur a agi frauduleusement, le prestataire de services de paiement reste responsable à l'égard de l'utilisateur de services de paiement, de toutes les conséquences résultant de l'usage d'un instrument de paiement par un tiers non autorisé en cas de non-respect par le prestataire de services de paiement des obligations qu'il a en vertu des articles VII. 13, 5°, a) et c) et VII. 31, 1° et 3°.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://www.credafin.be/droit-economique/sanctions-civiles-services-paiement',
        'https://etaamb.openjustice.be/fr/arrete-royal-du-19-avril-2014_n2014011345',
      ],
      uncertain:
        'Entry into force taken as 29 May 2014 (A.R. du 19 avril 2014; a consolidated site labels the chapter « entrée en vigueur le 29 mai 2014 »); the exact day for the payment-services title is uncertain.',
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
