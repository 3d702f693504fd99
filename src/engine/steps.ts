/**
 * The operation steps of the trace: one entry per rule, result, citation and values, listing every
 * operation the rule decided that way and, for each, the facts it rests on (pointers name the
 * operation). Ten operations taken from one stolen wallet are told once, not ten times.
 */
import type { TraceEntry } from './types.js';


/** Case-level entries: the regime, the finding, the franchise's allocation, deadlines, interest, outcome. */
const CASE_LEVEL = /^(?:regime|deadline|interest|gross_negligence)\.|^allocation\.franchise_allocated$|^outcome$/;

/** An entry of the rule chain about one or more operations (as opposed to the case-level entries). */
export const isOperationStep = (e: { rule: string; transactions?: string[] | undefined }): boolean => !!e.transactions?.length && !CASE_LEVEL.test(e.rule);

interface Open {
  entry: TraceEntry;
  values: string;
  /** The facts already listed, once a second operation joins the entry. */
  facts: Set<string> | null;
}

type Ref = Pick<TraceEntry, 'citation' | 'article'>;
export const NO_REFERENCE: Ref = Object.freeze({ citation: '', article: null });

export class Steps {
  /** By citation: the law's memoised strings, whose hashes are computed once (no key to build per step). */
  private readonly open = new Map<string, Open[]>();

  constructor(private readonly trace: TraceEntry[]) {}

  /** One operation's step; `because` is the rule's own fresh list, kept (not copied) by a new entry. */
  add(rule: string, ref: Ref, holds: boolean, because: string[], values: Record<string, string> | undefined, tx: string): void {
    const key = values ? JSON.stringify(values) : '';
    const list = this.open.get(ref.citation);
    const known = list?.find((o) => o.entry.rule === rule && o.entry.holds === holds && o.values === key);
    if (known) {
      known.entry.transactions!.push(tx);
      const facts = (known.facts ??= new Set(known.entry.because));
      for (const b of because)
        if (!facts.has(b)) {
          facts.add(b);
          known.entry.because.push(b);
        }
      return;
    }
    const entry: TraceEntry = values
      ? { rule, citation: ref.citation, article: ref.article, holds, because, transactions: [tx], values }
      : { rule, citation: ref.citation, article: ref.article, holds, because, transactions: [tx] };
    this.trace.push(entry);
    const open = { entry, values: key, facts: null };
    if (list) list.push(open);
    else this.open.set(ref.citation, [open]);
  }
}
