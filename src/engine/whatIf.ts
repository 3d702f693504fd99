/**
 * What-if: the same case with some facts changed, assessed again and compared with the original —
 * outcome, shares, and the steps of the reasoning that changed, taken from the two traces. Changes
 * are applied to the case file itself, so a changed file is validated like any other.
 */
import { Temporal } from 'temporal-polyfill';
import { parseCase } from '../case/parse.js';
import { caseError, type CaseError, type ErrorLang } from '../case/errors.js';
import { forbiddenSegment, isIndexOf, segmentsOf } from '../case/path.js';
import type { Case } from '../case/model.js';
import { formatCents, toCents } from '../case/money.js';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from '../law/assumptions.js';
import { assess } from './assess.js';
import { missingFacts } from './missingFacts.js';
import { euros, LOCALES } from '../format.js';
import type { Assessment, Outcome, TraceEntry } from './types.js';
import { isOperationStep } from './steps.js';

export interface Change {
  /** A JSON pointer (`/notification/at`) or dotted path (`notification.at`, `transactions.*.sca`, `conduct.pin_written_with_card`). */
  path: string;
  value: unknown;
}

export interface WhatIf {
  changes: { pointer: string; before: unknown; after: unknown; label?: string }[];
  before: { outcome: Outcome; payer_bears: string; refund_due: string };
  after: { outcome: Outcome; payer_bears: string; refund_due: string };
  /** The holder's share after minus before (decimal string, negative when he bears less). */
  delta: string;
  transactions: { id: string; before: { payer_bears: string; rule: string }; after: { payer_bears: string; rule: string } }[];
  /** Steps whose result changed: rule, operation, and whether it held before and after. */
  steps: { rule: string; transaction: string | null; before: boolean | null; after: boolean | null; citation: string }[];
  summary: { fr: string; nl: string; en: string };
}

/** A refusal names the case file's fields, or (`in: 'changes'`) the changes asked for (`/changes/0/path`). */
export type WhatIfResult = { ok: true; value: WhatIf } | { ok: false; errors: CaseError[]; in?: 'changes' };

type Json = Record<string, unknown>;

type Touched = { pointer: string; before: unknown };

/**
 * Applies one change to the copy `doc`, walking own properties only; returns the concrete pointers
 * touched with their old values, or the refusal of a path that names no field of the case file.
 */
function apply(doc: Json, change: Change, at: number, lang: ErrorLang): { ok: true; touched: Touched[] } | { ok: false; error: CaseError } {
  const segs = segmentsOf(change.path);
  const pointer = `/changes/${at}/path`;
  const forbidden = forbiddenSegment(segs);
  if (forbidden !== undefined) return { ok: false, error: caseError(lang, pointer, 'path_forbidden', 'path', { received: forbidden }) };
  if (segs[0] === 'conduct' && segs.length === 2 && !/^\d+$/.test(segs[1]!)) {
    const list = ((doc.conduct as Json[] | undefined) ??= []);
    let i = list.findIndex((k) => k.fact === segs[1]);
    if (i < 0) i = list.push({ fact: segs[1], status: 'alleged' }) - 1;
    const before = i < list.length && list[i]!.status;
    list[i]!.status = change.value;
    return { ok: true, touched: [{ pointer: `/conduct/${i}/status`, before: before ?? null }] };
  }
  const touched: Touched[] = [];
  let missing: string | undefined;
  const walk = (node: unknown, rest: string[], prefix: string) => {
    if (node === null || typeof node !== 'object') return;
    const [head, ...tail] = rest as [string, ...string[]];
    const list = Array.isArray(node) ? node : null;
    const keys = list && head === '*' ? list.map((_, i) => String(i)) : [head];
    for (const key of keys) {
      if (list && !isIndexOf(list, key)) {
        missing ??= key;
        continue;
      }
      const container = node as Record<string, unknown>;
      const own = Object.hasOwn(container, key) ? container[key] : undefined;
      if (tail.length === 0) {
        touched.push({ pointer: `${prefix}/${key}`, before: own ?? null });
        container[key] = change.value;
      } else {
        if (own === undefined || own === null) container[key] = {};
        walk(container[key], tail, `${prefix}/${key}`);
      }
    }
  };
  walk(doc, segs, '');
  if (missing !== undefined) return { ok: false, error: caseError(lang, pointer, 'path_no_entry', 'path', { received: missing }) };
  return { ok: true, touched };
}

const share = (a: Assessment) => ({ outcome: a.outcome, payer_bears: a.totals.payer_bears, refund_due: a.totals.refund_due });

/** The words of a summary in each language: one change (fact, blocking time, other field), then the sentence. */
const PHRASES: Record<ErrorLang, {
  unknown: string;
  and: string;
  fact: (fact: string, after: string, before: string) => string;
  blocked: (after: string, before: string) => string;
  field: (pointer: string, after: string, before: string) => string;
  summary: (what: string, after: string, before: string) => string;
}> = {
  fr: {
    unknown: 'inconnu',
    and: ' et ',
    fact: (f, a, b) => `le fait ${f} était ${a} au lieu de ${b}`,
    blocked: (a, b) => `la carte avait été bloquée le ${a} au lieu de ${b}`,
    field: (p, a, b) => `${p} valait ${a} au lieu de ${b}`,
    summary: (w, a, b) => `Si ${w}, vous supporteriez ${a} au lieu de ${b}.`,
  },
  nl: {
    unknown: 'onbekend',
    and: ' en ',
    fact: (f, a, b) => `het feit ${f} ${a} was geweest in plaats van ${b}`,
    blocked: (a, b) => `de kaart op ${a} geblokkeerd was geweest in plaats van ${b}`,
    field: (p, a, b) => `${p} ${a} was geweest in plaats van ${b}`,
    summary: (w, a, b) => `Als ${w}, zou u ${a} dragen in plaats van ${b}.`,
  },
  en: {
    unknown: 'unknown',
    and: ' and ',
    fact: (f, a, b) => `${f} been ${a} instead of ${b}`,
    blocked: (a, b) => `the card been blocked at ${a} instead of ${b}`,
    field: (p, a, b) => `${p} been ${a} instead of ${b}`,
    summary: (w, a, b) => `Had ${w}, you would bear ${a} instead of ${b}.`,
  },
};

function describe(c: { pointer: string; before: unknown; after: unknown; label?: string }, lang: ErrorLang): string {
  const t = PHRASES[lang];
  const show = (v: unknown) => (v === null || v === undefined ? t.unknown : String(v));
  if (c.label) return t.fact(c.label, show(c.after), show(c.before));
  if (c.pointer === '/notification/at') return t.blocked(show(c.after), show(c.before));
  return t.field(c.pointer, show(c.after), show(c.before));
}

function summaryIn(lang: ErrorLang, touched: WhatIf['changes'], before: Assessment, after: Assessment): string {
  const money = (amount: string) => euros(amount, LOCALES[lang]);
  const t = PHRASES[lang];
  return t.summary(touched.map((c) => describe(c, lang)).join(t.and), money(after.totals.payer_bears), money(before.totals.payer_bears));
}

export function whatIf(input: unknown, changes: readonly Change[], options: { asOf?: string; assumptions?: Assumptions; lang?: ErrorLang } = {}): WhatIfResult {
  const lang = options.lang ?? 'en';
  const original = parseCase(input, lang);
  if (!original.ok) return original;
  const doc = structuredClone(input) as Json;
  const touched: WhatIf['changes'] = [];
  const refused: CaseError[] = [];
  changes.forEach((ch, at) => {
    const r = apply(doc, ch, at, lang);
    if (!r.ok) return void refused.push(r.error);
    for (const t of r.touched) {
      const conduct = /^\/conduct\/(\d+)\/status$/.exec(t.pointer);
      const fact = conduct ? (doc.conduct as Json[] | undefined)?.[Number(conduct[1])]?.fact : undefined;
      touched.push({ ...t, after: ch.value, ...(typeof fact === 'string' ? { label: fact } : {}) });
    }
  });
  if (refused.length) return { ok: false, errors: refused, in: 'changes' };
  const changed = parseCase(doc, lang);
  if (!changed.ok) return changed;
  const asOf = options.asOf ?? original.value.asOf;
  // The engine has no clock: without as_of in the case, the caller must give the evaluation date.
  if (!asOf) return { ok: false, errors: [caseError(lang, '/as_of', 'required', 'full_date')] };
  const opts = { asOf, assumptions: options.assumptions ?? DEFAULT_ASSUMPTIONS };
  const before = assess(original.value, opts);
  const after = assess(changed.value, opts);
  return { ok: true, value: compare(before, after, touched) };
}

function compare(before: Assessment, after: Assessment, touched: WhatIf['changes']): WhatIf {
  const transactions = after.transactions
    .map((t) => {
      const b = before.transactions.find((x) => x.id === t.id)!;
      return { id: t.id, before: { payer_bears: b.payer_bears, rule: b.rules.at(-1)! }, after: { payer_bears: t.payer_bears, rule: t.rules.at(-1)! } };
    })
    .filter((t) => t.before.payer_bears !== t.after.payer_bears || t.before.rule !== t.after.rule);
  const b = stepsByKey(before);
  const a = stepsByKey(after);
  const steps: WhatIf['steps'] = [];
  for (const k of new Set([...b.keys(), ...a.keys()])) {
    const x = b.get(k);
    const y = a.get(k);
    if (x?.e.rule === 'outcome' || (x && y && x.e.holds === y.e.holds)) continue;
    const { e, tx } = (y ?? x)!;
    steps.push({ rule: e.rule, transaction: tx, before: x?.e.holds ?? null, after: y?.e.holds ?? null, citation: e.citation });
  }
  const delta = toCents(after.totals.payer_bears)! - toCents(before.totals.payer_bears)!;
  return {
    changes: touched,
    before: share(before),
    after: share(after),
    delta: formatCents(delta),
    transactions,
    steps,
    summary: { fr: summaryIn('fr', touched, before, after), nl: summaryIn('nl', touched, before, after), en: summaryIn('en', touched, before, after) },
  };
}

/** The trace by rule and operation: a step of the chain once per operation it covers, a case-level entry once. */
function stepsByKey(a: Assessment): Map<string, { e: TraceEntry; tx: string | null }> {
  const out = new Map<string, { e: TraceEntry; tx: string | null }>();
  for (const e of a.explanation) {
    if (isOperationStep(e)) for (const tx of e.transactions!) out.set(`${e.rule}|${tx}`, { e, tx });
    else out.set(`${e.rule}|${e.transactions?.join(',') ?? ''}`, { e, tx: e.transactions?.length === 1 ? e.transactions[0]! : null });
  }
  return out;
}

function minuteIso(ms: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).toString({ timeZoneName: 'never', smallestUnit: 'minute' });
}

/** The single changes worth asking about: each missing fact's answers, each known fact flipped, the notification moved. */
export function automaticChanges(c: Case): Change[] {
  const out: Change[] = [];
  for (const m of missingFacts(c))
    for (const ans of m.answers) out.push({ path: m.pointer, value: ans.value === 'true' ? true : ans.value === 'false' ? false : ans.value });
  const flips: [string, boolean | null][] = [
    ['/incident/payer_kept_instrument', c.incident.payerKeptInstrument],
    ['/incident/detectable_before_payment', c.incident.detectableBeforePayment],
    ['/incident/psp_staff_involved', c.incident.pspStaffInvolved],
    ['/psp/notification_means_available', c.psp.notificationMeansAvailable],
    ['/evidence/authentication_proven', c.evidence.authenticationProven],
    ['/evidence/no_technical_deficiency_proven', c.evidence.noTechnicalDeficiencyProven],
  ];
  for (const [path, v] of flips) if (v !== null) out.push({ path, value: !v });
  for (const k of c.conduct)
    out.push({ path: `/conduct/${k.index}/status`, value: k.status === 'proven' || k.status === 'admitted' ? 'disproven' : 'proven' });
  const first = Math.min(...c.transactions.map((t) => t.at.lo));
  const last = Math.max(...c.transactions.map((t) => t.at.hi));
  out.push({ path: '/notification/at', value: minuteIso(first - 60_000, c.timeZone) });
  if (c.notification) out.push({ path: '/notification/at', value: minuteIso(last + 60_000, c.timeZone) });
  const seen = new Set<string>();
  return out.filter((ch) => {
    const key = `${ch.path}=${JSON.stringify(ch.value)}`;
    return !seen.has(key) && seen.add(key);
  });
}

/** Every automatic what-if that changes the result, largest change of the holder's share first. */
export function automaticWhatIfs(input: unknown, options: { asOf?: string; assumptions?: Assumptions; lang?: ErrorLang } = {}): WhatIfResult[] {
  const parsed = parseCase(input, options.lang ?? 'en');
  if (!parsed.ok) return [parsed];
  const results: WhatIf[] = [];
  for (const ch of automaticChanges(parsed.value)) {
    const r = whatIf(input, [ch], options);
    if (r.ok && (r.value.delta !== '0.00' || r.value.before.outcome !== r.value.after.outcome)) results.push(r.value);
  }
  return results
    .sort((x, y) => Math.abs(toCents(y.delta.replace('-', ''))!) - Math.abs(toCents(x.delta.replace('-', ''))!))
    .map((value) => ({ ok: true, value }));
}
