// PSD2 art. 72: the PSP proves authentication, recording and absence of deficiency; recorded use is not necessarily sufficient;
// the PSP must give supporting evidence of fraud or gross negligence.
import type { Article } from '../../types.js';

export const EU_PSD2_ART_72 = {
  id: 'eu.psd2.art-72',
  jurisdiction: 'EU',
  source: 'Directive (EU) 2015/2366 of 25 November 2015 on payment services in the internal market (PSD2)',
  short: 'PSD2',
  number: 'art. 72',
  title: {
    fr: "Preuve de l'authentification et de l'exécution des opérations de paiement",
    en: 'Evidence on authentication and execution of payment transactions',
  },
  versions: [
    {
      from: '2018-01-13',
      to: null,
      enactedBy: 'directive (UE) 2015/2366 du 25 novembre 2015',
      officialId: 'CELEX:32015L2366',
      text: {
        en: `1. Member States shall require that, where a payment service user denies having authorised an executed payment transaction or claims that the payment transaction was not correctly executed, it is for the payment service provider to prove that the payment transaction was authenticated, accurately recorded, entered in the accounts and not affected by a technical breakdown or some other deficiency of the service provided by the payment service provider. […]
2. Where a payment service user denies having authorised an executed payment transaction, the use of a payment instrument recorded by the payment service provider, including the payment initiation service provider as appropriate, shall in itself not necessarily be sufficient to prove either that the payment transaction was authorised by the payer or that the payer acted fraudulently or failed with intent or gross negligence to fulfil one or more of the obligations under Article 69. The payment service provider, including, where appropriate, the payment initiation service provider, shall provide supporting evidence to prove fraud or gross negligence on part of the payment service user.`,
      },
      textStatus: 'partial',
      sources: [
        'https://www.lewik.org/term/16550/evidence-on-authentication-and-execution-of-payment-transactions-article-72-psd2',
        'https://legislation.gov.uk/eudr/2015/2366/article/72',
      ],
      uncertain:
        'The end of paragraph 1 (marked […], on the payment initiation service provider) was not retrieved.',
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
