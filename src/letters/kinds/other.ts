/** The mediator or Ombudsfin referral, the mandate, and the holder's checklist. */
import { bankName, day, eur, facts, operationsTable, signature, type Ctx } from '../compose.js';
import type { Block } from '../model.js';
import { clean } from '../sanitize.js';

/** The last day to refer to the mediator (C. consom. L612-2; Ombudsfin rules), when it is before the letter's date. */
export function mediatorClosedOn(ctx: Ctx): string | null {
  const by = ctx.a.deadlines.find((d) => d.kind === 'mediator_referral_by');
  return by && by.date < ctx.date ? by.date : null;
}

export function mediator(ctx: Ctx): Block[] {
  const { m, a } = ctx;
  // The chronology shows what happened and what is due, never the referral's own deadlines.
  const timeline = a.deadlines
    .filter((d) => !d.kind.startsWith('mediator_referral'))
    .map((d) => `${day(d.date, m.locale)} — ${m.deadlines[d.kind] ?? d.kind}`);
  return [
    { type: 'paragraph', text: m.salutation },
    { type: 'paragraph', text: m.mediator.intro(bankName(ctx)) },
    facts(ctx),
    operationsTable(ctx),
    { type: 'paragraph', text: m.mediator.claim(eur(a.totals.refund_due, m.locale)) },
    ...(timeline.length ? [{ type: 'paragraph' as const, text: m.mediator.timeline }, { type: 'list' as const, items: timeline }] : []),
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
