/**
 * The operation steps of a trace (the rule chain of engine/transaction.ts) grouped for telling:
 * operations whose steps are the same are told once. Shared by the text report and the web page;
 * it reads traces of either shape (one entry per operation, or entries listing several).
 */
import { isOperationStep } from '../engine/steps.js';

export { isOperationStep };

/** The parts of a trace entry the grouping reads. */
export interface StepEntry {
  rule: string;
  holds: boolean;
  citation: string;
  because: string[];
  transactions?: string[];
  values?: Record<string, string>;
}


export interface OperationGroup<E extends StepEntry> {
  ids: string[];
  steps: E[];
  /** The facts each step rests on for the group's first operation (and the case-level facts). */
  because: string[][];
}

/** `ids`: the assessment's operations in case order (a pointer's index is a position here). */
export function operationGroups<E extends StepEntry>(entries: readonly E[], ids: readonly string[]): OperationGroup<E>[] {
  const byTx = new Map<string, E[]>();
  for (const e of entries) {
    if (!isOperationStep(e)) continue;
    for (const id of e.transactions!) {
      const list = byTx.get(id);
      if (list) list.push(e);
      else byTx.set(id, [e]);
    }
  }
  const keyOf = (s: E) => `${s.rule}:${s.holds}:${s.citation}:${JSON.stringify(s.values ?? {})}`;
  const groups = new Map<string, OperationGroup<E>>();
  for (const [id, steps] of byTx) {
    const key = steps.map(keyOf).join('|');
    const g = groups.get(key);
    if (g) g.ids.push(id);
    else groups.set(key, { ids: [id], steps, because: steps.map((s) => becauseFor(s, ids.indexOf(id))) });
  }
  return [...groups.values()];
}

const OPERATION_POINTER = /^\/transactions\/(\d+)\//;

/** A step's facts for one operation: those pointing into it and those about the whole case. */
function becauseFor(e: StepEntry, index: number): string[] {
  return e.because.filter((b) => {
    const m = OPERATION_POINTER.exec(b);
    return !m || Number(m[1]) === index;
  });
}
