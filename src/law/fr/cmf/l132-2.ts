// CMF former art. L132-2 (to 2009): a card order is irrevocable; opposition only for loss, theft,
// fraudulent use, or the payee's insolvency. Outside those cases the card operation stands.
import type { Article } from '../../types.js';

export const L132_2 = {
  id: 'fr.cmf.L132-2',
  jurisdiction: 'FR',
  source: 'Code monétaire et financier',
  short: 'CMF',
  number: 'L132-2',
  title: {
    fr: "Irrévocabilité de l'ordre de payer par carte ; cas d'opposition (régime des cartes 2001-2009)",
    en: 'A card payment order is irrevocable; when it may be opposed (card regime 2001-2009)',
  },
  versions: [
    {
      from: '2001-11-16',
      to: '2009-10-31',
      enactedBy: 'loi n° 2001-1062 du 15 novembre 2001',
      officialId: null,
      text: {
        fr: "[Substance, texte non vérifié :] L'ordre ou l'engagement de payer donné au moyen d'une carte de paiement est irrévocable. Il ne peut être fait opposition au paiement qu'en cas de perte ou de vol de la carte, d'utilisation frauduleuse de la carte ou des données liées à son utilisation, de redressement ou de liquidation judiciaires du bénéficiaire.",
      },
      textStatus: 'paraphrase',
      sources: ['../shared/law/fr.md §(b) "Pre-2009 card regime" (mentions L132-1/L132-2 on irrevocability and opposition, not quoted)'],
      uncertain:
        'Not in the research: the wording is given from the codified text as commonly quoted (merchants\' terms cite "L. 132-2: l\'engagement de payer donné au moyen d\'une carte de paiement est irrévocable"); the first version dates from the CMF of 1 Jan 2001, only the version after loi 2001-1062 is encoded.',
    },
  ],
  lastVerifiedOn: '2026-12-01',
} satisfies Article;
