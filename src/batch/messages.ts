/** The batch's own refusals (the case file's come from src/case/errors.ts), in French, Dutch or English. */
import type { ErrorLang } from '../case/errors.js';

type Msg = (p: Record<string, string>) => { message: string; expected: string };

const MESSAGES: Record<ErrorLang, Record<BatchCode, Msg>> = {
  en: {
    cells: (p) => ({ message: `has ${p.n} cells, the header has ${p.m}`, expected: 'one cell per header column' }),
    too_long: (p) => ({ message: `is longer than ${p.max} characters`, expected: `at most ${p.max} characters` }),
    line_too_long: (p) => ({ message: `is longer than ${p.max} bytes: it was not read past that`, expected: `a line of at most ${p.max} bytes (a CSV cell holds at most 10 000 characters)` }),
    case_too_large: (p) => ({ message: `the case has more than ${p.max} characters of cells: it was not read further`, expected: `a case of at most ${p.max} characters (some 20 000 operations)` }),
    conflict: (p) => ({ message: `"${p.value}" differs from "${p.first}" given at line ${p.line}`, expected: 'the same value on every row of the case, or the value once' }),
    resumed: (p) => ({ message: `case "${p.id}" resumes after other cases (first seen at line ${p.line})`, expected: 'the rows of a case one after the other' }),
    unclosed_quote: (p) => ({ message: `opens a quote that is never closed: lines ${p.from}–${p.to} could not be read`, expected: 'a closing double quote for every opening one, or no quotes around the cell' }),
    csv: (p) => ({ message: `cannot be read as CSV (${p.detail})`, expected: 'RFC 4180 CSV: fields with separators, quotes or line breaks in double quotes' }),
    json: (p) => ({ message: `is not valid JSON (${p.detail})`, expected: 'one recours.case/1 JSON object per line' }),
    case_id: () => ({ message: 'is empty', expected: 'the id of the case the row belongs to' }),
    encoding: (p) => ({
      message: `has a byte that is not UTF-8 (0x${p.byte} at character ${p.column}): the file was saved in another encoding, such as Windows-1252 (Excel's "CSV (semicolon)")`,
      expected: 'a UTF-8 file (in Excel: "CSV UTF-8"), or --encoding windows-1252 for a Windows-1252 file',
    }),
  },
  fr: {
    cells: (p) => ({ message: `a ${p.n} cellules, l'en-tête en a ${p.m}`, expected: "une cellule par colonne de l'en-tête" }),
    too_long: (p) => ({ message: `dépasse ${p.max} caractères`, expected: `au plus ${p.max} caractères` }),
    line_too_long: (p) => ({ message: `dépasse ${p.max} octets : elle n'a pas été lue au-delà`, expected: `une ligne d'au plus ${p.max} octets (une cellule CSV contient au plus 10 000 caractères)` }),
    case_too_large: (p) => ({ message: `le dossier dépasse ${p.max} caractères de cellules : il n'a pas été lu plus loin`, expected: `un dossier d'au plus ${p.max} caractères (quelque 20 000 opérations)` }),
    conflict: (p) => ({ message: `« ${p.value} » diffère de « ${p.first} » donné ligne ${p.line}`, expected: 'la même valeur sur chaque ligne du dossier, ou la valeur une fois' }),
    resumed: (p) => ({ message: `le dossier « ${p.id} » reprend après d'autres dossiers (vu d'abord ligne ${p.line})`, expected: "les lignes d'un dossier à la suite" }),
    unclosed_quote: (p) => ({ message: `ouvre un guillemet jamais fermé : les lignes ${p.from} à ${p.to} n'ont pas pu être lues`, expected: 'un guillemet fermant pour chaque guillemet ouvrant, ou aucun guillemet autour de la cellule' }),
    csv: (p) => ({ message: `n'est pas lisible en CSV (${p.detail})`, expected: 'du CSV RFC 4180 : champs contenant séparateur, guillemet ou saut de ligne entre guillemets' }),
    json: (p) => ({ message: `n'est pas du JSON valide (${p.detail})`, expected: 'un objet JSON recours.case/1 par ligne' }),
    case_id: () => ({ message: 'est vide', expected: "l'identifiant du dossier de la ligne" }),
    encoding: (p) => ({
      message: `contient un octet qui n'est pas de l'UTF-8 (0x${p.byte} au caractère ${p.column}) : le fichier a été enregistré dans un autre encodage, par exemple Windows-1252 (« CSV (séparateur : point-virgule) » d'Excel)`,
      expected: 'un fichier UTF-8 (dans Excel : « CSV UTF-8 »), ou --encoding windows-1252 pour un fichier Windows-1252',
    }),
  },
  nl: {
    cells: (p) => ({ message: `heeft ${p.n} cellen, de kopregel heeft er ${p.m}`, expected: 'één cel per kolom van de kopregel' }),
    too_long: (p) => ({ message: `is langer dan ${p.max} tekens`, expected: `hoogstens ${p.max} tekens` }),
    line_too_long: (p) => ({ message: `is langer dan ${p.max} bytes: verder werd ze niet gelezen`, expected: `een regel van hoogstens ${p.max} bytes (een CSV-cel bevat hoogstens 10 000 tekens)` }),
    case_too_large: (p) => ({ message: `het dossier heeft meer dan ${p.max} tekens aan cellen: het werd niet verder gelezen`, expected: `een dossier van hoogstens ${p.max} tekens (zo'n 20 000 verrichtingen)` }),
    conflict: (p) => ({ message: `"${p.value}" verschilt van "${p.first}" op regel ${p.line}`, expected: 'dezelfde waarde op elke regel van het dossier, of de waarde één keer' }),
    resumed: (p) => ({ message: `dossier "${p.id}" gaat verder na andere dossiers (eerst gezien op regel ${p.line})`, expected: 'de regels van een dossier na elkaar' }),
    unclosed_quote: (p) => ({ message: `opent een aanhalingsteken dat nooit gesloten wordt: regels ${p.from}–${p.to} konden niet gelezen worden`, expected: 'een sluitend aanhalingsteken voor elk openend, of geen aanhalingstekens rond de cel' }),
    csv: (p) => ({ message: `is niet leesbaar als CSV (${p.detail})`, expected: 'CSV volgens RFC 4180: velden met scheidingsteken, aanhalingsteken of regeleinde tussen dubbele aanhalingstekens' }),
    json: (p) => ({ message: `is geen geldige JSON (${p.detail})`, expected: 'één JSON-object recours.case/1 per regel' }),
    case_id: () => ({ message: 'is leeg', expected: 'het id van het dossier waartoe de regel behoort' }),
    encoding: (p) => ({
      message: `bevat een byte die geen UTF-8 is (0x${p.byte} op teken ${p.column}): het bestand is in een andere codering bewaard, zoals Windows-1252 ("CSV (puntkomma)" van Excel)`,
      expected: 'een UTF-8-bestand (in Excel: "CSV UTF-8"), of --encoding windows-1252 voor een Windows-1252-bestand',
    }),
  },
};

export type BatchCode = 'cells' | 'too_long' | 'conflict' | 'resumed' | 'csv' | 'unclosed_quote' | 'json' | 'case_id' | 'encoding' | 'line_too_long' | 'case_too_large';

/** A refused row or field: where (line, CSV column or JSON pointer), what is wrong, what is expected. */
export interface BatchError {
  line: number;
  caseId: string;
  /** CSV column ('' for the whole row or a JSON Lines case). */
  column: string;
  /** JSON pointer in the case file built from the rows ('' when the error is about the row itself). */
  pointer: string;
  code: string;
  /** The offending cell, shortened. */
  value: string;
  message: string;
  expected: string;
}

export const shorten = (s: string): string => (s.length > 60 ? s.slice(0, 57) + '…' : s);

/** A text echoed from the input, cut to `max` characters with a marker that says how long it was. */
export const clip = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max)}… (${s.length} characters)` : s);

export function batchError(
  lang: ErrorLang, code: BatchCode, at: { line: number; caseId: string; column: string; value?: string }, params: Record<string, string> = {},
): BatchError {
  const echoed = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, shorten(v)]));
  return { ...at, pointer: '', code, value: shorten(at.value ?? ''), ...MESSAGES[lang][code](echoed) };
}
