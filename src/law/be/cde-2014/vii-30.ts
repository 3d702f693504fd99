// CDE art. VII.30 (2014-2018): the user uses the instrument per its terms, notifies loss, theft or misuse without delay,
// and keeps the instrument and its personalised security features safe.
import type { Article } from '../../types.js';

export const BE_CDE_2014_VII_30 = {
  id: 'be.cde-2014.VII.30',
  jurisdiction: 'BE',
  source: 'Code de droit économique, livre VII (loi du 19 avril 2014)',
  short: 'CDE',
  number: 'art. VII.30',
  title: {
    fr: "Obligations de l'utilisateur habilité à utiliser un instrument de paiement",
    en: 'Obligations of the user entitled to use a payment instrument',
  },
  versions: [
    {
      from: '2014-05-29',
      to: '2018-08-08',
      enactedBy: 'loi du 19 avril 2014 (insertion du livre VII dans le Code de droit économique)',
      officialId: null,
      text: {
        fr: `§ 1er. L'utilisateur de services de paiement habilité à utiliser un instrument de paiement a les obligations suivantes : 1° il utilise l'instrument de paiement conformément aux conditions régissant l'émission et l'utilisation de cet instrument de paiement ; 2° lorsqu'il a connaissance de la perte, du vol, du détournement ou de toute utilisation non autorisée de son instrument de paiement, il en informe sans délai son prestataire de services de paiement ou l'entité indiquée par celui-ci.
§ 2. En application du § 1er, 1°, l'utilisateur de services de paiement prend, dès qu'il reçoit un instrument de paiement, toutes les mesures raisonnables afin de préserver la sécurité de l'instrument de paiement et de ses dispositifs de sécurité personnalisés.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://credafin.be/droit-economique/les-services-de-paiement-5-2',
        'https://etaamb.openjustice.be/fr/arrete-royal-du-19-avril-2014_n2014011345',
      ],
      uncertain:
        'Entry into force taken as 29 May 2014 (A.R. du 19 avril 2014; a consolidated site labels the chapter « entrée en vigueur le 29 mai 2014 »); the exact day for the payment-services title is uncertain.',
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
