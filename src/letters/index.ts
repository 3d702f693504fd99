/** Letters: build the content from an assessment, render it to Markdown, PDF or DOCX. */
import type { Case } from '../case/model.js';
import type { Assessment } from '../engine/types.js';
import { buildLetter, type LetterOptions } from './kinds.js';
import type { LetterKind, LetterLang, LetterResult } from './model.js';
import { renderMarkdown } from './render/markdown.js';

export type { Letter, LetterKind, LetterLang, LetterRefusal, LetterResult } from './model.js';
export { buildLetter, LETTER_KINDS, type LetterOptions } from './kinds.js';
export type { Exhibit } from './compose.js';
export type LetterFormat = 'pdf' | 'docx' | 'md';

/** The letter as a file, or the typed refusal when this kind cannot be written for the case. */
export async function letterFile(kind: LetterKind, c: Case, a: Assessment, lang: LetterLang, format: LetterFormat, options: LetterOptions = {}): Promise<LetterResult<Buffer>> {
  const built = buildLetter(kind, c, a, lang, options);
  if (!built.ok) return built;
  const letter = built.value;
  if (format === 'md') return { ok: true, value: Buffer.from(renderMarkdown(letter), 'utf8') };
  // pdfkit and docx are large: loaded only when a PDF or DOCX is asked for.
  if (format === 'pdf') return { ok: true, value: await (await import('./render/pdf.js')).renderPdf(letter) };
  return { ok: true, value: await (await import('./render/docx.js')).renderDocx(letter) };
}
