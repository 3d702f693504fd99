// PSD2 art. 71: rectification only if the user notifies without undue delay and no later than 13 months after the debit date.
import type { Article } from '../../types.js';

export const EU_PSD2_ART_71 = {
  id: 'eu.psd2.art-71',
  jurisdiction: 'EU',
  source: 'Directive (EU) 2015/2366 of 25 November 2015 on payment services in the internal market (PSD2)',
  short: 'PSD2',
  number: 'art. 71',
  title: {
    fr: 'Notification et rectification des opérations non autorisées ou mal exécutées (treize mois)',
    en: 'Notification and rectification of unauthorised or incorrectly executed payment transactions (thirteen months)',
  },
  versions: [
    {
      from: '2018-01-13',
      to: null,
      enactedBy: 'directive (UE) 2015/2366 du 25 novembre 2015',
      officialId: 'CELEX:32015L2366',
      text: {
        en: `Paraphrase from the German text (English wording not retrieved). The payment service user obtains rectification of an unauthorised or incorrectly executed payment transaction from the payment service provider only if he notifies it without undue delay on becoming aware of the transaction, and no later than 13 months after the debit date; these time limits do not apply where the provider failed to provide or make available the information on the transaction in accordance with Title III. Where a payment initiation service provider is involved, the user obtains rectification from the account-servicing payment service provider.`,
      },
      textStatus: 'paraphrase',
      sources: [
        'https://judict.eu/de/hla/32015L2366/article-71',
      ],
      uncertain:
        'The English wording was not retrieved; the text paraphrases the German version.',
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
