/**
 * One content model for every letter, rendered to Markdown, PDF and DOCX. Every text in it is
 * already localised and sanitised (src/letters/sanitize.ts); renderers only lay it out.
 */
export type LetterKind =
  | 'claim' | 'formal-notice' | 'reply-to-refusal' | 'proof-request' | 'data-access' | 'police-report' | 'court-claim'
  | 'mediator' | 'mandate' | 'checklist';
export type LetterLang = 'fr' | 'nl' | 'en';

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  /** A list; `numbered` prints 1., 2., … (the exhibit list: the numbers are the exhibits' numbers). */
  | { type: 'list'; items: string[]; numbered?: boolean }
  /** A table; its header row repeats on every page. `align` per column. */
  | { type: 'table'; header: string[]; rows: string[][]; align: ('left' | 'right')[] }
  | { type: 'signature'; lines: string[] };

export interface Letter {
  kind: LetterKind;
  lang: LetterLang;
  /** Sender's block, top left (name and address lines). */
  sender: string[];
  /** Recipient's block, top right. */
  recipient: string[];
  /** Place and date line, e.g. "Bruxelles, le 18 mars 2014". */
  dateLine: string;
  /** "Objet : …" */
  subject: string;
  /** Registered mail / reference lines under the subject. */
  references: string[];
  blocks: Block[];
  /** Document metadata (PDF Info, DOCX core properties). */
  title: string;
  /** Stamp of the engine and data versions, printed in the footer. */
  footer: string;
}

/** Why a letter cannot be written for this case: a typed value, never an exception. */
export interface LetterRefusal {
  kind: LetterKind;
  /**
   * `no_regime`: no regime of loss allocation covers the case, and this letter argues from one;
   * `mediator_closed`: the year to refer to the mediator or Ombudsfin has passed;
   * `mediator_not_yet_open`: the referral would be premature (the bank's time to answer runs);
   * `no_representative`: a mandate needs the representative the case does not declare.
   */
  reason: 'no_regime' | 'mediator_closed' | 'mediator_not_yet_open' | 'no_representative';
  /** The reason in the letter's language, for the person who asked. */
  message: string;
}

export type LetterResult<T = Letter> = { ok: true; value: T } | { ok: false; refusal: LetterRefusal };
