// CMF art. L133-20: once the payer has notified his PSP for blocking, he bears no financial consequence
// of later use of the instrument or its data, except his own fraud.
import type { Article } from '../../types.js';

export const L133_20 = {
  id: 'fr.cmf.L133-20',
  jurisdiction: 'FR',
  source: 'Code monétaire et financier',
  short: 'CMF',
  number: 'L133-20',
  title: {
    fr: "Après l'information aux fins de blocage : aucune conséquence financière pour le payeur",
    en: 'After notification for blocking: no financial consequences for the payer',
  },
  versions: [
    {
      from: '2009-11-01',
      to: null,
      enactedBy: 'ord. n° 2009-866 du 15 juillet 2009',
      officialId: null,
      text: {
        fr: `Après avoir informé son prestataire ou l'entité désignée par celui-ci, conformément à l'article L. 133-17 aux fins de blocage de l'instrument de paiement, le payeur ne supporte aucune conséquence financière résultant de l'utilisation de cet instrument de paiement ou de l'utilisation détournée des données qui lui sont liées, sauf agissement frauduleux de sa part.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/4c2a2cf55d6414b021b218823c7c0556f70f7c39/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-6/sous-section-2-cas/article-l133-20.md',
      ],
      uncertain:
        'That this 2009 wording is still in force rests on the L734-3 applicability table, which still cites ord. n° 2009-866; no consolidated version later than the Etalab history (about 2014) was checked.',
    },
  ],
  lastVerifiedOn: '2026-12-01',
} satisfies Article;
