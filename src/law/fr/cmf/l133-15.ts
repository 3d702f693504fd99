// CMF art. L133-15: the issuing PSP's duties (security data kept from others, no unsolicited instrument,
// means to notify at all times, blocking after notice, risk of sending the instrument).
import type { Article } from '../../types.js';

export const L133_15 = {
  id: 'fr.cmf.L133-15',
  jurisdiction: 'FR',
  source: 'Code monétaire et financier',
  short: 'CMF',
  number: 'L133-15',
  title: {
    fr: 'Obligations du prestataire qui délivre un instrument de paiement',
    en: 'Obligations of the PSP issuing a payment instrument',
  },
  versions: [
    {
      from: '2009-11-01',
      to: '2018-01-12',
      enactedBy: 'ord. n° 2009-866 du 15 juillet 2009',
      officialId: null,
      text: {
        fr: `I. ― Le prestataire de services de paiement qui délivre un instrument de paiement doit s'assurer que les dispositifs de sécurité personnalisés de cet instrument tels que définis à l'article L. 133-4 ne sont pas accessibles à d'autres personnes que l'utilisateur autorisé à utiliser cet instrument.
Le prestataire de services de paiement s'abstient d'envoyer tout instrument de paiement non sollicité, sauf dans le cas où un instrument de paiement déjà donné à l'utilisateur de services de paiement doit être remplacé.
II. ― Le prestataire de services de paiement met en place les moyens appropriés permettant à l'utilisateur de procéder à tout moment à l'information prévue à l'article L. 133-17.
Il fournit sur demande à l'utilisateur les moyens de prouver qu'il a effectué l'information prévue à l'article L. 133-17, dans les conditions fixées par décret.
III. ― Le prestataire de services de paiement empêche toute utilisation de l'instrument de paiement après avoir été informé, conformément aux dispositions de l'article L. 133-17, de sa perte, de son vol, de son détournement ou de toute utilisation non autorisée de l'instrument de paiement ou des données qui lui sont liées.
IV. ― Le prestataire de services de paiement supporte le risque lié à l'envoi au payeur d'un instrument de paiement ou de tout dispositif de sécurité personnalisé de celui-ci.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/4c2a2cf55d6414b021b218823c7c0556f70f7c39/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-5/article-l133-15.md',
      ],
    },
    {
      from: '2018-01-13',
      to: null,
      enactedBy: 'ord. n° 2017-1252 du 9 août 2017, art. 2',
      officialId: 'LEGIARTI000035430505',
      text: {
        fr: `I. – Le prestataire de services de paiement qui délivre un instrument de paiement doit s'assurer que les données de sécurité personnalisées telles que définies à l'article L. 133-4 ne sont pas accessibles à d'autres personnes que l'utilisateur autorisé à utiliser cet instrument.
Le prestataire de services de paiement s'abstient d'envoyer tout instrument de paiement non sollicité, sauf dans le cas où un instrument de paiement déjà donné à l'utilisateur de services de paiement doit être remplacé.
II. – Le prestataire de services de paiement met en place, à titre gratuit, les moyens appropriés permettant à l'utilisateur de procéder à tout moment à l'information prévue à l'article L. 133-17.
Il fournit sur demande à l'utilisateur les moyens de prouver qu'il a effectué l'information prévue à l'article L. 133-17, dans les conditions fixées par décret.
III. – Le prestataire de services de paiement empêche toute utilisation de l'instrument de paiement après avoir été informé, conformément aux dispositions de l'article L. 133-17, de sa perte, de son vol, de son détournement ou de toute utilisation non autorisée de l'instrument de paiement ou des données qui lui sont liées.
IV. – Le prestataire de services de paiement supporte le risque lié à l'envoi au payeur d'un instrument de paiement ou de toute donnée de sécurité personnalisée de celui-ci.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072026/articles/LEGIARTI000020861603?version=LEGIARTI000035430505',
        'https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006072026/LEGISCTA000020860770/2018-03-21/',
      ],
    },
  ],
  lastVerifiedOn: '2026-12-01',
} satisfies Article;
