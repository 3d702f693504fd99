// CMF art. L133-1: territorial and currency scope of the chapter on payment instruments
// (which PSP locations and currencies bring an operation under L133-1 ff.).
import type { Article } from '../../types.js';

export const L133_1 = {
  id: 'fr.cmf.L133-1',
  jurisdiction: 'FR',
  source: 'Code monétaire et financier',
  short: 'CMF',
  number: 'L133-1',
  title: {
    fr: "Champ d'application territorial et monétaire du chapitre",
    en: 'Territorial and currency scope of the chapter',
  },
  versions: [
    {
      from: '2009-11-01',
      to: '2010-07-02',
      enactedBy: 'ord. n° 2009-866 du 15 juillet 2009',
      officialId: null,
      text: {
        fr: `I.-Les dispositions du présent chapitre s'appliquent aux opérations de paiement réalisées par les prestataires de services de paiement mentionnés au livre V dans le cadre des activités définies au II de l'article L. 314-1.
II.-A l'exception de celles du I de l'article L. 133-14, les dispositions du présent chapitre s'appliquent si le prestataire de services de paiement du bénéficiaire et celui du payeur sont situés sur le territoire de la France métropolitaine, dans les départements d'outre-mer, à Saint-Barthélemy, à Saint-Martin, à Mayotte ou à Saint-Pierre-et-Miquelon et que l'opération est réalisée en euros.
A l'exception de celles du I de l'article L. 133-14, les dispositions du présent chapitre s'appliquent également si le prestataire de services de paiement du bénéficiaire et celui du payeur sont situés, l'un sur le territoire de la France métropolitaine, dans les départements d'outre-mer, à Saint-Martin ou à Saint-Barthélemy, l'autre sur le territoire de la France métropolitaine, dans les départements d'outre-mer, à Saint-Martin, à Saint-Barthélemy ou dans un autre Etat membre de la Communauté européenne ou dans un autre Etat partie à l'accord sur l'Espace économique européen, et que l'opération est réalisée en euros ou dans la devise d'un Etat membre qui n'appartient pas à la zone euro.
III.-Les dispositions du présent chapitre ne s'appliquent pas aux opérations de paiement effectuées entre prestataires de services de paiement pour leur propre compte.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/4c2a2cf55d6414b021b218823c7c0556f70f7c39/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-1/article-l133-1.md',
      ],
    },
    {
      from: '2010-07-03',
      to: '2013-01-29',
      enactedBy: 'loi n° 2010-737 du 1er juillet 2010',
      officialId: null,
      text: {
        fr: `I.-Les dispositions du présent chapitre s'appliquent aux opérations de paiement réalisées par les prestataires de services de paiement mentionnés au livre V dans le cadre des activités définies au II de l'article L. 314-1.
II.-A l'exception de celles du I de l'article L. 133-14, les dispositions du présent chapitre s'appliquent si le prestataire de services de paiement du bénéficiaire et celui du payeur sont situés sur le territoire de la France métropolitaine, dans les départements d'outre-mer, à Saint-Barthélemy, à Saint-Martin, à Mayotte ou à Saint-Pierre-et-Miquelon et que l'opération est réalisée en euros.
A l'exception de celles du I de l'article L. 133-14, les dispositions du présent chapitre s'appliquent également si le prestataire de services de paiement du bénéficiaire et celui du payeur sont situés, l'un sur le territoire de la France métropolitaine, dans les départements d'outre-mer, à Saint-Martin ou à Saint-Barthélemy, l'autre sur le territoire de la France métropolitaine, dans les départements d'outre-mer, à Saint-Martin, à Saint-Barthélemy ou dans un autre Etat membre de la Communauté européenne ou dans un autre Etat partie à l'accord sur l'Espace économique européen, et que l'opération est réalisée en euros ou dans la devise d'un Etat membre de la Communauté européenne ou d'un autre Etat partie à l'accord sur l'Espace économique européen qui n'appartient pas à la zone euro.
III.-Les dispositions du présent chapitre ne s'appliquent pas aux opérations de paiement effectuées entre prestataires de services de paiement pour leur propre compte.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/75428e25ed2c3dca979839da7ef66eeeba8af69b/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-1/article-l133-1.md',
      ],
    },
    {
      from: '2013-01-30',
      to: '2013-08-31',
      enactedBy: 'loi n° 2013-100 du 28 janvier 2013',
      officialId: null,
      text: {
        fr: `I.-Les dispositions du présent chapitre s'appliquent aux opérations de paiement réalisées par les prestataires de services de paiement mentionnés au livre V dans le cadre des activités définies au II de l'article L. 314-1.
II.-A l'exception de celles du I de l'article L. 133-14, les dispositions du présent chapitre s'appliquent si le prestataire de services de paiement du bénéficiaire et celui du payeur sont situés sur le territoire de la France métropolitaine, dans les départements d'outre-mer, à Saint-Martin, à Mayotte ou à Saint-Pierre-et-Miquelon et que l'opération est réalisée en euros.
A l'exception de celles du I de l'article L. 133-14, les dispositions du présent chapitre s'appliquent également si le prestataire de services de paiement du bénéficiaire et celui du payeur sont situés, l'un sur le territoire de la France métropolitaine, dans les départements d'outre-mer, ou à Saint-Martin, l'autre sur le territoire de la France métropolitaine, dans les départements d'outre-mer, à Saint-Martin ou dans un autre Etat membre de la Communauté européenne ou dans un autre Etat partie à l'accord sur l'Espace économique européen, et que l'opération est réalisée en euros ou dans la devise d'un Etat membre de la Communauté européenne ou d'un autre Etat partie à l'accord sur l'Espace économique européen qui n'appartient pas à la zone euro.
III.-Les dispositions du présent chapitre ne s'appliquent pas aux opérations de paiement effectuées entre prestataires de services de paiement pour leur propre compte.
IV.-Sans préjudice de l'application de la section 12, le présent chapitre s'applique à l'émission et la gestion de monnaie électronique.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/c3799ece2bfaac0e70c419d9118927382a2df991/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-1/article-l133-1.md',
      ],
      uncertain:
        'Saint-Barthélemy leaves II al. 1 and al. 2; IV on electronic money is added (Etalab version dated 30/01/2013).',
    },
    {
      from: '2013-09-01',
      to: '2013-12-31',
      enactedBy: 'ord. n° 2013-792 du 30 août 2013',
      officialId: null,
      text: {
        fr: `I.-Les dispositions du présent chapitre s'appliquent aux opérations de paiement réalisées par les prestataires de services de paiement mentionnés au livre V dans le cadre des activités définies au II de l'article L. 314-1.
II.-A l'exception de celles du I de l'article L. 133-14, les dispositions du présent chapitre s'appliquent si le prestataire de services de paiement du bénéficiaire et celui du payeur sont situés sur le territoire de la France métropolitaine, dans les départements d'outre-mer, à Saint-Martin, à Saint-Barthélemy, à Mayotte ou à Saint-Pierre-et-Miquelon et que l'opération est réalisée en euros.
A l'exception de celles du I de l'article L. 133-14, les dispositions du présent chapitre s'appliquent également si le prestataire de services de paiement du bénéficiaire et celui du payeur sont situés, l'un sur le territoire de la France métropolitaine, dans les départements d'outre-mer, ou à Saint-Martin, l'autre sur le territoire de la France métropolitaine, dans les départements d'outre-mer, à Saint-Martin ou dans un autre Etat membre de la Communauté européenne ou dans un autre Etat partie à l'accord sur l'Espace économique européen, et que l'opération est réalisée en euros ou dans la devise d'un Etat membre de la Communauté européenne ou d'un autre Etat partie à l'accord sur l'Espace économique européen qui n'appartient pas à la zone euro.
III.-Les dispositions du présent chapitre ne s'appliquent pas aux opérations de paiement effectuées entre prestataires de services de paiement pour leur propre compte.
IV.-Sans préjudice de l'application de la section 12, le présent chapitre s'applique à l'émission et la gestion de monnaie électronique.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/ae83808f25bc3e939cba18db2fa1eeba9e94ff57/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-1/article-l133-1.md',
      ],
      uncertain:
        'Saint-Barthélemy back in II al. 1 only (Etalab version dated 01/09/2013).',
    },
    {
      from: '2014-01-01',
      to: '2014-02-21',
      enactedBy: 'ord. n° 2013-79 du 25 janvier 2013 et ord. n° 2013-792 du 30 août 2013',
      officialId: null,
      text: {
        fr: `I.-Les dispositions du présent chapitre s'appliquent aux opérations de paiement réalisées par les prestataires de services de paiement mentionnés au livre V dans le cadre des activités définies au II de l'article L. 314-1.
II.-A l'exception de celles du I de l'article L. 133-14, les dispositions du présent chapitre s'appliquent si le prestataire de services de paiement du bénéficiaire et celui du payeur sont situés sur le territoire de la France métropolitaine, dans les départements d'outre-mer, dans le Département de Mayotte, à Saint-Martin, à Saint-Barthélemy ou à Saint-Pierre-et-Miquelon et que l'opération est réalisée en euros.
A l'exception de celles du I de l'article L. 133-14, les dispositions du présent chapitre s'appliquent également si le prestataire de services de paiement du bénéficiaire et celui du payeur sont situés, l'un sur le territoire de la France métropolitaine, dans les départements d'outre-mer, dans le Département de Mayotte ou à Saint-Martin, l'autre sur le territoire de la France métropolitaine, dans les départements d'outre-mer, dans le Département de Mayotte, à Saint-Martin ou dans un autre Etat membre de la Communauté européenne ou dans un autre Etat partie à l'accord sur l'Espace économique européen, et que l'opération est réalisée en euros ou dans la devise d'un Etat membre de la Communauté européenne ou d'un autre Etat partie à l'accord sur l'Espace économique européen qui n'appartient pas à la zone euro.
III.-Les dispositions du présent chapitre ne s'appliquent pas aux opérations de paiement effectuées entre prestataires de services de paiement pour leur propre compte.
IV. - Sans préjudice de l'application de la section 12, le présent chapitre s'applique à l'émission et la gestion de monnaie électronique.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/fb5463754728bfa6bdd5e9563710adf8e8f6744d/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-1/article-l133-1.md',
      ],
      uncertain:
        'Mayotte (« Département de Mayotte ») on both sides of II al. 2 (Etalab version dated 01/01/2014).',
    },
    {
      from: '2014-02-22',
      to: '2018-01-12',
      enactedBy: 'ord. n° 2014-158 du 20 février 2014',
      officialId: null,
      text: {
        fr: `I.-Les dispositions du présent chapitre s'appliquent aux opérations de paiement réalisées par les prestataires de services de paiement mentionnés au livre V dans le cadre des activités définies au II de l'article L. 314-1.
II.-A l'exception de celles du I de l'article L. 133-14, les dispositions du présent chapitre s'appliquent si le prestataire de services de paiement du bénéficiaire et celui du payeur sont situés sur le territoire de la France métropolitaine, dans les départements d'outre-mer, dans le Département de Mayotte, à Saint-Martin, à Saint-Barthélemy ou à Saint-Pierre-et-Miquelon et que l'opération est réalisée en euros.
A l'exception de celles du I de l'article L. 133-14, les dispositions du présent chapitre s'appliquent également si le prestataire de services de paiement du bénéficiaire et celui du payeur sont situés, l'un sur le territoire de la France métropolitaine, dans les départements d'outre-mer, dans le Département de Mayotte ou à Saint-Martin, l'autre sur le territoire de la France métropolitaine, dans les départements d'outre-mer, dans le Département de Mayotte, à Saint-Martin ou dans un autre Etat membre de  l'Union européenne ou dans un autre Etat partie à l'accord sur l'Espace économique européen, et que l'opération est réalisée en euros ou dans la devise d'un Etat membre de  l'Union européenne ou d'un autre Etat partie à l'accord sur l'Espace économique européen qui n'appartient pas à la zone euro.
III.-Les dispositions du présent chapitre ne s'appliquent pas aux opérations de paiement effectuées entre prestataires de services de paiement pour leur propre compte.
IV.-Sans préjudice de l'application de la section 12, le présent chapitre s'applique à l'émission et la gestion de monnaie électronique.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/69e024e6123e6696c54d3c48310c87e9ac1b3738/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-1/article-l133-1.md',
      ],
      uncertain:
        '« Communauté européenne » becomes « Union européenne » (Etalab version dated 22/02/2014). Whether IV on electronic money survives in the 2018 text, which has a different IV, is not known.',
    },
    {
      from: '2018-01-13',
      to: '2018-08-05',
      enactedBy: 'ord. n° 2017-1252 du 9 août 2017, art. 2',
      officialId: null,
      text: {
        fr: `I. – Dans les conditions prévues aux II à IV les dispositions du présent chapitre s'appliquent aux services de paiement fournis par les prestataires de services de paiement mentionnés au livre V dans le cadre des activités définies au II de l'article L. 314-1.
II. – Les dispositions du présent chapitre s'appliquent si le prestataire de services de paiement du bénéficiaire et celui du payeur sont situées, l'un sur le territoire de la France métropolitaine, en Guadeloupe, en Guyane, en Martinique, à La Réunion, à Mayotte ou à Saint-Martin, l'autre sur le territoire de la France métropolitaine, en Guadeloupe, en Guyane, en Martinique, à La Réunion, à Mayotte, à Saint-Martin ou dans un autre Etat membre de l'Union européenne ou dans un autre Etat partie à l'accord sur l'Espace économique européen, et que l'opération est réalisée en euros ou dans la devise d'un Etat membre de l'Union européenne qui n'appartient pas à la zone euro ou d'un autre Etat partie à l'accord sur l'Espace économique européen.
III. – A l'exception de celles des articles L. 133-11 à L. 133-13 et du II de l'article L. 133-14, les dispositions du présent chapitre s'appliquent si le prestataire de services de paiement du bénéficiaire et celui du payeur sont situés, l'un sur le territoire de la France métropolitaine, en Guadeloupe, en Guyane, en Martinique, à La Réunion, à Mayotte ou à Saint-Martin, l'autre sur le territoire de la France métropolitaine, en Guadeloupe, en Guyane, en Martinique, à La Réunion, à Mayotte, à Saint-Martin ou dans un autre Etat membre de l'Union européenne ou dans un autre Etat partie à l'accord sur l'Espace économique européen, et que l'opération est réalisée dans la devise d'un Etat qui n'appartient pas à l'accord sur l'Espace économique européen, pour ce qui concerne les parties de […]
IV. – […]`,
        en: `[…] IV. – With the exception of Article L. 133-11, I of Article L. 133-13, Article L. 133-22, Articles L. 133-25 to L. 133-25-2 and Article L. 133-27, the provisions of this chapter apply if only the payee's payment service provider or the payer's […]`,
      },
      textStatus: 'partial',
      sources: [
        'https://www.legifrance.gouv.fr/affichTexteArticle.do?cidTexte=JORFTEXT000035394629&idArticle=LEGIARTI000035396079&dateTexte=20170811',
      ],
      uncertain:
        "The end of III is truncated in the source (probably « l'opération de paiement qui sont effectuées dans l'Union »). The French text of IV was not retrieved; the start of an English translation (french-business-law.com) is stored in text.en, and its exclusion list is therefore not authoritative.",
    },
    {
      from: '2018-08-06',
      to: null,
      enactedBy: 'loi n° 2018-700 du 3 août 2018',
      officialId: null,
      text: {
        fr: `I. – Dans les conditions prévues aux II à IV les dispositions du présent chapitre s'appliquent aux services de paiement fournis par les prestataires de services de paiement mentionnés au livre V dans le cadre des activités définies au II de l'article L. 314-1.
II. – Les dispositions du présent chapitre s'appliquent si le prestataire de services de paiement du bénéficiaire et celui du payeur sont situées, l'un sur le territoire de la France métropolitaine, en Guadeloupe, en Guyane, en Martinique, à La Réunion, à Mayotte ou à Saint-Martin, l'autre sur le territoire de la France métropolitaine, en Guadeloupe, en Guyane, en Martinique, à La Réunion, à Mayotte, à Saint-Martin ou dans un autre Etat membre de l'Union européenne ou dans un autre Etat partie à l'accord sur l'Espace économique européen, et que l'opération est réalisée en euros ou dans la devise d'un Etat membre de l'Union européenne qui n'appartient pas à la zone euro ou d'un autre Etat partie à l'accord sur l'Espace économique européen.
III. – A l'exception de celles des articles L. 133-11 à L. 133-13 et du II de l'article L. 133-14, les dispositions du présent chapitre s'appliquent si le prestataire de services de paiement du bénéficiaire et celui du payeur sont situés, l'un sur le territoire de la France métropolitaine, en Guadeloupe, en Guyane, en Martinique, à La Réunion, à Mayotte ou à Saint-Martin, l'autre sur le territoire de la France métropolitaine, en Guadeloupe, en Guyane, en Martinique, à La Réunion, à Mayotte, à Saint-Martin ou dans un autre Etat membre de l'Union européenne ou dans un autre Etat partie à l'accord sur l'Espace économique européen, et que l'opération est réalisée dans la devise d'un Etat qui n'appartient pas à l'accord sur l'Espace économique européen, pour ce qui concerne les parties de […]
IV. – […]`,
        en: `[…] IV. – With the exception of Article L. 133-11, I of Article L. 133-13, Article L. 133-22, Articles L. 133-25 to L. 133-25-2 and Article L. 133-27, the provisions of this chapter apply if only the payee's payment service provider or the payer's […]`,
      },
      textStatus: 'partial',
      sources: [
        'https://lexbase.fr/index/source/112275490-l1331',
      ],
      uncertain:
        "The end of III is truncated in the source (probably « l'opération de paiement qui sont effectuées dans l'Union »). The French text of IV was not retrieved; the start of an English translation (french-business-law.com) is stored in text.en, and its exclusion list is therefore not authoritative. What loi n° 2018-700 changed in this article was not identified: the research gives the same text as ord. n° 2017-1252, art. 2.",
    },
  ],
  lastVerifiedOn: '2026-12-04',
} satisfies Article;
