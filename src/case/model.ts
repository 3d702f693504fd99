/** The validated case the engine reads: dates as spans in the legal time zone, money in cents. */
import type { Span } from './legalDate.js';
import type {
  Authentication, ComplaintAnswer, ConductFact, ConductStatus, IncidentKind, InstrumentKind, JurisdictionCode,
  PayeeVerificationResult, PayerKind, RefusalGround, TransactionKind,
} from './vocabulary.js';

/** Verification of payee as the payer's bank ran it (Reg. (EU) 260/2012 art. 5c). */
export interface PayeeVerification {
  offered: boolean | null;
  result: PayeeVerificationResult | null;
  payerProceededAfterWarning: boolean | null;
}

export interface Transaction {
  /** Position in the case file, for JSON pointers. */
  index: number;
  id: string;
  instrument: string;
  instrumentKind: InstrumentKind;
  at: Span;
  bookedOn: Span | null;
  cents: number;
  kind: TransactionKind;
  authentication: Authentication;
  sca: boolean | null;
  consented: boolean | null;
  beforeNotification: boolean | null;
  contestedOn: Span | null;
  payeePspOutsideEea: boolean | null;
  payeeVerification: PayeeVerification | null;
}

export interface Conduct {
  index: number;
  fact: ConductFact;
  status: ConductStatus;
  note: string | null;
  /** When the act happened, if known. */
  at: Span | null;
}

export interface Party {
  name: string | null;
  address: string[];
}

export interface Parties {
  holder: Party;
  bank: Party;
  mediator: Party | null;
  account: string | null;
  card: string | null;
  customerNumber: string | null;
  blockingReference: string | null;
  policeReport: { reference: string | null; on: Span | null; authority: string | null } | null;
  representative: (Party & { name: string; capacity: 'lawyer' | 'association' | 'relative'; reference: string | null }) | null;
  place: string | null;
  residence: string | null;
}

export interface Case {
  jurisdiction: JurisdictionCode;
  timeZone: 'Europe/Paris' | 'Europe/Brussels';
  payer: { kind: PayerKind | null; contractDerogates: boolean | null; vulnerable: boolean | null };
  incident: {
    kind: IncidentKind;
    at: Span | null;
    noticedAt: Span | null;
    shouldHaveNoticedAt: Span | null;
    payerKeptInstrument: boolean | null;
    detectableBeforePayment: boolean | null;
    pspStaffInvolved: boolean | null;
  };
  notification: Span | null;
  psp: {
    name: string | null;
    notificationMeansAvailable: boolean | null;
    fraudSuspicionReported: boolean | null;
    transactionInfoProvided: boolean | null;
    refundedOn: Span | null;
    closingDays: readonly string[];
    alsaceMoselle: boolean | null;
  };
  complaint: {
    receivedOn: Span | null;
    written: boolean | null;
    answeredOn: Span | null;
    answer: ComplaintAnswer | null;
    refusalGrounds: readonly RefusalGround[];
  } | null;
  parties: Parties;
  transactions: Transaction[];
  conduct: Conduct[];
  evidence: { authenticationProven: boolean | null; noTechnicalDeficiencyProven: boolean | null };
  /** The evaluation date (YYYY-MM-DD), from the case file or the caller. */
  asOf: string | null;
}
