/** A refused or failed request in the user's words: the problem's title and detail, each field error named in words, or "the server could not be reached". */
import { ApiError } from '../api.js';
import type { Translate } from '../i18n/index.js';
import { pointerWords } from './desk/fieldWords.js';

export function failure(t: Translate, e: unknown): string {
  if (e instanceof ApiError) {
    if (e.status === 409) return t('case.conflict');
    const p = e.problem;
    const fields = (p?.errors ?? []).map((x) => t('w.pair', { a: pointerWords(x.pointer, t), b: x.message }));
    const detail = [p?.title, p?.detail, ...fields].filter(Boolean).join(' — ');
    return t('error.api', { detail: detail || String(e.status) });
  }
  return t('error.network');
}
