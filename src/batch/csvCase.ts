/**
 * The rows of one case to a recours.case/1 document, and back: each JSON pointer the case parser
 * names is located at a line and a CSV column. No validation here beyond the row's shape: the case
 * is validated by parseCase, the one schema.
 */
import type { ErrorLang } from '../case/errors.js';
import { batchError, type BatchError } from './messages.js';
import {
  CASE_COLUMNS, INSTRUMENT_KIND, MAX_CELL, OPERATION_COLUMNS, operationColumn, type CaseColumn, type CellKind, type Header,
} from './layout.js';

export interface Row {
  line: number;
  cells: string[];
}

export interface Location {
  line: number;
  column: string;
  value: string;
}

export type CaseRows =
  | { ok: true; json: Record<string, unknown>; locate: (pointer: string) => Location }
  | { ok: false; errors: BatchError[] };

const TRUE = new Set(['true', 'yes', 'oui', 'ja', '1']);
const FALSE = new Set(['false', 'no', 'non', 'nee', '0']);
const SPACES = /[ \u00a0\u202f]/g;
const COMMA_DECIMAL = /^\d+,\d{1,2}$/;

/** A cell as the case file's value: flags from true/false, yes/no, oui/non, ja/nee, 1/0; anything else is left for the schema to refuse. */
function valueOf(cell: string, kind: CellKind, field?: string): unknown {
  const v = cell.trim();
  if (kind === 'flag') {
    const l = v.toLowerCase();
    return TRUE.has(l) ? true : FALSE.has(l) ? false : l === 'null' || l === 'unknown' ? null : v;
  }
  if (kind === 'codes') return v.split('|').map((code) => code.trim());
  if (kind === 'list')
    return v.split('|').map((item) => {
      const [what = '', at] = item.trim().split('@', 2);
      const [fact, status, ...rest] = what.split(':');
      const entry = rest.length ? { fact, status: [status, ...rest].join(':') } : { fact, status };
      return at === undefined ? entry : { ...entry, at };
    });
  if (field === 'amount') {
    // Spreadsheet exports: "1 234,50".
    const compact = v.replace(SPACES, '');
    return COMMA_DECIMAL.test(compact) ? compact.replace(',', '.') : /^\d+(\.\d{1,2})?$/.test(compact) ? compact : v;
  }
  return v;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let o = target;
  for (const key of path.slice(0, -1)) o = (o[key] ??= {}) as Record<string, unknown>;
  o[path[path.length - 1]!] = value;
}

/** The rows' shape: as many cells as the header, none too long. */
function shapeErrors(rows: readonly Row[], header: Header, caseId: string, lang: ErrorLang): BatchError[] {
  const errors: BatchError[] = [];
  for (const row of rows) {
    if (row.cells.length !== header.names.length)
      errors.push(batchError(lang, 'cells', { line: row.line, caseId, column: '' }, { n: String(row.cells.length), m: String(header.names.length) }));
    row.cells.forEach((cell, i) => {
      if (cell.length > MAX_CELL)
        errors.push(batchError(lang, 'too_long', { line: row.line, caseId, column: header.names[i] ?? '', value: cell }, { max: String(MAX_CELL) }));
    });
  }
  return errors;
}

/** The first non-empty cell of a case column across the rows; a later different one is a conflict. */
function caseValue(rows: readonly Row[], at: number, name: string, caseId: string, lang: ErrorLang, errors: BatchError[]): { cell: string; line: number } | null {
  let first: { cell: string; line: number } | null = null;
  for (const row of rows) {
    const cell = row.cells[at]?.trim() ?? '';
    if (cell === '') continue;
    if (!first) first = { cell, line: row.line };
    else if (cell !== first.cell)
      errors.push(batchError(lang, 'conflict', { line: row.line, caseId, column: name, value: cell }, { value: cell, first: first.cell, line: String(first.line) }));
  }
  return first;
}

export function caseFromRows(caseId: string, rows: readonly Row[], header: Header, lang: ErrorLang): CaseRows {
  const errors = shapeErrors(rows, header, caseId, lang);
  if (errors.length) return { ok: false, errors };
  const json: Record<string, unknown> = { format: 'recours.case/1', payer: { kind: null }, incident: {}, notification: null };
  const given = new Map<string, { cell: string; line: number }>();
  for (const col of CASE_COLUMNS) {
    const at = header.index[col.name];
    if (at === undefined) continue;
    const v = caseValue(rows, at, col.name, caseId, lang, errors);
    if (v) given.set(col.name, v);
    if (v || col.emptyIsNull) setPath(json, col.path, v ? valueOf(v.cell, col.kind) : null);
  }
  if (errors.length) return { ok: false, errors };

  // Instruments: each id once, in order of first use, with the kind its rows give.
  const instrumentAt = header.index.instrument!;
  const kindAt = header.index[INSTRUMENT_KIND]!;
  const instruments: { id: string; kind?: string }[] = [];
  const instrumentLines: number[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const id = row.cells[instrumentAt]!.trim();
    const kind = row.cells[kindAt]!.trim();
    let k = seen.get(id);
    if (k === undefined) {
      seen.set(id, (k = instruments.length));
      instruments.push(kind ? { id, kind } : { id });
      instrumentLines.push(row.line);
    } else if (kind && instruments[k]!.kind === undefined) instruments[k]!.kind = kind;
    else if (kind && kind !== instruments[k]!.kind)
      errors.push(batchError(lang, 'conflict', { line: row.line, caseId, column: INSTRUMENT_KIND, value: kind }, { value: kind, first: instruments[k]!.kind!, line: String(instrumentLines[k]) }));
  }
  if (errors.length) return { ok: false, errors };
  json.instruments = instruments;
  json.transactions = rows.map((row) => {
    const tx: Record<string, unknown> = {};
    for (const col of OPERATION_COLUMNS) {
      const at = header.index[operationColumn(col.name)];
      const cell = at === undefined ? '' : row.cells[at]!;
      if (cell.trim() !== '') setPath(tx, col.path, valueOf(cell, col.kind, col.name));
    }
    return tx;
  });

  const cellAt = (line: number, column: string): string => {
    const at = header.index[column];
    const row = rows.find((r) => r.line === line);
    return at === undefined || !row ? '' : row.cells[at]!;
  };
  const locate = (pointer: string): Location => {
    const [head = '', second, third] = pointer.split('/').slice(1);
    let line = rows[0]!.line;
    let column = '';
    if (head === 'transactions' && second !== undefined && rows[Number(second)]) {
      line = rows[Number(second)]!.line;
      const field = pointer.split('/').slice(3).filter((s) => !/^\d+$/.test(s)).join('_');
      column = third === undefined ? '' : (OPERATION_COLUMNS.find((c) => c.path.join('_') === field) ?? OPERATION_COLUMNS.find((c) => c.name.startsWith(`${field}_`)))?.name ?? operationColumn(third);
    } else if (head === 'instruments') {
      line = instrumentLines[Number(second)] ?? line;
      column = third === 'kind' ? INSTRUMENT_KIND : 'instrument';
    } else if (head) {
      const name = [head, ...(head === 'conduct' ? [] : [second, third].filter((s) => s !== undefined && !/^\d+$/.test(s)))].join('_');
      const col: CaseColumn | undefined = CASE_COLUMNS.find((c) => c.name === name) ?? CASE_COLUMNS.find((c) => c.name.startsWith(`${name}_`));
      column = col?.name ?? name;
      line = given.get(column)?.line ?? line;
    }
    return { line, column, value: cellAt(line, column) };
  };
  return { ok: true, json, locate };
}
