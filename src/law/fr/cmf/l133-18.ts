// CMF art. L133-18: the payer's PSP refunds an unauthorised operation (immediately; from 2018 by the end of the
// next business day unless it reports suspected fraud to the Banque de France); penalty interest from 2022.
import type { Article } from '../../types.js';

export const L133_18 = {
  id: 'fr.cmf.L133-18',
  jurisdiction: 'FR',
  source: 'Code monétaire et financier',
  short: 'CMF',
  number: 'L133-18',
  title: {
    fr: "Remboursement de l'opération non autorisée (délai, rétablissement du compte, pénalités de retard)",
    en: 'Refund of an unauthorised transaction (deadline, restoration of the account, late-refund penalties)',
  },
  versions: [
    {
      from: '2009-11-01',
      to: '2010-07-02',
      enactedBy: 'ord. n° 2009-866 du 15 juillet 2009',
      officialId: null,
      text: {
        fr: `En cas d'opération de paiement non autorisée signalée par l'utilisateur dans les conditions prévues à l'article L. 133-24, le prestataire de services de paiement du payeur rembourse immédiatement au payeur le montant de l'opération non autorisée et, le cas échéant, rétablit le compte débité dans l'Etat (1) où il se serait trouvé si l'opération de paiement non autorisée n'avait pas eu lieu.
Le payeur et son prestataire de services de paiement peuvent décider contractuellement d'une indemnité complémentaire.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/4c2a2cf55d6414b021b218823c7c0556f70f7c39/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-6/sous-section-1/article-l133-18.md',
      ],
      uncertain:
        "« (1) » after « l'Etat » is a Légifrance note marker kept from the source, not statute text.",
    },
    {
      from: '2010-07-03',
      to: '2018-01-12',
      enactedBy: 'loi n° 2010-737 du 1er juillet 2010',
      officialId: null,
      text: {
        fr: `En cas d'opération de paiement non autorisée signalée par l'utilisateur dans les conditions prévues à l'article L. 133-24, le prestataire de services de paiement du payeur rembourse immédiatement au payeur le montant de l'opération non autorisée et, le cas échéant, rétablit le compte débité dans l'état où il se serait trouvé si l'opération de paiement non autorisée n'avait pas eu lieu.
Le payeur et son prestataire de services de paiement peuvent décider contractuellement d'une indemnité complémentaire.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/75428e25ed2c3dca979839da7ef66eeeba8af69b/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-6/sous-section-1/article-l133-18.md',
      ],
      uncertain:
        'The 03/07/2010 date of Etalab commit 75428e25 is inferred by the research from the doctrine.fr version dates and the wording, not read from the commit.',
    },
    {
      from: '2018-01-13',
      to: '2022-08-17',
      enactedBy: 'ord. n° 2017-1252 du 9 août 2017, art. 2',
      officialId: 'LEGIARTI000035430532',
      text: {
        fr: `En cas d'opération de paiement non autorisée signalée par l'utilisateur dans les conditions prévues à l'article L. 133-24, le prestataire de services de paiement du payeur rembourse au payeur le montant de l'opération non autorisée immédiatement après avoir pris connaissance de l'opération ou après en avoir été informé, et en tout état de cause au plus tard à la fin du premier jour ouvrable suivant, sauf s'il a de bonnes raisons de soupçonner une fraude de l'utilisateur du service de paiement et s'il communique ces raisons par écrit à la Banque de France. Le cas échéant, le prestataire de services de paiement du payeur rétablit le compte débité dans l'état où il se serait trouvé si l'opération de paiement non autorisée n'avait pas eu lieu.
Lorsque l'opération de paiement non autorisée est initiée par l'intermédiaire d'un prestataire de services de paiement fournissant un service d'initiation de paiement, le prestataire de services de paiement gestionnaire du compte rembourse immédiatement, et en tout état de cause au plus tard à la fin du premier jour ouvrable suivant, au payeur le montant de l'opération non autorisée et, le cas échéant, rétablit le compte débité dans l'état où il se serait trouvé si l'opération de paiement non autorisée n'avait pas eu lieu. La date de valeur à laquelle le compte de paiement du payeur est crédité n'est pas postérieure à la date à laquelle il avait été débité.
Si le prestataire de services de paiement qui a fourni le service d'initiation de paiement est responsable de l'opération de paiement non autorisée, il indemnise immédiatement le p[…]`,
      },
      textStatus: 'partial',
      sources: [
        'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072026/articles/LEGIARTI000020861591?version=LEGIARTI000035430532',
      ],
      uncertain:
        'The third paragraph is truncated in the source (probably « le prestataire de services de paiement gestionnaire du compte … »); any following paragraphs, including whether the « indemnité complémentaire » sentence survives, were not retrieved.',
    },
    {
      from: '2022-08-18',
      to: null,
      enactedBy: 'loi n° 2022-1158 du 16 août 2022, art. 22',
      officialId: 'LEGIARTI000046194314',
      text: {
        fr: `En cas d'opération de paiement non autorisée signalée par l'utilisateur dans les conditions prévues à l'article L. 133-24, le prestataire de services de paiement du payeur rembourse au payeur le montant de l'opération non autorisée immédiatement après avoir pris connaissance de l'opération ou après en avoir été informé, et en tout état de cause au plus tard à la fin du premier jour ouvrable suivant, sauf s'il a de bonnes raisons de soupçonner une fraude de l'utilisateur du service de paiement et s'il communique ces raisons par écrit à la Banque de France. Le cas échéant, le prestataire de services de paiement du payeur rétablit le compte débité dans l'état où il se serait trouvé si l'opération de paiement non autorisée n'avait pas eu lieu.
Lorsque l'opération de paiement non autorisée est initiée par l'intermédiaire d'un prestataire de services de paiement fournissant un service d'initiation de paiement, le prestataire de services de paiement gestionnaire du compte rembourse immédiatement, et en tout état de cause au plus tard à la fin du premier jour ouvrable suivant, au payeur le montant de l'opération non autorisée et, le cas échéant, rétablit le compte débité dans l'état où il se serait trouvé si l'opération de paiement non autorisée n'avait pas eu lieu. La date de valeur à laquelle le compte de paiement du payeur est crédité n'est pas postérieure à la date à laquelle il avait été débité.
En cas de manquement du prestataire de services de paiement aux obligations prévues aux deux premiers alinéas du présent article, les pénalités suivantes s'appliquent :
1° Les sommes dues produisent intérêt au taux légal majoré de cinq points ;
2° Au-delà de sept jours de retard, les sommes dues produisent intérêt au taux légal majoré de dix points ;
3° Au-delà de trente jours de retard, les sommes dues produisent intérêt au taux légal majoré de quinze points.
Si le prestataire de services de paiement qui a fourni le service d'initiation de paiement est responsable de l'opération de paiement non autorisée, […]`,
      },
      textStatus: 'partial',
      sources: [
        'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072026/articles/LEGIARTI000020861591?version=LEGIARTI000046194314',
        'https://archeo-lex.fr/codes/code_mon%C3%A9taire_et_financier/2022-08-18/commit',
      ],
      uncertain:
        'The article is not retrieved from the PISP paragraph on (any « indemnité complémentaire » sentence included). Whether the penalties apply to refunds overdue after 18/08/2022 for operations executed earlier, whether the tiers apply by slices or to the whole delay, and how delay days are counted are not settled by the text.',
    },
  ],
  lastVerifiedOn: '2026-12-01',
} satisfies Article;
