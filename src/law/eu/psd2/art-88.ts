// PSD2 art. 88: a payment order executed in accordance with the unique identifier is deemed correctly executed; the
// payer's PSP must still try to recover the funds and, failing that, give the payer the information to sue.
import type { Article } from '../../types.js';

export const EU_PSD2_ART_88 = {
  id: 'eu.psd2.art-88',
  jurisdiction: 'EU',
  source: 'Directive (EU) 2015/2366 of 25 November 2015 on payment services in the internal market (PSD2)',
  short: 'PSD2',
  number: 'art. 88',
  title: {
    fr: 'Identifiant unique inexact : pas de responsabilité du prestataire, mais obligation de tenter de récupérer les fonds et d\'informer',
    en: 'Incorrect unique identifier: no PSP liability, but a duty to try to recover the funds and to inform',
  },
  versions: [
    {
      from: '2018-01-13',
      to: null,
      enactedBy: 'directive (UE) 2015/2366 du 25 novembre 2015',
      officialId: 'CELEX:32015L2366',
      text: {
        en: `1. If a payment order is executed in accordance with the unique identifier, the payment order shall be deemed to have been executed correctly with regard to the payee specified by the unique identifier.
2. If the unique identifier provided by the payment service user is incorrect, the payment service provider shall not be liable […] for non-execution or defective execution of the payment transaction.
3. However, the payer's payment service provider shall make reasonable efforts to recover the funds involved in the payment transaction. […] [Paraphrase:] the payee's PSP cooperates, and where recovery is not possible the payer's PSP provides the payer, upon written request, all information available to it and relevant for the payer to file a legal claim to recover the funds.
[…]`,
      },
      textStatus: 'partial',
      sources: [
        'http://webiis05.mondaq.com/Finance-and-Banking/872562/Mind-Your-IBANS-Says-CJEU',
        'http://www.opengov.gr/minfin/?p=8017',
      ],
      uncertain:
        'Paragraphs 1–3, first sentence, are quoted from PSD1 art. 74, which the source states art. 88 reproduces; the cooperation and information sentences are paraphrased from the Greek transposition. The Belgian article transposing it (CDE book VII, 2018) was not identified, so Belgian cases cite the directive.',
    },
  ],
  lastVerifiedOn: '2026-12-04',
} satisfies Article;
