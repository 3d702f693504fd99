/** What stays on this device: the answers and where the victim was, in localStorage. */
import { emptyAnswers, type Answers } from './model.js';

const KEY = 'recours.intake.v1';

export interface Saved {
  answers: Answers;
  step: string;
  savedAt: string;
}

export function loadSaved(): Saved | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Saved;
    return { ...s, answers: { ...emptyAnswers(), ...s.answers } };
  } catch {
    return null;
  }
}

export function save(answers: Answers, step: string): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ answers, step, savedAt: new Date().toISOString() }));
  } catch {
    /* storage full or disabled: the questionnaire still works, without resume */
  }
}

export function clearSaved(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    /* ignore */
  }
}

export function loadLang(): string | null {
  try {
    return localStorage.getItem('recours.lang');
  } catch {
    return null;
  }
}

export function saveLang(lang: string): void {
  try {
    localStorage.setItem('recours.lang', lang);
  } catch {
    /* ignore */
  }
}
