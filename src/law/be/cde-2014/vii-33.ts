// CDE art. VII.33 (2014-2018): correction only if the user reports the operation without delay and within thirteen months
// of the debit or credit date, unless the PSP failed its information duties.
import type { Article } from '../../types.js';

export const BE_CDE_2014_VII_33 = {
  id: 'be.cde-2014.VII.33',
  jurisdiction: 'BE',
  source: 'Code de droit économique, livre VII (loi du 19 avril 2014)',
  short: 'CDE',
  number: 'art. VII.33',
  title: {
    fr: 'Signalement sans délai et au plus tard dans les treize mois',
    en: 'Notification without delay and within thirteen months at the latest',
  },
  versions: [
    {
      from: '2014-05-29',
      to: '2018-08-08',
      enactedBy: 'loi du 19 avril 2014 (insertion du livre VII dans le Code de droit économique)',
      officialId: null,
      text: {
        fr: `L'utilisateur de services de paiement n'obtient, du prestataire de services de paiement, la correction d'une opération que s'il signale sans délai à son prestataire de services de paiement qu'il a constaté une opération de paiement non autorisée ou non correctement exécutée donnant lieu à une revendication, en ce compris une revendication visée aux articles VII. 49 à VII. 51, et au plus tard dans les treize mois suivant la date de débit ou de crédit, à moins que, le cas échéant, le prestataire de services de paiement n'ait pas fourni ou mis à disposition les informations relatives à cette opération de paiement conformément aux articles VII. 4 à VII. 26 du présent livre.`,
        nl: `[…] uiterlijk dertien maanden na de valutadatum van de debitering of creditering […]`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://www.credafin.be/blog/page/16',
        'http://wordscope.be/neerlandais/francais/opdrachten+die+dit+boek+hem+geeft.html',
        'https://etaamb.openjustice.be/fr/arrete-royal-du-19-avril-2014_n2014011345',
      ],
      uncertain:
        'The French text is complete; the Dutch text is only a fragment, which speaks of the value date (« valutadatum van de debitering of creditering ») where the French says « date de débit ou de crédit ». Entry into force taken as 29 May 2014 (A.R. du 19 avril 2014; a consolidated site labels the chapter « entrée en vigueur le 29 mai 2014 »); the exact day for the payment-services title is uncertain.',
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
