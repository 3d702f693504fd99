// CDE art. VII.32 (from 2018): a payment transaction is authorised only if the payer consented to it.
// Text not retrieved; paraphrase.
import type { Article } from '../../types.js';

export const BE_CDE_2018_VII_32 = {
  id: 'be.cde-2018.VII.32',
  jurisdiction: 'BE',
  source: 'Code de droit économique, livre VII (après la loi du 19 juillet 2018)',
  short: 'CDE',
  number: 'art. VII.32',
  title: {
    fr: 'Consentement ; opération non autorisée',
    en: 'Consent; unauthorised transaction',
  },
  versions: [
    {
      from: '2018-08-09',
      to: null,
      enactedBy: 'loi du 19 juillet 2018 portant modification et insertion de dispositions en matière de services de paiement dans différents livres du Code de droit économique',
      officialId: '2018031489',
      text: {
        fr: `Texte non retrouvé. Substance selon une source secondaire (ictrechtswijzer.be) : le § 1er dispose qu'une opération de paiement n'est autorisée que si le payeur a donné son consentement à son exécution ; à défaut de consentement, l'opération est non autorisée (transposition de l'art. 64 de la directive (UE) 2015/2366).`,
      },
      textStatus: 'paraphrase',
      sources: [
        'https://www.etaamb.be/fr/loi-du-19-juillet-2018_n2018031489.html',
        'https://etaamb.openjustice.be/nl/wet-van-19-juli-2018_n2018031489.html',
        'https://legalworld.wolterskluwer.be/fr/nouvelles/moniteur/services-de-paiement-le-code-de-droit-economique-est-aligne-sur-la-directive-psd-ii/',
      ],
      uncertain:
        'The wording was not retrieved; the content comes from a secondary source (ictrechtswijzer.be). Entry into force « en principe le 9 août 2018 » per a secondary source (Wolters Kluwer).',
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
