// CMF art. L133-16: the user's duty to keep personalised security features/data safe
// and to use the instrument according to its terms.
import type { Article } from '../../types.js';

export const L133_16 = {
  id: 'fr.cmf.L133-16',
  jurisdiction: 'FR',
  source: 'Code monétaire et financier',
  short: 'CMF',
  number: 'L133-16',
  title: {
    fr: "Obligation de l'utilisateur de préserver la sécurité de ses dispositifs ou données de sécurité personnalisé(e)s",
    en: "User's duty to keep personalised security features or data safe",
  },
  versions: [
    {
      from: '2009-11-01',
      to: '2018-01-12',
      enactedBy: 'ord. n° 2009-866 du 15 juillet 2009',
      officialId: null,
      text: {
        fr: `Dès qu'il reçoit un instrument de paiement, l'utilisateur de services de paiement prend toute mesure raisonnable pour préserver la sécurité de ses dispositifs de sécurité personnalisés.
Il utilise l'instrument de paiement conformément aux conditions régissant sa délivrance et son utilisation.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/4c2a2cf55d6414b021b218823c7c0556f70f7c39/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-5/article-l133-16.md',
      ],
    },
    {
      from: '2018-01-13',
      to: null,
      enactedBy: 'ord. n° 2017-1252 du 9 août 2017',
      officialId: null,
      text: {
        fr: `Dès qu'il reçoit un instrument de paiement, l'utilisateur de services de paiement prend toute mesure raisonnable pour préserver la sécurité de ses données de sécurité personnalisées.
Il utilise l'instrument de paiement conformément aux conditions régissant sa délivrance et son utilisation qui doivent être objectives, non discriminatoires et proportionnées.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006072026/LEGISCTA000020860770/2018-03-21/',
      ],
    },
  ],
  lastVerifiedOn: '2026-12-01',
} satisfies Article;
