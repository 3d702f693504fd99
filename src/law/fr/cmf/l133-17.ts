// CMF art. L133-17: the user informs his PSP « sans tarder » of loss, theft, misappropriation or unauthorised use,
// to block the instrument; card payments may be blocked in the payee's insolvency.
import type { Article } from '../../types.js';

export const L133_17 = {
  id: 'fr.cmf.L133-17',
  jurisdiction: 'FR',
  source: 'Code monétaire et financier',
  short: 'CMF',
  number: 'L133-17',
  title: {
    fr: "Information aux fins de blocage de l'instrument (opposition)",
    en: 'Notification to block the instrument (opposition)',
  },
  versions: [
    {
      from: '2009-11-01',
      to: '2018-01-12',
      enactedBy: 'ord. n° 2009-866 du 15 juillet 2009',
      officialId: null,
      text: {
        fr: `I. ― Lorsqu'il a connaissance de la perte, du vol, du détournement ou de toute utilisation non autorisée de son instrument de paiement ou des données qui lui sont liées, l'utilisateur de services de paiement en informe sans tarder, aux fins de blocage de l'instrument, son prestataire ou l'entité désignée par celui-ci.
II. ― Lorsque le paiement est effectué par une carte de paiement émise par un établissement de crédit, une institution ou un service mentionné à l'article L. 518-1 et permettant à son titulaire de retirer ou de transférer des fonds, il peut être fait opposition au paiement en cas de procédure de redressement ou de liquidation judiciaires du bénéficiaire.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/4c2a2cf55d6414b021b218823c7c0556f70f7c39/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-5/article-l133-17.md',
      ],
    },
    {
      from: '2018-01-13',
      to: null,
      enactedBy: 'ord. n° 2017-1252 du 9 août 2017',
      officialId: null,
      text: {
        en: `I. – […] he shall inform his payment service provider or the entity designated by the latter without delay so that the instrument can be blocked.
II. – […] until the amount of the payment transaction has been credited to the account of the beneficiary's payment service provider.`,
      },
      textStatus: 'translation',
      sources: [
        'https://french-business-law.com/french-legislation-art/article-l133-17-of-the-french-monetary-and-financial-code',
      ],
      uncertain:
        "The French wording was not retrieved; only fragments of an English translation (french-business-law.com) are stored. Per that translation I is unchanged in substance, and II now lets the payment be blocked in the payee's receivership or liquidation until its amount has been credited to the account of the payee's PSP.",
    },
  ],
  lastVerifiedOn: '2026-12-01',
} satisfies Article;
