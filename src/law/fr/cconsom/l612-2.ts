// Code de la consommation L612-2: when a consumer mediator may not examine a dispute (prior written
// complaint to the professional; referral within one year of it).
import type { Article } from '../../types.js';

export const CCONSOM_L612_2 = {
  id: 'fr.cconsom.L612-2',
  jurisdiction: 'FR',
  source: 'Code de la consommation',
  short: 'C. consom.',
  number: 'L612-2',
  title: {
    fr: 'Irrecevabilité devant le médiateur de la consommation (réclamation écrite préalable, délai d\'un an)',
    en: 'When the consumer mediator may not examine a dispute (prior written complaint, one-year limit)',
  },
  versions: [
    {
      from: '2016-01-01',
      to: null,
      enactedBy: 'ord. n° 2015-1033 du 20 août 2015',
      officialId: null,
      text: {
        fr: "[Substance :] Un litige ne peut être examiné par le médiateur de la consommation lorsque : 1° le consommateur ne justifie pas avoir tenté, au préalable, de résoudre son litige directement auprès du professionnel par une réclamation écrite […] ; 3° […] le consommateur a introduit sa demande auprès du médiateur dans un délai supérieur à un an à compter de sa réclamation écrite auprès du professionnel.",
      },
      textStatus: 'paraphrase',
      sources: ['../shared/law/fr.md A.9 R-PROC-3 (as reported by the INC)'],
      uncertain: 'The research gives the rule as reported, not the verbatim article; the entry into force (1 Jan 2016, ord. 2015-1033) is UNCERTAIN per fr.md (e) 9.',
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
