/** A case file as batch CSV rows (the inverse of csvCase.ts): for tests, benchmarks and exports. */
import { CASE_COLUMNS, CASE_ID, INSTRUMENT_KIND, OPERATION_COLUMNS, operationColumn } from './layout.js';

/** Every column of the layout, in order. */
export const ALL_COLUMNS: readonly string[] = [
  CASE_ID, ...CASE_COLUMNS.map((c) => c.name), INSTRUMENT_KIND, ...OPERATION_COLUMNS.map((c) => operationColumn(c.name)),
];

type Json = Record<string, unknown>;

const cell = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

function at(o: unknown, path: readonly string[]): unknown {
  let v = o;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Json)[k] : undefined;
  return v;
}

/**
 * One row per operation; case columns on the first row only, or on every row with `repeat`.
 * Conduct notes, parties and the PSP's closing days have no column and are left out.
 */
export function caseToRows(caseId: string, c: Json, repeat = false): string[][] {
  const kinds = new Map(((c.instruments ?? []) as Json[]).map((i) => [i.id, i.kind]));
  const caseCells = CASE_COLUMNS.map((col) =>
    col.kind === 'list'
      ? ((at(c, col.path) ?? []) as Json[]).map((k) => `${cell(k.fact)}:${cell(k.status)}${k.at ? `@${cell(k.at)}` : ''}`).join('|')
      : col.kind === 'codes'
        ? ((at(c, col.path) ?? []) as unknown[]).map(cell).join('|')
        : cell(at(c, col.path)));
  return ((c.transactions ?? []) as Json[]).map((tx, i) => [
    caseId,
    ...(i === 0 || repeat ? caseCells : caseCells.map(() => '')),
    cell(kinds.get(tx.instrument)),
    ...OPERATION_COLUMNS.map((col) => cell(at(tx, col.path))),
  ]);
}
