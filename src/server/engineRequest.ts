/** From an engine request body to a validated case, assumptions and evaluation date, or the problem. */
import { parseCase } from '../case/parse.js';
import type { Case } from '../case/model.js';
import { withAssumptions, type Assumptions } from '../law/assumptions.js';
import { today } from '../clock.js';
import { problem, underPointer, type Problem } from './problem.js';
import type { Lang } from './lang.js';

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
        message: { fr: `${txs.length} opérations : c'est trop pour une seule demande`, nl: `${txs.length} verrichtingen is te veel voor één verzoek`, en: `${txs.length} transactions is too many for one request` }[lang],
        expected: { fr: `au plus ${maxTransactions} opérations (recours batch n'a pas de limite)`, nl: `hoogstens ${maxTransactions} verrichtingen (recours batch heeft geen limiet)`, en: `at most ${maxTransactions} transactions (recours batch has no limit)` }[lang],
      }]),
    };
  const a = withAssumptions(Object.fromEntries(Object.entries(body.assumptions ?? {}).filter((e): e is [string, string] => e[1] !== undefined)));
  if (!a.ok)
    return { ok: false, problem: problem('invalid', lang, undefined, [{ pointer: `/assumptions/${a.name}`, code: 'invalid_assumption', message: { fr: 'hypothèse inconnue ou valeur invalide', nl: 'onbekende veronderstelling of ongeldige waarde', en: 'unknown assumption or invalid value' }[lang], expected: a.expected }]) };
  const parsed = parseCase(body.case, lang);
  if (!parsed.ok) return { ok: false, problem: problem('invalid', lang, undefined, underPointer('/case', parsed.errors)) };
  const asOf = body.as_of ?? parsed.value.asOf ?? today(parsed.value.timeZone);
  return { ok: true, value: parsed.value, assumptions: a.value, asOf, lang };
}
