/** What every rule of the chain sees and returns. */
import type { Case, Transaction } from '../case/model.js';
import type { Assumptions } from '../law/assumptions.js';
import type { Regime } from '../law/regimes.js';
import type { GrossNegligence } from './grossNegligence.js';

/** One reading of the points the case leaves open (see readings.ts). */
export interface Reading {
  /** Index into each operation's candidate regimes (clamped), when a date spans versions of the law. */
  regime: number;
  order: 'before' | 'after';
  contest: 'timely' | 'late';
  evidence: 'proven' | 'not_proven';
  gn: 'established' | 'not_established';
  sca: 'applied' | 'not_required';
  /** Whether a breach (or the holder's knowledge) the dates leave unordered against an operation came before it. */
  breach: 'covered' | 'not_covered';
  /** Whether the holder shows an excuse the file says nothing of (the number shown was the bank's, the caller knew his accounts…). */
  excuse: 'not_shown' | 'shown';
}

export interface Env {
  c: Case;
  tx: Transaction;
  regime: Regime;
  reading: Reading;
  a: Assumptions;
  gn: GrossNegligence;
  /** Assumptions a rule relied on, collected for the assessment. */
  used: Set<keyof Assumptions>;
  /** A trace is kept: rules spell out what they rest on. Without one, `fact` and `txPtr` give '' (the fast path). */
  explain: boolean;
  /** `fact`, or a no-op when not explaining. */
  fact: (pointer: string, value: unknown) => string;
}

/**
 * What the rule decides for the operation when it holds: the holder bears nothing, everything,
 * the capped franchise, or the operation falls outside the regime (not_covered) or is time-barred.
 */
export type Decision = 'none' | 'all' | 'cap' | 'not_covered' | 'barred';

export interface RuleResult {
  holds: boolean;
  because: string[];
  decision?: Decision;
  values?: Record<string, string>;
}

export interface Rule {
  id: string;
  /** The article (and paragraph) of the regime that holds this rule, or null when the regime has none. */
  article(r: Regime): { id: string; paragraph?: string } | null;
  /** null when the rule has nothing to say about this operation (no trace entry). */
  evaluate(env: Env): RuleResult | null;
}

export const fact = (pointer: string, value: unknown): string =>
  `${pointer} = ${value === null || value === undefined ? 'null' : String(value)}`;
export const noFact = (): string => '';
export const txPtr = (env: Env, field: string): string => (env.explain ? `/transactions/${env.tx.index}/${field}` : '');
