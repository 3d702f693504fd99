// Belgian loi du 17 juillet 2002 (EFT instruments), art. 8: holder's duties and liability — 150 € until notification,
// uncapped for gross negligence or fraud.
import type { Article } from '../../types.js';

export const BE_LOI_2002_ART_8 = {
  id: 'be.loi-2002-07-17.art-8',
  jurisdiction: 'BE',
  source: "Loi du 17 juillet 2002 relative aux opérations effectuées au moyen d'instruments de transfert électronique de fonds",
  short: 'loi 17.07.2002',
  number: 'art. 8',
  title: {
    fr: "Obligations et responsabilité du titulaire (150 € jusqu'à la notification)",
    en: "Holder's obligations and liability (150 € until notification)",
  },
  versions: [
    {
      from: '2003-02-01',
      to: '2010-03-31',
      enactedBy: 'loi du 17 juillet 2002',
      officialId: '2002011292',
      text: {
        fr: `[…]
Jusqu'à la notification prévue au § 1, deuxième alinéa, le titulaire est responsable des conséquences liées à la perte ou au vol de l'instrument de transfert électronique de fonds à concurrence d'un montant de 150 euros, sauf s'il a agi avec une négligence grave ou frauduleusement, auquel cas le plafond prévu n'est pas applicable.
[…]`,
        nl: `[…]
Tot aan de kennisgeving zoals vermeld in § 1, tweede lid, is de houder aansprakelijk voor de gevolgen verbonden aan het verlies of de diefstal van het instrument voor de elektronische overmaking van geldmiddelen tot een bedrag van 150 euro, behoudens indien de houder met grove nalatigheid of frauduleus heeft gehandeld, in welk geval het bepaalde maximumbedrag niet van toepassing is.
[…]`,
      },
      textStatus: 'partial',
      sources: [
        'http://wordscope.be/francais/neerlandais/jusqu’à+son+transfert+prévu+prochainement.html',
        'https://etaamb.openjustice.be/fr/nl/loi-du-17-juillet-2002_n2002011292.html',
        'https://www.droit-technologie.org/actualites/paiements-electroniques-presentation-de-la-loi-du-17-juillet-2002/',
      ],
      uncertain:
        "In force for the most part on 1 February 2003 (De Standaard, 15 Oct. 2002, secondary source; be-eu.md, corrections of 4 December 2026), not on 17 July 2002, the date of the law; published in the Moniteur belge in mid-August 2002 (17 August 2002 from memory, to confirm on Justel), and any provision with another date is not excluded. The end date rests on a secondary source (repeal by the loi du 10 décembre 2009 with effect from 1 April 2010, R.D.C. 2013/7, p. 606). Only this fragment of art. 8 is verbatim; the holder's duty to take reasonable precautions and the examples of gross negligence are known from secondary sources, and the exemptions reported from a thesis' table of contents (no liability without physical presentation or electronic identification, nor before the holder received the instrument) are not confirmed.",
    },
  ],
  lastVerifiedOn: '2026-12-04',
} satisfies Article;
