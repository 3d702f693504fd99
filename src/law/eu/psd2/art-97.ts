// PSD2 art. 97: the PSP applies strong customer authentication when the payer accesses his account online, initiates an
// electronic payment or acts remotely with a risk of fraud; dynamic linking for remote electronic payments.
import type { Article } from '../../types.js';

export const EU_PSD2_ART_97 = {
  id: 'eu.psd2.art-97',
  jurisdiction: 'EU',
  source: 'Directive (EU) 2015/2366 of 25 November 2015 on payment services in the internal market (PSD2)',
  short: 'PSD2',
  number: 'art. 97',
  title: {
    fr: 'Authentification (authentification forte du client)',
    en: 'Authentication (strong customer authentication)',
  },
  versions: [
    {
      from: '2018-01-13',
      to: null,
      enactedBy: 'directive (UE) 2015/2366 du 25 novembre 2015',
      officialId: 'CELEX:32015L2366',
      text: {
        en: `1. Member States shall ensure that a payment service provider applies strong customer authentication where the payer: (a) accesses its payment account online; (b) initiates an electronic payment transaction; (c) carries out any action through a remote channel which may imply a risk of payment fraud or other abuses.
[…]`,
      },
      textStatus: 'partial',
      sources: [
        'https://syndarferd.com/7tkui/da2c3e-psd2-article-97',
        'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072026/articles/LEGIARTI000035407334',
      ],
      uncertain:
        'Paragraph 1 is quoted from a secondary page (syndarferd.com), not checked on EUR-Lex. Paragraph 2 (for remote electronic payment transactions, elements dynamically linking the transaction to a specific amount and payee) is known in substance only, as mirrored in CMF L133-44 II; the other paragraphs were not retrieved. The strong customer authentication requirements apply with the RTS (Delegated Regulation (EU) 2018/389) from 14 September 2019, not from 13 January 2018.',
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
