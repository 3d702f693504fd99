/**
 * The sentences of the report, one per rule and result, in French and English. The report says
 * nothing a trace entry does not carry: each sentence renders one entry (rule, holds, values).
 */
export type ReportLang = 'fr' | 'nl' | 'en';
type V = Record<string, string>;
type Sentence = (v: V) => string;

export interface Catalogue {
  title: string;
  asOf: string;
  jurisdiction: Record<'FR' | 'BE', string>;
  outcome: Record<string, string>;
  finding: Record<string, string>;
  headings: Record<'result' | 'gn' | 'reasoning' | 'scenarios' | 'assumptions' | 'operations' | 'deadlines' | 'interest' | 'precedents', string>;
  side: { for: string; against: string };
  deadline: Record<string, string>;
  passed: { yes: string; no: string };
  /** A deadline whose day is outside the business-day calendar's data (years "2000–2035"). */
  notComputed: (day: string, years: string) => string;
  labels: Record<'disputed' | 'payerBears' | 'refundDue' | 'immediate' | 'regime' | 'primary' | 'precedents' | 'reading' | 'doesNotCount', string>;
  /** ":" with the language's spacing. */
  colon: string;
  status: Record<string, string>;
  /** `${rule}:${holds}` → sentence. */
  rules: Record<string, Sentence>;
  dims: Record<string, string>;
  /** The words of a gross-negligence rule's reasoning (trace entries `gross_negligence.rule`). */
  gn: {
    result: Record<'established' | 'contested' | 'defeated' | 'not_grave' | 'not_gross', string>;
    role: Record<'breach' | 'aggravating' | 'defeater' | 'counter', string>;
    burden: Record<'bank' | 'holder', string>;
    state: Record<'established' | 'excluded' | 'unknown', string>;
    out: Record<'period' | 'channel' | 'before_breach' | 'before_knowledge' | 'not_received', string>;
    covers: string;
    open: string;
    sides: Record<'established' | 'not_established', string>;
    vulnerable: string;
    knowledge: Record<'label' | 'noticed' | 'should' | 'unknown', string>;
  };
}

export const FR: Catalogue = {
  title: 'recours — analyse',
  asOf: 'au',
  jurisdiction: { FR: 'France', BE: 'Belgique' },
  outcome: {
    full_refund: 'remboursement intégral',
    refund_minus_franchise: 'remboursement sous déduction de la franchise',
    no_refund: 'aucun remboursement',
    partial: 'remboursement partiel',
    not_covered: 'hors du régime des opérations non autorisées',
  },
  finding: { established: 'établie', not_established: 'non établie', arguable: 'discutable' },
  headings: {
    result: 'Résultat', gn: 'Négligence grave', reasoning: 'Raisonnement', scenarios: 'Lectures possibles',
    assumptions: 'Hypothèses appliquées', operations: 'Opérations', deadlines: 'Délais', interest: 'Intérêts de retard', precedents: 'Décisions comparables',
  },
  side: { for: 'favorable au titulaire', against: 'défavorable au titulaire' },
  deadline: {
    notify_by: 'Informer la banque sans tarder (opposition)',
    contest_by: 'Dernier jour pour contester',
    bank_refund_by: 'La banque doit rembourser au plus tard',
    bank_answer_by: 'La banque doit répondre à la réclamation',
    bank_answer_final_by: 'Réponse définitive au plus tard (situations exceptionnelles)',
    mediator_referral_from: 'Saisine du médiateur possible à partir du',
    mediator_referral_by: 'Saisine du médiateur au plus tard',
    bank_ack_by: 'Accusé de réception de la réclamation recommandé au plus tard (ACPR, droit souple)',
    bank_answer_soft_by: 'Réponse à la réclamation recommandée au plus tard (ACPR, droit souple)',
  },
  passed: { yes: 'échu', no: 'à venir' },
  notComputed: (day, years) => `non calculé : les jours ouvrables se comptent à partir du ${day}, et le calendrier des jours fériés de recours ne couvre que ${years} — à calculer à la main`,
  labels: {
    disputed: 'Montant contesté', payerBears: 'À la charge du titulaire', refundDue: 'Remboursement dû',
    immediate: 'À créditer sans attendre', regime: 'Régime', primary: 'lecture retenue', precedents: 'décisions', reading: 'lecture',
    doesNotCount: 'ne compte pas',
  },
  colon: '\u00a0:',
  status: { proven: 'prouvé', admitted: 'reconnu', alleged: 'allégué', denied: 'contesté', disproven: 'écarté' },
  rules: {
    'regime.in_force:true': (v) => `Le droit applicable à la date des opérations est : ${v.label_fr}.`,
    'regime.open:true': (v) => `Les dates laissent ouverts plusieurs régimes (${v.candidates}) ; la lecture retenue applique ${v.label_fr}.`,
    'regime.in_force:false': () => 'Aucun régime connu ne couvre la date des opérations.',
    'regime.open:false': () => 'Aucun régime connu ne couvre la date des opérations.',
    'gross_negligence.finding:true': (v) => (v.presumed ? 'La négligence grave est établie par présomptions concordantes.' : 'La négligence grave est établie.'),
    'gross_negligence.finding:false': (v) =>
      v.finding === 'arguable'
        ? 'La négligence grave est discutable : la jurisprudence est partagée, les deux lectures sont données.'
        : "La négligence grave n'est pas établie : la banque en supporte la preuve, et seuls des faits prouvés ou reconnus peuvent la fonder.",
    'transfer.payee_verification:true': () => "Virement ordonné par le payeur : la banque n'a pas proposé la vérification du bénéficiaire, ou n'en a pas montré le résultat avant l'autorisation ; elle rembourse sans délai le virement parti chez un bénéficiaire non voulu (Règl. (UE) n° 260/2012, art. 5c, 8).",
    'transfer.payee_verification:false': (v) =>
      v.finding === 'not_in_force' ? "Virement ordonné par le payeur avant le 9 octobre 2025 : la vérification du bénéficiaire ne s'appliquait pas encore."
        : v.finding === 'warned_and_proceeded' ? "Virement ordonné par le payeur après un avertissement de la vérification du bénéficiaire (nom non concordant, proche, ou vérification impossible) : la banque qui a rempli cette obligation n'en répond pas (Règl. (UE) n° 260/2012, art. 5c, 8)."
          : v.finding === 'match' ? 'Virement ordonné par le payeur vers un bénéficiaire dont le nom concordait avec l\'IBAN.'
            : v.finding === 'not_offered' || v.finding === 'result_not_shown' ? "La vérification du bénéficiaire a manqué, mais son lien avec le virement reste à prouver (hypothèse vop_failure_causation)."
              : 'Virement ordonné par le payeur : le dossier ne dit pas si la vérification du bénéficiaire a été proposée et son résultat montré.',
    'scope.authorised:true': () => "Le payeur a consenti à l'opération : elle est autorisée et sort du régime des opérations non autorisées.",
    'scope.authorised:false': () => "Le payeur conteste avoir consenti à l'opération : elle est réputée non autorisée.",
    'scope.statute:true': () => "Le texte en vigueur ne couvre pas cette opération (instrument ou date hors de son champ) : le droit commun s'applique, non analysé ici.",
    'scope.contract_derogation:true': () => 'Le payeur est un professionnel dont le contrat déroge aux règles légales : le contrat gouverne.',
    'scope.no_regime:true': () => "Aucun texte connu ne couvre la date de l'opération.",
    'notification.time_bar:true': (v) => `La contestation est tardive : le délai (${v.window}) expirait le ${v.deadline} ; le droit au remboursement est forclos.`,
    'notification.time_bar:false': (v) => (v.deadline ? `La contestation est faite dans le délai (${v.window}, jusqu'au ${v.deadline}).` : "Le délai de contestation ne court pas : la banque n'a pas fourni les informations sur l'opération."),
    'liability.payer_fraud:true': () => "L'agissement frauduleux du payeur est établi : il supporte toutes les pertes.",
    'liability.payer_fraud:false': () => "La fraude du payeur n'est qu'alléguée : elle ne peut rien fonder.",
    'notification.after_blocking:true': () => "L'opération est postérieure à la demande de blocage : le payeur n'en supporte aucune conséquence.",
    'notification.after_blocking:false': () => "L'opération précède la demande de blocage.",
    'liability.no_strong_authentication:true': () => "La banque n'a pas exigé d'authentification forte : sauf fraude, le payeur ne supporte rien, même négligent.",
    'liability.no_strong_authentication:false': () => "L'authentification forte a été appliquée : la règle de l'authentification forte ne joue pas.",
    'liability.no_blocking_means:true': () => "La banque n'offrait pas de moyen de blocage : le payeur ne supporte rien.",
    'liability.no_proof_of_authentication:true': () =>
      "La banque ne prouve pas que l'opération a été authentifiée, dûment enregistrée et comptabilisée sans déficience : aucune négligence ne peut être opposée au payeur.",
    'liability.no_proof_of_authentication:false': () => "La preuve de l'authentification, de l'enregistrement et de l'absence de déficience est tenue pour rapportée.",
    'allocation.gross_negligence:true': () => 'La négligence grave met à la charge du payeur toutes les pertes antérieures au blocage, sans plafond.',
    'allocation.gross_negligence:false': () => "La négligence grave n'est pas retenue pour cette opération.",
    'allocation.misappropriation:true': () => "Détournement à l'insu du payeur, ou contrefaçon alors qu'il avait sa carte : sa responsabilité n'est pas engagée.",
    'allocation.misappropriation:false': () => "Le titulaire ne démontre pas avoir conservé sa carte : la règle de la contrefaçon ne joue pas.",
    'allocation.not_received:true': () => "La carte ou ses codes ne sont jamais parvenus au titulaire : la banque supporte le risque de l'envoi, le titulaire ne supporte rien.",
    'allocation.franchise:true': () => 'Perte ou vol avant le blocage : le payeur supporte les pertes dans la limite de la franchise.',
    'allocation.franchise:false': (v) =>
      ({
        no_personalised_data: 'Opération faite sans les données de sécurité personnalisées : aucune franchise.',
        not_detectable: 'La perte ou le vol ne pouvait être détecté avant le paiement : aucune franchise.',
        psp_staff: "La perte est due à la banque, à son agent ou à son prestataire : aucune franchise.",
      })[v.exception ?? ''] ?? 'Aucune franchise.',
    'allocation.residual:true': (v) =>
      v.bears === 'psp'
        ? "La banque rembourse le montant de l'opération non autorisée."
        : "Hors perte, vol, paiement à distance et contrefaçon, l'ordre donné par carte est irrévocable : le titulaire supporte l'opération.",
    'allocation.franchise_allocated:true': (v) => `La franchise de ${v.cap} est appliquée une fois, aux opérations les plus anciennes d'abord : ${v.borne} à la charge du payeur.`,
    'outcome:true': () => '',
    'interest.late_refund:true': (v) =>
      `${v.refunded ? `La banque a remboursé le ${v.refunded}, après le délai` : `Si la banque n'a pas remboursé, au ${v.as_of}`} : ${v.total} d'intérêts sur ${v.base}${v.missing_rate_from ? `, calculés jusqu'au ${v.computed_to} seulement : le taux légal à partir du ${v.missing_rate_from} n'est pas encore publié (ou pas encore dans les tables) ; les intérêts courent au-delà, et le taux manquant peut être donné pour les calculer` : `, calculés jusqu'au ${v.computed_to} (${v.stop === 'refunded' ? 'jour du remboursement' : "date de l'analyse"})`}${v.supplied_rates ? ' ; taux légal fourni par l\'utilisateur pour une partie de la période' : ''}.`,
  },
  gn: {
    result: {
      established: 'la règle est remplie',
      contested: 'la jurisprudence est partagée : les deux lectures sont données',
      defeated: "une circonstance établie l'écarte",
      not_grave: "la banque ne prouve pas ce qui la rendrait grave",
      not_gross: 'au plus une imprudence',
    },
    role: { breach: 'manquement', aggravating: 'circonstance aggravante', defeater: 'circonstance excusante', counter: 'circonstance contraire' },
    burden: { bank: 'à prouver par la banque', holder: 'à établir par le titulaire' },
    state: { established: 'établi', excluded: 'écarté', unknown: 'non établi' },
    out: {
      period: "hors de la période de la règle",
      channel: "faite par un moyen que le manquement n'a pas ouvert",
      before_breach: 'antérieure au manquement',
      before_knowledge: 'antérieure à la connaissance de la perte',
      not_received: "la carte n'était pas parvenue au titulaire : la banque supporte le risque de l'envoi",
    },
    covers: 'opérations concernées',
    open: "ordre inconnu par rapport au manquement : lue comme postérieure, l'autre lecture est donnée",
    sides: { established: 'négligence grave retenue par', not_established: 'écartée par' },
    vulnerable: 'le titulaire est une personne vulnérable',
    knowledge: {
      label: 'connaissance de la perte', noticed: 'constatée le', should: 'à tenir pour connue dès le',
      unknown: 'date inconnue : le retard prouvé atteint toutes les opérations antérieures au blocage',
    },
  },
  dims: {
    regime: 'régime', order: 'ordre par rapport au blocage', contest: 'délai de contestation', evidence: 'preuve de la banque',
    gn: 'négligence grave', sca: 'authentification forte', breach: 'ordre par rapport au manquement',
    covered: 'postérieure au manquement', not_covered: 'antérieure au manquement',
    excuse: 'circonstance excusante inconnue du dossier', not_shown: 'non établie', shown: 'établie par le titulaire',
    before: 'avant le blocage', after: 'après le blocage', timely: 'dans le délai', late: 'tardive', proven: 'rapportée',
    not_proven: 'non rapportée', established: 'retenue', not_established: 'écartée', applied: 'appliquée', not_required: 'non exigée',
  },
};

export const EN: Catalogue = {
  title: 'recours — assessment',
  asOf: 'as of',
  jurisdiction: { FR: 'France', BE: 'Belgium' },
  outcome: {
    full_refund: 'full refund',
    refund_minus_franchise: 'refund less the franchise',
    no_refund: 'no refund',
    partial: 'partial refund',
    not_covered: 'outside the unauthorised-payment regime',
  },
  finding: { established: 'established', not_established: 'not established', arguable: 'arguable' },
  headings: {
    result: 'Result', gn: 'Gross negligence', reasoning: 'Reasoning', scenarios: 'Possible readings',
    assumptions: 'Assumptions applied', operations: 'Operations', deadlines: 'Deadlines', interest: 'Late-refund interest', precedents: 'Similar decisions',
  },
  side: { for: 'for the holder', against: 'against the holder' },
  deadline: {
    notify_by: 'Notify the bank without delay (blocking)',
    contest_by: 'Last day to contest',
    bank_refund_by: 'The bank must refund by',
    bank_answer_by: 'The bank must answer the complaint by',
    bank_answer_final_by: 'Final answer at the latest (exceptional situations)',
    mediator_referral_from: 'The mediator may be seized from',
    mediator_referral_by: 'Last day to seize the mediator',
    bank_ack_by: 'Acknowledgment of the complaint recommended by (ACPR, soft law)',
    bank_answer_soft_by: 'Answer to the complaint recommended by (ACPR, soft law)',
  },
  passed: { yes: 'passed', no: 'to come' },
  notComputed: (day, years) => `not computed: business days are counted from ${day}, and recours's public-holiday calendar covers ${years} only — to be worked out by hand`,
  labels: {
    disputed: 'Disputed', payerBears: 'Borne by the holder', refundDue: 'Refund due', immediate: 'To be credited now',
    regime: 'Regime', primary: 'reading retained', precedents: 'decisions', reading: 'reading', doesNotCount: 'does not count',
  },
  colon: ':',
  status: { proven: 'proven', admitted: 'admitted', alleged: 'alleged', denied: 'denied', disproven: 'disproven' },
  rules: {
    'regime.in_force:true': (v) => `The law in force on the operations' date: ${v.label_en}.`,
    'regime.open:true': (v) => `The dates leave several regimes open (${v.candidates}); the reading retained applies ${v.label_en}.`,
    'regime.in_force:false': () => "No known regime covers the operations' date.",
    'regime.open:false': () => "No known regime covers the operations' date.",
    'gross_negligence.finding:true': (v) => (v.presumed ? 'Gross negligence is established by concordant presumptions.' : 'Gross negligence is established.'),
    'gross_negligence.finding:false': (v) =>
      v.finding === 'arguable'
        ? 'Gross negligence is arguable: the case law is split, both readings are given.'
        : 'Gross negligence is not established: the bank bears the burden of proof, and only facts proven or admitted can ground it.',
    'transfer.payee_verification:true': () => 'Transfer ordered by the payer: the bank did not offer the verification of payee, or did not show its result before authorisation; it refunds without delay a transfer that went to an unintended payee (Reg. (EU) No 260/2012, art. 5c(8)).',
    'transfer.payee_verification:false': (v) =>
      v.finding === 'not_in_force' ? 'Transfer ordered by the payer before 9 October 2025: the verification of payee did not apply yet.'
        : v.finding === 'warned_and_proceeded' ? 'Transfer ordered by the payer after a verification-of-payee warning (no match, close match, or check not possible): the bank that met that duty is not liable for it (Reg. (EU) No 260/2012, art. 5c(8)).'
          : v.finding === 'match' ? "Transfer ordered by the payer to a payee whose name matched the IBAN."
            : v.finding === 'not_offered' || v.finding === 'result_not_shown' ? 'The verification of payee failed, but its link with the transfer is left to proof (assumption vop_failure_causation).'
              : 'Transfer ordered by the payer: the case does not say whether the verification of payee was offered and its result shown.',
    'scope.authorised:true': () => 'The payer consented to the operation: it is authorised and outside the unauthorised-payment regime.',
    'scope.authorised:false': () => 'The payer denies having consented: the operation is deemed unauthorised.',
    'scope.statute:true': () => 'The text in force does not cover this operation (instrument or date outside its scope): general law applies, not assessed here.',
    'scope.contract_derogation:true': () => "The payer is a professional whose contract derogates from the statutory rules: the contract governs.",
    'scope.no_regime:true': () => "No known text covers the operation's date.",
    'notification.time_bar:true': (v) => `The contest is late: the window (${v.window}) ended on ${v.deadline}; the refund right is time-barred.`,
    'notification.time_bar:false': (v) => (v.deadline ? `The contest is in time (${v.window}, until ${v.deadline}).` : "The time bar does not run: the bank did not provide the operation's information."),
    'liability.payer_fraud:true': () => "The payer's fraud is established: he bears all losses.",
    'liability.payer_fraud:false': () => "The payer's fraud is only alleged: it grounds nothing.",
    'notification.after_blocking:true': () => 'The operation came after the blocking request: the payer bears no consequence of it.',
    'notification.after_blocking:false': () => 'The operation came before the blocking request.',
    'liability.no_strong_authentication:true': () => 'The bank did not require strong authentication: save fraud, the payer bears nothing, even if negligent.',
    'liability.no_strong_authentication:false': () => 'Strong authentication was applied: the strong-authentication rule does not apply.',
    'liability.no_blocking_means:true': () => 'The bank offered no means of blocking: the payer bears nothing.',
    'liability.no_proof_of_authentication:true': () =>
      'The bank does not prove the operation was authenticated, duly recorded and accounted for without deficiency: no negligence can be held against the payer.',
    'liability.no_proof_of_authentication:false': () => 'The proof of authentication, recording and no deficiency is taken as made.',
    'allocation.gross_negligence:true': () => 'Gross negligence makes the payer bear all losses before the blocking, without cap.',
    'allocation.gross_negligence:false': () => 'Gross negligence is not held for this operation.',
    'allocation.misappropriation:true': () => "Misappropriation without the payer's knowledge, or counterfeit while he had his card: he is not liable.",
    'allocation.misappropriation:false': () => 'The holder does not show he kept his card: the counterfeit rule does not apply.',
    'allocation.not_received:true': () => 'The card or its codes never reached the holder: the bank bears the risk of sending them, the holder bears nothing.',
    'allocation.franchise:true': () => 'Loss or theft before the blocking: the payer bears the losses up to the franchise.',
    'allocation.franchise:false': (v) =>
      ({
        no_personalised_data: 'Made without the personalised security data: no franchise.',
        not_detectable: 'The loss or theft could not be detected before the payment: no franchise.',
        psp_staff: 'The loss is due to the bank, its agent or its outsourcer: no franchise.',
      })[v.exception ?? ''] ?? 'No franchise.',
    'allocation.residual:true': (v) =>
      v.bears === 'psp'
        ? 'The bank refunds the amount of the unauthorised operation.'
        : 'Outside loss, theft, remote payment and counterfeit, a card order is irrevocable: the holder bears the operation.',
    'allocation.franchise_allocated:true': (v) => `The franchise of ${v.cap} is applied once, to the earliest operations first: ${v.borne} borne by the payer.`,
    'outcome:true': () => '',
    'interest.late_refund:true': (v) =>
      `${v.refunded ? `The bank refunded on ${v.refunded}, after the deadline` : `Unless the bank has refunded, as of ${v.as_of}`}: ${v.total} of interest on ${v.base}${v.missing_rate_from ? `, computed to ${v.computed_to} only: the legal rate from ${v.missing_rate_from} is not published yet (or not yet in the tables); interest runs beyond, and the missing rate may be given to compute it` : `, computed to ${v.computed_to} (${v.stop === 'refunded' ? 'the refund day' : 'the evaluation date'})`}${v.supplied_rates ? '; legal rate supplied by the user for part of the period' : ''}.`,
  },
  gn: {
    result: {
      established: 'the rule is met',
      contested: 'the case law is split: both readings are given',
      defeated: 'an established circumstance excuses it',
      not_grave: 'the bank does not prove what would make it grave',
      not_gross: 'imprudence at most',
    },
    role: { breach: 'breach', aggravating: 'aggravating circumstance', defeater: 'excusing circumstance', counter: 'contrary circumstance' },
    burden: { bank: 'for the bank to prove', holder: 'for the holder to show' },
    state: { established: 'established', excluded: 'ruled out', unknown: 'not established' },
    out: {
      period: "outside the rule's period",
      channel: 'made by a means the breach did not open',
      before_breach: 'before the breach',
      before_knowledge: 'before the holder knew of the loss',
      not_received: 'the card had not reached the holder: the bank bears the risk of sending it',
    },
    covers: 'operations concerned',
    open: 'order against the breach unknown: read as after it, the other reading given',
    sides: { established: 'gross negligence held by', not_established: 'rejected by' },
    vulnerable: 'the holder is a vulnerable person',
    knowledge: {
      label: 'knowledge of the loss', noticed: 'noticed on', should: 'to be taken as known from',
      unknown: 'date unknown: the proven delay reaches every operation before the blocking',
    },
  },
  dims: {
    regime: 'regime', order: 'order against the blocking', contest: 'contest window', evidence: "bank's proof",
    gn: 'gross negligence', sca: 'strong authentication', breach: 'order against the breach',
    covered: 'after the breach', not_covered: 'before the breach',
    excuse: 'excuse the file does not mention', not_shown: 'not shown', shown: 'shown by the holder',
    before: 'before the blocking', after: 'after the blocking', timely: 'in time', late: 'late', proven: 'made',
    not_proven: 'not made', established: 'held', not_established: 'rejected', applied: 'applied', not_required: 'not required',
  },
};

export const NL: Catalogue = {
  title: 'recours — analyse',
  asOf: 'op',
  jurisdiction: { FR: 'Frankrijk', BE: 'België' },
  outcome: {
    full_refund: 'volledige terugbetaling',
    refund_minus_franchise: 'terugbetaling min het eigen risico',
    no_refund: 'geen terugbetaling',
    partial: 'gedeeltelijke terugbetaling',
    not_covered: 'buiten de regeling voor niet-toegestane betalingen',
  },
  finding: { established: 'bewezen', not_established: 'niet bewezen', arguable: 'betwistbaar' },
  headings: {
    result: 'Resultaat', gn: 'Grove nalatigheid', reasoning: 'Redenering', scenarios: 'Mogelijke lezingen',
    assumptions: 'Toegepaste veronderstellingen', operations: 'Verrichtingen', deadlines: 'Termijnen', interest: 'Interest wegens laattijdige terugbetaling', precedents: 'Vergelijkbare beslissingen',
  },
  side: { for: 'gunstig voor de houder', against: 'ongunstig voor de houder' },
  deadline: {
    notify_by: 'De bank onverwijld verwittigen (blokkering)',
    contest_by: 'Laatste dag om te betwisten',
    bank_refund_by: 'De bank moet terugbetalen uiterlijk op',
    bank_answer_by: 'De bank moet op de klacht antwoorden uiterlijk op',
    bank_answer_final_by: 'Definitief antwoord uiterlijk (uitzonderlijke situaties)',
    mediator_referral_from: 'De ombudsdienst kan worden aangesproken vanaf',
    mediator_referral_by: 'Laatste dag om de ombudsdienst aan te spreken',
    bank_ack_by: 'Ontvangstbevestiging van de klacht aanbevolen uiterlijk op (ACPR, soft law)',
    bank_answer_soft_by: 'Antwoord op de klacht aanbevolen uiterlijk op (ACPR, soft law)',
  },
  passed: { yes: 'verstreken', no: 'nog te komen' },
  notComputed: (day, years) => `niet berekend: de werkdagen worden vanaf ${day} geteld, en de feestdagenkalender van recours dekt enkel ${years} — met de hand te berekenen`,
  labels: {
    disputed: 'Betwist', payerBears: 'Ten laste van de houder', refundDue: 'Terug te betalen', immediate: 'Nu te crediteren',
    regime: 'Regeling', primary: 'weerhouden lezing', precedents: 'beslissingen', reading: 'lezing', doesNotCount: 'telt niet mee',
  },
  colon: ':',
  status: { proven: 'bewezen', admitted: 'erkend', alleged: 'beweerd', denied: 'betwist', disproven: 'weerlegd' },
  rules: {
    'regime.in_force:true': (v) => `Het recht dat gold op de datum van de verrichtingen: ${v.label_nl || v.label_fr}.`,
    'regime.open:true': (v) => `De datums laten meerdere regelingen open (${v.candidates}); de weerhouden lezing past ${v.label_nl || v.label_fr} toe.`,
    'regime.in_force:false': () => 'Geen gekende regeling dekt de datum van de verrichtingen.',
    'regime.open:false': () => 'Geen gekende regeling dekt de datum van de verrichtingen.',
    'gross_negligence.finding:true': (v) => (v.presumed ? 'Grove nalatigheid is bewezen door overeenstemmende vermoedens.' : 'Grove nalatigheid is bewezen.'),
    'gross_negligence.finding:false': (v) =>
      v.finding === 'arguable'
        ? 'Grove nalatigheid is betwistbaar: de rechtspraak is verdeeld, beide lezingen worden gegeven.'
        : 'Grove nalatigheid is niet bewezen: de bank draagt de bewijslast, en enkel bewezen of erkende feiten kunnen ze gronden.',
    'transfer.payee_verification:true': () => 'Overschrijving door de betaler gegeven: de bank bood de verificatie van de begunstigde niet aan, of toonde het resultaat niet vóór de toestemming; ze betaalt onverwijld de overschrijving terug die bij een niet-bedoelde begunstigde terechtkwam (Verord. (EU) nr. 260/2012, art. 5c, 8).',
    'transfer.payee_verification:false': (v) =>
      v.finding === 'not_in_force' ? 'Overschrijving door de betaler gegeven vóór 9 oktober 2025: de verificatie van de begunstigde gold nog niet.'
        : v.finding === 'warned_and_proceeded' ? 'Overschrijving door de betaler gegeven na een waarschuwing van de verificatie van de begunstigde (naam stemt niet of bijna overeen, of controle niet mogelijk): de bank die die plicht nakwam, is er niet aansprakelijk voor (Verord. (EU) nr. 260/2012, art. 5c, 8).'
          : v.finding === 'match' ? 'Overschrijving door de betaler gegeven naar een begunstigde wiens naam met het IBAN overeenstemde.'
            : v.finding === 'not_offered' || v.finding === 'result_not_shown' ? 'De verificatie van de begunstigde schoot tekort, maar het verband met de overschrijving moet nog bewezen worden (veronderstelling vop_failure_causation).'
              : 'Overschrijving door de betaler gegeven: het dossier zegt niet of de verificatie van de begunstigde werd aangeboden en het resultaat getoond.',
    'scope.authorised:true': () => 'De betaler heeft ingestemd met de verrichting: ze is toegestaan en valt buiten de regeling voor niet-toegestane betalingen.',
    'scope.authorised:false': () => 'De betaler betwist te hebben ingestemd: de verrichting geldt als niet toegestaan.',
    'scope.statute:true': () => 'De geldende tekst dekt deze verrichting niet (instrument of datum buiten het toepassingsgebied): het gemene recht is van toepassing, hier niet geanalyseerd.',
    'scope.contract_derogation:true': () => 'De betaler is een professional wiens overeenkomst afwijkt van de wettelijke regels: de overeenkomst geldt.',
    'scope.no_regime:true': () => 'Geen gekende tekst dekt de datum van de verrichting.',
    'notification.time_bar:true': (v) => `De betwisting is laattijdig: de termijn (${v.window}) liep af op ${v.deadline}; het recht op terugbetaling is vervallen.`,
    'notification.time_bar:false': (v) => (v.deadline ? `De betwisting is tijdig (${v.window}, tot ${v.deadline}).` : 'De vervaltermijn loopt niet: de bank heeft de informatie over de verrichting niet verstrekt.'),
    'liability.payer_fraud:true': () => 'De fraude van de betaler is bewezen: hij draagt alle verliezen.',
    'liability.payer_fraud:false': () => 'De fraude van de betaler wordt enkel beweerd: ze kan niets gronden.',
    'notification.after_blocking:true': () => 'De verrichting gebeurde na de blokkering: de betaler draagt er geen enkel gevolg van.',
    'notification.after_blocking:false': () => 'De verrichting gebeurde vóór de blokkering.',
    'liability.no_strong_authentication:true': () => 'De bank vereiste geen sterke cliëntauthenticatie: behoudens fraude draagt de betaler niets, zelfs bij nalatigheid.',
    'liability.no_strong_authentication:false': () => 'Sterke cliëntauthenticatie werd toegepast: die regel speelt niet.',
    'liability.no_blocking_means:true': () => 'De bank bood geen middel om te blokkeren: de betaler draagt niets.',
    'liability.no_proof_of_authentication:true': () =>
      'De bank bewijst niet dat de verrichting werd geauthenticeerd, correct geregistreerd en geboekt zonder storing: geen nalatigheid kan aan de betaler worden tegengeworpen.',
    'liability.no_proof_of_authentication:false': () => 'Het bewijs van authenticatie, registratie en afwezigheid van storing wordt als geleverd beschouwd.',
    'allocation.gross_negligence:true': () => 'Grove nalatigheid legt alle verliezen vóór de blokkering ten laste van de betaler, zonder plafond.',
    'allocation.gross_negligence:false': () => 'Grove nalatigheid wordt voor deze verrichting niet weerhouden.',
    'allocation.misappropriation:true': () => 'Onrechtmatig gebruik zonder medeweten van de betaler, of namaak terwijl hij zijn kaart had: hij is niet aansprakelijk.',
    'allocation.misappropriation:false': () => 'De houder toont niet aan dat hij zijn kaart had: de regel over namaak speelt niet.',
    'allocation.not_received:true': () => 'De kaart of haar codes hebben de houder nooit bereikt: de bank draagt het risico van de verzending, de houder draagt niets.',
    'allocation.franchise:true': () => 'Verlies of diefstal vóór de blokkering: de betaler draagt de verliezen tot het eigen risico.',
    'allocation.franchise:false': (v) =>
      ({
        no_personalised_data: 'Verricht zonder de gepersonaliseerde beveiligingsgegevens: geen eigen risico.',
        not_detectable: 'Het verlies of de diefstal kon vóór de betaling niet worden opgemerkt: geen eigen risico.',
        psp_staff: 'Het verlies is te wijten aan de bank, haar agent of haar dienstverlener: geen eigen risico.',
      })[v.exception ?? ''] ?? 'Geen eigen risico.',
    'allocation.residual:true': (v) =>
      v.bears === 'psp'
        ? 'De bank betaalt het bedrag van de niet-toegestane verrichting terug.'
        : 'Buiten verlies, diefstal, betaling op afstand en namaak is een kaartopdracht onherroepelijk: de houder draagt de verrichting.',
    'allocation.franchise_allocated:true': (v) => `Het eigen risico van ${v.cap} wordt één keer toegepast, eerst op de oudste verrichtingen: ${v.borne} ten laste van de betaler.`,
    'outcome:true': () => '',
    'interest.late_refund:true': (v) =>
      `${v.refunded ? `De bank betaalde terug op ${v.refunded}, na de termijn` : `Tenzij de bank heeft terugbetaald, op ${v.as_of}`}: ${v.total} interest op ${v.base}${v.missing_rate_from ? `, enkel berekend tot ${v.computed_to}: de wettelijke rentevoet vanaf ${v.missing_rate_from} is nog niet bekendgemaakt (of nog niet in de tabellen); de interest loopt verder, en de ontbrekende rentevoet kan worden opgegeven om ze te berekenen` : `, berekend tot ${v.computed_to} (${v.stop === 'refunded' ? 'de dag van de terugbetaling' : 'de datum van de analyse'})`}${v.supplied_rates ? '; wettelijke rentevoet voor een deel van de periode opgegeven door de gebruiker' : ''}.`,
  },
  gn: {
    result: {
      established: 'de regel is vervuld',
      contested: 'de rechtspraak is verdeeld: beide lezingen worden gegeven',
      defeated: 'een bewezen omstandigheid verschoont het',
      not_grave: 'de bank bewijst niet wat het grof zou maken',
      not_gross: 'hoogstens onvoorzichtigheid',
    },
    role: { breach: 'tekortkoming', aggravating: 'verzwarende omstandigheid', defeater: 'verschonende omstandigheid', counter: 'tegengestelde omstandigheid' },
    burden: { bank: 'te bewijzen door de bank', holder: 'aan te tonen door de houder' },
    state: { established: 'bewezen', excluded: 'uitgesloten', unknown: 'niet bewezen' },
    out: {
      period: 'buiten de periode van de regel',
      channel: 'gedaan met een middel dat de tekortkoming niet opende',
      before_breach: 'vóór de tekortkoming',
      before_knowledge: 'vóór de kennisname van het verlies',
      not_received: 'de kaart had de houder niet bereikt: de bank draagt het risico van de verzending',
    },
    covers: 'betrokken verrichtingen',
    open: 'volgorde t.o.v. de tekortkoming onbekend: als later gelezen, de andere lezing wordt gegeven',
    sides: { established: 'grove nalatigheid weerhouden door', not_established: 'verworpen door' },
    vulnerable: 'de houder is een kwetsbare persoon',
    knowledge: {
      label: 'kennisname van het verlies', noticed: 'vastgesteld op', should: 'als gekend te beschouwen vanaf',
      unknown: 'datum onbekend: de bewezen vertraging treft alle verrichtingen vóór de blokkering',
    },
  },
  dims: {
    regime: 'regeling', order: 'volgorde t.o.v. de blokkering', contest: 'betwistingstermijn', evidence: 'bewijs van de bank',
    gn: 'grove nalatigheid', sca: 'sterke authenticatie', breach: 'volgorde t.o.v. de tekortkoming',
    covered: 'na de tekortkoming', not_covered: 'vóór de tekortkoming',
    excuse: 'verschonende omstandigheid die het dossier niet vermeldt', not_shown: 'niet aangetoond', shown: 'aangetoond door de houder',
    before: 'vóór de blokkering', after: 'na de blokkering', timely: 'tijdig', late: 'laattijdig', proven: 'geleverd',
    not_proven: 'niet geleverd', established: 'weerhouden', not_established: 'verworpen', applied: 'toegepast', not_required: 'niet vereist',
  },
};

export const CATALOGUES: Record<ReportLang, Catalogue> = { fr: FR, nl: NL, en: EN };
