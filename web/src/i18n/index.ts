/** The three locales and the `t()` lookup with `{name}` placeholders. */
import { en, type MessageKey } from './en.js';
import { fr } from './fr.js';
import { nl } from './nl.js';
import type { Lang } from '../money.js';

export type { MessageKey };
/** A message lookup with its `{name}` values filled in. */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;
export const LANGS: readonly Lang[] = ['fr', 'nl', 'en'];
export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { fr, nl, en };
export const LANG_NAMES: Record<Lang, string> = { fr: 'Français', nl: 'Nederlands', en: 'English' };

export function translate(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text = MESSAGES[lang][key] ?? MESSAGES.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** Whether a key is in the catalogue (the caseworker's variants `cw.*` exist for some keys only). */
export const hasMessage = (key: string): key is MessageKey => key in en;

export function detectLang(stored: string | null, navigatorLangs: readonly string[]): Lang {
  if (stored === 'fr' || stored === 'nl' || stored === 'en') return stored;
  for (const l of navigatorLangs) {
    const p = l.slice(0, 2).toLowerCase();
    if (p === 'fr' || p === 'nl' || p === 'en') return p;
  }
  return 'fr';
}
