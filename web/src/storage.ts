/** What stays on this device: the answers and where the victim was, in localStorage. */
import { emptyAnswers, type Answers, type ConductFact } from './model.js';

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
    return { ...s, answers: upgrade({ ...emptyAnswers(), ...s.answers }) };
  } catch {
    return null;
  }
}

/** Answers saved before the accusations and the holder's own account were asked apart, and before the bank's answer was. */
function upgrade(a: Answers & { youAdmit?: ConductFact[]; refunded?: string }): Answers {
  const { youAdmit, refunded, ...rest } = a;
  for (const f of youAdmit ?? []) {
    if (rest.bankSays.includes(f)) rest.reply = { ...rest.reply, [f]: 'admitted' };
    else rest.circumstances = { ...rest.circumstances, [f]: 'yes' };
  }
  const answer = { yes: 'accepted', partly: 'partial', no: 'refused' }[refunded ?? ''] as Answers['bankAnswer'] | undefined;
  if (answer && !rest.bankAnswer) rest.bankAnswer = answer;
  return rest;
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
