// CDE art. VII.43 (from 2018): the payer's PSP refunds an unauthorised operation immediately, at the latest by the end of the
// next business day, unless it reports suspected fraud to the SPF Economie. Text not retrieved; paraphrase.
import type { Article } from '../../types.js';

export const BE_CDE_2018_VII_43 = {
  id: 'be.cde-2018.VII.43',
  jurisdiction: 'BE',
  source: 'Code de droit économique, livre VII (après la loi du 19 juillet 2018)',
  short: 'CDE',
  number: 'art. VII.43',
  title: {
    fr: 'Remboursement par le prestataire du payeur (au plus tard le jour ouvrable suivant)',
    en: "Refund by the payer's PSP (by the end of the next business day)",
  },
  versions: [
    {
      from: '2018-08-09',
      to: null,
      enactedBy: 'loi du 19 juillet 2018 portant modification et insertion de dispositions en matière de services de paiement dans différents livres du Code de droit économique',
      officialId: '2018031489',
      text: {
        fr: `Texte non retrouvé. Substance selon des sources secondaires (CréNo, Bannister) : en cas d'opération de paiement non autorisée, le prestataire de services de paiement du payeur rembourse immédiatement, et au plus tard à la fin du premier jour ouvrable suivant, sauf s'il a de bonnes raisons de soupçonner une fraude et communique ces raisons par écrit au SPF Economie ; il rétablit le compte débité (date de valeur au plus tard celle du débit), comme le prévoit l'art. 73 de la directive (UE) 2015/2366.`,
      },
      textStatus: 'paraphrase',
      sources: [
        'https://www.etaamb.be/fr/loi-du-19-juillet-2018_n2018031489.html',
        'https://etaamb.openjustice.be/nl/wet-van-19-juli-2018_n2018031489.html',
        'https://legalworld.wolterskluwer.be/fr/nouvelles/moniteur/services-de-paiement-le-code-de-droit-economique-est-aligne-sur-la-directive-psd-ii/',
      ],
      uncertain:
        'The wording was not retrieved; the content comes from secondary sources (CréNo, Bannister) and PSD2 art. 73(1). Entry into force « en principe le 9 août 2018 » per a secondary source (Wolters Kluwer).',
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
