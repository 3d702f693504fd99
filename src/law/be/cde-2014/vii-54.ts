// CDE art. VII.54 (2014-2018): when the user is not a consumer, the parties may set aside the evidence and liability rules
// and agree another notification period.
import type { Article } from '../../types.js';

export const BE_CDE_2014_VII_54 = {
  id: 'be.cde-2014.VII.54',
  jurisdiction: 'BE',
  source: 'Code de droit économique, livre VII (loi du 19 avril 2014)',
  short: 'CDE',
  number: 'art. VII.54',
  title: {
    fr: 'Utilisateurs non consommateurs : dérogations conventionnelles',
    en: 'Non-consumer users: contractual derogations',
  },
  versions: [
    {
      from: '2014-05-29',
      to: '2018-08-08',
      enactedBy: 'loi du 19 avril 2014 (insertion du livre VII dans le Code de droit économique)',
      officialId: null,
      text: {
        fr: `Lorsque l'utilisateur de services de paiement n'est pas un consommateur, les parties peuvent décider que les articles VII. 27, § 3, VII. 28, VII. 34, VII. 36 à VII. 38, VII. 41, VII. 49 à VII. 51, et VII. 55, § 1er, ne s'appliquent pas, en tout ou partie. Les parties peuvent également convenir d'un délai distinct de celui fixé à l'article VII. 33.
[…]`,
      },
      textStatus: 'partial',
      sources: [
        'https://credafin.be/droit-economique/les-services-de-paiement-7',
        'https://etaamb.openjustice.be/fr/arrete-royal-du-19-avril-2014_n2014011345',
      ],
      uncertain:
        'Quoted by the source as an extract; the rest of the article was not retrieved. Entry into force taken as 29 May 2014 (A.R. du 19 avril 2014; a consolidated site labels the chapter « entrée en vigueur le 29 mai 2014 »); the exact day for the payment-services title is uncertain.',
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
