// PSD1 art. 59: the PSP must prove authentication, recording and absence of deficiency; recorded use alone is not
// necessarily sufficient proof of authorisation, fraud or gross negligence.
import type { Article } from '../../types.js';

export const EU_PSD1_ART_59 = {
  id: 'eu.psd1.art-59',
  jurisdiction: 'EU',
  source: 'Directive 2007/64/EC of 13 November 2007 on payment services in the internal market (PSD1)',
  short: 'PSD1',
  number: 'art. 59',
  title: {
    fr: "Preuve de l'authentification et de l'exécution des opérations de paiement",
    en: 'Evidence on authentication and execution of payment transactions',
  },
  versions: [
    {
      from: '2007-12-25',
      to: '2018-01-12',
      enactedBy: 'directive 2007/64/CE du 13 novembre 2007',
      officialId: 'CELEX:32007L0064',
      text: {
        en: `Paraphrase (wording not retrieved). Where a payment service user denies having authorised an executed payment transaction, or claims that it was not correctly executed, the payment service provider must prove that it was authenticated, accurately recorded, entered in the accounts and not affected by a technical breakdown or other deficiency; the use of a payment instrument as recorded by the provider is not necessarily sufficient in itself to prove that the payer authorised the transaction, acted fraudulently or failed with intent or gross negligence to fulfil his obligations under art. 56. Transposed by CMF L133-23 (2009) and art. VII.34 CDE (2014).`,
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
