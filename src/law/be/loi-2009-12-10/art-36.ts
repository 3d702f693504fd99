// Belgian loi du 10 décembre 2009, art. 36 (number inferred): immediate refund of an unauthorised operation by the payer's PSP.
// Text not retrieved; substance of art. VII.35 CDE (2014).
import type { Article } from '../../types.js';

export const BE_LOI_2009_ART_36 = {
  id: 'be.loi-2009-12-10.art-36',
  jurisdiction: 'BE',
  source: 'Loi du 10 décembre 2009 relative aux services de paiement',
  short: 'loi 10.12.2009',
  number: 'art. 36',
  title: {
    fr: 'Remboursement immédiat par le prestataire du payeur',
    en: "Immediate refund by the payer's PSP",
  },
  versions: [
    {
      from: '2010-04-01',
      to: '2014-05-28',
      enactedBy: 'loi du 10 décembre 2009 relative aux services de paiement',
      officialId: '2009011539',
      text: {
        fr: `Texte non retrouvé. Sa substance est celle de l'art. VII.35 CDE (2014) : en cas d'opération de paiement non autorisée, après une vérification prima facie pour fraude dans le chef du payeur, le prestataire de services de paiement du payeur rembourse immédiatement le montant de l'opération et, le cas échéant, rétablit le compte débité dans l'état où il se serait trouvé, augmenté le cas échéant d'intérêts ; il rembourse en outre les autres conséquences financières éventuelles, notamment les frais de détermination du dommage indemnisable. La numérotation (art. 36) est déduite de la correspondance entre les art. VII.33 à VII.36 CDE (2014) et les art. 34 à 37 de la loi de 2009.`,
      },
      textStatus: 'paraphrase',
      sources: [
        'https://etaamb.openjustice.be/fr/loi-du-10-decembre-2009_n2009011539',
        'https://credafin.be/?p=5091',
      ],
      uncertain:
        'The wording was not retrieved and the article number is inferred (art. VII.33 to VII.36 CDE 2014 = art. 34 to 37), not confirmed by a source. The switch to book VII of the CDE is dated 29 May 2014 (A.R. du 19 avril 2014), but the exact day for the payment-services title is uncertain, so the end date (28 May 2014) is uncertain.',
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
