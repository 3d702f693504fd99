// Belgian loi du 10 décembre 2009, art. 37: payer's liability (150 € until notification, all losses for fraud or gross negligence);
// records and use of the code are not a sufficient presumption of negligence.
import type { Article } from '../../types.js';

export const BE_LOI_2009_ART_37 = {
  id: 'be.loi-2009-12-10.art-37',
  jurisdiction: 'BE',
  source: 'Loi du 10 décembre 2009 relative aux services de paiement',
  short: 'loi 10.12.2009',
  number: 'art. 37',
  title: {
    fr: 'Responsabilité du payeur (150 €, négligence grave) et appréciation de la négligence',
    en: "Payer's liability (150 €, gross negligence) and assessment of negligence",
  },
  versions: [
    {
      from: '2010-04-01',
      to: '2014-05-28',
      enactedBy: 'loi du 10 décembre 2009 relative aux services de paiement',
      officialId: '2009011539',
      text: {
        fr: `[…] de ne pas avoir notifié au prestataire de services de paiement, ou à l'entité indiquée par celui-ci, la perte ou le vol, dès qu'il en a eu connaissance.
Pour l'appréciation de la négligence, le juge tient compte de l'ensemble des circonstances de fait. La production par le fournisseur de services de paiement des enregistrements visés à l'article 35 et l'utilisation de l'instrument de paiement avec le code connu du seul utilisateur de services de paiement ne constituent pas une présomption suffisante de la négligence de celui-ci.`,
        nl: `[…] het feit van de betalingsdienstaanbieder, of de door laatstgenoemde aangeduide entiteit, niet onverwijld in kennis te hebben gesteld van het verlies of de diefstal.
Wat de beoordeling van de nalatigheid betreft, houdt de rechter rekening met het geheel van de feitelijke omstandigheden. Het produceren door de betalingsdienstaanbieder van de registraties bedoeld in artikel 35, en het gebruik van het betaalmiddel met de code die enkel door de betalingsdienstgebruiker is gekend, vormen geen voldoende vermoeden van nalatigheid vanwege deze laatste.`,
      },
      textStatus: 'partial',
      sources: [
        'https://www.yumpu.com/fr/document/view/37155362/staatsblad-moniteur-procedurecivilebe/38',
        'http://baes.be/tag/onrechtmatig-gebruik/',
        'https://etaamb.openjustice.be/fr/loi-du-10-decembre-2009_n2009011539',
        'https://rdc-tbh.be/nl/article/?docEtiq=rdc_tbh2011_10p1016',
      ],
      uncertain:
        'Only the end of the article is verbatim (M.B. 15.01.2010, p. 1920); the 150 € cap, the fraud and gross-negligence rules and the first example of gross negligence (noting the personalised security features in an easily recognisable form, with the instrument) are known from secondary sources (baes.be) and match art. VII.36 CDE (2014). The paragraph numbering (§ 3?) and the content of the fourth paragraph of § 1 (a possible reduction where the payer acted neither fraudulently nor intentionally) were not retrieved. The switch to book VII of the CDE is dated 29 May 2014 (A.R. du 19 avril 2014), but the exact day for the payment-services title is uncertain, so the end date (28 May 2014) is uncertain.',
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
