// CMF art. L133-4: definitions used by the chapter (personalised security features/data,
// unique identifier, payment instrument, business day, strong customer authentication).
import type { Article } from '../../types.js';

export const L133_4 = {
  id: 'fr.cmf.L133-4',
  jurisdiction: 'FR',
  source: 'Code monétaire et financier',
  short: 'CMF',
  number: 'L133-4',
  title: {
    fr: 'Définitions (dispositif ou données de sécurité personnalisé(e)s, instrument de paiement, jour ouvrable, authentification forte)',
    en: 'Definitions (personalised security features or data, payment instrument, business day, strong customer authentication)',
  },
  versions: [
    {
      from: '2009-11-01',
      to: '2018-01-12',
      enactedBy: 'ord. n° 2009-866 du 15 juillet 2009',
      officialId: null,
      text: {
        fr: `Pour l'application du présent chapitre :
a) Un dispositif de sécurité personnalisé s'entend de tout moyen technique affecté par un prestataire de services de paiement à un utilisateur donné pour l'utilisation d'un instrument de paiement. Ce dispositif, propre à l'utilisateur de services de paiement et placé sous sa garde, vise à l'authentifier ;
b) Un identifiant unique s'entend d'une combinaison de lettres, de chiffres ou de symboles indiquée à l'utilisateur de services de paiement par le prestataire de services de paiement, que l'utilisateur de services de paiement doit fournir pour permettre alternativement ou cumulativement l'identification certaine de l'autre utilisateur de services de paiement et de son compte de paiement pour l'opération de paiement ;
c) Un instrument de paiement s'entend, alternativement ou cumulativement, de tout dispositif personnalisé et de l'ensemble de procédures convenu entre l'utilisateur de services de paiement et le prestataire de services de paiement et auquel l'utilisateur de services de paiement a recours pour donner un ordre de paiement ;
d) Un jour ouvrable est un jour au cours duquel le prestataire de services de paiement du payeur ou celui du bénéficiaire exerce une activité permettant d'exécuter des opérations de paiement.`,
      },
      textStatus: 'verbatim',
      sources: [
        'https://github.com/etalab/codes-juridiques-francais/blob/4c2a2cf55d6414b021b218823c7c0556f70f7c39/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-1/article-l133-4.md',
      ],
      uncertain:
        'Intermediate versions between 2009 and 2018 are not excluded by the research (UNCERTAIN); the Etalab history, checked by the reviewer, holds a single version up to its last snapshot (about 2014).',
    },
    {
      from: '2018-01-13',
      to: null,
      enactedBy: 'ord. n° 2017-1252 du 9 août 2017',
      officialId: null,
      text: {
        fr: `[…]
f) Une authentification forte du client s'entend d'une authentification reposant sur l'utilisation de deux éléments ou plus appartenant aux catégories « connaissance » (quelque chose que seul l'utilisateur connaît), « possession » (quelque chose que seul l'utilisateur possède) et « inhérence » (quelque chose que l'utilisateur est) et indépendants en ce sens que la compromission de l'un ne remet pas en question la fiabilité des autres, et qui est conçue de manière à protéger la confidentialité des données d'authentification.
[…]`,
        en: `[…] a) personalised security data means personalised data provided to a payment service user by the payment service provider for authentication purposes […]`,
      },
      textStatus: 'partial',
      sources: [
        'https://morbihan.ufcquechoisir.fr/2020/03/02/securite-de-paiement',
        'https://juriblio.fr/arretes/arrete-du-14-janvier-2019/172251708/chapitre-ii',
      ],
      uncertain:
        'Only letter f) was retrieved in French (quoted by UFC-Que Choisir Morbihan; the letter is confirmed by the arrêté du 14 janvier 2019, art. 4); letter a) is known only from an English translation (text.en); the letter and current wording of the jour ouvrable definition were not retrieved.',
    },
  ],
  lastVerifiedOn: '2026-12-01',
} satisfies Article;
