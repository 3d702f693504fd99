// Belgian loi du 10 décembre 2009, art. 35: the PSP proves authentication, recording and absence of deficiency (its « enregistrements »).
// Text not retrieved; substance of art. VII.34 CDE (2014).
import type { Article } from '../../types.js';

export const BE_LOI_2009_ART_35 = {
  id: 'be.loi-2009-12-10.art-35',
  jurisdiction: 'BE',
  source: 'Loi du 10 décembre 2009 relative aux services de paiement',
  short: 'loi 10.12.2009',
  number: 'art. 35',
  title: {
    fr: "Preuve de l'authentification ; enregistrements du prestataire",
    en: "Evidence of authentication; the PSP's records",
  },
  versions: [
    {
      from: '2010-04-01',
      to: '2014-05-28',
      enactedBy: 'loi du 10 décembre 2009 relative aux services de paiement',
      officialId: '2009011539',
      text: {
        fr: `Texte non retrouvé. Sa substance est celle de l'art. VII.34 CDE (2014) : lorsque l'utilisateur nie avoir autorisé une opération exécutée, il incombe au prestataire de services de paiement de prouver que l'opération a été authentifiée, dûment enregistrée et comptabilisée et qu'elle n'a pas été affectée par une déficience technique ou autre ; l'utilisation de l'instrument telle qu'enregistrée ne suffit pas nécessairement à prouver que le payeur a autorisé l'opération, a agi frauduleusement ou a commis une négligence grave. L'art. 37 de la loi renvoie aux « enregistrements visés à l'article 35 ».`,
      },
      textStatus: 'paraphrase',
      sources: [
        'https://etaamb.openjustice.be/fr/loi-du-10-decembre-2009_n2009011539',
        'https://www.yumpu.com/fr/document/view/37155362/staatsblad-moniteur-procedurecivilebe/38',
        'https://www.credafin.be/blog/page/16',
      ],
      uncertain:
        "The wording was not retrieved; that art. 35 concerns the PSP's records rests on the cross-reference in art. 37, and the rest of its content on art. VII.34 CDE (2014). The switch to book VII of the CDE is dated 29 May 2014 (A.R. du 19 avril 2014), but the exact day for the payment-services title is uncertain, so the end date (28 May 2014) is uncertain.",
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
