// CMF art. L133-24: an unauthorised or mis-executed operation must be reported « sans tarder » and within
// thirteen months of the debit, on pain of forclusion (unless the PSP failed its information duties).
import type { Article } from '../../types.js';

export const L133_24 = {
  id: 'fr.cmf.L133-24',
  jurisdiction: 'FR',
  source: 'Code monétaire et financier',
  short: 'CMF',
  number: 'L133-24',
  title: {
    fr: 'Délai de signalement : sans tarder et au plus tard treize mois après le débit',
    en: 'Reporting deadline: without undue delay and at the latest thirteen months after the debit',
  },
  versions: [
    {
      from: '2009-11-01',
      to: '2010-07-02',
      enactedBy: 'ord. n° 2009-866 du 15 juillet 2009',
      officialId: null,
      text: {
        fr: `L'utilisateur de services de paiement signale, sans tarder, à son prestataire de services de paiement une opération de paiement non autorisée ou mal exécutée et au plus tard dans les treize mois suivant la date de débit sous peine de forclusion à moins que le prestataire de services de paiement ne lui ait pas fourni ou n'ait pas mis à sa disposition les informations relatives à cette opération de paiement conformément au chapitre IV du titre 1er du livre III.
Sauf dans les cas où l'utilisateur est une personne physique agissant pour des besoins non professionnels, les parties peuvent décider de déroger aux dispositions du présent article.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/4c2a2cf55d6414b021b218823c7c0556f70f7c39/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-8/article-l133-24.md',
      ],
    },
    {
      from: '2010-07-03',
      to: '2018-01-12',
      enactedBy: 'loi n° 2010-737 du 1er juillet 2010',
      officialId: null,
      text: {
        fr: `L'utilisateur de services de paiement signale, sans tarder, à son prestataire de services de paiement une opération de paiement non autorisée ou mal exécutée et au plus tard dans les treize mois suivant la date de débit sous peine de forclusion à moins que le prestataire de services de paiement ne lui ait pas fourni ou n'ait pas mis à sa disposition les informations relatives à cette opération de paiement conformément au chapitre IV du titre 1er du livre III.
Sauf dans les cas où l'utilisateur est une personne physique agissant pour des besoins non professionnels, les parties peuvent convenir d'un délai distinct de celui prévu au présent article.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/75428e25ed2c3dca979839da7ef66eeeba8af69b/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-8/article-l133-24.md',
      ],
      uncertain:
        'The 03/07/2010 date of Etalab commit 75428e25 is inferred by the research from the doctrine.fr version dates and the wording, not read from the commit.',
    },
    {
      from: '2018-01-13',
      to: null,
      enactedBy: 'ord. n° 2017-1252 du 9 août 2017, art. 2',
      officialId: 'LEGIARTI000035430562',
      text: {
        fr: `L'utilisateur de services de paiement signale, sans tarder, à son prestataire de services de paiement une opération de paiement non autorisée ou mal exécutée et au plus tard dans les treize mois suivant la date de débit sous peine de forclusion à moins que le prestataire de services de paiement ne lui ait pas fourni ou n'ait pas mis à sa disposition les informations relatives à cette opération de paiement conformément au chapitre IV du titre 1er du livre III.
Sauf dans les cas où l'utilisateur est une personne physique agissant pour des besoins non professionnels, les parties peuvent convenir d'un délai distinct de celui prévu au présent article.
Les dispositions du présent article s'appliquent, indifféremment de l'intervention d'un prestataire de services de paiement fournissant un service d'initiation de paiement dans l'opération de paiement.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072026/articles/LEGIARTI000020861575?version=LEGIARTI000035430562',
        'https://lexbase.fr/texte-de-loi/code-monetaire-et-financierl13324/L5124LGU.html',
      ],
    },
  ],
  lastVerifiedOn: '2026-12-01',
} satisfies Article;
