// CMF art. L133-21: an order executed in accordance with the unique identifier is duly executed; if the identifier
// was wrong the PSP is not liable, but the payer's PSP strives to recover the funds.
import type { Article } from '../../types.js';

export const L133_21 = {
  id: 'fr.cmf.L133-21',
  jurisdiction: 'FR',
  source: 'Code monétaire et financier',
  short: 'CMF',
  number: 'L133-21',
  title: {
    fr: 'Identifiant unique inexact : pas de responsabilité du prestataire, qui s\'efforce de récupérer les fonds',
    en: 'Incorrect unique identifier: no PSP liability; the PSP strives to recover the funds',
  },
  versions: [
    {
      from: '2009-11-01',
      to: '2018-01-12',
      enactedBy: 'ord. n° 2009-866 du 15 juillet 2009',
      officialId: null,
      text: {
        fr: `Un ordre de paiement exécuté conformément à l'identifiant unique fourni par l'utilisateur du service de paiement est réputé dûment exécuté pour ce qui concerne le bénéficiaire désigné par l'identifiant unique.
Si l'identifiant unique fourni par l'utilisateur du service de paiement est inexact, le prestataire de services de paiement n'est pas responsable de la mauvaise exécution de l'opération de paiement.
Toutefois, le prestataire de services de paiement du payeur s'efforce de récupérer les fonds engagés dans l'opération de paiement.
Si la convention de compte de dépôt ou le contrat-cadre de services de paiement le prévoit, le prestataire de services de paiement peut imputer des frais de recouvrement à l'utilisateur de services de paiement.
Si l'utilisateur de services de paiement fournit des informations en sus de l'identifiant unique ou des informations définies dans la convention de compte de dépôt ou dans le contrat-cadre de services de paiement comme nécessaires aux fins de l'exécution correcte de l'ordre de paiement, le prestataire de services de paiement n'est responsable que de l'exécution de l'opération de paiement conformément à l'identifiant unique fourni par l'utilisateur de services de paiement.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/4c2a2cf55d6414b021b218823c7c0556f70f7c39/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-7/article-l133-21.md',
      ],
    },
    {
      from: '2018-01-13',
      to: null,
      enactedBy: 'ord. n° 2017-1252 du 9 août 2017',
      officialId: null,
      text: {},
      textStatus: 'not_retrieved',
      sources: [],
      uncertain:
        "The 2018 wording (and any change by loi n° 2018-700 on 06/08/2018) was not retrieved; it transposes PSD2 art. 88, which adds the payee's PSP's cooperation and the duty to give the payer, on written request, the information needed to sue for the funds.",
    },
  ],
  lastVerifiedOn: '2026-12-04',
} satisfies Article;
