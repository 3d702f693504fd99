/** The mediator or Ombudsfin referral, the mandate, and the holder's checklist. */
import { bankName, day, eur, facts, operationsTable, signature, when, type Ctx } from '../compose.js';
import type { Block } from '../model.js';
import { clean } from '../sanitize.js';

/** The last day to refer to the mediator (C. consom. L612-2; Ombudsfin rules), when it has passed (the assessment's step, or the letter's date). */
export function mediatorClosedOn(ctx: Ctx): string | null {
  const step = ctx.a.next_steps.steps.find((s) => s.step === 'mediator');
  const by = step?.by ?? ctx.a.deadlines.find((d) => d.kind === 'mediator_referral_by')?.date;
  if (step?.status === 'closed') return by ?? ctx.a.as_of;
  return by && by < ctx.date ? by : null;
}

/** The first day a referral is admissible, when the mediator cannot be seized yet (the assessment's step). */
export function mediatorOpensOn(ctx: Ctx): string | null {
  const step = ctx.a.next_steps.steps.find((s) => s.step === 'mediator');
  return step?.status === 'not_yet_open' ? (step.from ?? null) : null;
}

/** The assessment's step (next_steps) a deadline asks for. */
const STEP_OF: Record<string, 'blocking' | 'contest' | 'complaint'> = { notify_by: 'blocking', contest_by: 'contest', bank_answer_by: 'complaint', bank_answer_final_by: 'complaint', bank_ack_by: 'complaint', bank_answer_soft_by: 'complaint' };

/**
 * When the step a deadline asks for is done: the blocking at its time, the contest or the complaint
 * on the day the assessment's next_steps gives; the bank's answer on its date.
 */
function doneOn(ctx: Ctx, kind: string): string | null {
  const { c, a } = ctx;
  if (kind === 'notify_by') return c.notification ? when(c.notification, ctx) : null;
  if (kind.startsWith('bank_')) return c.complaint?.answeredOn ? when(c.complaint.answeredOn, ctx) : null;
  const done = (k: string) => a.next_steps.steps.find((s) => s.step === k && (s.status === 'done' || s.status === 'late') && s.on)?.on ?? null;
  // The written complaint contests the operations when no operation has its own contest date.
  const on = done(STEP_OF[kind] ?? '') ?? (kind === 'contest_by' ? done('complaint') : null);
  return on ? day(on, ctx.m.locale) : null;
}

/** The chronology: each step done at its date, each deadline still to come, each one missed said so — never the referral's own deadlines. */
function timeline(ctx: Ctx): string[] {
  const { a, m } = ctx;
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const d of a.deadlines) {
    if (d.kind.startsWith('mediator_referral')) continue;
    const done = doneOn(ctx, d.kind);
    const label = m.deadlines[d.kind] ?? d.kind;
    if (done) {
      const step = d.kind.startsWith('bank_') ? 'bank_answer_by' : (d.kind as keyof typeof m.mediator.doneStep);
      if (!seen.has(step)) lines.push(m.mediator.done(done, m.mediator.doneStep[step]));
      seen.add(step);
    } else lines.push(d.date < ctx.date ? m.mediator.missed(day(d.date, m.locale), label) : `${day(d.date, m.locale)} — ${label}`);
  }
  return lines;
}

export function mediator(ctx: Ctx): Block[] {
  const { m, a } = ctx;
  const chronology = timeline(ctx);
  return [
    { type: 'paragraph', text: m.salutation },
    { type: 'paragraph', text: m.mediator.intro(bankName(ctx)) },
    facts(ctx),
    operationsTable(ctx),
    { type: 'paragraph', text: m.mediator.claim(eur(a.totals.refund_due, m.locale)) },
    ...(chronology.length ? [{ type: 'paragraph' as const, text: m.mediator.timeline }, { type: 'list' as const, items: chronology }] : []),
    signature(ctx),
  ];
}

/** The holder's mandate to the representative the case declares, signed by the holder. */
export function mandate(ctx: Ctx): Block[] {
  const { m, c } = ctx;
  const rep = c.parties.representative!;
  const holder = clean(c.parties.holder.name) || m.holderUnknown;
  return [
    { type: 'paragraph', text: m.mandate.body(holder, clean(rep.name), m.mandate.capacityName[rep.capacity], bankName(ctx)) },
    operationsTable(ctx),
    { type: 'list', items: m.mandate.scope },
    { type: 'signature', lines: ['', holder] },
  ];
}

export function checklist(ctx: Ctx): Block[] {
  const { c, m } = ctx;
  const kind = c.incident.kind;
  const items = [m.checklist.blocking, m.checklist.statements];
  if (kind === 'theft' || kind === 'loss') items.push(c.jurisdiction === 'FR' ? m.checklist.police : m.checklist.policeBE);
  if (c.jurisdiction === 'FR' && c.incident.payerKeptInstrument !== false && c.transactions.some((t) => t.kind === 'online_card_payment')) items.push(m.checklist.perceval);
  if (kind === 'phishing' || kind === 'impersonation' || kind === 'device_compromise') items.push(m.checklist.messages);
  if (kind === 'impersonation') items.push(m.checklist.calls);
  items.push(m.checklist.complaint, m.checklist.identity);
  return [{ type: 'paragraph', text: m.checklist.intro }, { type: 'list', items }];
}
