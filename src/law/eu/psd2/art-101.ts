// PSD2 art. 101(2): the PSP answers a complaint within 15 business days, 35 at most after a reasoned holding reply.
import type { Article } from '../../types.js';

export const EU_PSD2_ART_101 = {
  id: 'eu.psd2.art-101',
  jurisdiction: 'EU',
  source: 'Directive (EU) 2015/2366 of 25 November 2015 on payment services in the internal market (PSD2)',
  short: 'PSD2',
  number: 'art. 101',
  title: {
    fr: 'Règlement des litiges : réponse aux réclamations dans les 15 jours ouvrables (35 au plus)',
    en: 'Dispute resolution: reply to complaints within 15 business days (35 at most)',
  },
  versions: [
    {
      from: '2018-01-13',
      to: null,
      enactedBy: 'directive (UE) 2015/2366 du 25 novembre 2015',
      officialId: 'CELEX:32015L2366',
      text: {
        en: `Paraphrase of paragraph 2: the payment service provider replies on paper or another agreed durable medium, addressing all points raised, within an adequate timeframe and at the latest within 15 business days of receipt of the complaint; in exceptional situations, for reasons beyond its control, it sends a holding reply giving the reasons for the delay and the date of the final reply, which may not be later than 35 business days after receipt.`,
      },
      textStatus: 'paraphrase',
      sources: ['https://eur-lex.europa.eu/eli/dir/2015/2366/oj', 'French transposition with the same periods: CMF L133-45 (verbatim in fr/cmf/l133-45.ts)'],
      uncertain:
        'The wording was not retrieved verbatim; the periods match the French transposition (CMF L133-45). The Belgian article transposing it (CDE book VII, from 9 August 2018) was not identified, so Belgian deadlines cite the directive.',
    },
  ],
  lastVerifiedOn: '2026-12-04',
} satisfies Article;
