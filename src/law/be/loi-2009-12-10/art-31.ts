// Belgian loi du 10 décembre 2009, art. 31: the payment service user's obligations (use per the terms, safekeeping,
// notification without delay). Text not retrieved; substance of art. VII.30 CDE (2014).
import type { Article } from '../../types.js';

export const BE_LOI_2009_ART_31 = {
  id: 'be.loi-2009-12-10.art-31',
  jurisdiction: 'BE',
  source: 'Loi du 10 décembre 2009 relative aux services de paiement',
  short: 'loi 10.12.2009',
  number: 'art. 31',
  title: {
    fr: "Obligations de l'utilisateur de services de paiement",
    en: "Payment service user's obligations",
  },
  versions: [
    {
      from: '2010-04-01',
      to: '2014-05-28',
      enactedBy: 'loi du 10 décembre 2009 relative aux services de paiement',
      officialId: '2009011539',
      text: {
        fr: `Texte non retrouvé. Sa substance est celle de l'art. VII.30 CDE (2014), qui a codifié la loi de 2009 : l'utilisateur de services de paiement utilise l'instrument de paiement conformément aux conditions régissant son émission et son utilisation ; dès qu'il reçoit l'instrument, il prend toutes les mesures raisonnables pour préserver la sécurité de l'instrument et de ses dispositifs de sécurité personnalisés ; il informe sans délai son prestataire de services de paiement, ou l'entité indiquée par celui-ci, de la perte, du vol, du détournement ou de toute utilisation non autorisée de l'instrument.`,
      },
      textStatus: 'paraphrase',
      sources: [
        'https://etaamb.openjustice.be/fr/loi-du-10-decembre-2009_n2009011539',
        'http://baes.be/tag/onrechtmatig-gebruik/',
        'https://credafin.be/droit-economique/les-services-de-paiement-5-2',
      ],
      uncertain:
        "The wording was not retrieved; that art. 31 holds the user's obligations comes from a secondary source (baes.be), and its content is taken from art. VII.30 CDE (2014), said by the research to have the same substance. The switch to book VII of the CDE is dated 29 May 2014 (A.R. du 19 avril 2014), but the exact day for the payment-services title is uncertain, so the end date (28 May 2014) is uncertain.",
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
