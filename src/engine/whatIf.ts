/**
 * What-if: the same case with some facts changed, assessed again and compared with the original —
 * outcome, shares, and the steps of the reasoning that changed, taken from the two traces. Changes
 * are applied to the case file itself, so a changed file is validated like any other.
 */
import { Temporal } from 'temporal-polyfill';
import { parseCase } from '../case/parse.js';
import { caseError, type CaseError, type ErrorLang } from '../case/errors.js';
import type { Case } from '../case/model.js';
import { formatCents, toCents } from '../case/money.js';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from '../law/assumptions.js';
import { assess } from './assess.js';
import { missingFacts } from './missingFacts.js';
import { euros } from '../format.js';
import type { Assessment, Outcome } from './types.js';

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
  summary: { fr: string; en: string };
}

export type WhatIfResult = { ok: true; value: WhatIf } | { ok: false; errors: CaseError[] };

type Json = Record<string, unknown>;

function segmentsOf(path: string): string[] {
  return path.startsWith('/') ? path.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')) : path.split('.');
}

/** Applies one change to a deep copy; returns the concrete pointers touched with their old values. */
function apply(doc: Json, change: Change): { pointer: string; before: unknown }[] {
  const segs = segmentsOf(change.path);
  if (segs[0] === 'conduct' && segs.length === 2 && !/^\d+$/.test(segs[1]!)) {
    const list = ((doc.conduct as Json[] | undefined) ??= []);
    let i = list.findIndex((k) => k.fact === segs[1]);
    if (i < 0) i = list.push({ fact: segs[1], status: 'alleged' }) - 1;
    const before = i < list.length && list[i]!.status;
    list[i]!.status = change.value;
    return [{ pointer: `/conduct/${i}/status`, before: before ?? null }];
  }
  const touched: { pointer: string; before: unknown }[] = [];
  const walk = (node: unknown, rest: string[], prefix: string) => {
    if (node === null || typeof node !== 'object') return;
    const [head, ...tail] = rest as [string, ...string[]];
    const keys = head === '*' && Array.isArray(node) ? node.map((_, i) => String(i)) : [head];
    for (const key of keys) {
      const container = node as Record<string, unknown>;
      if (tail.length === 0) {
        touched.push({ pointer: `${prefix}/${key}`, before: container[key] ?? null });
        container[key] = change.value;
      } else {
        if (container[key] === undefined || container[key] === null) container[key] = {};
        walk(container[key], tail, `${prefix}/${key}`);
      }
    }
  };
  walk(doc, segs, '');
  return touched;
}

const share = (a: Assessment) => ({ outcome: a.outcome, payer_bears: a.totals.payer_bears, refund_due: a.totals.refund_due });

const money = (amount: string, lang: 'fr' | 'en') => euros(amount, lang === 'fr' ? 'fr-FR' : 'en-GB');

function describe(c: { pointer: string; before: unknown; after: unknown; label?: string }, lang: 'fr' | 'en'): string {
  const show = (v: unknown) => (v === null || v === undefined ? (lang === 'fr' ? 'inconnu' : 'unknown') : String(v));
  if (c.label)
    return lang === 'fr' ? `le fait ${c.label} était ${show(c.after)} au lieu de ${show(c.before)}` : `${c.label} been ${show(c.after)} instead of ${show(c.before)}`;
  if (c.pointer === '/notification/at')
    return lang === 'fr'
      ? `la carte avait été bloquée le ${show(c.after)} au lieu de ${show(c.before)}`
      : `the card been blocked at ${show(c.after)} instead of ${show(c.before)}`;
  return lang === 'fr' ? `${c.pointer} valait ${show(c.after)} au lieu de ${show(c.before)}` : `${c.pointer} been ${show(c.after)} instead of ${show(c.before)}`;
}

export function whatIf(input: unknown, changes: readonly Change[], options: { asOf?: string; assumptions?: Assumptions; lang?: ErrorLang } = {}): WhatIfResult {
  const lang = options.lang ?? 'en';
  const original = parseCase(input, lang);
  if (!original.ok) return original;
  const doc = structuredClone(input) as Json;
  const touched = changes.flatMap((ch) =>
    apply(doc, ch).map((t) => {
      const conduct = /^\/conduct\/(\d+)\/status$/.exec(t.pointer);
      const fact = conduct ? (doc.conduct as Json[] | undefined)?.[Number(conduct[1])]?.fact : undefined;
      return { ...t, after: ch.value, ...(typeof fact === 'string' ? { label: fact } : {}) };
    }),
  );
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
  const key = (e: Assessment['explanation'][number]) => `${e.rule}|${e.transactions?.join(',') ?? ''}`;
  const b = new Map(before.explanation.map((e) => [key(e), e]));
  const a = new Map(after.explanation.map((e) => [key(e), e]));
  const steps: WhatIf['steps'] = [];
  for (const k of new Set([...b.keys(), ...a.keys()])) {
    const x = b.get(k);
    const y = a.get(k);
    if (x?.rule === 'outcome' || (x && y && x.holds === y.holds)) continue;
    const e = (y ?? x)!;
    steps.push({ rule: e.rule, transaction: e.transactions?.length === 1 ? e.transactions[0]! : null, before: x?.holds ?? null, after: y?.holds ?? null, citation: e.citation });
  }
  const delta = toCents(after.totals.payer_bears)! - toCents(before.totals.payer_bears)!;
  const what = { fr: touched.map((t) => describe(t, 'fr')).join(' et '), en: touched.map((t) => describe(t, 'en')).join(' and ') };
  return {
    changes: touched,
    before: share(before),
    after: share(after),
    delta: formatCents(delta),
    transactions,
    steps,
    summary: {
      fr: `Si ${what.fr}, vous supporteriez ${money(after.totals.payer_bears, 'fr')} au lieu de ${money(before.totals.payer_bears, 'fr')}.`,
      en: `Had ${what.en}, you would bear ${money(after.totals.payer_bears, 'en')} instead of ${money(before.totals.payer_bears, 'en')}.`,
    },
  };
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
