// PSD2 art. 73: the payer's PSP refunds an unauthorised transaction immediately, at the latest by the end of the next business day,
// unless it reports reasonable grounds to suspect fraud to the national authority.
import type { Article } from '../../types.js';

export const EU_PSD2_ART_73 = {
  id: 'eu.psd2.art-73',
  jurisdiction: 'EU',
  source: 'Directive (EU) 2015/2366 of 25 November 2015 on payment services in the internal market (PSD2)',
  short: 'PSD2',
  number: 'art. 73',
  title: {
    fr: "Responsabilité du prestataire en cas d'opération non autorisée (remboursement au plus tard le jour ouvrable suivant)",
    en: "Payment service provider's liability for unauthorised payment transactions (refund by the end of the following business day)",
  },
  versions: [
    {
      from: '2018-01-13',
      to: null,
      enactedBy: 'directive (UE) 2015/2366 du 25 novembre 2015',
      officialId: 'CELEX:32015L2366',
      text: {
        en: `1. Member States shall ensure that, without prejudice to Article 71, in the case of an unauthorised payment transaction, the payer's payment service provider refunds the payer the amount of the unauthorised payment transaction immediately, and in any event no later than by the end of the following business day, after noting or being notified of the transaction, except where the payer's payment service provider has reasonable grounds for suspecting fraud and communicates those grounds to the relevant national authority in writing. Where applicable, the payer's payment service provider shall restore the debited payment account to the state in which it would have been had the unauthorised payment transaction not taken place. This shall also ensure that the credit value date for the payer's payment account shall be no later than the date the amount had been debited.
[…]`,
      },
      textStatus: 'partial',
      sources: [
        'https://service.betterregulation.com/document/208826',
      ],
      uncertain:
        'Only paragraph 1 was retrieved; the following paragraphs (payment initiation case, further financial compensation) were not.',
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
