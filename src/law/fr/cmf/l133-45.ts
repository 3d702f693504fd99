// CMF art. L133-45: PSPs' complaint procedures; answer within 15 business days, 35 in exceptional cases.
import type { Article } from '../../types.js';

export const L133_45 = {
  id: 'fr.cmf.L133-45',
  jurisdiction: 'FR',
  source: 'Code monétaire et financier',
  short: 'CMF',
  number: 'L133-45',
  title: {
    fr: 'Traitement des réclamations (15 / 35 jours ouvrables)',
    en: 'Complaint handling (15 / 35 business days)',
  },
  versions: [
    {
      from: '2018-01-13',
      to: '2018-08-05',
      enactedBy: 'ord. n° 2017-1252 du 9 août 2017',
      officialId: null,
      text: {},
      textStatus: 'not_retrieved',
      sources: [
        'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072026/articles/LEGIARTI000035407338?version=LEGIARTI000037294360',
      ],
      uncertain:
        'The original 2018 wording was not retrieved; loi n° 2018-700, art. 4, amended the article from 06/08/2018.',
    },
    {
      from: '2018-08-06',
      to: null,
      enactedBy: 'loi n° 2018-700 du 3 août 2018, art. 4',
      officialId: 'LEGIARTI000037294360',
      text: {
        fr: `Les prestataires de services de paiement mettent en place et appliquent des procédures destinées au traitement des réclamations des utilisateurs de services de paiement portant sur le respect des dispositions de la section 5 du chapitre II du titre Ier du livre Ier, du chapitre III du titre III du livre Ier, du chapitre IV du titre Ier du livre III et du chapitre Ier du titre II du livre V.
Ces procédures sont accessibles dans une des langues officielles de l'Etat membre concerné ou dans une autre langue si le prestataire de services de paiement mentionné à l'alinéa premier et l'utilisateur de services de paiement en sont convenus ainsi.
Les prestataires de services de paiement mentionnés à l'alinéa premier répondent sur support papier ou, s'ils en sont convenus ainsi avec l'utilisateur de services de paiement, sur un autre support durable, aux réclamations des utilisateurs de services de paiement.
Cette réponse aborde tous les points soulevés dans la réclamation et est transmise dans les meilleurs délais et au plus tard dans les quinze jours ouvrables suivant la réception de la réclamation.
Dans des situations exceptionnelles, si une réponse ne peut être donnée dans les quinze jours ouvrables pour des raisons échappant au contrôle du prestataire de services de paiement, celui-ci envoie une réponse d'attente motivant clairement le délai complémentaire nécessaire pour répondre à la réclamation et précisant la date ultime à laquelle l'utilisateur de services de paiement recevra une réponse définitive. En tout état de cause, l'utilisateur de services de paiement reçoit une réponse définitive au plus tard trente-cinq jours ouvrables suivant la réception de la réclamation.
Lorsque l'utilisateur de services de paiement […]`,
      },
      textStatus: 'partial',
      sources: [
        'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072026/articles/LEGIARTI000035407338?version=LEGIARTI000037294360',
      ],
      uncertain:
        'The last paragraph is truncated in the source (it probably concerns information on the mediator).',
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
