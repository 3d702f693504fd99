// CDE art. VII.44 (from 2018): the payer bears up to 50 € until notification; exceptions; all losses for fraud or gross negligence;
// nothing (except fraud) if the PSP did not require strong customer authentication.
import type { Article } from '../../types.js';

export const BE_CDE_2018_VII_44 = {
  id: 'be.cde-2018.VII.44',
  jurisdiction: 'BE',
  source: 'Code de droit économique, livre VII (après la loi du 19 juillet 2018)',
  short: 'CDE',
  number: 'art. VII.44',
  title: {
    fr: 'Responsabilité du payeur (50 €, négligence grave, authentification forte)',
    en: "Payer's liability (50 €, gross negligence, strong authentication)",
  },
  versions: [
    {
      from: '2018-08-09',
      to: null,
      enactedBy: 'loi du 19 juillet 2018 portant modification et insertion de dispositions en matière de services de paiement dans différents livres du Code de droit économique',
      officialId: '2018031489',
      text: {
        nl: `§ 1. In afwijking van artikel VII.43 draagt de betaler tot aan de kennisgeving verricht overeenkomstig artikel VII.38, § 1, 2°, het verlies tot een bedrag van ten hoogste 50 euro met betrekking tot alle niet-toegestane betalingstransacties die voortvloeien uit het gebruik van een verloren of gestolen betaalinstrument of uit het onrechtmatig gebru[ik] […]`,
      },
      textStatus: 'partial',
      sources: [
        'https://www.peterfreundlaw.be/advocaat-phishing/',
        'https://www.etaamb.be/fr/loi-du-19-juillet-2018_n2018031489.html',
        'https://etaamb.openjustice.be/nl/wet-van-19-juli-2018_n2018031489.html',
        'https://legalworld.wolterskluwer.be/fr/nouvelles/moniteur/services-de-paiement-le-code-de-droit-economique-est-aligne-sur-la-directive-psd-ii/',
      ],
      uncertain:
        'Only the opening of § 1 is verbatim, in Dutch, as quoted by a law firm (peterfreundlaw.be); the rest (exceptions, gross negligence and its examples, the no-SCA rule, any « le juge tient compte » sentence) and the French text were not retrieved — their substance follows PSD2 art. 74 per Belgian commentaries. The Belgian text says « draagt » (bears) where the directive says the payer « may be obliged to bear ». How the no-SCA rule applies to operations before 14 September 2019 (RTS) is uncertain. Entry into force « en principe le 9 août 2018 » per a secondary source (Wolters Kluwer).',
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
