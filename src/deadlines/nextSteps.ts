/**
 * What is done and what is still open after the deadlines (issue 16 item 4): each step the holder
 * took is marked done from the case's own dates (blocking, contest, complaint), a mediator window that
 * has closed is not offered, and the way to court is given as data (src/law/courts.ts): the court and
 * procedure for the amount, and the limitation period that still runs. Codes and values only.
 */
import { addToDay } from '../case/isoDay.js';
import type { Case } from '../case/model.js';
import type { Span } from '../case/legalDate.js';
import { courtRouteOn, type Court, type Procedure } from '../law/courts.js';
import type { Deadline, Share } from './types.js';

export type StepKind = 'blocking' | 'contest' | 'complaint' | 'mediator';
/** done: taken in time; late: taken after its deadline; open: still to take; closed: its window has passed; not_yet_open; not_needed. */
export type StepStatus = 'done' | 'late' | 'open' | 'closed' | 'not_yet_open' | 'not_needed';

export interface Step {
  step: StepKind;
  status: StepStatus;
  /** The day it was taken. */
  on?: string;
  /** The first and last days of its window. */
  from?: string;
  by?: string;
  transactions?: string[];
}

export type CourtReason = 'mediator_closed' | 'bank_refused' | 'bank_silent' | 'if_refused';

export interface CourtStep {
  reason: CourtReason;
  court: Court;
  procedure: Procedure;
  lawyerRequired: boolean;
  amicableAttemptRequired: boolean;
  amountCents: number;
  basis: string[];
  limitation: { years: number; from: string; until: string; passed: boolean; basis: string[] };
}

export interface NextSteps {
  steps: Step[];
  /** null when nothing is owed or the court route of the evaluation date is not encoded. */
  court: CourtStep | null;
}

const first = (spans: (Span | null | undefined)[]): string | null =>
  spans.reduce<string | null>((m, s) => (s && (m === null || s.firstDay < m) ? s.firstDay : m), null);

function contestSteps(c: Case, shares: readonly Share[], deadlines: readonly Deadline[], asOf: string): Step[] {
  const groups = new Map<string, Step>();
  for (const s of shares) {
    if (s.excluded || !s.regime) continue;
    const d = deadlines.find((x) => x.kind === 'contest_by' && x.transactions?.includes(s.tx.id));
    const on = s.tx.contestedOn;
    let step: Step;
    if (on) step = { step: 'contest', status: d && on.lastDay > d.date ? 'late' : 'done', on: on.lastDay };
    else if (d) step = { step: 'contest', status: asOf > d.date ? 'closed' : 'open', by: d.date };
    else if (c.psp.transactionInfoProvided === false) step = { step: 'contest', status: 'open' };
    else continue;
    const key = `${step.status}|${step.on ?? ''}|${step.by ?? ''}`;
    const g = groups.get(key);
    if (g) g.transactions!.push(s.tx.id);
    else groups.set(key, { ...step, transactions: [s.tx.id] });
  }
  return [...groups.values()];
}

function mediatorStep(c: Case, deadlines: readonly Deadline[], asOf: string): Step {
  const from = deadlines.find((d) => d.kind === 'mediator_referral_from');
  const by = deadlines.find((d) => d.kind === 'mediator_referral_by');
  if (c.complaint?.answer === 'accepted') return { step: 'mediator', status: 'not_needed' };
  if (!from || !by) return { step: 'mediator', status: 'not_yet_open' };
  if (asOf > by.date) return { step: 'mediator', status: 'closed', from: from.date, by: by.date };
  if (asOf < from.date) return { step: 'mediator', status: 'not_yet_open', from: from.date, by: by.date };
  return { step: 'mediator', status: 'open', from: from.date, by: by.date };
}

function courtStep(c: Case, shares: readonly Share[], deadlines: readonly Deadline[], mediator: Step, asOf: string): CourtStep | null {
  const owed = shares.reduce((sum, s) => sum + s.refundDueCents, 0);
  const route = courtRouteOn(c.jurisdiction, asOf);
  if (owed === 0 || !route) return null;
  const tier = route.tiers.find((t) => t.upToCents === null || owed <= t.upToCents)!;
  // France: from the day the holder knew or should have known (the earliest the case shows: the holder's duty);
  // Belgium: from the day the refund was due (the earliest refund deadline, else the earliest day the bank was informed).
  const knew = first([c.incident.shouldHaveNoticedAt, c.incident.noticedAt, c.notification, ...c.transactions.map((t) => t.contestedOn)])
    ?? first(c.transactions.map((t) => t.at));
  const due = deadlines.filter((d) => d.kind === 'bank_refund_by').reduce<string | null>((m, d) => (m === null || d.date < m ? d.date : m), null);
  const start = route.limitation.start === 'due' ? (due ?? knew) : knew;
  if (!start) return null;
  const until = addToDay(start, { years: route.limitation.years });
  const answer = c.complaint?.answer;
  const silent = deadlines.some((d) => d.kind === 'bank_answer_by' && d.passed) && !c.complaint?.answeredOn;
  const reason: CourtReason = mediator.status === 'closed' ? 'mediator_closed' : answer === 'refused' || answer === 'partial' ? 'bank_refused' : silent ? 'bank_silent' : 'if_refused';
  return {
    reason, court: tier.court, procedure: tier.procedure, lawyerRequired: tier.lawyerRequired, amicableAttemptRequired: tier.amicableAttemptRequired,
    amountCents: owed, basis: [...tier.basis],
    limitation: { years: route.limitation.years, from: start, until, passed: asOf > until, basis: [...route.limitation.basis] },
  };
}

export function nextSteps(c: Case, shares: readonly Share[], deadlines: readonly Deadline[], asOf: string): NextSteps {
  const steps: Step[] = [];
  steps.push(c.notification ? { step: 'blocking', status: 'done', on: c.notification.firstDay } : { step: 'blocking', status: 'open' });
  steps.push(...contestSteps(c, shares, deadlines, asOf));
  const received = c.complaint?.receivedOn;
  steps.push(received && c.complaint?.written !== false ? { step: 'complaint', status: 'done', on: received.lastDay } : { step: 'complaint', status: 'open' });
  const mediator = mediatorStep(c, deadlines, asOf);
  steps.push(mediator);
  return { steps, court: courtStep(c, shares, deadlines, mediator, asOf) };
}
