// PSD1 art. 61: the payer bears up to EUR 150 (lost or stolen instrument, or misappropriation if he failed to keep his
// security features safe); all losses for fraud, intent or gross negligence; nothing after notification or without notification means.
import type { Article } from '../../types.js';

export const EU_PSD1_ART_61 = {
  id: 'eu.psd1.art-61',
  jurisdiction: 'EU',
  source: 'Directive 2007/64/EC of 13 November 2007 on payment services in the internal market (PSD1)',
  short: 'PSD1',
  number: 'art. 61',
  title: {
    fr: "Responsabilité du payeur en cas d'utilisation non autorisée d'un instrument de paiement (150 EUR)",
    en: "Payer's liability for unauthorised use of payment instruments (EUR 150)",
  },
  versions: [
    {
      from: '2007-12-25',
      to: '2018-01-12',
      enactedBy: 'directive 2007/64/CE du 13 novembre 2007',
      officialId: 'CELEX:32007L0064',
      text: {
        en: `Paraphrase from the Danish text (wording not retrieved). (1) By way of derogation from art. 60, the payer bears the losses relating to unauthorised payment transactions, up to EUR 150, resulting from the use of a lost or stolen payment instrument or, if the payer has failed to keep the personalised security features safe, from the misappropriation of a payment instrument. (2) The payer bears all the losses if he incurred them by acting fraudulently or by failing, with intent or gross negligence, to fulfil one or more of his obligations under art. 56; the maximum of paragraph 1 does not then apply. (3) Where the payer has neither acted fraudulently nor with intent failed his art. 56 obligations, Member States may reduce this liability, taking into account the nature of the personalised security features and the circumstances of the loss, theft or misappropriation. (4) Except where he acted fraudulently, the payer bears no financial consequences of the use of the instrument after notification under art. 56(1)(b). (5) If the payment service provider does not provide the means of notification required by art. 57(1)(c), the payer is not liable, except where he acted fraudulently.`,
      },
      textStatus: 'paraphrase',
      sources: [
        'http://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=CELEX%3A32007L0064%3Aen%3ANOT',
        'https://www.lovguiden.dk/loven/2007-11-13-eu-regler-for-betalingstjenester-paa-det-indre-marked/61',
      ],
      uncertain:
        "Entry into force on 25 December 2007 (twentieth day after publication in OJ L 319 of 5.12.2007); Member States had to apply it from 1 November 2009 (Belgium only from 1 April 2010), so national texts govern transactions; EUR-Lex gives 12 January 2018 as the end of validity (repeal by Directive (EU) 2015/2366). The English wording was not retrieved: the text is a paraphrase from the research's summary and the national transpositions.",
    },
  ],
  lastVerifiedOn: '2026-12-01',
} satisfies Article;
