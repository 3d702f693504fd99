// CDE art. VII.35 (2014-2018): the payer's PSP refunds an unauthorised operation immediately after a prima facie fraud check,
// restores the account with interest and repays other financial consequences.
import type { Article } from '../../types.js';

export const BE_CDE_2014_VII_35 = {
  id: 'be.cde-2014.VII.35',
  jurisdiction: 'BE',
  source: 'Code de droit économique, livre VII (loi du 19 avril 2014)',
  short: 'CDE',
  number: 'art. VII.35',
  title: {
    fr: 'Remboursement immédiat après vérification prima facie',
    en: 'Immediate refund after a prima facie check',
  },
  versions: [
    {
      from: '2014-05-29',
      to: '2018-08-08',
      enactedBy: 'loi du 19 avril 2014 (insertion du livre VII dans le Code de droit économique)',
      officialId: null,
      text: {
        fr: `Sans préjudice de l'application de l'article VII. 33, le prestataire de services de paiement du payeur doit, en cas d'opération de paiement non autorisée, après une vérification prima facie pour fraude dans le chef du payeur, rembourser immédiatement au payeur le montant de cette opération de paiement non autorisée et, le cas échéant, rétablir le compte de paiement débité dans l'état où il se serait trouvé si l'opération de paiement non autorisée n'avait pas eu lieu, le cas échéant augmenté d'intérêts sur ce montant.
En outre, le prestataire de services de paiement du payeur doit rembourser les autres conséquences financières éventuelles, notamment le montant des frais supportés par le titulaire pour la détermination du dommage indemnisable.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://credafin.be/?p=5091',
        'https://etaamb.openjustice.be/fr/arrete-royal-du-19-avril-2014_n2014011345',
      ],
      uncertain:
        'Entry into force taken as 29 May 2014 (A.R. du 19 avril 2014; a consolidated site labels the chapter « entrée en vigueur le 29 mai 2014 »); the exact day for the payment-services title is uncertain.',
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
