// PSD1 art. 56: the user uses the instrument per its terms, notifies loss, theft, misappropriation or unauthorised use
// without undue delay, and keeps its personalised security features safe.
import type { Article } from '../../types.js';

export const EU_PSD1_ART_56 = {
  id: 'eu.psd1.art-56',
  jurisdiction: 'EU',
  source: 'Directive 2007/64/EC of 13 November 2007 on payment services in the internal market (PSD1)',
  short: 'PSD1',
  number: 'art. 56',
  title: {
    fr: "Obligations de l'utilisateur de services de paiement liées aux instruments de paiement",
    en: 'Obligations of the payment service user in relation to payment instruments',
  },
  versions: [
    {
      from: '2007-12-25',
      to: '2018-01-12',
      enactedBy: 'directive 2007/64/CE du 13 novembre 2007',
      officialId: 'CELEX:32007L0064',
      text: {
        en: `Paraphrase (wording not retrieved). The payment service user entitled to use a payment instrument must (a) use it in accordance with the terms governing its issue and use, and (b) notify the payment service provider, or the entity specified by it, without undue delay on becoming aware of its loss, theft, misappropriation or unauthorised use; in particular, as soon as he receives the instrument, he must take all reasonable steps to keep its personalised security features safe. Transposed by CMF L133-16 and L133-17 (2009) and by art. 31 of the Belgian loi du 10 décembre 2009 (art. VII.30 CDE 2014).`,
      },
      textStatus: 'paraphrase',
      sources: [
        'http://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=CELEX%3A32007L0064%3Aen%3ANOT',
      ],
      uncertain:
        "Entry into force on 25 December 2007 (twentieth day after publication in OJ L 319 of 5.12.2007); Member States had to apply it from 1 November 2009 (Belgium only from 1 April 2010), so national texts govern transactions; EUR-Lex gives 12 January 2018 as the end of validity (repeal by Directive (EU) 2015/2366). The English wording was not retrieved: the text is a paraphrase from the research's summary and the national transpositions.",
    },
  ],
  lastVerifiedOn: '2026-12-01',
} satisfies Article;
