/**
 * The operation steps of the trace: one entry per rule, result, citation and values, listing every
 * operation the rule decided that way and, for each, the facts it rests on (pointers name the
 * operation). Ten operations taken from one stolen wallet are told once, not ten times.
 */
import type { TraceEntry } from './types.js';

export type Step = Omit<TraceEntry, 'transactions'>;

/** Case-level entries: the regime, the finding, the franchise's allocation, deadlines, interest, outcome. */
const CASE_LEVEL = /^(?:regime|deadline|interest|gross_negligence)\.|^allocation\.franchise_allocated$|^outcome$/;

/** An entry of the rule chain about one or more operations (as opposed to the case-level entries). */
export const isOperationStep = (e: { rule: string; transactions?: string[] | undefined }): boolean => !!e.transactions?.length && !CASE_LEVEL.test(e.rule);

interface Open {
  entry: TraceEntry;
  values: string;
  facts: Set<string>;
}

export class Steps {
  /** By citation: the law's memoised strings, whose hashes are computed once (no key to build per step). */
  private readonly open = new Map<string, Open[]>();

  constructor(private readonly trace: TraceEntry[]) {}

  add(step: Step, tx: string): void {
    const values = step.values ? JSON.stringify(step.values) : '';
    const list = this.open.get(step.citation);
    const known = list?.find((o) => o.entry.rule === step.rule && o.entry.holds === step.holds && o.values === values);
    if (known) {
      known.entry.transactions!.push(tx);
      for (const b of step.because)
        if (!known.facts.has(b)) {
          known.facts.add(b);
          known.entry.because.push(b);
        }
      return;
    }
    const entry: TraceEntry = {
      rule: step.rule, citation: step.citation, article: step.article, holds: step.holds, because: [...step.because], transactions: [tx],
      ...(step.values ? { values: step.values } : {}),
    };
    this.trace.push(entry);
    const open = { entry, values, facts: new Set(step.because) };
    if (list) list.push(open);
    else this.open.set(step.citation, [open]);
  }
}
