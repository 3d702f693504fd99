/**
 * Gross negligence as doctrine: one rule per breach of the holder's duties (safekeeping of the
 * instrument and its security data, notification), keyed by fact, jurisdiction and period, with
 * its gravity, its defeaters, its reach over operations and its authorities. No weights, no
 * thresholds: a rule holds, is defeated, or (only where the case law is split) is contested.
 */
import type { Authentication, ConductFact } from '../../case/vocabulary.js';
import type { AuthorityId } from './authorities.js';

/** A fact a rule turns on: a conduct fact, or the holder's vulnerability (payer.vulnerable). */
export type Fact = ConductFact | 'payer_vulnerable';

/** Who must prove a fact: an unknown fact resolves against that party (CMF L133-23; PSD2 art. 72(2)). */
export type Burden = 'bank' | 'holder';

export type Note = { fr: string; nl: string; en: string };

export type Gravity =
  /** The breach is grave in itself once proven. */
  | { kind: 'per_se' }
  /** Grave only if the bank proves one of these aggravating facts. */
  | { kind: 'if'; any: readonly ConductFact[] }
  /** Imprudence at most: the fact never grounds gross negligence. */
  | { kind: 'not_gross' };

/** A fact that takes a defeater away, or leaves the case law split on it. */
export interface Counter {
  fact: ConductFact;
  /** `cancels`: the defeater no longer excuses; `contested`: decisions go both ways (the finding is arguable). */
  effect: 'cancels' | 'contested';
  /** For `contested`: the decisions that held gross negligence despite the defeater. */
  authorities: readonly AuthorityId[];
}

/** A circumstance the holder shows that makes the breach excusable (burden on the holder). */
export interface Defeater {
  fact: Fact;
  /** Decisions that held no gross negligence because of it. */
  authorities: readonly AuthorityId[];
  counters: readonly Counter[];
}

export interface GnRule {
  id: string;
  jurisdictions: readonly ('FR' | 'BE')[];
  /** Operations dated within [from, to] (inclusive; to null = still applied). */
  from: string;
  to: string | null;
  /** In Belgium, which reading of the deception test the rule belongs to (assumption be_deception_test). */
  test?: 'strict' | 'attentive';
  /** The breach: any of these facts, proven or admitted (the bank's burden). */
  breach: readonly ConductFact[];
  duty: 'safekeeping' | 'notification';
  gravity: Gravity;
  unless: readonly Defeater[];
  scope: {
    /** The authentication methods the breach makes usable; an operation by another method is judged without it. */
    channels: readonly Authentication[] | 'all';
    /** From the breach (`conduct[].at`), or from the holder's knowledge (notification duty). */
    runs: 'from_breach' | 'from_knowledge';
  };
  authorities: readonly AuthorityId[];
  text: Note;
}
