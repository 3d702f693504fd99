/**
 * Gross negligence as doctrine (src/law/grossNegligence): each rule of the case's jurisdiction and
 * period is applied to the conduct facts, with the burden of each fact on the party the law puts
 * it on: the bank proves the breach and what makes it grave (CMF L133-19 IV, L133-23; loi 2009
 * art. 37 in fine; CDE VII.34 / VII.42; PSD2 art. 72(2)), so such a fact left unknown counts for
 * the holder; the holder shows the circumstances that excuse him. A rule bears only the operations
 * its breach made possible (L133-19 IV « si ces pertes résultent »; PSD2 art. 74(1)): not those
 * before the breach (`conduct[].at`) or before the holder's knowledge (notification duty; CJEU
 * C-665/23), nor those made through a channel the breach did not open.
 */
import type { Case, Transaction } from '../case/model.js';
import { compareSpans, type Span } from '../case/legalDate.js';
import type { Assumptions } from '../law/assumptions.js';
import { CONDUCT } from '../caselaw/conduct.js';
import { GN_RULES } from '../law/grossNegligence/rules.js';
import type { AuthorityId } from '../law/grossNegligence/authorities.js';
import type { Burden, Fact, GnRule } from '../law/grossNegligence/types.js';
import type { Finding } from './types.js';

export type FactState = 'established' | 'excluded' | 'unknown';
export type FactRole = 'breach' | 'aggravating' | 'defeater' | 'counter';

export interface FactFinding {
  fact: Fact;
  role: FactRole;
  burden: Burden;
  state: FactState;
  /** `pointer = value` facts of the case file it rests on (empty when the file says nothing). */
  because: string[];
}

export type RuleResult =
  /** The breach is proven and grave, no defeater shown. */
  | 'established'
  /** A defeater is shown but a counter-fact the case law weighs both ways is proven too. */
  | 'contested'
  /** The holder shows a circumstance that excuses the breach. */
  | 'defeated'
  /** The bank does not prove what would make the breach grave. */
  | 'not_grave'
  /** Imprudence at most. */
  | 'not_gross';

export interface Application {
  rule: GnRule;
  result: RuleResult;
  facts: FactFinding[];
  /** When the breach happened, if the file dates every established breach fact. */
  breachAt: Span | null;
  /** For a contested rule: the decisions on each side. */
  sides: { established: AuthorityId[]; notEstablished: AuthorityId[] } | null;
}

export type Reach =
  | { reach: 'covered' }
  | { reach: 'open' }
  | { reach: 'out'; why: 'period' | 'channel' | 'before_breach' | 'before_knowledge' | 'not_received' };

export interface GrossNegligence {
  finding: Finding;
  applications: Application[];
  /** Facts asserted against the holder but not proven: they count for nothing. */
  unproven: Fact[];
  /** The finding rests on the presumption of assumption gn_presumption. */
  presumed: boolean;
  /** Per operation (by index): each grave rule's reach over it. */
  reach: Map<number, { app: Application; reach: Reach }[]>;
}

const ESTABLISHING = new Set(['proven', 'admitted']);
const NONE: { app: Application; reach: Reach }[] = [];
const UNEXPLAINED_STRONG_AUTH = new Set(['pin', 'app_validation']);
const EXPLAINING: ReadonlySet<string> = new Set(['mitigating', 'context', 'not_gross']);
/** Results under which a rule can make the holder bear operations. */
const GRAVE: ReadonlySet<RuleResult> = new Set(['established', 'contested']);

function stateOf(c: Case, fact: Fact): { state: FactState; because: string[] } {
  if (fact === 'payer_vulnerable') {
    const v = c.payer.vulnerable;
    return { state: v === true ? 'established' : v === false ? 'excluded' : 'unknown', because: v === null ? [] : [`/payer/vulnerable = ${v}`] };
  }
  const entries = c.conduct.filter((k) => k.fact === fact);
  const because = entries.map((k) => `/conduct/${k.index} = ${k.fact} (${k.status})`);
  if (entries.some((k) => ESTABLISHING.has(k.status))) return { state: 'established', because };
  if (entries.some((k) => k.status === 'disproven')) return { state: 'excluded', because };
  return { state: 'unknown', because };
}

function finding(c: Case, fact: Fact, role: FactRole, burden: Burden): FactFinding {
  return { fact, role, burden, ...stateOf(c, fact) };
}

/** The earliest date of the established breach facts, or null when one of them is undated. */
function breachDate(c: Case, rule: GnRule): Span | null {
  const dated = c.conduct.filter((k) => rule.breach.includes(k.fact) && ESTABLISHING.has(k.status));
  if (dated.some((k) => !k.at)) return null;
  return dated.reduce<Span | null>((first, k) => (!first || k.at!.lo < first.lo ? k.at! : first), null);
}

function applyRule(c: Case, rule: GnRule): Application | null {
  const facts = rule.breach.map((f) => finding(c, f, 'breach', 'bank'));
  if (!facts.some((f) => f.state === 'established')) return null;
  const done = (result: RuleResult, sides: Application['sides'] = null): Application => ({ rule, result, facts, breachAt: breachDate(c, rule), sides });
  if (rule.gravity.kind === 'not_gross') return done('not_gross');
  if (rule.gravity.kind === 'if') {
    const aggravating = rule.gravity.any.map((f) => finding(c, f, 'aggravating', 'bank'));
    facts.push(...aggravating);
    if (!aggravating.some((f) => f.state === 'established')) return done('not_grave');
  }
  let defeated = false;
  const established: AuthorityId[] = [];
  const notEstablished: AuthorityId[] = [];
  for (const d of rule.unless) {
    const df = finding(c, d.fact, 'defeater', 'holder');
    facts.push(df);
    if (df.state !== 'established') continue;
    const counters = d.counters.map((k) => ({ k, f: finding(c, k.fact, 'counter', 'bank') }));
    facts.push(...counters.map((x) => x.f));
    const live = counters.filter((x) => x.f.state === 'established');
    if (live.some((x) => x.k.effect === 'cancels')) continue;
    if (live.length) {
      for (const x of live) established.push(...x.k.authorities);
      notEstablished.push(...d.authorities);
    } else defeated = true;
  }
  if (defeated) return done('defeated');
  if (established.length) return done('contested', { established: [...new Set(established)], notEstablished: [...new Set(notEstablished)] });
  return done('established');
}

/** The rules of the case's jurisdiction, and in Belgium of the deception test assumed (be_deception_test). */
const RULES_FOR = new Map<string, readonly GnRule[]>();
function rulesFor(c: Case, a: Assumptions): readonly GnRule[] {
  const test = c.jurisdiction === 'FR' || a.be_deception_test === 'attentive_user' ? 'attentive' : 'strict';
  const key = `${c.jurisdiction}:${test}`;
  let rules = RULES_FOR.get(key);
  if (!rules) RULES_FOR.set(key, (rules = GN_RULES.filter((r) => r.jurisdictions.includes(c.jurisdiction) && (!r.test || r.test === test))));
  return rules;
}

const inPeriod = (rule: GnRule, tx: Transaction): boolean => tx.at.lastDay >= rule.from && (rule.to === null || tx.at.firstDay <= rule.to);

/** Whether the rule's breach made the operation possible (see the module comment). */
function reachOf(app: Application, tx: Transaction, c: Case, a: Assumptions): Reach {
  const { rule } = app;
  if (!inPeriod(rule, tx)) return { reach: 'out', why: 'period' };
  // The issuer bears the risk of sending the card and its codes: the safekeeping duty starts on receipt (CMF L133-15; PSD2 art. 70(2)).
  if (rule.duty === 'safekeeping' && c.incident.kind === 'not_received') return { reach: 'out', why: 'not_received' };
  const ch = rule.scope.channels;
  if (ch !== 'all' && tx.authentication !== 'unknown' && !ch.includes(tx.authentication)) return { reach: 'out', why: 'channel' };
  if (rule.scope.runs === 'from_breach') {
    if (!app.breachAt) return { reach: 'covered' };
    const o = compareSpans(tx.at, app.breachAt);
    return o === 'before' ? { reach: 'out', why: 'before_breach' } : o === 'after' ? { reach: 'covered' } : { reach: 'open' };
  }
  if (a.veracash_per_operation === 'no') return { reach: 'covered' };
  const noticed = c.incident.noticedAt;
  const should = c.incident.shouldHaveNoticedAt;
  const earliest = should && (!noticed || should.lo < noticed.lo) ? should : noticed;
  const latest = noticed ?? should;
  if (!earliest || !latest) return { reach: 'covered' };
  if (compareSpans(tx.at, latest) === 'after') return { reach: 'covered' };
  if (compareSpans(tx.at, earliest) === 'before') return { reach: 'out', why: 'before_knowledge' };
  return { reach: 'open' };
}

/** An established rule with an excuse not established (absent from the file, or asserted and undecided): the reading where the holder shows it is given. */
export const unshownExcuse = (x: Application): boolean =>
  x.result === 'established' && x.facts.some((f) => f.role === 'defeater' && f.state === 'unknown');

export function evaluateGrossNegligence(c: Case, a: Assumptions): GrossNegligence {
  // Only a rule whose breach is established applies: the others are not looked at (the fast path of a case with no such fact).
  const established = new Set(c.conduct.filter((k) => ESTABLISHING.has(k.status)).map((k) => k.fact));
  const applications = established.size === 0 ? [] : rulesFor(c, a)
    .filter((r) => r.breach.some((f) => established.has(f)) && c.transactions.some((t) => inPeriod(r, t)))
    .map((r) => applyRule(c, r))
    .filter((x): x is Application => x !== null);
  const reach = new Map<number, { app: Application; reach: Reach }[]>();
  const grave = applications.filter((x) => GRAVE.has(x.result));
  for (const tx of c.transactions) reach.set(tx.index, grave.length ? grave.map((app) => ({ app, reach: reachOf(app, tx, c, a) })) : NONE);
  const live = (result: RuleResult) =>
    applications.some((x) => x.result === result && c.transactions.some((t) => reach.get(t.index)!.some((r) => r.app === x && r.reach.reach !== 'out')));
  const unproven = [...new Set(c.conduct.filter((k) => k.status === 'alleged' || k.status === 'denied').map((k) => k.fact))];
  let finding: Finding = live('established') ? 'established' : live('contested') ? 'arguable' : 'not_established';
  let presumed = false;
  if (finding === 'not_established' && a.gn_presumption === 'yes' && !explained(c) && presumption(c)) {
    finding = 'established';
    presumed = true;
  }
  return { finding, applications, unproven, presumed, reach };
}

/** An established fact gives an account of how the data were used (an excuse, the setting of a deception, an imprudence). */
const explained = (c: Case): boolean => c.conduct.some((k) => ESTABLISHING.has(k.status) && EXPLAINING.has(CONDUCT[k.fact].role));

/**
 * Concordant presumptions: the holder gives no account of how his security data were used (incident
 * unknown, no excuse, deception or imprudence established), every operation was strongly authenticated with data known only to
 * him, the PSP proves it and no deficiency is shown (assumption gn_presumption; Cass. com., 31 mai
 * 2016, n° 14-29.906; Antwerpen, 2 november 2023, 2022/AR/1375).
 */
function presumption(c: Case): boolean {
  return (
    c.incident.kind === 'unknown' &&
    c.incident.payerKeptInstrument !== false &&
    c.evidence.authenticationProven === true &&
    c.evidence.noTechnicalDeficiencyProven !== false &&
    c.transactions.every((t) => UNEXPLAINED_STRONG_AUTH.has(t.authentication) && t.sca !== false)
  );
}
