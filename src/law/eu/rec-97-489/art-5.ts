// Recommendation 97/489/EC, art. 5: the holder's obligations (use per the terms and keep instrument and code safe, notify
// loss, theft or unauthorised entries without delay, do not write down the code, do not countermand an order).
import type { Article } from '../../types.js';

export const EU_REC_97_489_ART_5 = {
  id: 'eu.rec-97-489.art-5',
  jurisdiction: 'EU',
  source: 'Commission Recommendation 97/489/EC of 30 July 1997 concerning transactions by electronic payment instruments and in particular the relationship between issuer and holder (OJ L 208, 2.8.1997, p. 52)',
  short: 'Rec. 97/489/CE',
  number: 'art. 5',
  title: {
    fr: 'Obligations du titulaire',
    en: 'Obligations of the holder',
  },
  versions: [
    {
      from: '1997-08-02',
      to: '2009-10-31',
      enactedBy: 'recommandation 97/489/CE de la Commission du 30 juillet 1997',
      officialId: 'CELEX:31997H0489',
      text: {
        en: `Paraphrase (wording not retrieved). The holder should: (a) use the electronic payment instrument in accordance with the terms governing its issue and use, and in particular take all reasonable steps to keep safe the instrument and the means (such as a personal identification number or other code) which enable it to be used; (b) notify the issuer, or the entity specified by the issuer, without delay after becoming aware of the loss or theft of the instrument or of the means enabling its use, of the recording on his account of any unauthorised transaction, or of any error or irregularity in the keeping of his account; (c) not record his personal identification number or other code in an easily recognisable form, in particular on the instrument or on anything kept or carried with it; (d) not countermand an order given by means of the instrument, except where its amount was not determined when the order was given.`,
      },
      textStatus: 'paraphrase',
      sources: [
        'http://data.europa.eu/eli/reco/1997/489/oj',
        'https://eur-lex.europa.eu/legal-content/MT/TXT/?uri=CELEX%3A31997H0489',
        'http://europa.eu/legislation_summaries/information_society/other_policies/l24182_en.htm',
        'https://www.anacom.pt/render.jsp?contentId=985999&languageId=1',
      ],
      uncertain:
        "The wording of the Recommendation was not retrieved (the pages found give only its opening and a summary): the stored text is a paraphrase written from the reviewer's knowledge of the Recommendation, consistent with the EUR-Lex summary and with its Belgian transposition (loi du 17 juillet 2002, art. 8); check it against OJ L 208 of 2.8.1997 before relying on details. A Recommendation is not binding: the dates (publication in the OJ, to the day before the PSD1 national regimes of 1 November 2009) mark the period in which it served as the reference standard, not a period in force. Point (d) is also attested by the EUR-Lex summary (« Barring exceptions, the holder may not countermand an order »).",
    },
  ],
  lastVerifiedOn: '2026-12-01',
} satisfies Article;
