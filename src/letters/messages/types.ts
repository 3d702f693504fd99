import type { ConductFact, IncidentKind, TransactionKind } from '../../case/vocabulary.js';

type Cite = (cite: string) => string;

export interface LetterMessages {
  locale: string;
  salutation: string;
  closing: string;
  dateLine: (place: string, date: string) => string;
  registered: string;
  account: (ref: string) => string;
  card: (ref: string) => string;
  holderUnknown: string;
  bankUnknown: string;
  columns: Record<'date' | 'operation' | 'amount' | 'borne' | 'refund' | 'from' | 'to' | 'days' | 'rate' | 'interest', string>;
  total: string;
  kinds: Record<TransactionKind, string>;
  incident: Record<IncidentKind, (date: string | null) => string>;
  notified: (date: string) => string;
  claim: {
    subject: string;
    intro: string;
    basis: (label: string, cite: string) => string;
    franchise: (cap: string, cite: string) => string;
    noFranchise: string;
    demand: (total: string) => string;
    deadlineNextDay: (date: string, cite: string) => string;
    deadlineImmediate: Cite;
    proof: Cite;
    gnIntro: Cite;
    gnFact: (fact: string, status: string, reason: string) => string;
    precedents: (list: string) => string;
  };
  status: Record<'alleged' | 'denied' | 'disproven' | 'proven' | 'admitted', string>;
  formalNotice: {
    subject: string;
    intro: (complaintDate: string | null) => string;
    demand: (total: string) => string;
    interest: (total: string, date: string, cite: string) => string;
    ultimatum: (days: number) => string;
  };
  mediator: {
    subject: string;
    recipientFR: (bank: string) => string;
    recipientBE: string[];
    intro: (bank: string) => string;
    claim: (total: string) => string;
    timeline: string;
    attachments: string;
    attachmentList: string[];
  };
  checklist: Record<'subject' | 'intro' | 'blocking' | 'statements' | 'police' | 'perceval' | 'policeBE' | 'messages' | 'calls' | 'complaint' | 'identity', string>;
  deadlines: Record<string, string>;
  facts: Record<ConductFact, string>;
  footer: (version: string) => string;
  refusal: { noRegime: string };
}
