// Recommendation 97/489/EC, art. 6: until notification the holder bears the loss from a lost or stolen instrument up to ECU 150,
// uncapped for extreme negligence or fraud; nothing after notification; not liable without physical presentation or electronic identification.
import type { Article } from '../../types.js';

export const EU_REC_97_489_ART_6 = {
  id: 'eu.rec-97-489.art-6',
  jurisdiction: 'EU',
  source: 'Commission Recommendation 97/489/EC of 30 July 1997 concerning transactions by electronic payment instruments and in particular the relationship between issuer and holder (OJ L 208, 2.8.1997, p. 52)',
  short: 'Rec. 97/489/CE',
  number: 'art. 6',
  title: {
    fr: "Responsabilité du titulaire (150 écus jusqu'à la notification, sauf négligence extrême ou fraude)",
    en: 'Liabilities of the holder (ECU 150 until notification, except extreme negligence or fraud)',
  },
  versions: [
    {
      from: '1997-08-02',
      to: '2009-10-31',
      enactedBy: 'recommandation 97/489/CE de la Commission du 30 juillet 1997',
      officialId: 'CELEX:31997H0489',
      text: {
        en: `Paraphrase (wording not retrieved). (1) Up to the time of notification, the holder bears the loss sustained in consequence of the loss or theft of the electronic payment instrument, up to a limit which may not exceed ECU 150, except where he acted with extreme negligence (in breach of art. 5(a), (b) or (c)) or fraudulently, in which case the limit does not apply. (2) Once he has notified the issuer (or the entity specified by it) as required by art. 5(b), the holder is not liable for the loss arising afterwards, except where he acted fraudulently. (3) The holder is not liable where the instrument was used without physical presentation or electronic identification of the instrument itself; the mere use of a confidential code or similar proof of identity is not sufficient to make him liable.`,
      },
      textStatus: 'paraphrase',
      sources: [
        'http://data.europa.eu/eli/reco/1997/489/oj',
        'https://eur-lex.europa.eu/legal-content/MT/TXT/?uri=CELEX%3A31997H0489',
        'http://europa.eu/legislation_summaries/information_society/other_policies/l24182_en.htm',
        'https://www.anacom.pt/render.jsp?contentId=985999&languageId=1',
      ],
      uncertain:
        "The wording of the Recommendation was not retrieved (the pages found give only its opening and a summary): the stored text is a paraphrase written from the reviewer's knowledge of the Recommendation, consistent with the EUR-Lex summary and with its Belgian transposition (loi du 17 juillet 2002, art. 8); check it against OJ L 208 of 2.8.1997 before relying on details. A Recommendation is not binding: the dates (publication in the OJ, to the day before the PSD1 national regimes of 1 November 2009) mark the period in which it served as the reference standard, not a period in force. Paragraph (3) is the part the reviewer is least sure of; the Belgian 2002 law is reported to contain the same exemption.",
    },
  ],
  lastVerifiedOn: '2026-12-01',
} satisfies Article;
