// CMF art. L133-23: the PSP must prove authentication, recording and no deficiency; recorded use alone
// does not prove authorisation or gross negligence (from 2018 the PSP must give evidence of fraud or GN).
import type { Article } from '../../types.js';

export const L133_23 = {
  id: 'fr.cmf.L133-23',
  jurisdiction: 'FR',
  source: 'Code monétaire et financier',
  short: 'CMF',
  number: 'L133-23',
  title: {
    fr: "Charge de la preuve de l'authentification et de la négligence",
    en: 'Burden of proof of authentication and negligence',
  },
  versions: [
    {
      from: '2009-11-01',
      to: '2018-01-12',
      enactedBy: 'ord. n° 2009-866 du 15 juillet 2009',
      officialId: 'LEGIARTI000020861573',
      text: {
        fr: `Lorsqu'un utilisateur de services de paiement nie avoir autorisé une opération de paiement qui a été exécutée, ou affirme que l'opération de paiement n'a pas été exécutée correctement, il incombe à son prestataire de services de paiement de prouver que l'opération en question a été authentifiée, dûment enregistrée et comptabilisée et qu'elle n'a pas été affectée par une déficience technique ou autre.
L'utilisation de l'instrument de paiement telle qu'enregistrée par le prestataire de services de paiement ne suffit pas nécessairement en tant que telle à prouver que l'opération a été autorisée par le payeur ou que celui-ci n'a pas satisfait intentionnellement ou par négligence grave aux obligations lui incombant en la matière.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072026/articles/LEGIARTI000020861573?version=LEGIARTI000020861573',
        'https://github.com/etalab/codes-juridiques-francais/blob/4c2a2cf55d6414b021b218823c7c0556f70f7c39/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-8/article-l133-23.md',
      ],
    },
    {
      from: '2018-01-13',
      to: null,
      enactedBy: 'ord. n° 2017-1252 du 9 août 2017',
      officialId: null,
      text: {
        fr: `Lorsqu'un utilisateur de services de paiement nie avoir autorisé une opération de paiement qui a été exécutée, ou affirme que l'opération de paiement n'a pas été exécutée correctement, il incombe à son prestataire de services de paiement de prouver que l'opération en question a été authentifiée, dûment enregistrée et comptabilisée et qu'elle n'a pas été affectée par une déficience technique ou autre.
L'utilisation de l'instrument de paiement telle qu'enregistrée par le prestataire de services de paiement ne suffit pas nécessairement en tant que telle à prouver que l'opération a été autorisée par le payeur ou que celui-ci n'a pas satisfait intentionnellement ou par négligence grave aux obligations lui incombant en la matière. Le prestataire de services de paiement, y compris, le cas échéant, le prestataire de services de paiement fournissant un service d'initiation de paiement, fournit des él[…]`,
      },
      textStatus: 'partial',
      sources: [
        'https://french-business-law.com/french-legislation-art/article-l133-23-of-the-french-monetary-and-financial-code/',
      ],
      uncertain:
        "The sentence added at the end of the second paragraph is truncated in the source; per the English translation it makes the PSP « provide evidence of fraud or gross negligence on the part of the payment service user », but the exact French ending was not retrieved. That the first two paragraphs are unchanged is the research's reading of that source.",
    },
  ],
  lastVerifiedOn: '2026-12-01',
} satisfies Article;
