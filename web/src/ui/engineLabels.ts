/** The wording of the engine's questions and answer values (shared by the questionnaire, the result and the desk). */
import type { MessageKey, Translate as T } from '../i18n/index.js';
import type { MissingQuestion } from '../model.js';

/** The label of one of the engine's answer values. */
export function engineValueLabel(t: T, value: string, code = ''): string {
  if (code === 'detectable_before_payment' && value === 'true') return t('engine.noticedYes');
  if (value === 'not_noticed') return t('engine.noticedNo');
  if (['true', 'false', 'proven', 'disproven', 'consumer', 'professional'].includes(value)) return t(`engine.value.${value}` as MessageKey);
  if (value === 'unknown') return t('dontKnow');
  return t(`auth.${value}` as MessageKey);
}

/** The wording of an engine question: ours for conduct facts, else the API's text. */
export function engineTitle(t: T, code: string, q: MissingQuestion | undefined): string {
  if (code === 'detectable_before_payment') return t('engine.noticedBefore');
  if (code.startsWith('conduct.')) return t('engine.conduct', { fact: t(`fact.${code.slice(8)}` as MessageKey) });
  return q?.text || code;
}
