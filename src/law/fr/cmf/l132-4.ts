// CMF former art. L132-4 (2001-2009): no holder liability for a fraudulent remote payment without the card
// or a counterfeit card while he held it; contested sums re-credited within one month. Last day of application
// 31/10/2009 (Etalab commit 4c2a2cf55d, dated 01/11/2009, removes it; Légifrance's « au 01 novembre 2009 » is exclusive).
import type { Article } from '../../types.js';

export const L132_4 = {
  id: 'fr.cmf.L132-4',
  jurisdiction: 'FR',
  source: 'Code monétaire et financier',
  short: 'CMF',
  number: 'L132-4',
  title: {
    fr: 'Paiement frauduleux à distance et contrefaçon : pas de responsabilité du titulaire, recrédit sous un mois (régime des cartes 2001-2009)',
    en: 'Fraudulent remote payment and counterfeit: holder not liable, re-credit within one month (card regime 2001-2009)',
  },
  versions: [
    {
      from: '2001-11-16',
      to: '2009-10-31',
      enactedBy: 'loi n° 2001-1062 du 15 novembre 2001',
      officialId: null,
      text: {
        fr: `La responsabilité du titulaire d'une carte mentionnée à l'article L. 132-1 n'est pas engagée si le paiement contesté a été effectué frauduleusement, à distance, sans utilisation physique de sa carte.
De même, sa responsabilité n'est pas engagée en cas de contrefaçon de sa carte au sens de l'article L. 163-4 et si, au moment de l'opération contestée, il était en possession physique de sa carte.
Dans les cas prévus aux deux alinéas précédents, si le titulaire de la carte conteste par écrit avoir effectué un paiement ou un retrait, les sommes contestées lui sont recréditées sur son compte par l'émetteur de la carte ou restituées, sans frais, au plus tard dans le délai d'un mois à compter de la réception de la contestation.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/e040d56597e7eb2fef12e60cfe3750a84552941b/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-ii/article-l132-4.md',
        'http://blog.eurnet.fr/index.php/2005/08/23/49-carte-bancaire-contestation-d-un-paiement-a-distance-internet-vpc',
      ],
    },
  ],
  lastVerifiedOn: '2026-12-04',
} satisfies Article;
