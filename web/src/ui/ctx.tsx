import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translate, hasMessage, type MessageKey } from '../i18n/index.js';
import type { Lang } from '../money.js';

/** Who the questions speak to: the holder ("you") or a caseworker ("the holder"). */
export type Voice = 'holder' | 'caseworker';

export interface I18n {
  lang: Lang;
  voice: Voice;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
}

/** In the caseworker's voice a message `cw.<key>`, where there is one, replaces `<key>`. */
export const makeI18n = (lang: Lang, voice: Voice = 'holder'): I18n => ({
  lang,
  voice,
  t: (key, vars) => {
    const cw = `cw.${key}`;
    return translate(lang, voice === 'caseworker' && hasMessage(cw) ? cw : key, vars);
  },
});
export const I18nContext = createContext<I18n>(makeI18n('fr'));
export const useI18n = () => useContext(I18nContext);

/** Navigation inside the single-page app (history API). */
export function navigate(path: string): void {
  if (location.pathname + location.search === path) return;
  history.pushState(null, '', path);
  dispatchEvent(new PopStateEvent('popstate'));
}
