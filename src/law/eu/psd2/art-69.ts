// PSD2 art. 69: the user uses the instrument per its terms, notifies loss, theft, misappropriation or unauthorised use
// without undue delay, and keeps the personalised security credentials safe.
import type { Article } from '../../types.js';

export const EU_PSD2_ART_69 = {
  id: 'eu.psd2.art-69',
  jurisdiction: 'EU',
  source: 'Directive (EU) 2015/2366 of 25 November 2015 on payment services in the internal market (PSD2)',
  short: 'PSD2',
  number: 'art. 69',
  title: {
    fr: "Obligations de l'utilisateur de services de paiement liées aux instruments de paiement et aux données de sécurité personnalisées",
    en: 'Obligations of the payment service user in relation to payment instruments and personalised security credentials',
  },
  versions: [
    {
      from: '2018-01-13',
      to: null,
      enactedBy: 'directive (UE) 2015/2366 du 25 novembre 2015',
      officialId: 'CELEX:32015L2366',
      text: {
        en: `1. The payment service user entitled to use a payment instrument shall: (a) use the payment instrument in accordance with the terms governing the issue and use of the payment instrument, which must be objective, non-discriminatory and proportionate; (b) notify the payment service provider, or the entity specified by the latter, without undue delay on becoming aware of the loss, theft, misappropriation or unauthorised use of the payment instrument.
2. For the purposes of point (a) of paragraph 1, the payment service user shall, in particular, as soon as in receipt of a payment instrument, take all reasonable steps to keep its personalised security credentials safe.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://www.eba.europa.eu/regulation-and-policy/single-rulebook/interactive-single-rulebook/5600',
      ],
    },
  ],
  lastVerifiedOn: '2026-12-01',
} satisfies Article;
