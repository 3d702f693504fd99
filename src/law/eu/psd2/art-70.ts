// PSD2 art. 70: the issuing PSP's duties (credentials kept from others, no unsolicited instrument, notification means at all times,
// proof of notification for 18 months).
import type { Article } from '../../types.js';

export const EU_PSD2_ART_70 = {
  id: 'eu.psd2.art-70',
  jurisdiction: 'EU',
  source: 'Directive (EU) 2015/2366 of 25 November 2015 on payment services in the internal market (PSD2)',
  short: 'PSD2',
  number: 'art. 70',
  title: {
    fr: 'Obligations du prestataire liées aux instruments de paiement',
    en: 'Obligations of the payment service provider in relation to payment instruments',
  },
  versions: [
    {
      from: '2018-01-13',
      to: null,
      enactedBy: 'directive (UE) 2015/2366 du 25 novembre 2015',
      officialId: 'CELEX:32015L2366',
      text: {
        en: `1. The payment service provider issuing a payment instrument shall: (a) make sure that the personalised security credentials are not accessible to parties other than the payment service user that is entitled to use the payment instrument, without prejudice to the obligations on the payment service user set out in Article 69; (b) refrain from sending an unsolicited payment instrument, except where a payment instrument already given to the payment service user is to be replaced; (c) ensure that appropriate means are available at all times to enable the payment service user to make a notification pursuant to point (b) of Article 69(1) or to request unblocking of the payment instrument pursuant to Article 68(4); on request, the payment service provider shall provide the payment service user with the means to prove, for 18 months after notification, that the payment service user made such a notification; […]`,
      },
      textStatus: 'partial',
      sources: [
        'https://service.betterregulation.com/document/208823',
      ],
      uncertain:
        'Only paragraph 1, points (a) to (c), was retrieved; the rest of paragraph 1 and paragraph 2 were not.',
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
