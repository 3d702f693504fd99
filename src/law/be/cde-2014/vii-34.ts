// CDE art. VII.34 (2014-2018): the PSP proves authentication, recording and no deficiency; recorded use is not necessarily
// sufficient proof of authorisation, fraud or gross negligence.
import type { Article } from '../../types.js';

export const BE_CDE_2014_VII_34 = {
  id: 'be.cde-2014.VII.34',
  jurisdiction: 'BE',
  source: 'Code de droit économique, livre VII (loi du 19 avril 2014)',
  short: 'CDE',
  number: 'art. VII.34',
  title: {
    fr: "Preuve de l'authentification et de l'exécution",
    en: 'Evidence of authentication and execution',
  },
  versions: [
    {
      from: '2014-05-29',
      to: '2018-08-08',
      enactedBy: 'loi du 19 avril 2014 (insertion du livre VII dans le Code de droit économique)',
      officialId: null,
      text: {
        fr: `§ 1er. Lorsqu'un utilisateur de services de paiement nie avoir autorisé une opération de paiement qui a été exécutée, ou affirme que l'opération de paiement n'a pas été exécutée correctement, il incombe à son prestataire de services de paiement de prouver que l'opération en question a été authentifiée, dûment enregistrée et comptabilisée et qu'elle n'a pas été affectée par une déficience technique ou autre.
§ 2. Lorsqu'un utilisateur de services de paiement nie avoir autorisé une opération de paiement qui a été exécutée, l'utilisation d'un instrument de paiement, telle qu'enregistrée par le prestataire de services de paiement, ne suffit pas nécessairement en tant que telle à prouver que l'opération de paiement a été autorisée par le payeur ou que celui-ci a agi frauduleusement ou n'a pas satisfait, intentionnellement ou à la suite d'une négligence grave, à une ou plusieurs des obligations qui lui incombent en vertu de l'article VII. 30.
§ 3. Le Roi peut imposer les règles auxquelles devra satisfaire la preuve de l'authentification […]`,
      },
      textStatus: 'partial',
      sources: [
        'https://www.credafin.be/blog/page/16',
        'https://etaamb.openjustice.be/fr/arrete-royal-du-19-avril-2014_n2014011345',
      ],
      uncertain:
        'The end of § 3 (royal decree on the proof of authentication) was not retrieved. Entry into force taken as 29 May 2014 (A.R. du 19 avril 2014; a consolidated site labels the chapter « entrée en vigueur le 29 mai 2014 »); the exact day for the payment-services title is uncertain.',
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
