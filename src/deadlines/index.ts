/** Every deadline of a case, in date order, from the allocation the engine made. */
import type { Case } from '../case/model.js';
import { calendarFor, CalendarRangeError, type Calendar } from '../calendar/calendar.js';
import type { Span } from '../case/legalDate.js';
import { DEFAULT_ASSUMPTIONS, type AssumptionName, type Assumptions } from '../law/assumptions.js';
import { reference } from '../law/index.js';
import { bankClosingDays } from './closingDays.js';
import { bankRefundBy } from './bankRefundBy.js';
import { complaintDeadlines } from './complaint.js';
import { contestBy } from './contestBy.js';
import type { Deadline, Share } from './types.js';

export type { Deadline, Share } from './types.js';

/** The years a case's business-day deadlines can fall in: those of its dates, and the next one. */
function yearsOf(c: Case): Set<number> {
  const spans: (Span | null)[] = [c.notification, c.complaint?.receivedOn ?? null];
  for (const t of c.transactions) spans.push(t.at, t.contestedOn);
  const years = new Set<number>();
  for (const s of spans)
    if (s) for (let y = Number(s.firstDay.slice(0, 4)); y <= Number(s.lastDay.slice(0, 4)) + 1; y++) years.add(y);
  return years;
}

/** Bank calendars already built (they are frozen), by jurisdiction, Alsace-Moselle and closing days; emptied past 1000. */
const bankCalendars = new Map<string, Calendar>();

/** The bank's business-day calendar: legal holidays, the bank closing days (assumption bank_closing_days) and the case's own list. */
export function calendarOf(c: Case, a: Assumptions = DEFAULT_ASSUMPTIONS): Calendar {
  const alsaceMoselle = c.jurisdiction === 'FR' && c.psp.alsaceMoselle === true;
  const closing = a.bank_closing_days === 'target' ? bankClosingDays(c.jurisdiction, yearsOf(c), calendarFor(c.jurisdiction, { alsaceMoselle })) : [];
  const closingDays = [...new Set([...closing, ...c.psp.closingDays])];
  const key = `${c.jurisdiction}:${alsaceMoselle}:${closingDays.join(',')}`;
  let cal = bankCalendars.get(key);
  if (!cal) {
    if (bankCalendars.size >= 1000) bankCalendars.clear();
    bankCalendars.set(key, (cal = calendarFor(c.jurisdiction, { alsaceMoselle, closingDays })));
  }
  return cal;
}

/** The holder's duty to notify without delay once aware (L133-17; VII.30 § 1 2°; VII.38 § 1 2°). */
function notifyBy(c: Case, shares: readonly Share[], asOf: string): Deadline | null {
  const noticed = c.incident.noticedAt;
  const regime = shares.find((s) => s.regime)?.regime;
  if (!noticed || !regime) return null;
  const ref = reference(regime.articles.notify, noticed.firstDay < regime.from ? regime.from : noticed.firstDay);
  return {
    kind: 'notify_by', date: noticed.firstDay, basis: ref.citation, passed: asOf > noticed.firstDay, article: ref.article,
    note: {
      fr: "sans tarder dès la connaissance de la perte, du vol ou de l'opération",
      nl: 'onverwijld zodra men kennis krijgt van het verlies, de diefstal of de verrichting',
      en: 'without undue delay on becoming aware of the loss, theft or operation',
    },
  };
}

export interface DeadlineResult {
  deadlines: Deadline[];
  /** Assumptions the deadlines rest on. */
  used: AssumptionName[];
  /** Deadlines that could not be computed, and why (e.g. a date beyond the calendar data). */
  skipped: { kind: string; reason: string }[];
  /** Of those, the ones whose day falls outside the business-day calendar's data: reported to the user. */
  outsideCalendar: { kind: string; day: string; from: number; to: number }[];
}

export function computeDeadlines(c: Case, shares: readonly Share[], asOf: string, a: Assumptions = DEFAULT_ASSUMPTIONS): DeadlineResult {
  const cal = calendarOf(c, a);
  const out: Deadline[] = [];
  const skipped: DeadlineResult['skipped'] = [];
  const outsideCalendar: DeadlineResult['outsideCalendar'] = [];
  const attempt = (kind: string, f: () => Deadline | Deadline[] | null) => {
    try {
      const d = f();
      if (Array.isArray(d)) out.push(...d);
      else if (d) out.push(d);
    } catch (e) {
      if (!(e instanceof CalendarRangeError)) throw e;
      skipped.push({ kind, reason: `calendar data cover ${e.from}–${e.to}; ${e.day} is outside` });
      if (!outsideCalendar.some((o) => o.kind === kind && o.day === e.day)) outsideCalendar.push({ kind, day: e.day, from: e.from, to: e.to });
    }
  };
  attempt('notify_by', () => notifyBy(c, shares, asOf));
  if (c.psp.transactionInfoProvided === false) skipped.push({ kind: 'contest_by', reason: 'the PSP did not provide the operation information: the time bar does not run (L133-24)' });
  else for (const s of shares) attempt('contest_by', () => contestBy(s, asOf, a));
  for (const s of shares) attempt('bank_refund_by', () => bankRefundBy(c, s, cal, asOf));
  attempt('complaint', () => complaintDeadlines(c, cal, asOf));
  // A deadline counted in business days rests on the bank-closing default.
  const used = new Set<AssumptionName>(out.some((d) => d.businessDays) ? ['bank_closing_days'] : []);
  for (const d of out) for (const u of d.uses ?? []) used.add(u);
  return { deadlines: merge(out).sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)), used: [...used], skipped, outsideCalendar };
}

/** Deadlines of the same kind, date and basis are one entry listing their operations. */
function merge(list: Deadline[]): Deadline[] {
  const out: Deadline[] = [];
  // By basis (a memoised citation: its hash is computed once), then kind, date and note.
  const byBasis = new Map<string, Deadline[]>();
  for (const d of list) {
    const same = byBasis.get(d.basis);
    const prev = same?.find((x) => x.kind === d.kind && x.date === d.date && x.note?.en === d.note?.en);
    // The same deadline again: its operations join the first entry (one without operations adds nothing).
    if (prev) {
      if (d.transactions) (prev.transactions ??= []).push(...d.transactions);
      continue;
    }
    const own = { ...d, ...(d.transactions ? { transactions: [...d.transactions] } : {}) };
    out.push(own);
    if (same) same.push(own);
    else byBasis.set(d.basis, [own]);
  }
  return out;
}
