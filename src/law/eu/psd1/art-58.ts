// PSD1 art. 58: rectification only if the user notifies without undue delay and no later than 13 months after the debit date.
import type { Article } from '../../types.js';

export const EU_PSD1_ART_58 = {
  id: 'eu.psd1.art-58',
  jurisdiction: 'EU',
  source: 'Directive 2007/64/EC of 13 November 2007 on payment services in the internal market (PSD1)',
  short: 'PSD1',
  number: 'art. 58',
  title: {
    fr: 'Notification des opérations non autorisées ou mal exécutées (treize mois)',
    en: 'Notification of unauthorised or incorrectly executed transactions (thirteen months)',
  },
  versions: [
    {
      from: '2007-12-25',
      to: '2018-01-12',
      enactedBy: 'directive 2007/64/CE du 13 novembre 2007',
      officialId: 'CELEX:32007L0064',
      text: {
        en: `Paraphrase (wording not retrieved). The payment service user obtains rectification from the payment service provider only if he notifies it without undue delay on becoming aware of an unauthorised or incorrectly executed payment transaction giving rise to a claim, and no later than 13 months after the debit date, unless the provider failed to provide or make available the information on that transaction required by Title III. Transposed by CMF L133-24 (2009) and art. VII.33 CDE (2014).`,
      },
      textStatus: 'paraphrase',
      sources: [
        'http://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=CELEX%3A32007L0064%3Aen%3ANOT',
      ],
      uncertain:
        "Entry into force on 25 December 2007 (twentieth day after publication in OJ L 319 of 5.12.2007); Member States had to apply it from 1 November 2009 (Belgium only from 1 April 2010), so national texts govern transactions; EUR-Lex gives 12 January 2018 as the end of validity (repeal by Directive (EU) 2015/2366). The English wording was not retrieved: the text is a paraphrase from the research's summary and the national transpositions. CJEU 1 August 2025, C-665/23 (Veracash), reads the two time conditions as cumulative, but a delayed notification within 13 months costs the payer the refund only if the delay was intentional or grossly negligent (as summarised by the research).",
    },
  ],
  lastVerifiedOn: '2026-12-01',
} satisfies Article;
