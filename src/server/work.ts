/**
 * The engine's heavy requests as tasks: what-if (every single change that matters, on up to 500
 * operations, ~430 ms), missing facts (~100 ms), letters (PDF ~550 ms) and the evaluation of an
 * import's cases (~1 ms a case, up to thousands). The server runs them in worker threads with a
 * time budget (workPool.ts) so that the event loop keeps answering; the same functions run inline
 * when there are no threads. Plain data in and out: a task crosses a thread by structured clone.
 */
import type { z } from 'zod';
import { assess } from './engineTime.js';
import { missingFacts } from '../engine/missingFacts.js';
import { automaticWhatIfs, whatIf } from '../engine/whatIf.js';
import { questionText } from '../report/explore.js';
import { toCents } from '../case/money.js';
import { letterFile, type Exhibit, type LetterFormat, type LetterKind } from '../letters/index.js';
import { letterRefused } from './letters.js';
import type { CaseValues } from '../store/cases.js';
import type { LetterRequest, MissingRequest, WhatIfRequest } from './schemas.js';
import { prepare } from './engineRequest.js';
import { problem, underPointer, type Problem } from './problem.js';
import type { Lang } from './lang.js';

interface Common { lang: Lang; maxTransactions: number }
/** A request body as validated: everything but the case file, which the case parser checks. */
type Body<S extends z.ZodType> = Omit<z.infer<S>, 'case'> & { case: unknown };
export type WorkTask =
  | (Common & { kind: 'whatif'; body: Body<typeof WhatIfRequest> })
  | (Common & { kind: 'missing'; body: Body<typeof MissingRequest> })
  | (Common & { kind: 'letter'; body: Body<typeof LetterRequest>; exhibits?: Exhibit[] })
  | (Common & { kind: 'evaluate'; cases: unknown[]; pointer: string });

export type WorkResult<T = unknown> = { ok: true; value: T } | { ok: false; problem: Problem };

export type Evaluated = Pick<CaseValues, 'jurisdiction' | 'case_json' | 'assessment_json' | 'disputed_cents' | 'refund_due_cents'>;

/** Validates and assesses a case file; the registry keeps the file as given and its assessment. */
export function evaluate(caseFile: unknown, lang: Lang, maxTransactions: number, prefix = '/case'): WorkResult<Evaluated> {
  const p = prepare({ case: caseFile }, lang, maxTransactions);
  if (!p.ok) {
    const shifted = (p.problem.errors ?? []).map((e) => ({ ...e, pointer: e.pointer.replace(/^\/case/, prefix) }));
    return { ok: false, problem: { ...p.problem, errors: shifted } };
  }
  const a = assess(p.value, { asOf: p.asOf, assumptions: p.assumptions });
  return {
    ok: true,
    value: {
      jurisdiction: p.value.jurisdiction, case_json: JSON.stringify(caseFile), assessment_json: JSON.stringify(a),
      disputed_cents: toCents(a.totals.disputed) ?? 0, refund_due_cents: toCents(a.totals.refund_due) ?? 0,
    },
  };
}

export async function runWork(t: WorkTask): Promise<WorkResult> {
  if (t.kind === 'evaluate') {
    const values: Evaluated[] = [];
    for (const [i, c] of t.cases.entries()) {
      const e = evaluate(c, t.lang, t.maxTransactions, `${t.pointer}/${i}/case`);
      if (!e.ok) return e;
      values.push(e.value);
    }
    return { ok: true, value: values };
  }
  const p = prepare(t.body, t.lang, t.maxTransactions);
  if (!p.ok) return p;
  // Answers leave as JSON text, serialised here: a string crosses to the event loop as one copy,
  // where an object would be rebuilt there and serialised again.
  if (t.kind === 'missing')
    return { ok: true, value: JSON.stringify({ missing: missingFacts(p.value, p.assumptions).map((m) => ({ ...m, text: questionText(m.question, p.lang) })) }) };
  if (t.kind === 'letter') {
    const assessment = assess(p.value, { asOf: p.asOf, assumptions: p.assumptions });
    const r = await letterFile(t.body.kind as LetterKind, p.value, assessment, p.lang, t.body.format as LetterFormat, { date: t.body.date, exhibits: t.exhibits });
    return r.ok ? { ok: true, value: r.value } : { ok: false, problem: letterRefused(r.refusal, p.lang) };
  }
  const options = { asOf: p.asOf, assumptions: p.assumptions, lang: p.lang };
  const changes = t.body.changes?.map((c) => ({ path: c.path, value: c.value }));
  const results = changes?.length ? [whatIf(t.body.case, changes, options)] : automaticWhatIfs(t.body.case, options);
  const bad = results.find((r) => !r.ok);
  if (bad && !bad.ok) return { ok: false, problem: problem('invalid', p.lang, undefined, bad.in === 'changes' ? bad.errors : underPointer('/case', bad.errors)) };
  const values = results.flatMap((r) => (r.ok ? [r.value] : []));
  return { ok: true, value: JSON.stringify(changes?.length ? { whatif: values[0] } : { whatifs: values }) };
}
