// Belgian loi du 10 décembre 2009, art. 34 (number inferred): thirteen-month limit to report an unauthorised operation.
// Text not retrieved; substance of art. VII.33 CDE (2014).
import type { Article } from '../../types.js';

export const BE_LOI_2009_ART_34 = {
  id: 'be.loi-2009-12-10.art-34',
  jurisdiction: 'BE',
  source: 'Loi du 10 décembre 2009 relative aux services de paiement',
  short: 'loi 10.12.2009',
  number: 'art. 34',
  title: {
    fr: 'Signalement sans délai et au plus tard dans les treize mois',
    en: 'Notification without delay and within thirteen months at the latest',
  },
  versions: [
    {
      from: '2010-04-01',
      to: '2014-05-28',
      enactedBy: 'loi du 10 décembre 2009 relative aux services de paiement',
      officialId: '2009011539',
      text: {
        fr: `Texte non retrouvé. Sa substance est celle de l'art. VII.33 CDE (2014) : l'utilisateur n'obtient la correction d'une opération de paiement non autorisée ou mal exécutée que s'il la signale sans délai à son prestataire de services de paiement et au plus tard dans les treize mois suivant la date de débit ou de crédit, à moins que le prestataire n'ait pas fourni ou mis à disposition les informations relatives à cette opération. La numérotation (art. 34) est déduite de la correspondance entre les art. VII.33 à VII.36 CDE (2014) et les art. 34 à 37 de la loi de 2009.`,
      },
      textStatus: 'paraphrase',
      sources: [
        'https://etaamb.openjustice.be/fr/loi-du-10-decembre-2009_n2009011539',
        'https://www.credafin.be/blog/page/16',
      ],
      uncertain:
        'The wording was not retrieved and the article number is inferred (art. VII.33 to VII.36 CDE 2014 = art. 34 to 37), not confirmed by a source. The switch to book VII of the CDE is dated 29 May 2014 (A.R. du 19 avril 2014), but the exact day for the payment-services title is uncertain, so the end date (28 May 2014) is uncertain.',
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
