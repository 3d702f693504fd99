// Ombudsfin's rules of procedure, art. 5: grounds to refuse a complaint (no prior written complaint
// to the institution; filed more than one year after it).
import type { Article } from '../../types.js';

export const OMBUDSFIN_PROCEDURE_ART_5 = {
  id: 'be.ombudsfin.procedure-art-5',
  jurisdiction: 'BE',
  source: "Règlement de procédure d'Ombudsfin (version 06/2018)",
  short: 'Règl. Ombudsfin',
  number: 'art. 5',
  title: {
    fr: "Plainte irrecevable : pas de plainte écrite préalable à l'institution, ou plus d'un an après celle-ci",
    en: 'Complaint refused: no prior written complaint to the institution, or filed more than a year after it',
  },
  versions: [
    {
      from: '2018-06-01',
      to: null,
      enactedBy: "Règlement de procédure d'Ombudsfin, v. 06/2018",
      officialId: null,
      text: {
        fr: "[Substance :] Ombudsfin exige une plainte écrite préalable au service des plaintes de l'institution et peut refuser une plainte introduite plus d'un an après que le litige a été soumis à l'institution ; il devient incompétent dès qu'une action en justice est effectivement introduite.",
      },
      textStatus: 'paraphrase',
      sources: ['https://fr.scribd.com/document/527066051/Reglement-de-procedure-v-06-2018-Belgique', 'https://www.ombudsfin.be/fr/faq'],
      uncertain: 'Known from the FAQ and a copy of the rules (../shared/law/be-eu.md D.1); the day the 06/2018 version applies from is taken as 1 June 2018; earlier versions are not encoded.',
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
