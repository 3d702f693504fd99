// CMF former art. L132-4 (2001-2009): no holder liability for a fraudulent remote payment without the card
// or a counterfeit card while he held it; contested sums re-credited within one month.
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
        fr: `La responsabilité du titulaire d'une carte mentionnée à l'article L. 132-1 n'est pas engagée si le paiement contesté a été effectué frauduleusement, à distance, sans utilisation physique de sa carte. De même, sa responsabilité n'est pas engagée en cas de contrefaçon de sa carte au sens de l'article L. 163-4 et si, au moment de l'opération contestée, il était en possession physique de sa carte. Dans les cas prévus aux deux alinéas précédents, si le titulaire de la carte conteste par écrit avoir effectué un paiement ou un retrait, les sommes contestées lui sont recréditées sur son compte par l'émetteur de la carte ou restituées, sans frais, au plus tard dans le délai d'un mois à compter de la réception de la contestation.`,
      },
      textStatus: 'partial',
      sources: [
        'http://blog.eurnet.fr/index.php/2005/08/23/49-carte-bancaire-contestation-d-un-paiement-a-distance-internet-vpc',
      ],
      uncertain:
        'The text is known only as quoted by a 2005 secondary source (blog.eurnet.fr) and was not checked against Légifrance; the quotation runs several paragraphs together (it refers to « deux alinéas précédents » inside a single block), so the paragraph layout, and possibly some wording, may differ from the official text. The number of the article of loi n° 2001-1062 that created it is not given by the research.',
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
