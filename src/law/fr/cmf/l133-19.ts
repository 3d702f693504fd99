// CMF art. L133-19: who bears an unauthorised operation — franchise (150 €, then 50 € from 2018), misappropriation,
// counterfeit, no blocking means, fraud or gross negligence, and (from 2018) no strong authentication.
import type { Article } from '../../types.js';

export const L133_19 = {
  id: 'fr.cmf.L133-19',
  jurisdiction: 'FR',
  source: 'Code monétaire et financier',
  short: 'CMF',
  number: 'L133-19',
  title: {
    fr: 'Répartition des pertes (franchise, négligence grave, authentification forte)',
    en: 'Allocation of losses (franchise, gross negligence, strong authentication)',
  },
  versions: [
    {
      from: '2009-11-01',
      to: '2018-01-12',
      enactedBy: 'ord. n° 2009-866 du 15 juillet 2009, art. 1',
      officialId: 'LEGIARTI000020861589',
      text: {
        fr: `I. ― En cas d'opération de paiement non autorisée consécutive à la perte ou au vol de l'instrument de paiement, le payeur supporte, avant l'information prévue à l'article L. 133-17, les pertes liées à l'utilisation de cet instrument, dans la limite d'un plafond de 150 euros.
Toutefois, la responsabilité du payeur n'est pas engagée en cas d'opération de paiement non autorisée effectuée sans utilisation du dispositif de sécurité personnalisé.
II. ― La responsabilité du payeur n'est pas engagée si l'opération de paiement non autorisée a été effectuée en détournant, à l'insu du payeur, l'instrument de paiement ou les données qui lui sont liées.
Elle n'est pas engagée non plus en cas de contrefaçon de l'instrument de paiement si, au moment de l'opération de paiement non autorisée, le payeur était en possession de son instrument.
III. ― Sauf agissement frauduleux de sa part, le payeur ne supporte aucune conséquence financière si le prestataire de services de paiement ne fournit pas de moyens appropriés permettant l'information aux fins de blocage de l'instrument de paiement prévue à l'article L. 133-17.
IV. ― Le payeur supporte toutes les pertes occasionnées par des opérations de paiement non autorisées si ces pertes résultent d'un agissement frauduleux de sa part ou s'il n'a pas satisfait intentionnellement ou par négligence grave aux obligations mentionnées aux articles L. 133-16 et L. 133-17.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072026/articles/LEGIARTI000020861589?version=LEGIARTI000020861589',
        'https://github.com/etalab/codes-juridiques-francais/blob/4c2a2cf55d6414b021b218823c7c0556f70f7c39/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-6/sous-section-2-cas/article-l133-19.md',
      ],
      uncertain:
        'Whether the 150 € cap applies once per incident (lost or stolen instrument) or per transaction is not settled.',
    },
    {
      from: '2018-01-13',
      to: null,
      enactedBy: 'ord. n° 2017-1252 du 9 août 2017, art. 2',
      officialId: 'LEGIARTI000035430527',
      text: {
        fr: `I. – En cas d'opération de paiement non autorisée consécutive à la perte ou au vol de l'instrument de paiement, le payeur supporte, avant l'information prévue à l'article L. 133-17, les pertes liées à l'utilisation de cet instrument, dans la limite d'un plafond de 50 €.
Toutefois, la responsabilité du payeur n'est pas engagée en cas :
– d'opération de paiement non autorisée effectuée sans utilisation des données de sécurité personnalisées ;
– de perte ou de vol d'un instrument de paiement ne pouvant être détecté par le payeur avant le paiement ;
– de perte due à des actes ou à une carence d'un salarié, d'un agent ou d'une succursale d'un prestataire de services de paiement ou d'une entité vers laquelle ses activités ont été externalisées.
II. – La responsabilité du payeur n'est pas engagée si l'opération de paiement non autorisée a été effectuée en détournant, à l'insu du payeur, l'instrument de paiement ou les données qui lui sont liées.
Elle n'est pas engagée non plus en cas de contrefaçon de l'instrument de paiement si, au moment de l'opération de paiement non autorisée, le payeur était en possession de son instrument.
III. – Sauf agissement frauduleux de sa part, le payeur ne supporte aucune conséquence financière si le prestataire de services de paiement ne fournit pas de moyens appropriés permettant l'information aux fins de blocage de l'instrument de paiement prévue à l'article L. 133-17.
IV. – Le payeur supporte toutes les pertes occasionnées par des opérations de paiement non autorisées si ces pertes résultent d'un agissement frauduleux de sa part ou s'il n'a pas satisfait intentionnellement ou par négligence grave aux obligations mentionnées aux articles L. 133-16 et L. 133-17.
V. – Sauf agissement frauduleux de sa part, le payeur ne supporte aucune conséquence financière si l'opération de paiement non autorisée a été effectuée sans que le prestataire de services de paiement du payeur n'exige une authentification forte du payeur prévue à l'article L. 133-44.
VI. – Lorsque le bénéficiaire ou son prestataire de services de paiement n'accepte pas une authentification forte du payeur prévue à l'article L. 133-44, il rembourse le préjudice financier causé au prestataire de services de paiement du payeur.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072026/articles/LEGIARTI000020861589?version=LEGIARTI000035430527',
        'https://app.livv.eu/books/LEGITEXT000006072026/LEGISCTA000006101336%2FLEGISCTA000006123830%2FLEGISCTA000006139711%2FLEGISCTA000035430490%2FLEGISCTA000020861597%2FLEGISCTA000035430525/LEGIARTI000020860786',
      ],
      uncertain:
        "V is applied to operations from 14/09/2019 (Cass. com. 30 août 2023, n° 22-11.707, as reported); the provision fixing that date (reported as ord. n° 2017-1252, art. 34, VIII-3°) was not verified. Whether an operation processed under an RTS exemption counts as made « sans que le prestataire … n'exige une authentification forte » is not settled. Whether the 50 € cap applies per incident or per transaction, and how contactless or no-CVM payments rank as use of « données de sécurité personnalisées », are not settled.",
    },
  ],
  lastVerifiedOn: '2026-12-01',
} satisfies Article;
