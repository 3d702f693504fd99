import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translate, type MessageKey } from '../i18n/index.js';
import type { Lang } from '../money.js';

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
}

export const makeI18n = (lang: Lang): I18n => ({ lang, t: (key, vars) => translate(lang, key, vars) });
export const I18nContext = createContext<I18n>(makeI18n('fr'));
export const useI18n = () => useContext(I18nContext);

/** Navigation inside the single-page app (history API). */
export function navigate(path: string): void {
  if (location.pathname + location.search === path) return;
  history.pushState(null, '', path);
  dispatchEvent(new PopStateEvent('popstate'));
}
