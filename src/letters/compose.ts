/** The parts every letter shares: formatting by locale, the header, the table of operations. */
import { Temporal } from 'temporal-polyfill';
import type { Case } from '../case/model.js';
import type { Span } from '../case/legalDate.js';
import type { Assessment } from '../engine/types.js';
import { euros as eur } from '../format.js';
import type { Block, LetterLang } from './model.js';
import type { LetterMessages } from './messages/index.js';
import { clean, mask } from './sanitize.js';
import type { LetterLaw } from './law.js';

export interface Ctx {
  c: Case;
  a: Assessment;
  lang: LetterLang;
  m: LetterMessages;
  /** The letter's date (YYYY-MM-DD). */
  date: string;
  /** The regime the assessment applied; null when none covers the case. */
  law: LetterLaw | null;
  /** The case's attachments in exhibit order, when it holds some; otherwise the exhibits its facts imply. */
  exhibits: Exhibit[] | null;
}

export { euros as eur } from '../format.js';

export function day(iso: string, locale: string): string {
  const d = Temporal.PlainDate.from(iso);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(d.year, d.month - 1, d.day));
}

/** A legal date as precise as it is known: a day and time, a day, a month, a year, or an interval. */
export function when(s: Span, ctx: Ctx): string {
  const { locale } = ctx.m;
  const tz = ctx.c.timeZone;
  if (s.precision === 'instant') {
    const z = Temporal.Instant.fromEpochMilliseconds(s.lo).toZonedDateTimeISO(tz);
    return `${day(z.toPlainDate().toString(), locale)}, ${String(z.hour).padStart(2, '0')}:${String(z.minute).padStart(2, '0')}`;
  }
  if (s.precision === 'day') return day(s.firstDay, locale);
  if (s.precision === 'month') {
    const d = Temporal.PlainDate.from(s.firstDay);
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(d.year, d.month - 1, 1));
  }
  if (s.precision === 'year') return s.firstDay.slice(0, 4);
  return s.firstDay === s.lastDay ? day(s.firstDay, locale) : `${day(s.firstDay, locale)} – ${day(s.lastDay, locale)}`;
}

export function header(ctx: Ctx, recipient: string[]): { sender: string[]; recipient: string[]; dateLine: string; references: string[] } {
  const { c, m } = ctx;
  const p = c.parties;
  const holder = p.holder;
  const rep = p.representative;
  const party = (x: { name: string | null; address: string[] }) => [clean(x.name), ...x.address.map((l) => clean(l, 120))];
  const sender = rep ? party(rep) : holder.name ? party(holder) : [m.holderUnknown];
  const refs = [m.registered];
  if (rep?.reference) refs.push(m.ourRef(clean(rep.reference, 100)));
  if (rep && holder.name) refs.push(m.holderRef(clean(holder.name)));
  const account = mask(p.account);
  const card = mask(p.card);
  if (account) refs.push(m.account(account));
  if (card) refs.push(m.card(card));
  if (p.customerNumber) refs.push(m.customerRef(clean(p.customerNumber, 100)));
  if (p.blockingReference || c.notification) refs.push(m.blockingRef(p.blockingReference ? clean(p.blockingReference, 100) : null, c.notification ? when(c.notification, ctx) : null));
  if (p.policeReport) refs.push(m.policeRef(p.policeReport.reference ? clean(p.policeReport.reference, 100) : null, p.policeReport.on ? when(p.policeReport.on, ctx) : null, p.policeReport.authority ? clean(p.policeReport.authority, 200) : null));
  if (c.complaint?.receivedOn) refs.push(m.complaintRef(when(c.complaint.receivedOn, ctx)));
  if (c.complaint?.answeredOn) refs.push(m.answerRef(when(c.complaint.answeredOn, ctx)));
  return { sender, recipient, dateLine: m.dateLine(clean(p.place, 80), day(ctx.date, m.locale)), references: refs };
}

export function bankRecipient(ctx: Ctx): string[] {
  const bank = ctx.c.parties.bank;
  return bank.name ? [clean(bank.name), ...bank.address.map((l) => clean(l, 120))] : [ctx.m.bankUnknown];
}

export function bankName(ctx: Ctx): string {
  return clean(ctx.c.parties.bank.name) || ctx.m.bankUnknown;
}

/** The disputed operations, what the holder bears and what the bank must refund, with totals. */
export function operationsTable(ctx: Ctx): Block {
  const { c, a, m } = ctx;
  const rows = c.transactions
    .filter((t) => t.consented !== true)
    .map((t) => {
      const share = a.transactions.find((x) => x.id === t.id)!;
      return [when(t.at, ctx), `${m.kinds[t.kind]} (${clean(t.id, 40)})`, eur((t.cents / 100).toFixed(2), m.locale), eur(share.payer_bears, m.locale), eur(share.refund_due, m.locale)];
    });
  rows.push([m.total, '', eur(a.totals.disputed, m.locale), eur(a.totals.payer_bears, m.locale), eur(a.totals.refund_due, m.locale)]);
  return {
    type: 'table',
    header: [m.columns.date, m.columns.operation, m.columns.amount, m.columns.borne, m.columns.refund],
    rows,
    align: ['left', 'left', 'right', 'right', 'right'],
  };
}

/** The facts of the incident and the blocking, as a paragraph. */
export function facts(ctx: Ctx): Block {
  const { c, m } = ctx;
  const parts = [m.incident[c.incident.kind](c.incident.at ? when(c.incident.at, ctx) : null)];
  if (c.notification) parts.push(m.notified(when(c.notification, ctx)));
  return { type: 'paragraph', text: parts.join(' ') };
}

/** Signed by the holder, or by the representative the case declares ("avocat de Mme X"). */
export function signature(ctx: Ctx): Block {
  const { c, m } = ctx;
  const rep = c.parties.representative;
  const holder = clean(c.parties.holder.name);
  if (!rep) return { type: 'signature', lines: [m.closing, '', holder] };
  return { type: 'signature', lines: [m.closing, '', clean(rep.name), m.capacity[rep.capacity](holder || m.holderUnknown)] };
}

/** An exhibit the letter lists: attached to the case (its file name) or expected from the facts. */
export interface Exhibit {
  title: string;
}

/** The exhibits a letter lists when the case holds none: what its facts say exists. */
export function expectedExhibits(ctx: Ctx): Exhibit[] {
  const { c, m } = ctx;
  const e = m.exhibits;
  const out = [e.statements];
  if (c.notification || c.parties.blockingReference) out.push(e.blocking(c.parties.blockingReference ? clean(c.parties.blockingReference, 100) : null, c.notification ? when(c.notification, ctx) : null));
  const police = c.parties.policeReport;
  if (police) out.push(e.police(police.reference ? clean(police.reference, 100) : null, police.on ? when(police.on, ctx) : null));
  if (c.complaint?.receivedOn) out.push(e.complaint(when(c.complaint.receivedOn, ctx)));
  if (c.complaint?.answeredOn) out.push(e.answer(when(c.complaint.answeredOn, ctx)));
  if (c.conduct.some((k) => k.fact === 'caller_id_spoofed' && k.status !== 'disproven' && k.status !== 'denied')) out.push(e.calls);
  if (c.parties.representative) out.push(e.mandate);
  return out.map((title) => ({ title }));
}

/** The numbered exhibit list every letter ends with (bordereau de pièces, inventaris van stukken). */
export function exhibitList(ctx: Ctx): Block[] {
  const list = ctx.exhibits ?? expectedExhibits(ctx);
  if (!list.length) return [];
  return [{ type: 'heading', text: ctx.m.exhibits.title }, { type: 'list', numbered: true, items: list.map((x) => clean(x.title, 200)) }];
}
