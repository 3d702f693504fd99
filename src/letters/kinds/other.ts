/** The mediator or Ombudsfin referral, the mandate, and the holder's checklist. */
import type { Span } from '../../case/legalDate.js';
import { bankName, day, eur, facts, operationsTable, signature, when, type Ctx } from '../compose.js';
import type { Block } from '../model.js';
import { clean } from '../sanitize.js';

/** The last day to refer to the mediator (C. consom. L612-2; Ombudsfin rules), when it is before the letter's date. */
export function mediatorClosedOn(ctx: Ctx): string | null {
  const by = ctx.a.deadlines.find((d) => d.kind === 'mediator_referral_by');
  return by && by.date < ctx.date ? by.date : null;
}

/**
 * The step a deadline asks for, when the case's own dates show it done: the contest (the written
 * complaint or an operation's contest date), the blocking, the bank's answer.
 */
function doneOn(ctx: Ctx, kind: string): Span | null {
  const { c } = ctx;
  if (kind === 'contest_by') return c.complaint?.receivedOn ?? c.transactions.map((t) => t.contestedOn).find((s): s is Span => s !== null) ?? null;
  if (kind === 'notify_by') return c.notification;
  if (kind === 'bank_answer_by' || kind === 'bank_answer_final_by') return c.complaint?.answeredOn ?? null;
  return null;
}

/**
 * The chronology: each step done at its date, each deadline still to come, each one missed said
 * so — never the referral's own deadlines. (The assessment does not yet mark steps done itself:
 * the letters read them from the case's dates until it does.)
 */
function timeline(ctx: Ctx): string[] {
  const { a, m } = ctx;
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const d of a.deadlines) {
    if (d.kind.startsWith('mediator_referral')) continue;
    const done = doneOn(ctx, d.kind);
    const label = m.deadlines[d.kind] ?? d.kind;
    if (done) {
      const step = d.kind === 'bank_answer_final_by' ? 'bank_answer_by' : (d.kind as keyof typeof m.mediator.doneStep);
      if (!seen.has(step)) lines.push(m.mediator.done(when(done, ctx), m.mediator.doneStep[step]));
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
