// CDE art. VII.36 (2014-2018): the payer bears up to 150 € until notification (lost or stolen instrument, or misappropriation
// if he failed to keep his security features safe); all losses for fraud, intent or gross negligence.
import type { Article } from '../../types.js';

export const BE_CDE_2014_VII_36 = {
  id: 'be.cde-2014.VII.36',
  jurisdiction: 'BE',
  source: 'Code de droit économique, livre VII (loi du 19 avril 2014)',
  short: 'CDE',
  number: 'art. VII.36',
  title: {
    fr: 'Responsabilité du payeur (150 €, fraude, négligence grave)',
    en: "Payer's liability (150 €, fraud, gross negligence)",
  },
  versions: [
    {
      from: '2014-05-29',
      to: '2018-08-08',
      enactedBy: 'loi du 19 avril 2014 (insertion du livre VII dans le Code de droit économique)',
      officialId: null,
      text: {
        fr: `§ 1er. Par dérogation à l'article VII. 35, le payeur supporte, à concurrence de 150 euros, jusqu'à la notification faite conformément à l'article VII. 30, § 1er, 2°, les pertes liées à toute opération de paiement non autorisée consécutive à l'utilisation d'un instrument de paiement perdu ou volé ou, si le payeur n'est pas parvenu à préserver la sécurité de ses dispositifs de sécurité personnalisés, au détournement d'un instrument de paiement.
Le payeur supporte toutes les pertes occasionnées par des opérations de paiement non autorisées si ces pertes résultent soit d'un agissement frauduleux de sa part, soit du fait qu'il n'a pas satisfait, intentionnellement ou à la suite d'une négligence grave, à une ou plusieurs des obligations qui lui incombent en vertu de l'article VII. 30.
Dans ces cas, le montant maximal visé à l'alinéa 1er ne s'applique pas.
Lorsque le payeur n'a pas agi frauduleusement ni n'a manqué intentionnellement aux obligations qui lui incombent en vertu de l'article VII. 30, il […]`,
      },
      textStatus: 'partial',
      sources: [
        'https://credafin.be/?p=5091',
        'https://etaamb.openjustice.be/fr/arrete-royal-du-19-avril-2014_n2014011345',
      ],
      uncertain:
        "The fourth paragraph is truncated (« Lorsque le payeur n'a pas agi frauduleusement ni n'a manqué intentionnellement … il […] ») and its content is not known; any further paragraph (a § 2 on losses after notification is inferred) was not retrieved. The examples of gross negligence and the « le juge tient compte de l'ensemble des circonstances » sentence are said by secondary sources to have been carried over from the 2009 law, but were not retrieved. Entry into force taken as 29 May 2014 (A.R. du 19 avril 2014; a consolidated site labels the chapter « entrée en vigueur le 29 mai 2014 »); the exact day for the payment-services title is uncertain.",
    },
  ],
  lastVerifiedOn: '2026-11-22',
} satisfies Article;
