/** A thread of the server's letter pool (piscina): renders one letter file away from the event loop. */
import type { Case } from '../case/model.js';
import type { Assessment } from '../engine/types.js';
import { letterFile, type Exhibit, type LetterFormat, type LetterKind, type LetterLang, type LetterResult } from './index.js';

export interface LetterTask {
  kind: LetterKind;
  c: Case;
  a: Assessment;
  lang: LetterLang;
  format: LetterFormat;
  date?: string | undefined;
  /** The case's attachments in exhibit order (the registry's dossier). */
  exhibits?: Exhibit[] | undefined;
}

export default async function render(t: LetterTask): Promise<LetterResult<Uint8Array>> {
  return letterFile(t.kind, t.c, t.a, t.lang, t.format, { date: t.date, exhibits: t.exhibits });
}
