/**
 * The sentences of the "what now" section, in French, Dutch and English: one per step and status,
 * and the court route (assessment `next_steps`, src/deadlines/nextSteps.ts). Belgian citations are
 * given in Dutch in a Dutch report (Ger.W., BW).
 */
import type { Assessment } from '../engine/types.js';
import type { ReportLang } from './messages.js';

type V = { on?: string; from?: string; by?: string };
type NextSteps = Assessment['next_steps'];
type CourtRoute = NonNullable<NextSteps['court']>;

interface Words {
  heading: string;
  step: Record<string, (v: V) => string>;
  court: Record<CourtRoute['court'], string>;
  procedure: Record<CourtRoute['procedure'], string>;
  reason: Record<CourtRoute['reason'], string>;
  route: (r: CourtRoute, court: string, procedure: string, amount: string) => string;
  timeBarred: (r: CourtRoute) => string;
  ground: Record<Assessment['other_grounds'][number]['ground'], (basis: string) => string>;
}

const FR: Words = {
  heading: 'Où en est le dossier',
  step: {
    'blocking:done': (v) => `Opposition faite le ${v.on}.`,
    'blocking:open': () => "Faites opposition sans tarder auprès de la banque (ou du service qu'elle désigne).",
    'contest:done': (v) => `Opérations contestées le ${v.on}, dans le délai.`,
    'contest:late': (v) => `Opérations contestées le ${v.on}, après le délai pour contester.`,
    'contest:open': (v) => (v.by ? `Contestez les opérations auprès de la banque au plus tard le ${v.by}.` : 'Contestez les opérations auprès de la banque.'),
    'contest:closed': (v) => `Le délai pour contester a expiré le ${v.by}.`,
    'complaint:done': (v) => `Réclamation écrite reçue par la banque le ${v.on}.`,
    'complaint:open': () => 'Adressez une réclamation écrite au service réclamations de la banque : elle est nécessaire pour saisir le médiateur.',
    'mediator:open': (v) => `Le médiateur peut être saisi du ${v.from} au ${v.by}.`,
    'mediator:not_yet_open': (v) => (v.from ? `Le médiateur pourra être saisi à partir du ${v.from}, et au plus tard le ${v.by}.` : "Le médiateur ne peut être saisi qu'après une réclamation écrite à la banque."),
    'mediator:closed': (v) => `Le délai pour saisir le médiateur a expiré le ${v.by} : il ne peut plus être saisi, la voie qui reste est le tribunal.`,
    'mediator:not_needed': () => "La banque a accepté la réclamation : le médiateur n'est pas nécessaire.",
  },
  court: { tribunal_judiciaire: 'le tribunal judiciaire', juge_de_paix: 'le juge de paix', tribunal_premiere_instance: 'le tribunal de première instance' },
  procedure: {
    requete_or_assignation: 'par requête ou par assignation', assignation: 'par assignation',
    citation_or_requete_contradictoire: 'par citation ou par requête contradictoire', citation: 'par citation',
  },
  reason: {
    mediator_closed: 'La médiation étant fermée', bank_refused: 'La banque ayant refusé', bank_silent: "La banque n'ayant pas répondu dans son délai",
    if_refused: 'Si la banque refuse',
  },
  route: (r, court, procedure, amount) =>
    `${court} est compétent pour ${amount}, saisi ${procedure}${r.lawyer_required ? ', avec un avocat' : ', sans avocat obligatoire'}${r.amicable_attempt_required ? ", après une tentative de règlement amiable (la médiation en tient lieu)" : ''} [${r.basis.join(' ; ')}]. L'action se prescrit par ${r.limitation.years} ans : au plus tard le ${r.limitation.until}, comptés depuis le ${r.limitation.from} [${r.limitation.basis.join(' ; ')}].`,
  timeBarred: (r) => `Le délai pour agir en justice a expiré le ${r.limitation.until} [${r.limitation.basis.join(' ; ')}].`,
  ground: {
    recovery_and_information: (b) => `Virement autorisé, hors du régime des opérations non autorisées : la banque doit s'efforcer de récupérer les fonds et, à défaut, vous donner les informations utiles pour agir [${b}].`,
    vigilance_apparent_anomaly: (b) => `Fondement distinct, de droit commun des contrats : le devoir de vigilance de la banque face à une anomalie apparente ; c'est au titulaire de prouver l'anomalie [${b}].`,
  },
};

const EN: Words = {
  heading: 'Where the case stands',
  step: {
    'blocking:done': (v) => `Blocking request made on ${v.on}.`,
    'blocking:open': () => 'Ask the bank (or the service it designates) to block the instrument without delay.',
    'contest:done': (v) => `Operations contested on ${v.on}, in time.`,
    'contest:late': (v) => `Operations contested on ${v.on}, after the time to contest.`,
    'contest:open': (v) => (v.by ? `Contest the operations with the bank by ${v.by} at the latest.` : 'Contest the operations with the bank.'),
    'contest:closed': (v) => `The time to contest expired on ${v.by}.`,
    'complaint:done': (v) => `Written complaint received by the bank on ${v.on}.`,
    'complaint:open': () => "Send a written complaint to the bank's complaints service: the mediator can only be seized after one.",
    'mediator:open': (v) => `The mediator may be seized from ${v.from} to ${v.by}.`,
    'mediator:not_yet_open': (v) => (v.from ? `The mediator may be seized from ${v.from}, and by ${v.by} at the latest.` : 'The mediator can only be seized after a written complaint to the bank.'),
    'mediator:closed': (v) => `The time to seize the mediator expired on ${v.by}: it can no longer be seized, the way left is the court.`,
    'mediator:not_needed': () => 'The bank accepted the complaint: the mediator is not needed.',
  },
  court: { tribunal_judiciaire: 'the tribunal judiciaire', juge_de_paix: 'the juge de paix (justice of the peace)', tribunal_premiere_instance: 'the tribunal de première instance (court of first instance)' },
  procedure: {
    requete_or_assignation: 'by requête (application) or assignation (writ)', assignation: 'by assignation (writ)',
    citation_or_requete_contradictoire: 'by citation (writ) or requête contradictoire (inter partes application)', citation: 'by citation (writ)',
  },
  reason: { mediator_closed: 'Mediation being closed', bank_refused: 'The bank having refused', bank_silent: 'The bank having not answered in time', if_refused: 'If the bank refuses' },
  route: (r, court, procedure, amount) =>
    `${court} hears the claim of ${amount}, brought ${procedure}${r.lawyer_required ? ', with a lawyer' : ', no lawyer required'}${r.amicable_attempt_required ? ', after an attempt at an amicable settlement (the mediation counts as one)' : ''} [${r.basis.join('; ')}]. The action is time-barred after ${r.limitation.years} years: by ${r.limitation.until} at the latest, counted from ${r.limitation.from} [${r.limitation.basis.join('; ')}].`,
  timeBarred: (r) => `The time to go to court expired on ${r.limitation.until} [${r.limitation.basis.join('; ')}].`,
  ground: {
    recovery_and_information: (b) => `Authorised transfer, outside the unauthorised-payment regime: the bank must try to recover the funds and, failing that, give you the information needed to act [${b}].`,
    vigilance_apparent_anomaly: (b) => `A separate ground of general contract law: the bank's duty of vigilance on an apparent anomaly; the holder must prove the anomaly [${b}].`,
  },
};

const NL: Words = {
  heading: 'Waar het dossier staat',
  step: {
    'blocking:done': (v) => `Blokkering gevraagd op ${v.on}.`,
    'blocking:open': () => 'Laat het betaalinstrument onverwijld blokkeren bij de bank (of bij Card Stop).',
    'contest:done': (v) => `Verrichtingen betwist op ${v.on}, binnen de termijn.`,
    'contest:late': (v) => `Verrichtingen betwist op ${v.on}, na de termijn om te betwisten.`,
    'contest:open': (v) => (v.by ? `Betwist de verrichtingen bij de bank uiterlijk op ${v.by}.` : 'Betwist de verrichtingen bij de bank.'),
    'contest:closed': (v) => `De termijn om te betwisten is verstreken op ${v.by}.`,
    'complaint:done': (v) => `Schriftelijke klacht door de bank ontvangen op ${v.on}.`,
    'complaint:open': () => 'Dien een schriftelijke klacht in bij de klachtendienst van de bank: pas daarna kan de ombudsdienst worden aangesproken.',
    'mediator:open': (v) => `De ombudsdienst kan worden aangesproken van ${v.from} tot ${v.by}.`,
    'mediator:not_yet_open': (v) => (v.from ? `De ombudsdienst kan worden aangesproken vanaf ${v.from}, en uiterlijk op ${v.by}.` : 'De ombudsdienst kan pas worden aangesproken na een schriftelijke klacht bij de bank.'),
    'mediator:closed': (v) => `De termijn om de ombudsdienst aan te spreken is verstreken op ${v.by}: hij kan niet meer worden aangesproken, de weg die overblijft is de rechter.`,
    'mediator:not_needed': () => 'De bank heeft de klacht aanvaard: de ombudsdienst is niet nodig.',
  },
  court: { tribunal_judiciaire: 'het tribunal judiciaire (Franse rechtbank)', juge_de_paix: 'de vrederechter', tribunal_premiere_instance: 'de rechtbank van eerste aanleg' },
  procedure: {
    requete_or_assignation: 'bij verzoekschrift (requête) of dagvaarding (assignation)', assignation: 'bij dagvaarding (assignation)',
    citation_or_requete_contradictoire: 'bij dagvaarding of op tegensprekelijk verzoekschrift', citation: 'bij dagvaarding',
  },
  reason: { mediator_closed: 'Nu de bemiddeling gesloten is', bank_refused: 'Nu de bank geweigerd heeft', bank_silent: 'Nu de bank niet binnen haar termijn antwoordde', if_refused: 'Als de bank weigert' },
  route: (r, court, procedure, amount) =>
    `${court} is bevoegd voor ${amount}, aangesproken ${procedure}${r.lawyer_required ? ', met een advocaat' : ', zonder verplichte advocaat'}${r.amicable_attempt_required ? ', na een poging tot minnelijke regeling (de bemiddeling geldt als zodanig)' : ''} [${r.basis.map(dutch).join('; ')}]. De vordering verjaart na ${r.limitation.years} jaar: uiterlijk op ${r.limitation.until}, gerekend vanaf ${r.limitation.from} [${r.limitation.basis.map(dutch).join('; ')}].`,
  timeBarred: (r) => `De termijn om naar de rechter te stappen is verstreken op ${r.limitation.until} [${r.limitation.basis.map(dutch).join('; ')}].`,
  ground: {
    recovery_and_information: (b) => `Toegestane overschrijving, buiten de regeling voor niet-toegestane betalingstransacties: de bank moet trachten het geld terug te halen en u anders de gegevens bezorgen om op te treden [${b}].`,
    vigilance_apparent_anomaly: (b) => `Een afzonderlijke grond van gemeen contractenrecht: de waakzaamheidsplicht van de bank bij een zichtbare anomalie; de houder moet de anomalie bewijzen [${b}].`,
  },
};

/** Belgian citations in Dutch: Ger.W. for the Code judiciaire, BW for the Code civil. */
function dutch(citation: string): string {
  return citation.replace(/^C\. jud\./, 'Ger.W.').replace(/^C\. civ\., art\. 2262bis, § 1, al\. 1$/, 'BW, art. 2262bis, § 1, eerste lid');
}

const WORDS: Record<ReportLang, Words> = { fr: FR, nl: NL, en: EN };

export function nextStepsHeading(lang: ReportLang): string {
  return WORDS[lang].heading;
}

/** One line per step, then the court route; `money` formats an amount in the report's language. */
/** For authorised transfers: what remains, each with who must prove it. */
export function otherGroundsLines(grounds: Assessment['other_grounds'], lang: ReportLang): string[] {
  return grounds.map((g) => `${WORDS[lang].ground[g.ground](g.basis.join(lang === 'fr' ? ' ; ' : '; '))} [${g.transactions.join(', ')}]`);
}

export function nextStepsLines(n: NextSteps, lang: ReportLang, money: (amount: string) => string): string[] {
  const w = WORDS[lang];
  // A mediator that waits for the complaint adds nothing to the complaint line that says so.
  const shown = n.steps.filter((s) => !(s.step === 'mediator' && s.status === 'not_yet_open' && !s.from));
  const lines = shown.map((s) => {
    const say = w.step[`${s.step}:${s.status}`];
    const text = say ? say(s) : `${s.step}: ${s.status}`;
    return s.transactions ? `${text} [${s.transactions.join(', ')}]` : text;
  });
  if (n.court) {
    const r = n.court;
    lines.push(r.limitation.passed ? w.timeBarred(r) : `${w.reason[r.reason]}, ${w.route(r, w.court[r.court], w.procedure[r.procedure], money(r.amount))}`);
  }
  return lines;
}
