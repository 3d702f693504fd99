// ACPR recommendation 2024-R-02 of 2 July 2024 on complaint handling (soft law, replaces 2022-R-01): acknowledge a
// complaint within ten business days, answer it within two months at most.
import type { Article } from '../../types.js';

export const ACPR_2024_R_02 = {
  id: 'fr.acpr.2024-R-02',
  jurisdiction: 'FR',
  source: "Autorité de contrôle prudentiel et de résolution, recommandation 2024-R-02 sur le traitement des réclamations (droit souple, non contraignant)",
  short: 'ACPR, recommandation',
  number: '2024-R-02',
  title: {
    fr: 'Traitement des réclamations : accusé de réception sous dix jours ouvrables, réponse sous deux mois (droit souple)',
    en: 'Complaint handling: acknowledgment within ten business days, answer within two months (soft law)',
  },
  versions: [
    {
      from: '2024-07-02',
      to: null,
      enactedBy: 'recommandation ACPR 2024-R-02 du 2 juillet 2024',
      officialId: '2024-R-02',
      text: {
        fr: "[Substance, selon l'ACPR :] L'ACPR recommande aux professionnels d'accuser réception de la réclamation dans les dix jours ouvrables à réception et d'y répondre au plus tard dans les deux mois à partir de la réception, sauf circonstance particulière dont le client est informé ; une réponse qui rejette la demande, même partiellement, précise les voies de recours, notamment les coordonnées du médiateur.",
      },
      textStatus: 'paraphrase',
      sources: [
        'https://acpr.banque-france.fr/proteger-la-clientele/vous-etes-un-particulier/formuler-une-reclamation-vis-vis-dun-professionnel',
        'https://regalert.today/document/24697049-27bf-4de1-9cc6-e18cc9778e7c/text',
        'https://medi-site.fr/reclamations-lacpr-actualise-ses-recommandations',
      ],
      uncertain:
        "Soft law: a recommendation binds no court. The ACPR's page counts both periods from receipt; some commentators count them from the complaint's sending. The earlier recommendations (2011-R-05, 2016-R-02, 2022-R-01, applicable from 31 Dec 2022) set the same periods but are not encoded.",
    },
  ],
  lastVerifiedOn: '2026-12-04',
} satisfies Article;
