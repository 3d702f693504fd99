// The decisions the gross-negligence rules rest on, cited as French and Belgian lawyers cite them.
// `confidence`: `text` = the decision's text (or its official headnote) was read in the source
// given; `reported` = known from a commentary only (../shared/law/fr.md §D, be-eu.md C.3–C.4,
// ../shared/caselaw/records, ../shared/reviews/legal-watch-2026-12.md).

export interface Authority {
  /** As a lawyer of the court's country cites it. */
  cite: string;
  jurisdiction: 'FR' | 'BE' | 'EU';
  date: string;
  confidence: 'text' | 'reported';
  source: string;
}

const a = (jurisdiction: Authority['jurisdiction'], date: string, cite: string, confidence: Authority['confidence'], source: string): Authority =>
  ({ jurisdiction, date, cite, confidence, source });

export const AUTHORITIES = {
  cass_2007_10_02: a('FR', '2007-10-02', 'Cass. com., 2 oct. 2007', 'reported', 'https://www.dalloz-actualite.fr/breve/composition-du-code-confidentiel-ne-prouve-par-faute-lourde-du-titulaire-de-carte-perdue-ou-vo'),
  cass_2010_09_21: a('FR', '2010-09-21', 'Cass. com., 21 sept. 2010, arrêt n° 870', 'reported', 'http://laroussi-chemlali.blogspot.com/2012/11/vol-dune-carte-bancaire-avec-code.html'),
  cass_2012_10_16: a('FR', '2012-10-16', 'Cass. com., 16 oct. 2012, n° 11-19.981, Bull.', 'text', 'https://master.juricaf.org/arret/FRANCE-COURDECASSATION-20121016-1119981'),
  cass_2014_04_29: a('FR', '2014-04-29', 'Cass. com., 29 avr. 2014, arrêt n° 420', 'reported', 'https://www.cbanque.com/carte-bancaire/actualites/44796/apres-un-vol-de-carte-bancaire-la-negligence-est-risquee'),
  cass_2016_05_31: a('FR', '2016-05-31', 'Cass. com., 31 mai 2016, n° 14-29.906', 'reported', 'http://monvoisin-avocat.fr/actualitedetail.asp?num=369'),
  cass_2017_10_25: a('FR', '2017-10-25', 'Cass. com., 25 oct. 2017, n° 16-11.644, Bull.', 'text', 'https://www.legifrance.gouv.fr/juri/id/JURITEXT000035925298'),
  cass_2018_03_28: a('FR', '2018-03-28', 'Cass. com., 28 mars 2018, n° 16-20.018, Bull.', 'text', 'https://cerclab.univ-lorraine.fr/s/cerclab/item/7629'),
  cass_2018_06_06: a('FR', '2018-06-06', 'Cass. com., 6 juin 2018, n° 16-29.065', 'text', 'https://juricaf.org/arret/FRANCE-COURDECASSATION-20180606-1629065'),
  cass_2018_10_03: a('FR', '2018-10-03', 'Cass. com., 3 oct. 2018, n° 17-21.395', 'reported', 'https://lettredesreseaux.com/?p=10008'),
  cass_2020_07_01: a('FR', '2020-07-01', 'Cass. com., 1er juill. 2020, n° 18-21.487, Bull.', 'text', 'https://juricaf.org/arret/FRANCE-COURDECASSATION-20200701-1821487'),
  cass_2024_10_23: a('FR', '2024-10-23', 'Cass. com., 23 oct. 2024, n° 23-16.267, FS-B', 'text', 'https://juricaf.org/arret/FRANCE-COURDECASSATION-20241023-42400586'),
  cass_2025_06_12: a('FR', '2025-06-12', 'Cass. com., 12 juin 2025, n° 24-13.777, B', 'reported', 'https://yanngre.blogspot.com/2025'),
  cass_2026_03_04: a('FR', '2026-03-04', 'Cass. com., 4 mars 2026, n° 24-19.588, B', 'reported', 'https://consultation.avocat.fr/barreau-avignon/blog/thomas-gauriat/article-2979916-spoofing-quand-le-message-de-confirmation-devient-l-arme-de-la-banque-contre-sa-victime.html'),
  ca_angers_2026_01_27: a('FR', '2026-01-27', 'CA Angers, ch. A com., 27 janv. 2026, n° 21/02328', 'reported', '../shared/caselaw/records/fr-ca-angers-2026-01-27-21-02328.yaml'),
  ca_paris_2025_05_22_a: a('FR', '2025-05-22', 'CA Paris, pôle 4, ch. 9-A, 22 mai 2025, n° 24/02286', 'reported', '../shared/caselaw/records/fr-ca-paris-2025-05-22-24-02286.yaml'),
  ca_paris_2025_05_22_b: a('FR', '2025-05-22', 'CA Paris, pôle 4, ch. 9, 22 mai 2025, n° 24/02984', 'reported', '../shared/caselaw/records/fr-ca-paris-2025-05-22-24-02984.yaml'),
  ca_versailles_2025_06_19: a('FR', '2025-06-19', 'CA Versailles, 19 juin 2025, n° 24/02614', 'reported', '../shared/caselaw/records/fr-ca-versailles-2025-06-19-24-02614.yaml'),
  ca_douai_2025_03_06: a('FR', '2025-03-06', 'CA Douai, 6 mars 2025', 'reported', 'https://lebot-avocat.com/fraude-spoofing-faux-conseiller-pas-de-negligence-grave-du-client-selon-la-cour-dappel-de-douai-6-mars-2025'),
  tj_marseille_2025_09_11: a('FR', '2025-09-11', 'TJ Marseille, 11 sept. 2025, n° 23/06916', 'reported', '../shared/caselaw/records/fr-tj-marseille-2025-09-11-23-06916.yaml'),
  tj_paris_2024_04_04: a('FR', '2024-04-04', 'TJ Paris, 4 avr. 2024, Nadgatimo c/ Olinda', 'reported', 'https://uplex.fr/contrats/?p=278003'),
  tj_paris_2024_04_25: a('FR', '2024-04-25', 'TJ Paris, 25 avr. 2024, n° 22/11004', 'reported', '../shared/caselaw/records/fr-tj-paris-2024-04-25-22-11004.yaml'),
  tj_paris_2024_11_12: a('FR', '2024-11-12', 'TJ Paris, 12 nov. 2024', 'reported', 'https://lionelperes.linktime.co/a-ma-grande-surprise-une-decision-du-tribunal-judiciaire-de-23cdotm'),
  tj_lyon_2021_11_30: a('FR', '2021-11-30', 'TJ Lyon, 4e ch., 30 nov. 2021, n° 19/00506', 'reported', 'https://avocats-desbosbarou.fr/blog/articles/prise-en-charge-par-la-banque-des-sommes-detournee-en-cas-d-escroquerie-tribunal-judiciaire-de-lyon-4e-chambre-30-novembre-2021-n-19-00506'),
  cjue_2025_08_01_veracash: a('EU', '2025-08-01', 'CJUE, 1er août 2025, IL c/ Veracash SAS, C-665/23, EU:C:2025:598', 'text', 'https://curia.europa.eu/juris/document/document.jsf?docid=303036&part=1'),
  antwerpen_2023_11_02: a('BE', '2023-11-02', 'Antwerpen, 2 november 2023, 2022/AR/1375, NjW 2024, 574', 'reported', 'https://bib.henallux.be/index.php?lvl=notice_display&id=727892'),
  antwerpen_2024_11_28: a('BE', '2024-11-28', 'Antwerpen, 28 november 2024', 'reported', '../shared/law/be-eu.md C.3 (ictrechtswijzer)'),
  civ_bruxelles_2025_02_18: a('BE', '2025-02-18', 'Civ. Bruxelles (fr.), 18 février 2025', 'reported', '../shared/caselaw/records/be-civ-bruxelles-fr-2025-02-18.yaml'),
  ondernemingsrb_brussel_2025_03_13: a('BE', '2025-03-13', 'Ondernemingsrb. Brussel (nl.), 13 maart 2025', 'reported', '../shared/caselaw/records/be-ondernemingsrb-brussel-nl-2025-03-13.yaml'),
  comm_mons_2011_04_28: a('BE', '2011-04-28', 'Comm. Mons, 28 avril 2011, R.D.C. 2013, p. 598', 'reported', '../shared/law/be-eu.md C.3 (R.D.C.-T.B.H. 2013/7, abstract)'),
  bruxelles_2011_06_23: a('BE', '2011-06-23', 'Bruxelles, 23 juin 2011, R.D.C. 2013, p. 611', 'reported', '../shared/law/be-eu.md C.3 (R.D.C.-T.B.H. 2013/7, abstract)'),
  ombudsfin_2013_1876: a('BE', '2014-03-18', 'Ombudsfin, avis n° 2013.1876 du 18 mars 2014', 'text', 'https://ombudsfin.be/fr/avis-du-college/vol-%E2%80%93-code-identique-pour-les-deux-cartes-%E2%80%93-retrait'),
  ombudsfin_2016_3121: a('BE', '2017-06-20', 'Ombudsfin, avis n° 2016.3121 du 20 juin 2017', 'text', 'https://ombudsfin.be/fr/avis-du-college/paiements-et-comptes-de-paiements-%E2%80%93-cartes-%E2%80%93-op%C3%A9rations'),
  ombudsfin_2013_0192: a('BE', '2013-09-24', 'Ombudsfin, avis n° 2013.0192 du 24 septembre 2013', 'reported', 'https://ombudsfin.be/fr/avis-du-college/vol-de-carte-%E2%80%93-date-de-naissance-%E2%80%93-les-conditions'),
  ombudsfin_cas_vecu: a('BE', '2026-12-04', 'Ombudsfin, cas vécu publié par le SPF Économie (femme de 78 ans)', 'reported', '../shared/caselaw/records/be-ombudsfin-undated-cas-vecus-femme-enceinte-78.yaml'),
} as const satisfies Record<string, Authority>;

export type AuthorityId = keyof typeof AUTHORITIES;

export const citeAuthority = (id: AuthorityId): string => AUTHORITIES[id].cite;
