// CMF former art. L132-5 (2001-2009): after a fraudulent use of the card, the issuer refunds every bank charge
// the holder bore.
import type { Article } from '../../types.js';

export const L132_5 = {
  id: 'fr.cmf.L132-5',
  jurisdiction: 'FR',
  source: 'Code monétaire et financier',
  short: 'CMF',
  number: 'L132-5',
  title: {
    fr: 'Utilisation frauduleuse de la carte : remboursement de la totalité des frais bancaires (régime des cartes 2001-2009)',
    en: 'Fraudulent use of the card: refund of all bank charges (card regime 2001-2009)',
  },
  versions: [
    {
      from: '2001-11-16',
      to: '2009-10-31',
      enactedBy: 'loi n° 2001-1062 du 15 novembre 2001',
      officialId: null,
      text: {
        fr: `En cas d'utilisation frauduleuse d'une carte mentionnée à l'article L. 132-1, l'émetteur de la carte rembourse à son titulaire la totalité des frais bancaires qu'il a supportés.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/e040d56597e7eb2fef12e60cfe3750a84552941b/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-ii/article-l132-5.md',
      ],
      uncertain:
        'Etalab dates this version 16/11/2001 and removes it with effect from 01/11/2009 (commit 4c2a2cf55d); the article of loi n° 2001-1062 that created it is not given by the source.',
    },
  ],
  lastVerifiedOn: '2026-12-04',
} satisfies Article;
