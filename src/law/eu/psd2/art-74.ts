// PSD2 art. 74: the payer may bear up to EUR 50; exceptions (not detectable, PSP staff); all losses for fraud, intent or gross
// negligence; nothing (except fraud) without strong customer authentication, after notification or without notification means.
import type { Article } from '../../types.js';

export const EU_PSD2_ART_74 = {
  id: 'eu.psd2.art-74',
  jurisdiction: 'EU',
  source: 'Directive (EU) 2015/2366 of 25 November 2015 on payment services in the internal market (PSD2)',
  short: 'PSD2',
  number: 'art. 74',
  title: {
    fr: "Responsabilité du payeur en cas d'opération non autorisée (50 EUR, négligence grave, authentification forte)",
    en: "Payer's liability for unauthorised payment transactions (EUR 50, gross negligence, strong customer authentication)",
  },
  versions: [
    {
      from: '2018-01-13',
      to: null,
      enactedBy: 'directive (UE) 2015/2366 du 25 novembre 2015',
      officialId: 'CELEX:32015L2366',
      text: {
        en: `1. By way of derogation from Article 73, the payer may be obliged to bear the losses relating to any unauthorised payment transactions, up to a maximum of EUR 50, resulting from the use of a lost or stolen payment instrument or from the misappropriation of a payment instrument.
The first subparagraph shall not apply if: (a) the loss, theft or misappropriation of a payment instrument was not detectable to the payer prior to a payment, except where the payer has acted fraudulently; or (b) the loss was caused by acts or lack of action of an employee, agent or branch of a payment service provider or of an entity to which its activities were outsourced.
The payer shall bear all of the losses relating to any unauthorised payment transactions if they were incurred by the payer acting fraudulently or failing to fulfil one or more of the obligations set out in Article 69 with intent or gross negligence. In such cases, the maximum amount referred to in the first subparagraph shall not apply.
[…]
2. Where the payer's payment service provider does not require strong customer authentication, the payer shall not bear any financial losses unless the payer has acted fraudulently. Where the payee or the payment service provider of the payee fails to accept strong customer authentication, it shall refund the financial damage caused to the payer's payment service provider.
3. […]`,
      },
      textStatus: 'partial',
      sources: [
        'https://service.betterregulation.com/document/208827',
        'http://blog.euroforum.nl/finance-control/psd2-sca-and-liability-shift-ebas-understanding-challenged/',
      ],
      uncertain:
        "A further subparagraph of paragraph 1 (Member States may reduce the payer's liability where he acted neither fraudulently nor with intent) was not retrieved verbatim, nor was paragraph 3, known in substance only: except for fraud, no financial consequences after notification under art. 69(1)(b), and no liability if the PSP did not provide the notification means required by art. 70(1)(c). Paragraph 2 is quoted from a secondary page (euroforum.nl). The strong customer authentication requirements apply with the RTS (Delegated Regulation (EU) 2018/389) from 14 September 2019, not from 13 January 2018.",
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
