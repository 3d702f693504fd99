/**
 * The engine: a validated case in, an assessment with its trace out. Pure: no clock (the
 * evaluation date is an input), no I/O, no global state.
 */
import type { Case, Transaction } from '../case/model.js';
import { formatCents } from '../case/money.js';
import { DEFAULT_ASSUMPTIONS, ASSUMPTIONS, type Assumptions, type AssumptionName } from '../law/assumptions.js';
import { dayWithin, regimesBetween, type Regime } from '../law/regimes.js';
import { cite, reference } from '../law/index.js';
import { evaluateGrossNegligence, type GrossNegligence } from './grossNegligence.js';
import { decisionsOnSide, factorsOf, gnTrace, groundsOf } from './grossNegligenceTrace.js';
import { isDefault, openPoints, readings, type OpenPoints } from './readings.js';
import { fact, noFact, type Decision, type Reading } from './rule.js';
import { evaluateTransaction } from './transaction.js';
import { NO_REFERENCE, Steps } from './steps.js';
import type { Assessment, GrossNegligenceFactor, Outcome, Scenario, Totals, TraceEntry } from './types.js';
import { computeDeadlines, type Share } from '../deadlines/index.js';
import { nextSteps, type NextSteps } from '../deadlines/nextSteps.js';
import { authorisedTransferGrounds } from './rules/transfers.js';
import { lateRefundInterest } from '../interest/lateRefund.js';
import { SUPPLIED, type SuppliedRate } from '../interest/legalRate.js';
import { similarPrecedents } from '../caselaw/search.js';

export const ENGINE_VERSION = '0.1.0';

export interface AssessOptions {
  /** Evaluation date (YYYY-MM-DD); defaults to the case's `as_of`. Required when the case has none. */
  asOf?: string;
  assumptions?: Assumptions;
  /** Legal rates the user gives for days after the last published ones (src/interest/legalRate.ts parseSuppliedRate). */
  legalRates?: readonly SuppliedRate[];
}

interface TxResult {
  tx: Transaction;
  regime: Regime | null;
  decision: Decision;
  rule: string;
  rules: string[];
  /** Share borne by the holder, in cents (after the franchise is allocated). */
  bears: number;
  excluded: boolean;
}

interface ReadingResult {
  reading: Reading;
  txs: TxResult[];
  payerBears: number;
  disputed: number;
  capOnly: boolean;
  outcome: Outcome;
  used: Set<AssumptionName>;
}

function regimeFor(cands: Regime[], reading: Reading): Regime | null {
  if (cands.length === 0) return null;
  return cands[Math.min(reading.regime, cands.length - 1)]!;
}

function evaluate(
  c: Case, cands: Regime[][], gn: GrossNegligence, a: Assumptions, reading: Reading, trace: TraceEntry[] | null,
): ReadingResult {
  const used = new Set<AssumptionName>();
  const steps = trace ? new Steps(trace) : null;
  const txs: TxResult[] = c.transactions.map((tx, i) => {
    const regime = regimeFor(cands[i]!, reading);
    if (!regime) {
      steps?.add('scope.no_regime', NO_REFERENCE, true, [`/transactions/${tx.index}/at = ${tx.at.raw}`], undefined, tx.id);
      return { tx, regime, decision: 'not_covered', rule: 'scope.no_regime', rules: ['scope.no_regime'], bears: tx.cents, excluded: false };
    }
    const o = evaluateTransaction({ c, tx, regime, reading, a, gn, used, explain: trace !== null, fact: trace ? fact : noFact }, steps);
    const excluded = o.rule === 'scope.authorised';
    const bears = o.decision === 'all' || o.decision === 'barred' || o.decision === 'not_covered' ? tx.cents : 0;
    return { tx, regime, decision: o.decision, rule: o.rule, rules: o.rules, bears, excluded };
  });
  allocateFranchise(txs, a, used, trace);
  let payerBears = 0;
  let disputed = 0;
  let fromCap = 0;
  let covered = 0;
  for (const t of txs) {
    if (t.excluded) continue;
    disputed += t.tx.cents;
    payerBears += t.bears;
    if (t.decision === 'cap') fromCap += t.bears;
    if (t.decision !== 'not_covered') covered++;
  }
  const outcome: Outcome =
    covered === 0 ? 'not_covered'
      : payerBears === 0 ? 'full_refund'
        : payerBears === disputed ? 'no_refund'
          : fromCap === payerBears ? 'refund_minus_franchise' : 'partial';
  return { reading, txs, payerBears, disputed, capOnly: fromCap === payerBears, outcome, used };
}

/** One cap per incident (or per instrument, or per operation: assumption franchise_scope), earliest operations first. */
function allocateFranchise(txs: TxResult[], a: Assumptions, used: Set<AssumptionName>, trace: TraceEntry[] | null): void {
  const capped = txs.filter((t) => t.decision === 'cap').sort((x, y) => x.tx.at.lo - y.tx.at.lo || x.tx.index - y.tx.index);
  if (capped.length === 0) return;
  used.add('franchise_scope');
  const pots = new Map<string, number>();
  for (const t of capped) {
    const key = a.franchise_scope === 'incident' ? '' : a.franchise_scope === 'instrument' ? t.tx.instrument : t.tx.id;
    const left = pots.get(key) ?? t.regime!.capCents;
    t.bears = Math.min(left, t.tx.cents);
    pots.set(key, left - t.bears);
  }
  if (trace) {
    const first = capped[0]!;
    trace.push({
      rule: 'allocation.franchise_allocated',
      ...reference(first.regime!.articles.allocation, clampDay(first.tx.at.firstDay, first.regime!)),
      holds: true,
      because: [`assumption franchise_scope = ${a.franchise_scope}`, ...capped.map((t) => `/transactions/${t.tx.index}/amount = ${formatCents(t.tx.cents)}`)],
      transactions: capped.map((t) => t.tx.id),
      values: {
        cap: formatCents(first.regime!.capCents),
        borne: formatCents(capped.reduce((s, t) => s + t.bears, 0)),
        ...Object.fromEntries(capped.filter((t) => t.bears > 0).map((t) => [t.tx.id, formatCents(t.bears)])),
      },
    });
  }
}

const clampDay = (d: string, r: Regime): string => dayWithin(r, d);

function totalsOf(r: ReadingResult): Totals {
  return { disputed: formatCents(r.disputed), payer_bears: formatCents(r.payerBears), refund_due: formatCents(r.disputed - r.payerBears) };
}

function choose(results: ReadingResult[], points: OpenPoints, a: Assumptions): ReadingResult {
  const pool = results.filter((r) => isDefault(r.reading, points));
  const pick = a.unknown_date === 'holder'
    ? pool.reduce((best, r) => (r.payerBears < best.payerBears ? r : best))
    : pool.reduce((best, r) => (r.payerBears > best.payerBears ? r : best));
  return pick;
}

function choicesOf(r: Reading, points: OpenPoints, cands: Regime[][]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dim of Object.keys(points.options) as (keyof Reading)[]) {
    if (dim === 'regime') {
      const widest = cands.reduce((w, x) => (x.length > w.length ? x : w), [] as Regime[]);
      const reg = widest[Math.min(r.regime, widest.length - 1)]!;
      out.regime = `${reg.id} (${reg.from} – ${reg.to ?? '…'})`;
    } else out[dim] = String(r[dim]);
  }
  return out;
}

interface Allocation {
  cands: Regime[][];
  gn: GrossNegligence;
  points: OpenPoints;
  results: ReadingResult[];
  chosen: ReadingResult;
}

/**
 * Every reading's result, or with `retainedOnly` only those `choose` picks from (the dated
 * readings at the other dimensions' defaults): the same choice, without the scenarios.
 */
function allocation(c: Case, a: Assumptions, retainedOnly = false): Allocation {
  const cands = c.transactions.map((t) => regimesBetween(c.jurisdiction, t.at.firstDay, t.at.lastDay, a));
  const gn = evaluateGrossNegligence(c, a);
  const points = openPoints(c, cands, gn, a);
  const results = readings(points, retainedOnly).map((r) => evaluate(c, cands, gn, a, r, null));
  return { cands, gn, points, results, chosen: choose(results, points, a) };
}

/** The retained reading's outcome and shares only: the fast path for what-if and missing facts (no trace, no deadlines). */
export function allocate(c: Case, a: Assumptions = DEFAULT_ASSUMPTIONS): { outcome: Outcome; payerBears: number; disputed: number; rules: string[]; finding: GrossNegligence['finding'] } {
  const { chosen, gn } = allocation(c, a, true);
  return { outcome: chosen.outcome, payerBears: chosen.payerBears, disputed: chosen.disputed, rules: chosen.txs.map((t) => t.rule), finding: gn.finding };
}

/** One operation of an allocation summary (cents). */
export interface OperationShare {
  id: string;
  regime: string;
  decision: Decision;
  /** The rule that decided it. */
  rule: string;
  cents: number;
  payerBears: number;
  refundDue: number;
  /** Authorised: outside the regime and the totals. */
  excluded: boolean;
}

/** What `assess` returns for outcome, regime, finding, totals and operations, without trace, deadlines or precedents (the batch's fast path). */
export interface AllocationSummary {
  outcome: Outcome;
  regime: string;
  finding: GrossNegligence['finding'];
  disputed: number;
  payerBears: number;
  operations: OperationShare[];
}

export function summarise(c: Case, a: Assumptions = DEFAULT_ASSUMPTIONS): AllocationSummary {
  const { chosen, gn } = allocation(c, a, true);
  return {
    outcome: chosen.outcome, regime: firstRegime(chosen)?.id ?? 'none', finding: gn.finding,
    disputed: chosen.disputed, payerBears: chosen.payerBears, operations: chosen.txs.map(operationShare),
  };
}

function operationShare(t: TxResult): OperationShare {
  const payerBears = t.excluded ? 0 : t.bears;
  return {
    id: t.tx.id, regime: t.regime?.id ?? 'none', decision: t.decision, rule: t.rule, cents: t.tx.cents,
    payerBears, refundDue: t.excluded ? 0 : t.tx.cents - payerBears, excluded: t.excluded,
  };
}

/** The earliest operation that has a regime: its regime is the case's. */
function firstRegimed(r: ReadingResult): TxResult | null {
  return r.txs.reduce<TxResult | null>((f, t) => (t.regime && (!f || t.tx.at.lo < f.tx.at.lo) ? t : f), null);
}
const firstRegime = (r: ReadingResult): Regime | null => firstRegimed(r)?.regime ?? null;

export function assess(c: Case, options: AssessOptions = {}): Assessment {
  const a = options.assumptions ?? DEFAULT_ASSUMPTIONS;
  const asOf = options.asOf ?? c.asOf;
  if (!asOf) throw new Error('assess: no evaluation date (as_of)');
  const { cands, gn, points, results, chosen } = allocation(c, a);
  const primaryReading = chosen.reading;
  const trace: TraceEntry[] = [];
  regimeTrace(c, cands, primaryReading, trace);
  const gnEntry = trace.length;
  const primary = evaluate(c, cands, gn, a, primaryReading, trace);

  const distinct = new Map<string, ReadingResult>();
  for (const r of [primary, ...results]) {
    // An arguable finding is shown under both readings even when the totals agree.
    const key = `${r.outcome}|${r.payerBears}|${r.disputed}|${points.options.gn ? r.reading.gn : ''}`;
    if (!distinct.has(key)) distinct.set(key, r);
  }
  const scenarios: Scenario[] = distinct.size < 2 ? [] : [...distinct.values()].map((r) => {
    const choices = choicesOf(r.reading, points, cands);
    const side = points.options.gn ? decisionsOnSide(gn, r.reading.gn === 'established') : [];
    return {
      reading: Object.entries(choices).map(([k, v]) => `${k}: ${v}`).join('; '),
      choices,
      primary: r === primary,
      outcome: r.outcome,
      totals: totalsOf(r),
      ...(side.length ? { precedents: side } : {}),
    };
  });

  const used = new Set<AssumptionName>(primary.used);
  if (points.dated.length) used.add('unknown_date');
  for (const r of results) for (const u of r.used) used.add(u);
  if (gn.presumed) used.add('gn_presumption');
  const first = firstRegimed(primary);
  const regime = first?.regime ?? null;
  trace.splice(gnEntry, 0, ...gnTrace(c, gn, first && first.regime ? { regime: first.regime, firstDay: first.tx.at.firstDay } : null));
  const others = [...new Set(primary.txs.map((t) => t.regime?.id).filter((id): id is string => !!id && id !== regime?.id))];
  const shares = sharesOf(primary, c);
  const { deadlines, used: deadlineAssumptions, skipped, outsideCalendar } = computeDeadlines(c, shares, asOf, a);
  for (const u of deadlineAssumptions) used.add(u);
  for (const d of deadlines)
    trace.push({
      rule: `deadline.${d.kind}`, citation: d.basis, article: d.article ?? null, holds: d.passed,
      because: [`as_of = ${asOf}`], ...(d.transactions ? { transactions: d.transactions } : {}),
      values: { date: d.date, ...(d.note ? { note_fr: d.note.fr, note_nl: d.note.nl, note_en: d.note.en } : {}) },
    });
  for (const k of skipped) trace.push({ rule: `deadline.${k.kind}`, citation: '', article: null, holds: false, because: [k.reason], values: { skipped: 'yes' } });
  const next = nextSteps(c, shares, deadlines, asOf);
  trace.push(...nextStepsTrace(next, asOf));
  const interest = lateRefundInterest(c, shares, deadlines, asOf, a, used, options.legalRates ?? []);
  if (interest)
    trace.push({
      rule: 'interest.late_refund', citation: interest.basis, article: interest.article, holds: true,
      because: [`as_of = ${asOf}`, `/psp/refunded_on = ${c.psp.refundedOn?.raw ?? 'null'}`],
      values: {
        total: formatCents(interest.totalCents), base: formatCents(interest.baseCents), as_of: asOf,
        refunded: c.psp.refundedOn ? c.psp.refundedOn.raw : '',
        ...(interest.missingRateFrom ? { missing_rate_from: interest.missingRateFrom } : {}),
        computed_to: interest.computedTo, stop: interest.stop,
        ...(interest.periods.some((p) => p.source === SUPPLIED) ? { supplied_rates: 'yes' } : {}),
      },
    });
  trace.push({
    rule: 'outcome', citation: '', article: null, holds: true,
    because: [`readings = ${results.length}`], values: { outcome: primary.outcome, ...totalsOf(primary) },
  });
  return {
    format: 'recours.assessment/1',
    engine: { name: 'recours', version: ENGINE_VERSION },
    as_of: asOf,
    jurisdiction: c.jurisdiction,
    outcome: primary.outcome,
    regime: regime
      ? { id: regime.id, label: regime.label.en, franchise: formatCents(regime.capCents), from: regime.from, to: regime.to, others }
      : { id: 'none', label: 'no regime', franchise: '0.00', from: '', to: null, others },
    totals: totalsOf(primary),
    immediate_refund: immediateRefund(shares),
    gross_negligence: {
      finding: gn.finding,
      standard: regime?.standard ?? 'negligence_grave',
      grounds: groundsOf(gn),
      factors: factorsOf(c, gn),
    },
    scenarios,
    transactions: primary.txs.map((t) => {
      const o = operationShare(t);
      return { id: o.id, regime: o.regime, payer_bears: formatCents(o.payerBears), refund_due: formatCents(o.refundDue), rules: t.rules };
    }),
    explanation: trace,
    assumptions: [...used].sort().map((name) => ({ name, value: a[name], basis: ASSUMPTIONS[name].basis.en, note: { ...ASSUMPTIONS[name].basis } })),
    deadlines: deadlines.map(({ article: _article, businessDays: _businessDays, uses: _uses, softLaw, ...d }) => (softLaw ? { ...d, soft_law: true as const } : d)),
    ...(outsideCalendar.length ? { deadlines_not_computed: outsideCalendar.map((o) => ({ kind: o.kind, day: o.day, calendar_years: `${o.from}–${o.to}` })) } : {}),
    precedents: similarPrecedents(c),
    next_steps: nextStepsOut(next),
    other_grounds: authorisedTransferGrounds(c, primary.txs),
    ...(interest
      ? {
          interest: {
            total: formatCents(interest.totalCents),
            basis: interest.basis,
            base: formatCents(interest.baseCents),
            periods: interest.periods.map((p) => ({
              from: p.from, to: p.to, days: p.days, rate: percent(p.bp), legal_rate: percent(p.legalBp), amount: formatCents(p.cents), transactions: p.transactions,
              ...(p.source === SUPPLIED ? { supplied_rate: true as const } : {}),
            })),
            missing_rate_from: interest.missingRateFrom,
            computed_to: interest.computedTo,
            stopped_because: interest.stop,
          },
        }
      : {}),
  };
}

/** The steps and the court route as trace entries: what the report words (rule `step.<kind>`, `court.route`). */
function nextStepsTrace(n: NextSteps, asOf: string): TraceEntry[] {
  const out: TraceEntry[] = n.steps.map((s) => ({
    rule: `step.${s.step}`, citation: '', article: null, holds: s.status === 'done' || s.status === 'not_needed',
    because: [`as_of = ${asOf}`], ...(s.transactions ? { transactions: s.transactions } : {}),
    values: { status: s.status, ...(s.on ? { on: s.on } : {}), ...(s.from ? { from: s.from } : {}), ...(s.by ? { by: s.by } : {}) },
  }));
  if (n.court)
    out.push({
      rule: 'court.route', citation: n.court.basis.join(' ; '), article: null, holds: !n.court.limitation.passed, because: [`as_of = ${asOf}`],
      values: {
        reason: n.court.reason, court: n.court.court, procedure: n.court.procedure, amount: formatCents(n.court.amountCents),
        lawyer_required: String(n.court.lawyerRequired), amicable_attempt_required: String(n.court.amicableAttemptRequired),
        limitation_years: String(n.court.limitation.years), limitation_from: n.court.limitation.from, limitation_until: n.court.limitation.until,
        limitation_basis: n.court.limitation.basis.join(' ; '),
      },
    });
  return out;
}

function nextStepsOut(n: NextSteps): Assessment['next_steps'] {
  return {
    steps: n.steps.map((s) => ({ ...s, ...(s.transactions ? { transactions: [...s.transactions] } : {}) })),
    court: n.court
      ? {
          reason: n.court.reason, court: n.court.court, procedure: n.court.procedure, lawyer_required: n.court.lawyerRequired,
          amicable_attempt_required: n.court.amicableAttemptRequired, amount: formatCents(n.court.amountCents), basis: n.court.basis,
          limitation: n.court.limitation,
        }
      : null,
  };
}

const percent = (bp: number): string => `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}`;

/** Operation by operation, what the PSP must credit now and what it finally owes. */
function sharesOf(r: ReadingResult, c: Case): Share[] {
  const suspended = c.psp.fraudSuspicionReported === true;
  return r.txs.map((t) => {
    const owed = t.excluded ? 0 : t.tx.cents - t.bears;
    const now = t.excluded || t.decision === 'not_covered' || t.decision === 'barred' || t.rule === 'liability.payer_fraud'
      ? 0
      : t.decision === 'cap' ? t.tx.cents - t.bears : t.tx.cents;
    const exempt = suspended && t.regime?.fraudSuspicionException === true;
    return { tx: t.tx, regime: t.regime, refundNowCents: exempt ? 0 : now, refundDueCents: owed, rule: t.rule, excluded: t.excluded };
  });
}

function immediateRefund(shares: readonly Share[]): Assessment['immediate_refund'] {
  const cents = shares.reduce((sum, s) => sum + s.refundNowCents, 0);
  const first = shares.find((s) => s.regime);
  const basis = first?.regime ? cite(first.regime.articles.refund, clampDay(first.tx.at.firstDay, first.regime)) : '';
  return { amount: formatCents(cents), basis };
}

function regimeTrace(c: Case, cands: Regime[][], reading: Reading, trace: TraceEntry[]): void {
  const groups = new Map<string, { regimes: Regime[]; txs: Transaction[] }>();
  c.transactions.forEach((tx, i) => {
    const key = cands[i]!.map((r) => `${r.id}@${r.from}`).join(',');
    const g = groups.get(key) ?? { regimes: cands[i]!, txs: [] };
    g.txs.push(tx);
    groups.set(key, g);
  });
  for (const g of groups.values()) {
    const chosen = regimeFor(g.regimes, reading);
    trace.push({
      rule: g.regimes.length > 1 ? 'regime.open' : 'regime.in_force',
      ...(chosen ? reference(chosen.articles.allocation, clampDay(g.txs[0]!.at.firstDay, chosen)) : { citation: '', article: null }),
      holds: chosen !== null,
      because: g.txs.map((t) => `/transactions/${t.index}/at = ${t.at.raw}`),
      transactions: g.txs.map((t) => t.id),
      values: {
        regime: chosen?.id ?? 'none',
        label_fr: chosen?.label.fr ?? '',
        label_en: chosen?.label.en ?? '',
        label_nl: chosen?.label.nl ?? '',
        candidates: g.regimes.map((r) => `${r.id} (${r.from} – ${r.to ?? '…'})`).join(' | '),
        ...(chosen?.uncertain ? { uncertain_fr: chosen.uncertain.fr, uncertain_nl: chosen.uncertain.nl, uncertain_en: chosen.uncertain.en } : {}),
      },
    });
  }
}
