/**
 * A chunk of cases through the engine, where the work is done (a worker thread, or the main thread
 * with --workers 0): rows or JSON to a case file, validated by parseCase, allocated, and formatted
 * as the lines of the results file. Whole cases only, so the output is complete case by case.
 */
import { parseCase } from '../case/parse.js';
import { assess, summarise } from '../engine/assess.js';
import type { Assumptions } from '../law/assumptions.js';
import { renderReport } from '../report/render.js';
import type { ReportLang } from '../report/messages.js';
import { today } from '../clock.js';
import { caseFromRows, type Location, type Row } from './csvCase.js';
import type { Header } from './layout.js';
import { batchError, shorten, type BatchError } from './messages.js';
import { formatResults, type CaseResult } from './results.js';

/** One case as read: its CSV rows, or its JSON Lines text. */
export type CaseUnit =
  | { caseId: string; line: number; rows: Row[] }
  | { caseId: string; line: number; text: string }
  /** Refused by the reader (a line over the limits): its errors. */
  | { caseId: string; line: number; refused: BatchError[] };

/** A unit's text size (characters), to bound a chunk by what a worker's capped heap can hold. */
export function unitSize(u: CaseUnit): number {
  if ('text' in u) return u.text.length;
  if ('refused' in u) return 0;
  let n = 0;
  for (const r of u.rows) for (const c of r.cells) n += c.length;
  return n;
}

export interface Settings {
  header: Header | null;
  output: 'csv' | 'jsonl';
  explain: boolean;
  asOf?: string;
  assumptions: Assumptions;
  lang: ReportLang;
}

/** Money totals in BigInt cents: a batch adds up any number of cases, each up to MAX_CASE_CENTS (money.ts). */
export interface Counts {
  cases: number;
  refused: number;
  transactions: number;
  disputed: bigint;
  refunded: bigint;
  borne: bigint;
}

export interface ChunkResult {
  /** The lines for the results file. */
  output: string;
  errors: BatchError[];
  counts: Counts;
}

export const noCounts = (): Counts => ({ cases: 0, refused: 0, transactions: 0, disputed: 0n, refunded: 0n, borne: 0n });


type Built = { ok: true; caseId: string; json: unknown; locate: (p: string) => Location } | { ok: false; caseId: string; errors: BatchError[] };

/** The case file of a unit, or its refusals. A JSON line may carry its `case_id` beside the case fields (default: its line number). */
function caseJson(u: CaseUnit, s: Settings): Built {
  if ('rows' in u) return { caseId: u.caseId, ...caseFromRows(u.caseId, u.rows, s.header!, s.lang) };
  if ('refused' in u) return { ok: false, caseId: u.caseId, errors: u.refused };
  let json: unknown;
  try {
    json = JSON.parse(u.text);
  } catch (e) {
    return { ok: false, caseId: u.caseId, errors: [batchError(s.lang, 'json', { line: u.line, caseId: u.caseId, column: '', value: u.text }, { detail: (e as Error).message })] };
  }
  let caseId = u.caseId;
  if (json !== null && typeof json === 'object' && !Array.isArray(json) && 'case_id' in json) {
    const { case_id: id, ...rest } = json as Record<string, unknown>;
    if (typeof id === 'string' || typeof id === 'number') caseId = String(id);
    json = rest;
  }
  return { ok: true, caseId, json, locate: () => ({ line: u.line, column: '', value: '' }) };
}

/** One case: its result, or its refusals. An engine failure is reported as an internal error of that case only. */
function processCase(u: CaseUnit, s: Settings): { result: CaseResult; transactions: number } | { errors: BatchError[] } {
  const built = caseJson(u, s);
  if (!built.ok) return { errors: built.errors };
  const parsed = parseCase(built.json, s.lang);
  if (!parsed.ok)
    return {
      errors: parsed.errors.map((e) => {
        const at = built.locate(e.pointer);
        return { line: at.line, caseId: built.caseId, column: at.column, pointer: e.pointer, code: e.code, value: shorten(at.value), message: e.message, expected: e.expected ?? '' };
      }),
    };
  const c = parsed.value;
  try {
    const summary = summarise(c, s.assumptions);
    const explanation = s.explain
      ? renderReport(assess(c, { asOf: s.asOf ?? c.asOf ?? today(c.timeZone), assumptions: s.assumptions }), s.lang, 'text')
      : undefined;
    const lines = 'rows' in u ? u.rows.map((r) => r.line) : [u.line];
    return { result: { caseId: built.caseId, line: u.line, lines, summary, explanation }, transactions: c.transactions.length };
  } catch (e) {
    return { errors: [{ line: u.line, caseId: built.caseId, column: '', pointer: '', code: 'internal', value: '', message: `internal error: ${(e as Error).message}`, expected: '' }] };
  }
}

export function processChunk(units: readonly CaseUnit[], s: Settings): ChunkResult {
  const results: CaseResult[] = [];
  const errors: BatchError[] = [];
  const counts = noCounts();
  for (const u of units) {
    counts.cases++;
    const r = processCase(u, s);
    if ('errors' in r) {
      counts.refused++;
      errors.push(...r.errors);
      continue;
    }
    const { summary } = r.result;
    counts.transactions += r.transactions;
    counts.disputed += BigInt(summary.disputed);
    counts.borne += BigInt(summary.payerBears);
    counts.refunded += BigInt(summary.disputed - summary.payerBears);
    results.push(r.result);
  }
  return { output: formatResults(results, s.output), errors, counts };
}
