/** A refused or failed request in the user's words: the problem's own title and detail, or "the server could not be reached". */
import { ApiError } from '../../api.js';
import type { Translate } from '../../i18n/index.js';

export function failure(t: Translate, e: unknown): string {
  if (e instanceof ApiError) {
    if (e.status === 409) return t('case.conflict');
    const p = e.problem;
    const detail = [p?.title, p?.detail].filter(Boolean).join(' — ');
    return t('error.api', { detail: detail || String(e.status) });
  }
  return t('error.network');
}
