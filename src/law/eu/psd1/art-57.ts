// PSD1 art. 57: the issuing PSP's duties, notably appropriate means available at all times to notify loss, theft or misuse.
import type { Article } from '../../types.js';

export const EU_PSD1_ART_57 = {
  id: 'eu.psd1.art-57',
  jurisdiction: 'EU',
  source: 'Directive 2007/64/EC of 13 November 2007 on payment services in the internal market (PSD1)',
  short: 'PSD1',
  number: 'art. 57',
  title: {
    fr: 'Obligations du prestataire liées aux instruments de paiement',
    en: 'Obligations of the payment service provider in relation to payment instruments',
  },
  versions: [
    {
      from: '2007-12-25',
      to: '2018-01-12',
      enactedBy: 'directive 2007/64/CE du 13 novembre 2007',
      officialId: 'CELEX:32007L0064',
      text: {
        en: `Paraphrase (wording not retrieved). The payment service provider issuing a payment instrument must make sure that its personalised security features are not accessible to parties other than the user, refrain from sending unsolicited instruments (except replacements), ensure that appropriate means are available at all times for the user to make the notification of art. 56(1)(b) (and, on request, give him the means to prove it for 18 months), and prevent all use of the instrument once notified; it bears the risk of sending the instrument or its personalised security features to the user. Transposed by CMF L133-15 (2009) and art. VII.31 CDE (2014).`,
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
