import type { LetterLang } from '../model.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { nl } from './nl.js';
import type { LetterMessages } from './types.js';

export type { LetterMessages } from './types.js';
export const LETTER_MESSAGES: Readonly<Record<LetterLang, LetterMessages>> = { fr, nl, en };
