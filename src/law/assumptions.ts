/**
 * Where the research marks a point UNCERTAIN (../shared/law), the engine does not choose silently:
 * each such point is a named assumption with a default, shown in the explanation whenever it
 * matters, and switchable by the caller (`--assume name=value`).
 */
export interface AssumptionDef<V extends string> {
  name: string;
  values: readonly V[];
  default: V;
  /** Why it is uncertain, with the research reference. */
  basis: { fr: string; nl: string; en: string };
}

const def = <V extends string>(a: AssumptionDef<V>) => a;

export const ASSUMPTIONS = {
  franchise_scope: def({
    name: 'franchise_scope',
    values: ['incident', 'instrument', 'transaction'],
    default: 'incident',
    basis: {
      fr: "Une seule franchise par sinistre, toutes cartes confondues, imputée d'abord aux opérations les plus anciennes : fr.md A.5 étape 8 et be-eu.md A.6 laissent ouverte l'application par sinistre ou par opération ; Ombudsfin 2013.1876 a appliqué une franchise de 150 € aux deux cartes volées.",
      nl: 'Eén eigen risico per schadegeval, voor alle kaarten samen, eerst aangerekend op de oudste verrichtingen: fr.md A.5 stap 8 en be-eu.md A.6 laten open of het per schadegeval of per verrichting geldt; Ombudsfin 2013.1876 paste één eigen risico van 150 euro toe op de twee gestolen kaarten.',
      en: 'One cap per incident across instruments, earliest operations first: fr.md A.5 step 8 and be-eu.md A.6 leave per-incident vs per-transaction open; Ombudsfin 2013.1876 applied one 150 € to two stolen cards.',
    },
  }),
  unknown_evidence: def({
    name: 'unknown_evidence',
    values: ['proven', 'not_proven'],
    default: 'proven',
    basis: {
      fr: "Lorsque le dossier ne dit pas si la banque a prouvé l'authentification, l'enregistrement et l'absence de déficience (L133-23, VII.34), la banque, qui détient les enregistrements, est tenue pour capable de le prouver ; l'autre lecture est donnée.",
      nl: 'Wanneer het dossier niet zegt of de betaaldienstaanbieder de authenticatie, de registratie en het ontbreken van een technische storing of ander falen heeft bewezen (L133-23, VII.34), wordt aangenomen dat de betaaldienstaanbieder, die de registraties bijhoudt, dat kan bewijzen; de andere lezing wordt als scenario gegeven.',
      en: 'When the case does not say whether the PSP proved authentication, recording and the absence of deficiency (L133-23, VII.34), the PSP, which holds the records, is taken to be able to prove it; the other reading is given as a scenario.',
    },
  }),
  unknown_order: def({
    name: 'unknown_order',
    values: ['before', 'after'],
    default: 'before',
    basis: {
      fr: "Lorsque les dates ne permettent pas d'ordonner une opération et la demande de blocage (connues au jour près, ou notification inconnue), l'opération est lue comme antérieure : le titulaire qui invoque la notification doit en établir la date, la banque devant lui en fournir les moyens de preuve (CMF L133-15 II ; DSP2 art. 70, 1, c). L'autre lecture est donnée.",
      nl: 'Wanneer de datums niet toelaten een verrichting en het verzoek tot blokkering te ordenen (beide enkel tot op de dag bekend, of de kennisgeving onbekend), wordt de verrichting gelezen als gebeurd vóór de blokkering: de houder die zich op de kennisgeving beroept, moet aantonen wanneer hij ze deed, en de betaaldienstaanbieder moet hem de middelen geven om dat te bewijzen (CMF L133-15 II; PSD2 art. 70, 1, c). De andere lezing wordt als scenario gegeven.',
      en: 'When the dates cannot order an operation and the blocking request (both known only by day, or the notification unknown), the operation is read as made before it: the holder who invokes the notification must show when he made it, the PSP having to give him the means to prove it (CMF L133-15 II; PSD2 art. 70(1)(c)). The other reading is given as a scenario.',
    },
  }),
  unknown_date: def({
    name: 'unknown_date',
    values: ['holder', 'psp'],
    default: 'holder',
    basis: {
      fr: 'Une date que le dossier laisse ouverte (opération à cheval sur deux versions de la loi ; contestation peut-être tardive) est lue en faveur du titulaire : la banque détient les enregistrements et supporte la charge de la preuve (fr.md R-PROOF-3). Les autres lectures sont données.',
      nl: 'Een datum die het dossier openlaat (een verrichting die over twee versies van de wet loopt; een betwisting die misschien te laat is) wordt gelezen in het voordeel van de houder: de betaaldienstaanbieder houdt de registraties van zijn verrichtingen bij en draagt de bewijslast (fr.md R-PROOF-3). De andere lezingen worden als scenario gegeven.',
      en: 'A date the case leaves open (an operation spanning two versions of the law; a contest that may or may not be in time) is read in the holder\'s favour: the PSP holds the records of its operations and bears the burden of proof (fr.md R-PROOF-3). The other readings are given as scenarios.',
    },
  }),
  no_proof_voids_franchise: def({
    name: 'no_proof_voids_franchise',
    values: ['yes', 'no'],
    default: 'yes',
    basis: {
      fr: "Cass. com. 12 nov. 2020 (n° 19-12.112) écarte la négligence grave lorsque la banque ne rapporte pas la preuve de L133-23 ; l'étendre à la franchise de perte ou vol est une inférence, non une solution jugée (fr.md A.5 étape 5, INCERTAIN).",
      nl: 'Cass. com. 12 nov. 2020 (nr. 19-12.112) sluit grove nalatigheid uit wanneer de betaaldienstaanbieder het bewijs van L133-23 niet levert; dat uitbreiden tot het eigen risico bij verlies of diefstal is een afleiding, geen rechterlijke beslissing (fr.md A.5 stap 5, ONZEKER).',
      en: 'Cass. com. 12 nov. 2020 (n° 19-12.112) bars gross negligence when the PSP fails the L133-23 proof; extending this to the loss/theft franchise is an inference, not a holding (fr.md A.5 step 5, UNCERTAIN).',
    },
  }),
  otp_sms_strong: def({
    name: 'otp_sms_strong',
    values: ['yes', 'no'],
    default: 'yes',
    basis: {
      fr: "Les données de carte et un code SMS (3-D Secure) sont tenus pour une authentification forte au sens de L133-19 V / VII.44 sauf indication contraire (sca: false) ; l'ABE (avis 2019/06) ne compte pas les données de carte comme facteur de connaissance, d'où l'autre lecture (fr.md (e) 3).",
      nl: 'Kaartgegevens samen met een sms-code (3-D Secure) gelden als sterke cliëntauthenticatie in de zin van L133-19 V / VII.44, tenzij het dossier anders zegt (sca: false); de EBA (advies 2019/06) telt kaartgegevens niet als kennisfactor, vandaar de andere lezing (fr.md (e) 3).',
      en: 'Card data plus an SMS code (3-D Secure) is taken as strong authentication for L133-19 V / VII.44 unless the case says otherwise (sca: false); the EBA (Opinion 2019/06) does not count card data as a knowledge factor, so the other reading exists (fr.md (e) 3).',
    },
  }),
  be_sca_rule_from: def({
    name: 'be_sca_rule_from',
    values: ['2019-09-14', '2018-08-09'],
    default: '2019-09-14',
    basis: {
      fr: "La règle belge de l'absence d'authentification forte (VII.44, DSP2 art. 74, 2) figure dans le texte dès le 9 août 2018, mais les normes (Règl. 2018/389) ne s'appliquent qu'au 14 septembre 2019 ; le traitement de l'intervalle est INCERTAIN (be-eu.md A.1). Par défaut : comme en France (Cass. com. 30 août 2023).",
      nl: 'De Belgische regel bij ontbrekende sterke cliëntauthenticatie (VII.44, PSD2 art. 74, 2) staat in de tekst vanaf 9 augustus 2018, maar de technische normen (Verord. 2018/389) gelden pas vanaf 14 september 2019; hoe de tussenperiode te behandelen is ONZEKER (be-eu.md A.1). Standaard: zoals in Frankrijk (Cass. com. 30 augustus 2023).',
      en: 'The Belgian no-SCA rule (VII.44, PSD2 art. 74(2)) is in the text from 9 Aug 2018, but the SCA standards (Reg. 2018/389) apply from 14 Sept 2019; how to treat the interval is UNCERTAIN (be-eu.md A.1). Default: as in France (Cass. com. 30 août 2023).',
    },
  }),
  be_psd2_gap: def({
    name: 'be_psd2_gap',
    values: ['belgian_text', 'directive'],
    default: 'belgian_text',
    basis: {
      fr: "Du 13 janvier au 8 août 2018, la DSP2 devait être transposée mais ne l'était pas en Belgique ; le texte belge (150 €) est appliqué par défaut, les 50 € de la DSP2 par interprétation conforme étant l'autre lecture (be-eu.md A.1, INCERTAIN).",
      nl: 'Van 13 januari tot 8 augustus 2018 had PSD2 omgezet moeten zijn, maar was ze in België nog niet omgezet; standaard wordt de Belgische tekst (150 euro) toegepast, de 50 euro van PSD2 via richtlijnconforme interpretatie is de andere lezing (be-eu.md A.1, ONZEKER).',
      en: 'From 13 Jan to 8 Aug 2018 PSD2 was due but not yet transposed in Belgium; the Belgian text (150 €) is applied by default, the 50 € of PSD2 by consistent interpretation is the other reading (be-eu.md A.1, UNCERTAIN).',
    },
  }),
  pre_statute: def({
    name: 'pre_statute',
    values: ['recommendation_97_489', 'out_of_scope'],
    default: 'recommendation_97_489',
    basis: {
      fr: "En France, avant la loi 2001-1062 (JORF du 16 nov. 2001), aucun texte ne répartissait la perte ; les banques appliquaient contractuellement la recommandation 97/489/CE (150 écus jusqu'à la notification, sauf négligence extrême ou fraude). La recommandation n'est pas contraignante (fr.md R-TIME-1, INCERTAIN). En Belgique, avant le 1er février 2003, le contrat et le droit commun gouvernent et le partage n'est pas calculé (be-eu.md A.1).",
      nl: 'In Frankrijk verdeelde vóór de wet 2001-1062 (JORF van 16 nov. 2001) geen enkele wet het verlies; de banken pasten via hun kaartvoorwaarden Aanbeveling 97/489/EG van de Commissie toe (150 ecu tot de kennisgeving, behalve bij uiterste nalatigheid of fraude). De aanbeveling is niet bindend (fr.md R-TIME-1, ONZEKER). In België gelden vóór 1 februari 2003 het contract en het gemene recht, en wordt de verdeling niet berekend (be-eu.md A.1).',
      en: 'In France, before loi 2001-1062 (JORF of 16 Nov 2001), no statute allocated the loss; banks applied Commission Recommendation 97/489/EC (150 ECU until notification, except extreme negligence or fraud) through their card terms. The recommendation is not binding (fr.md R-TIME-1, UNCERTAIN). In Belgium, before 1 February 2003, the contract and general civil law govern and the sharing is not computed (be-eu.md A.1).',
    },
  }),
  gn_presumption: def({
    name: 'gn_presumption',
    values: ['yes', 'no'],
    default: 'yes',
    basis: {
      fr: "La négligence grave peut résulter de présomptions concordantes lorsque le titulaire n'explique pas comment ses données de sécurité, connues de lui seul, ont été utilisées et que la banque prouve une authentification forte (Cass. com. 31 mai 2016, n° 14-29.906 ; CA Anvers 2 nov. 2023, 2022/AR/1375 ; loi 2009 art. 37 § 3 n'exclut que la seule utilisation du code comme présomption suffisante).",
      nl: 'Grove nalatigheid kan blijken uit overeenstemmende vermoedens wanneer de houder niet uitlegt hoe zijn gepersonaliseerde veiligheidsgegevens, die alleen hij kende, werden gebruikt en de betaaldienstaanbieder een sterke cliëntauthenticatie bewijst (Cass. com. 31 mei 2016, nr. 14-29.906; Hof van beroep Antwerpen 2 nov. 2023, 2022/AR/1375; art. 37 § 3 van de wet van 2009 sluit enkel het loutere gebruik van de code uit als voldoende vermoeden).',
      en: 'Gross negligence may rest on concordant presumptions when the holder gives no account of how his personalised security data, known only to him, were used and the PSP proves strong authentication (Cass. com. 31 mai 2016, n° 14-29.906; CA Antwerpen 2 nov. 2023, 2022/AR/1375; loi 2009 art. 37 § 3 excludes only the mere use of the code as sufficient presumption).',
    },
  }),
  veracash_per_operation: def({
    name: 'veracash_per_operation',
    values: ['yes', 'no'],
    default: 'yes',
    basis: {
      fr: "Un retard fautif de notification ne coûte au titulaire que les opérations qu'une notification rapide aurait évitées (CJUE 1er août 2025, C-665/23 Veracash, selon les commentaires ; le dispositif n'a pas été lu : fr.md R-NOTIF-3, INCERTAIN).",
      nl: 'Een laattijdige kennisgeving die de houder te verwijten valt, kost hem enkel de verrichtingen die een snelle kennisgeving had voorkomen (HvJ EU 1 aug. 2025, C-665/23 Veracash, volgens de commentaren; het dictum werd niet gelezen: fr.md R-NOTIF-3, ONZEKER).',
      en: 'A culpable delay in notifying costs the holder only the operations that a prompt notification would have prevented (CJEU 1 Aug 2025, C-665/23 Veracash, as summarised; the dispositif was not read: fr.md R-NOTIF-3, UNCERTAIN).',
    },
  }),
  be_deception_test: def({
    name: 'be_deception_test',
    values: ['strict', 'attentive_user'],
    default: 'strict',
    basis: {
      fr: "En Belgique, la négligence grave s'apprécie selon l'utilisateur normalement prudent placé dans les mêmes circonstances concrètes (loi 2009 art. 37 ; CDE VII.36 / VII.44 ; Anvers, 2 nov. 2023, 2022/AR/1375) : à la lumière des campagnes d'avertissement, répondre à un message ou un appel non sollicité par ses identifiants ou ses codes est en principe grave, sauf circonstances particulières (canal réel de la banque affiché, personne vulnérable). L'autre lecture applique le critère français : la banque doit prouver des indices qu'un utilisateur normalement attentif aurait relevés (be-eu.md C.4 ; issue 20, P3).",
      nl: 'In België wordt grove nalatigheid beoordeeld naar de normaal voorzichtige gebruiker in dezelfde concrete omstandigheden (wet 2009 art. 37; WER VII.36 / VII.44; Antwerpen 2 november 2023, 2022/AR/1375): in het licht van de waarschuwingscampagnes is op een ongevraagd bericht of telefoontje antwoorden met zijn inloggegevens of codes in beginsel grof, tenzij bijzondere omstandigheden (het echte kanaal van de bank getoond, een kwetsbare persoon). De andere lezing past de Franse maatstaf toe: de bank moet aanwijzingen bewijzen die een normaal oplettende gebruiker had opgemerkt (be-eu.md C.4).',
      en: 'In Belgium gross negligence is judged against the normally prudent user in the same concrete circumstances (loi 2009 art. 37; CDE VII.36 / VII.44; Antwerpen, 2 Nov 2023, 2022/AR/1375): in the light of the public warning campaigns, answering an unsolicited message or call with credentials or codes is grave in principle, unless specific circumstances apply (the bank\'s genuine channel displayed, a vulnerable person). The other reading applies the French test: the bank must prove signs a normally attentive user would have noticed (be-eu.md C.4).',
    },
  }),
  unknown_breach_order: def({
    name: 'unknown_breach_order',
    values: ['covered', 'not_covered'],
    default: 'covered',
    basis: {
      fr: "Un manquement ne fait supporter que les opérations qu'il a rendues possibles (L133-19 IV « si ces pertes résultent » ; DSP2 art. 74, 1) : pas celles qui le précèdent. Lorsque les dates ne permettent pas d'ordonner le manquement (ou la connaissance de la perte) et une opération, l'opération est lue comme postérieure, comme avant la prise en compte des dates ; la lecture du titulaire est donnée.",
      nl: 'Een tekortkoming doet enkel de verrichtingen dragen die ze mogelijk maakte (L133-19 IV; PSD2 art. 74, 1): niet die ervoor. Wanneer de datums de tekortkoming (of de kennisname van het verlies) en een verrichting niet laten ordenen, wordt de verrichting als latere gelezen, zoals vóór de datums werden meegeteld; de lezing van de houder wordt gegeven.',
      en: 'A breach bears only the operations it made possible (L133-19 IV « si ces pertes résultent »; PSD2 art. 74(1)): not those before it. When the dates cannot order the breach (or the holder\'s knowledge of the loss) and an operation, the operation is read as after it, as before dates were taken into account; the holder\'s reading is given.',
    },
  }),
  penalty_tiers: def({
    name: 'penalty_tiers',
    values: ['tiered', 'whole_period'],
    default: 'tiered',
    basis: {
      fr: "L133-18 al. 3 : chaque majoration (+5, +10 au-delà de 7 jours, +15 au-delà de 30 jours) s'applique à ses propres jours de retard ; une autre lecture applique la majoration atteinte à toute la période (fr.md R-PEN-3, INCERTAIN).",
      nl: 'L133-18, derde lid: elke verhoging (+5, +10 na 7 dagen, +15 na 30 dagen) geldt voor haar eigen dagen vertraging; een andere lezing past de bereikte verhoging toe op de hele vertraging (fr.md R-PEN-3, ONZEKER).',
      en: 'L133-18 al. 3: each increase (+5, +10 beyond 7 days, +15 beyond 30 days) applies to its own days of delay; another reading applies the tier reached to the whole delay (fr.md R-PEN-3, UNCERTAIN).',
    },
  }),
  penalty_base: def({
    name: 'penalty_base',
    values: ['final', 'immediate'],
    default: 'final',
    basis: {
      fr: "La pénalité de L133-18 porte sur les « sommes dues » : par défaut, ce que la banque doit finalement ; l'autre lecture retient tout ce qu'elle devait créditer au lendemain ouvré, la négligence grave alléguée ne suspendant pas le remboursement (fr.md (e) 2 ; conclusions Rantos C-70/25).",
      nl: 'De verhoogde interest van L133-18 loopt op de "verschuldigde bedragen": standaard wat de bank uiteindelijk verschuldigd is; de andere lezing neemt alles wat ze tegen de volgende werkdag moest crediteren, omdat aangevoerde grove nalatigheid de terugbetaling niet opschort (fr.md (e) 2; conclusie van advocaat-generaal Rantos, C-70/25).',
      en: 'The L133-18 penalty runs on the "sums due": by default what the bank finally owes; the other reading takes everything it had to credit by the next business day, since alleged gross negligence does not suspend the refund (fr.md (e) 2; AG Rantos, C-70/25).',
    },
  }),
  day_count: def({
    name: 'day_count',
    values: ['365', 'actual'],
    default: '365',
    basis: {
      fr: "Intérêts calculés jour par jour sur une base de 365 jours ; l'autre lecture compte 366 jours les années bissextiles (fr.md R-PEN-3, INCERTAIN).",
      nl: 'De interest wordt dag per dag berekend op een jaar van 365 dagen; de andere lezing telt 366 dagen in schrikkeljaren (fr.md R-PEN-3, ONZEKER).',
      en: 'Interest accrues day by day on a 365-day year; the other reading counts 366 days in leap years (fr.md R-PEN-3, UNCERTAIN).',
    },
  }),
  unknown_payer: def({
    name: 'unknown_payer',
    values: ['consumer', 'professional'],
    default: 'consumer',
    basis: {
      fr: "Lorsque le dossier ne dit pas si le payeur est un consommateur, le taux légal des créances des personnes physiques n'agissant pas pour des besoins professionnels est retenu (CMF L313-2) ; l'autre taux est celui des autres cas.",
      nl: 'Wanneer het dossier niet zegt of de betaler een consument is, wordt de wettelijke interestvoet toegepast voor schuldeisers die natuurlijke personen zijn en niet voor beroepsdoeleinden handelen (CMF L313-2); de andere is de interestvoet voor alle andere gevallen.',
      en: 'When the case does not say whether the payer is a consumer, the legal rate for creditors who are natural persons acting outside their trade is used (CMF L313-2); the other is the rate for all other cases.',
    },
  }),
  be_late_interest: def({
    name: 'be_late_interest',
    values: ['from_refund_deadline', 'not_computed'],
    default: 'from_refund_deadline',
    basis: {
      fr: "En Belgique, la restitution est « augmentée d'intérêts » (VII.35, VII.43) : intérêt au taux légal de chaque année, au prorata, dès le lendemain du délai de remboursement ; qu'il faille d'abord une mise en demeure est INCERTAIN (be-eu.md B.7).",
      nl: 'In België wordt de terugbetaling "vermeerderd met interesten" (VII.35, VII.43): de wettelijke interestvoet van elk jaar, pro rata, vanaf de dag na de termijn voor terugbetaling; of eerst een ingebrekestelling nodig is, is ONZEKER (be-eu.md B.7).',
      en: 'In Belgium the refund is "increased by interest" (VII.35, VII.43): the legal rate of each year, pro rata, from the day after the refund deadline; whether a formal notice is needed first is UNCERTAIN (be-eu.md B.7).',
    },
  }),
  bank_closing_days: def({
    name: 'bank_closing_days',
    values: ['target', 'legal_holidays'],
    default: 'target',
    basis: {
      fr: "Un délai en jours ouvrables suit le calendrier de la banque : aux jours fériés s'ajoutent les jours de fermeture du système TARGET (Vendredi saint, 26 décembre), ce qui allonge le délai de la banque ; l'autre lecture ne compte que les jours fériés, les virements instantanés fonctionnant tous les jours (fr.md R-REFUND-1 ; be-eu.md BE-REFUND-02).",
      nl: 'Een termijn in werkdagen volgt de kalender van de bank: bij de wettelijke feestdagen komen de sluitingsdagen van het TARGET-systeem (Goede Vrijdag, 26 december), wat de termijn van de bank verlengt; de andere lezing telt enkel de wettelijke feestdagen, omdat instantbetalingen elke dag werken (fr.md R-REFUND-1; be-eu.md BE-REFUND-02).',
      en: "A deadline in business days follows the bank's calendar: the TARGET closing days (Good Friday, 26 December) are added to the legal holidays, which lengthens the bank's deadline; the other reading counts legal holidays only, instant payments running every day (fr.md R-REFUND-1; be-eu.md BE-REFUND-02).",
    },
  }),
  vop_failure_causation: def({
    name: 'vop_failure_causation',
    values: ['presumed', 'to_prove'],
    default: 'presumed',
    basis: {
      fr: "Règl. (UE) n° 260/2012, art. 5c, 8 : la banque qui n'a pas proposé la vérification du bénéficiaire, ou n'en a pas montré le résultat avant l'autorisation, rembourse le virement parti chez un bénéficiaire non voulu. Par défaut, ce manquement est tenu pour la cause du virement (la banque qui a omis la vérification ne peut montrer ce qu'elle aurait dit) ; l'autre lecture laisse la causalité à prouver (INCERTAIN : aucune décision trouvée).",
      nl: 'Verord. (EU) nr. 260/2012, art. 5c, 8: de bank die de verificatie van de begunstigde niet aanbood, of het resultaat ervan niet toonde vóór de toestemming, betaalt de overschrijving terug die bij een niet-bedoelde begunstigde terechtkwam. Standaard geldt die tekortkoming als oorzaak van de overschrijving (de bank die de controle naliet, kan niet tonen wat die zou hebben gezegd); de andere lezing laat het oorzakelijk verband te bewijzen (ONZEKER: geen uitspraak gevonden).',
      en: "Reg. (EU) No 260/2012 art. 5c(8): the bank that did not offer the verification of payee, or did not show its result before authorisation, refunds a transfer that went to an unintended payee. By default the failure is taken as the cause of the transfer (the bank that skipped the check cannot show what it would have said); the other reading leaves causation to be proven (UNCERTAIN: no decision found).",
    },
  }),
  deadline_end_moves: def({
    name: 'deadline_end_moves',
    values: ['no', 'next_working_day'],
    default: 'no',
    basis: {
      fr: "Le délai de 13 mois (70 jours) pour contester expire le même quantième ; qu'un dernier jour tombant un samedi, un dimanche ou un jour férié soit reporté au premier jour ouvrable suivant (CPC art. 642 ; C. jud. art. 53) n'est retenu que par analogie pour ce délai de fond : par défaut il n'est pas reporté, l'autre lecture le reporte (fr.md R-NOTIF-1 ; be-eu.md BE-NOTIF-01, INCERTAIN).",
      nl: 'De termijn van 13 maanden (70 dagen) om te betwisten verstrijkt op dezelfde dag van de maand; dat een laatste dag op een zaterdag, zondag of wettelijke feestdag wordt verplaatst naar de eerstvolgende werkdag (Ger.W. art. 53; CPC art. 642) geldt voor deze materiële termijn enkel naar analogie: standaard wordt hij niet verplaatst, de andere lezing verplaatst hem (fr.md R-NOTIF-1; be-eu.md BE-NOTIF-01, ONZEKER).',
      en: 'The 13-month (70-day) time to contest ends on the same day of the month; moving a last day that falls on a Saturday, Sunday or legal holiday to the next working day (CPC art. 642; C. jud. art. 53) applies to this substantive limit only by analogy: by default it does not move, the other reading moves it (fr.md R-NOTIF-1; be-eu.md BE-NOTIF-01, UNCERTAIN).',
    },
  }),
} as const;

export type AssumptionName = keyof typeof ASSUMPTIONS;
export type Assumptions = { [K in AssumptionName]: (typeof ASSUMPTIONS)[K]['values'][number] };

export const DEFAULT_ASSUMPTIONS: Assumptions = Object.fromEntries(
  Object.values(ASSUMPTIONS).map((a) => [a.name, a.default]),
) as Assumptions;

/** Checks `name=value` pairs; returns the problem or the merged assumptions. */
export function withAssumptions(
  overrides: Record<string, string>,
): { ok: true; value: Assumptions } | { ok: false; name: string; expected: string } {
  const out: Record<string, string> = { ...DEFAULT_ASSUMPTIONS };
  for (const [name, value] of Object.entries(overrides)) {
    // Own names only: `constructor` or `__proto__` name no assumption.
    const a = Object.hasOwn(ASSUMPTIONS, name) ? (ASSUMPTIONS as Record<string, AssumptionDef<string>>)[name] : undefined;
    if (!a) return { ok: false, name, expected: Object.keys(ASSUMPTIONS).join(', ') };
    if (!a.values.includes(value)) return { ok: false, name, expected: a.values.join(' | ') };
    out[name] = value;
  }
  return { ok: true, value: out as Assumptions };
}
