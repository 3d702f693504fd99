// CMF art. L133-7: consent is given in the agreed form; without it the operation is deemed unauthorised;
// withdrawal of consent.
import type { Article } from '../../types.js';

export const L133_7 = {
  id: 'fr.cmf.L133-7',
  jurisdiction: 'FR',
  source: 'Code monétaire et financier',
  short: 'CMF',
  number: 'L133-7',
  title: {
    fr: 'Forme du consentement ; opération réputée non autorisée',
    en: 'Form of consent; transaction deemed unauthorised',
  },
  versions: [
    {
      from: '2009-11-01',
      to: '2018-01-12',
      enactedBy: 'ord. n° 2009-866 du 15 juillet 2009',
      officialId: null,
      text: {
        fr: `Le consentement est donné sous la forme convenue entre le payeur et son prestataire de services de paiement.
En l'absence d'un tel consentement, l'opération ou la série d'opérations de paiement est réputée non autorisée.
Le consentement peut être retiré par le payeur tant que l'ordre de paiement n'a pas acquis un caractère d'irrévocabilité conformément aux dispositions de l'article L. 133-8.
Le consentement à l'exécution d'une série d'opérations de paiement peut être retiré, avec pour effet que toute opération postérieure est réputée non autorisée.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/4c2a2cf55d6414b021b218823c7c0556f70f7c39/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-2/article-l133-7.md',
      ],
    },
    {
      from: '2018-01-13',
      to: null,
      enactedBy: 'ord. n° 2017-1252 du 9 août 2017, art. 2',
      officialId: 'LEGIARTI000035430443',
      text: {
        fr: `Le consentement est donné sous la forme convenue entre le payeur et son prestataire de services de paiement.
Le consentement peut être donné par l'intermédiaire du bénéficiaire ou d'un prestataire de services de paiement fournissant un service d'initiation de paiement mentionné au 7° du II de l'article L. 314-1.
En l'absence d'un tel consentement, l'opération ou la série d'opérations de paiement est réputée non autorisée.
Le consentement peut être retiré par le payeur tant que l'ordre de paiement n'a pas acquis un caractère d'irrévocabilité conformément aux dispositions de l'article L. 133-8.
Le consentement à l'exécution d'une série d'opérations de paiement peut aussi être retiré, avec pour effet que toute opération postérieure est réputée non autorisée.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072026/articles/LEGIARTI000020861625?version=LEGIARTI000035430443',
      ],
    },
  ],
  lastVerifiedOn: '2026-12-01',
} satisfies Article;
