/** Letters for the API: a letter that cannot be written for the case is a 422 naming the kind asked for. */
import type { LetterRefusal } from '../letters/index.js';
import type { Lang } from './lang.js';
import { problem, type Problem } from './problem.js';

/** The refusal (no regime covers the case, the mediator window has closed, no representative) as a problem. */
export function letterRefused(r: LetterRefusal, lang: Lang): Problem {
  return problem('invalid', lang, r.message, [{ pointer: '/kind', code: `letter_${r.reason}`, message: r.message }]);
}
