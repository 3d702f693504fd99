// CDE art. VII.38 (from 2018): the payment service user's obligations; § 1, 2° is the duty to notify loss, theft or misuse.
// Text not retrieved; paraphrase.
import type { Article } from '../../types.js';

export const BE_CDE_2018_VII_38 = {
  id: 'be.cde-2018.VII.38',
  jurisdiction: 'BE',
  source: 'Code de droit économique, livre VII (après la loi du 19 juillet 2018)',
  short: 'CDE',
  number: 'art. VII.38',
  title: {
    fr: "Obligations de l'utilisateur liées aux instruments de paiement",
    en: "User's obligations in relation to payment instruments",
  },
  versions: [
    {
      from: '2018-08-09',
      to: null,
      enactedBy: 'loi du 19 juillet 2018 portant modification et insertion de dispositions en matière de services de paiement dans différents livres du Code de droit économique',
      officialId: '2018031489',
      text: {
        fr: `Texte non retrouvé. Substance : obligations de l'utilisateur de services de paiement en matière d'instruments de paiement, vraisemblablement la transposition de l'art. 69 de la directive (UE) 2015/2366 ; le § 1er, 2°, est l'obligation de notifier la perte, le vol, le détournement ou toute utilisation non autorisée de l'instrument (l'art. VII.44, § 1er, y renvoie). Les art. VII.38 à VII.45 régissent les instruments de paiement et la responsabilité en cas d'opération non autorisée (SPF Economie).`,
      },
      textStatus: 'paraphrase',
      sources: [
        'https://www.peterfreundlaw.be/advocaat-phishing/',
        'https://www.etaamb.be/fr/loi-du-19-juillet-2018_n2018031489.html',
        'https://etaamb.openjustice.be/nl/wet-van-19-juli-2018_n2018031489.html',
        'https://legalworld.wolterskluwer.be/fr/nouvelles/moniteur/services-de-paiement-le-code-de-droit-economique-est-aligne-sur-la-directive-psd-ii/',
      ],
      uncertain:
        'The wording was not retrieved; only the reference « artikel VII.38, § 1, 2° » (notification) is attested, in art. VII.44, and the correspondence with PSD2 art. 69 (including the safekeeping duty) is an inference. Entry into force « en principe le 9 août 2018 » per a secondary source (Wolters Kluwer).',
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
