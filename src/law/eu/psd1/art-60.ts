// PSD1 art. 60: the payer's PSP refunds an unauthorised transaction immediately and restores the debited account.
import type { Article } from '../../types.js';

export const EU_PSD1_ART_60 = {
  id: 'eu.psd1.art-60',
  jurisdiction: 'EU',
  source: 'Directive 2007/64/EC of 13 November 2007 on payment services in the internal market (PSD1)',
  short: 'PSD1',
  number: 'art. 60',
  title: {
    fr: "Responsabilité du prestataire en cas d'opération non autorisée (remboursement immédiat)",
    en: "Payment service provider's liability for unauthorised payment transactions (immediate refund)",
  },
  versions: [
    {
      from: '2007-12-25',
      to: '2018-01-12',
      enactedBy: 'directive 2007/64/CE du 13 novembre 2007',
      officialId: 'CELEX:32007L0064',
      text: {
        en: `Paraphrase (wording not retrieved). Without prejudice to art. 58, in the case of an unauthorised payment transaction the payer's payment service provider refunds the amount immediately and, where applicable, restores the debited payment account to the state in which it would have been had the unauthorised transaction not taken place. Transposed by CMF L133-18 (2009) and art. VII.35 CDE (2014).`,
      },
      textStatus: 'paraphrase',
      sources: [
        'http://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=CELEX%3A32007L0064%3Aen%3ANOT',
      ],
      uncertain:
        "Entry into force on 25 December 2007 (twentieth day after publication in OJ L 319 of 5.12.2007); Member States had to apply it from 1 November 2009 (Belgium only from 1 April 2010), so national texts govern transactions; EUR-Lex gives 12 January 2018 as the end of validity (repeal by Directive (EU) 2015/2366). The English wording was not retrieved: the text is a paraphrase from the research's summary and the national transpositions. A second paragraph allowing further financial compensation under the law applicable to the contract is believed to exist (cf. the « indemnité complémentaire » of CMF L133-18, 2009) but was not retrieved.",
    },
  ],
  lastVerifiedOn: '2026-12-01',
} satisfies Article;
