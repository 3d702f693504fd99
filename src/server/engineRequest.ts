/** From an engine request body to a validated case, assumptions and evaluation date, or the problem. */
import { parseCase } from '../case/parse.js';
import type { Case } from '../case/model.js';
import { withAssumptions, type Assumptions } from '../law/assumptions.js';
import { today } from '../clock.js';
import { problem, underPointer, type Problem } from './problem.js';
import { errorLangOf, type Lang } from './lang.js';

export interface EngineBody {
  case: unknown;
  as_of?: string | undefined;
  assumptions?: Partial<Record<string, string>> | undefined;
  lang?: Lang | undefined;
}

export type Prepared = { ok: true; value: Case; assumptions: Assumptions; asOf: string; lang: Lang } | { ok: false; problem: Problem };

export function prepare(body: EngineBody, requestLang: Lang, maxTransactions: number): Prepared {
  const lang = body.lang ?? requestLang;
  const txs = (body.case as { transactions?: unknown } | null)?.transactions;
  if (Array.isArray(txs) && txs.length > maxTransactions)
    return {
      ok: false,
      problem: problem('invalid', lang, undefined, [{
        pointer: '/case/transactions', code: 'too_many',
        message: lang === 'fr' ? `${txs.length} opérations : c'est trop pour une seule demande` : `${txs.length} transactions is too many for one request`,
        expected: lang === 'fr' ? `au plus ${maxTransactions} opérations (recours batch n'a pas de limite)` : `at most ${maxTransactions} transactions (recours batch has no limit)`,
      }]),
    };
  const a = withAssumptions(Object.fromEntries(Object.entries(body.assumptions ?? {}).filter((e): e is [string, string] => e[1] !== undefined)));
  if (!a.ok)
    return { ok: false, problem: problem('invalid', lang, undefined, [{ pointer: `/assumptions/${a.name}`, code: 'invalid_assumption', message: lang === 'fr' ? 'hypothèse inconnue ou valeur invalide' : 'unknown assumption or invalid value', expected: a.expected }]) };
  const parsed = parseCase(body.case, errorLangOf(lang));
  if (!parsed.ok) return { ok: false, problem: problem('invalid', lang, undefined, underPointer('/case', parsed.errors)) };
  const asOf = body.as_of ?? parsed.value.asOf ?? today(parsed.value.timeZone);
  return { ok: true, value: parsed.value, assumptions: a.value, asOf, lang };
}
