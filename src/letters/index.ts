/** Letters: build the content from an assessment, render it to Markdown, PDF or DOCX. */
import type { Case } from '../case/model.js';
import type { Assessment } from '../engine/types.js';
import { buildLetter } from './kinds.js';
import type { LetterKind, LetterLang } from './model.js';
import { renderMarkdown } from './render/markdown.js';

export type { Letter, LetterKind, LetterLang } from './model.js';
export { buildLetter } from './kinds.js';
export type LetterFormat = 'pdf' | 'docx' | 'md';
export const LETTER_KINDS: readonly LetterKind[] = ['claim', 'formal-notice', 'mediator', 'checklist'];

export async function letterFile(kind: LetterKind, c: Case, a: Assessment, lang: LetterLang, format: LetterFormat, date?: string): Promise<Buffer> {
  const letter = buildLetter(kind, c, a, lang, date);
  if (format === 'md') return Buffer.from(renderMarkdown(letter), 'utf8');
  // pdfkit and docx are large: loaded only when a PDF or DOCX is asked for.
  if (format === 'pdf') return (await import('./render/pdf.js')).renderPdf(letter);
  return (await import('./render/docx.js')).renderDocx(letter);
}
