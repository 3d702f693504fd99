/** What the deadline and interest rules read of the engine's allocation, operation by operation. */
import type { Transaction } from '../case/model.js';
import type { Regime } from '../law/regimes.js';
import type { AssumptionName } from '../law/assumptions.js';

export interface Share {
  tx: Transaction;
  regime: Regime | null;
  /** Cents the PSP must credit now (before any recovery for gross negligence). */
  refundNowCents: number;
  /** Cents the PSP finally owes. */
  refundDueCents: number;
  /** The rule that decided the operation. */
  rule: string;
  excluded: boolean;
}

export interface Deadline {
  kind: string;
  date: string;
  basis: string;
  passed: boolean;
  transactions?: string[];
  /** How the date was reached when it needed explaining (month ends, imprecise dates, "immediately"). */
  note?: Note;
  article?: { id: string; version: string };
  /** Counted in business days (the bank's calendar decides it). */
  businessDays?: boolean;
  /** A soft-law period (a regulator's recommendation), not a legal deadline. */
  softLaw?: true;
  /** Named assumptions the date rests on. */
  uses?: readonly AssumptionName[];
}

/** A deadline's note in each report language. */
export interface Note {
  fr: string;
  nl: string;
  en: string;
}

/** Several notes as one, in each language. */
export function joinNotes(notes: readonly Note[]): Note {
  return {
    fr: notes.map((n) => n.fr).join(' ; '),
    nl: notes.map((n) => n.nl).join('; '),
    en: notes.map((n) => n.en).join('; '),
  };
}
