// CMF former art. L132-3 (2001-2009): holder of a lost or stolen card bears the loss before blocking,
// up to 400 € / 275 € (2002) / 150 € (2003), uncapped for faute lourde or late blocking.
import type { Article } from '../../types.js';

export const L132_3 = {
  id: 'fr.cmf.L132-3',
  jurisdiction: 'FR',
  source: 'Code monétaire et financier',
  short: 'CMF',
  number: 'L132-3',
  title: {
    fr: 'Carte perdue ou volée : plafond de la perte supportée avant opposition (régime des cartes 2001-2009)',
    en: 'Lost or stolen card: cap on the loss borne before blocking (card regime 2001-2009)',
  },
  versions: [
    {
      from: '2001-11-16',
      to: '2009-10-31',
      enactedBy: 'loi n° 2001-1062 du 15 novembre 2001, art. 35',
      officialId: 'LEGIARTI000006645635',
      text: {
        fr: `Le titulaire d'une carte mentionnée à l'article L. 132-1 supporte la perte subie, en cas de perte ou de vol, avant la mise en opposition prévue à l'article L. 132-2, dans la limite d'un plafond qui ne peut dépasser 400 euros. Toutefois, s'il a agi avec une négligence constituant une faute lourde ou si, après la perte ou le vol de ladite carte, il n'a pas effectué la mise en opposition dans les meilleurs délais, compte tenu de ses habitudes d'utilisation de la carte, le plafond prévu à la phrase précédente n'est pas applicable. Le contrat entre le titulaire de la carte et l'émetteur peut cependant prévoir le délai de mise en opposition au-delà duquel le titulaire de la carte est privé du bénéfice du plafond prévu au présent alinéa. Ce délai ne peut être inférieur à deux jours francs après la perte ou le vol de la carte.
Le plafond visé à l'alinéa précédent est porté à 275 euros au 1er janvier 2002 et à 150 euros à compter du 1er janvier 2003.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072026/articles/LEGIARTI000006645635?version=LEGIARTI000006645635&date=2006-03-30',
        'https://git.tricoteuses.fr/codes/code_monetaire_et_financier/commit/4aff845bb6b5b2ab1b443fb4026f85e51ccb1989',
      ],
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
