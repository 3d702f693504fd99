// CMF former art. L132-6 (2001-2009): 70 days from the operation to contest a card payment,
// extendable by contract to 120 days.
import type { Article } from '../../types.js';

export const L132_6 = {
  id: 'fr.cmf.L132-6',
  jurisdiction: 'FR',
  source: 'Code monétaire et financier',
  short: 'CMF',
  number: 'L132-6',
  title: {
    fr: 'Délai de réclamation pour les opérations par carte : 70 jours, 120 au plus (régime des cartes 2001-2009)',
    en: 'Time limit to contest card transactions: 70 days, at most 120 (card regime 2001-2009)',
  },
  versions: [
    {
      from: '2001-11-16',
      to: '2009-10-31',
      enactedBy: 'loi n° 2001-1062 du 15 novembre 2001, art. 38',
      officialId: 'LEGIARTI000006645638',
      text: {
        fr: `Le délai légal pendant lequel le titulaire d'une carte de paiement ou de retrait a la possibilité de déposer une réclamation est fixé à soixante-dix jours à compter de la date de l'opération contestée. Il peut être prolongé contractuellement, sans pouvoir dépasser cent vingt jours à compter de l'opération contestée.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072026/articles/LEGIARTI000006645638?version=LEGIARTI000006645638&date=2007-12-17',
      ],
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
