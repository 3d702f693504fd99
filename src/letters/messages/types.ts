import type { ConductFact, IncidentKind, RefusalGround, TransactionKind } from '../../case/vocabulary.js';

type Cite = (cite: string) => string;

/** Why no franchise stays with the holder, by the rule that decided the operations. */
export type NoFranchiseReason = 'after_blocking' | 'no_sca' | 'no_proof' | 'no_blocking_means' | 'misappropriation' | 'not_detectable' | 'psp_staff' | 'residual';
export type Capacity = 'lawyer' | 'association' | 'relative';

export interface LetterMessages {
  locale: string;
  salutation: string;
  closing: string;
  dateLine: (place: string, date: string) => string;
  registered: string;
  account: (ref: string) => string;
  card: (ref: string) => string;
  customerRef: (ref: string) => string;
  /** "Opposition n° … du 18 mars 2025, 15:00". */
  blockingRef: (ref: string | null, when: string | null) => string;
  policeRef: (ref: string | null, date: string | null, authority: string | null) => string;
  complaintRef: (date: string) => string;
  answerRef: (date: string) => string;
  /** The holder, named in the references when a representative writes. */
  holderRef: (name: string) => string;
  ourRef: (ref: string) => string;
  /** The representative's signature line: "avocat de Mme X". */
  capacity: Record<Capacity, (holder: string) => string>;
  holderUnknown: string;
  bankUnknown: string;
  columns: Record<'date' | 'operation' | 'amount' | 'borne' | 'refund' | 'from' | 'to' | 'days' | 'rate' | 'interest', string>;
  total: string;
  kinds: Record<TransactionKind, string>;
  incident: Record<IncidentKind, (date: string | null) => string>;
  notified: (date: string) => string;
  /** The arguments every claim, notice, reply and court claim shares. */
  argue: {
    favourIntro: string;
    /** `number`: what the case file notes about the number displayed. */
    spoofed: (number: string | null) => string;
    impersonated: string;
    knewData: string;
    blockedQuickly: (minutes: number, cite: string) => string;
    afterBlocking: (ops: string, cite: string) => string;
    noSca: (ops: string, cite: string) => string;
    noProof: Cite;
    keptCard: Cite;
    seeAlso: (list: string) => string;
    basis: (cite: string, version: string | null) => string;
    franchise: (cap: string, cite: string) => string;
    noFranchise: (why: string) => string;
    why: Record<NoFranchiseReason, Cite>;
    reliedIntro: Cite;
    /** A fact the bank relies on, never conceded: `alleged` when it is not established. */
    relied: (fact: string, alleged: boolean, answer: string) => string;
    answers: Partial<Record<ConductFact, string>>;
    answerDefault: string;
  };
  claim: {
    subject: string;
    intro: string;
    demand: (total: string) => string;
    deadlineNextDay: (date: string, cite: string) => string;
    deadlineImmediate: Cite;
    proof: Cite;
  };
  formalNotice: {
    subject: string;
    intro: (complaintDate: string | null) => string;
    demand: (total: string) => string;
    interest: (total: string, date: string, cite: string) => string;
    /** The interest stops where no legal rate is published yet: said, never hidden. */
    interestStops: (lastDay: string) => string;
    ultimatumMediator: (days: number) => string;
    ultimatumCourt: (days: number) => string;
  };
  reply: {
    subject: string;
    intro: (answerDate: string | null, complaintDate: string | null) => string;
    grounds: Record<RefusalGround, { bank: string; answer: Cite }>;
    pointIntro: string;
    demand: (total: string) => string;
  };
  proofRequest: {
    subject: string;
    intro: Cite;
    items: string[];
    transfers: string;
    delay: string;
  };
  dataAccess: {
    subject: string;
    recipient: (bank: string) => string;
    intro: string;
    items: string[];
    delay: string;
  };
  police: {
    subject: string;
    recipientFR: string;
    recipientBE: string;
    intro: (name: string) => string;
    offence: Partial<Record<IncidentKind, string>>;
    offenceDefault: string;
    request: string;
    platformsIntro: string;
    platformsFR: string[];
    platformsBE: string[];
  };
  court: {
    subjectFR: string;
    subjectBE: string;
    subjectEU: string;
    /** Above 5 000 €: the content of the writ (France, Belgium) or of a claim in the court of the consumer's domicile. */
    subjectAbove: string;
    recipientAbove: string;
    recipientFR: string;
    recipientBE: string;
    recipientEU: string;
    procedureFR: string;
    procedureFRAbove: string;
    procedureBE: string;
    procedureBEAbove: string;
    procedureEU: string;
    procedureEUAbove: string;
    parties: (holder: string, bank: string) => string;
    object: (total: string, interest: string | null) => string;
    amicable: string;
    amicableSteps: { complaint: (d: string) => string; answer: (d: string) => string; notice: string; mediator: string };
    grounds: string;
    /** The limitation period the assessment gives: years, last day, the texts. */
    limitation: (years: number, until: string, basis: string) => string;
    limitationPassed: (until: string, basis: string) => string;
    amicableRequired: string;
    lawyerRequired: string;
  };
  mandate: {
    subject: string;
    body: (holder: string, rep: string, capacity: string, bank: string) => string;
    scope: string[];
    capacityName: Record<Capacity, string>;
  };
  mediator: {
    subject: string;
    recipientFR: (bank: string) => string;
    recipientBE: string[];
    intro: (bank: string) => string;
    claim: (total: string) => string;
    timeline: string;
    /** A step the case shows done: its date, then what the deadline asked for. */
    done: (date: string, step: string) => string;
    doneStep: Record<'contest_by' | 'notify_by' | 'bank_answer_by', string>;
    missed: (date: string, step: string) => string;
  };
  checklist: Record<'subject' | 'intro' | 'blocking' | 'statements' | 'police' | 'perceval' | 'policeBE' | 'messages' | 'calls' | 'complaint' | 'identity', string>;
  exhibits: {
    title: string;
    statements: string;
    blocking: (ref: string | null, date: string | null) => string;
    police: (ref: string | null, date: string | null) => string;
    complaint: (date: string) => string;
    answer: (date: string) => string;
    calls: string;
    mandate: string;
  };
  deadlines: Record<string, string>;
  facts: Record<ConductFact, string>;
  footer: (version: string) => string;
  refusal: { noRegime: string; mediatorClosed: (day: string) => string; mediatorNotYet: (day: string) => string; noRepresentative: string };
}
