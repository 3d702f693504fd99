// CDE art. VII.31 (2014-2018): the issuing PSP's duties (security features kept from others, no unsolicited instrument,
// notification means at all times, proof of notification for eighteen months).
import type { Article } from '../../types.js';

export const BE_CDE_2014_VII_31 = {
  id: 'be.cde-2014.VII.31',
  jurisdiction: 'BE',
  source: 'Code de droit économique, livre VII (loi du 19 avril 2014)',
  short: 'CDE',
  number: 'art. VII.31',
  title: {
    fr: 'Obligations du prestataire émettant un instrument de paiement',
    en: 'Obligations of the PSP issuing a payment instrument',
  },
  versions: [
    {
      from: '2014-05-29',
      to: '2018-08-08',
      enactedBy: 'loi du 19 avril 2014 (insertion du livre VII dans le Code de droit économique)',
      officialId: null,
      text: {
        fr: `Le prestataire de services de paiement émettant un instrument de paiement a les obligations suivantes : 1° il s'assure que les dispositifs de sécurité personnalisés de tout instrument de paiement ne sont pas accessibles à d'autres parties que l'utilisateur […] ; 2° il s'abstient d'envoyer tout instrument de paiement non sollicité […] ; 3° il veille à la disponibilité, à tout moment, de moyens appropriés permettant à l'utilisateur de services de paiement de procéder à la notification visée à l'article VII. 30, § 1er, 2° […] ; le prestataire de services de paiement fournit, sur demande, à l'utilisateur de services de paiement, pendant dix-huit mois à compter de la notification, les moyens de prouve[r] […]`,
      },
      textStatus: 'partial',
      sources: [
        'https://credafin.be/droit-economique/les-services-de-paiement-5-2',
        'https://etaamb.openjustice.be/fr/arrete-royal-du-19-avril-2014_n2014011345',
      ],
      uncertain:
        'Quoted as an extract: the parts marked […] were not retrieved. Entry into force taken as 29 May 2014 (A.R. du 19 avril 2014; a consolidated site labels the chapter « entrée en vigueur le 29 mai 2014 »); the exact day for the payment-services title is uncertain.',
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
