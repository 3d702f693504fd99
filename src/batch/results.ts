/** The results file: one CSV row per operation with its case's totals, or one JSON line per case. */
import { formatCents } from '../case/money.js';
import type { AllocationSummary } from '../engine/assess.js';
import type { ErrorLang } from '../case/errors.js';
import { clip, type BatchError } from './messages.js';
import { csvLine } from './csvLine.js';

export interface CaseResult {
  caseId: string;
  line: number;
  /** Each operation's line (CSV input), else the case's. */
  lines: readonly number[];
  summary: AllocationSummary;
  explanation: string | undefined;
}

export const RESULT_COLUMNS = [
  'case_id', 'line', 'transaction_id', 'outcome', 'regime', 'decision', 'rule', 'amount', 'payer_bears', 'refund_due',
  'case_regime', 'gross_negligence', 'case_disputed', 'case_payer_bears', 'case_refund_due',
] as const;

export const ERROR_COLUMNS = ['line', 'case_id', 'column', 'pointer', 'code', 'value', 'message', 'expected'] as const;

export function resultsHeader(format: 'csv' | 'jsonl', explain: boolean): string {
  return format === 'csv' ? csvLine([...RESULT_COLUMNS, ...(explain ? ['explanation'] : [])]) : '';
}

function csvRows(r: CaseResult): string {
  const s = r.summary;
  const totals = [s.regime, s.finding, formatCents(s.disputed), formatCents(s.payerBears), formatCents(s.disputed - s.payerBears)];
  return s.operations.map((o, i) => csvLine([
    r.caseId, r.lines[i] ?? r.line, o.id, s.outcome, o.regime, o.excluded ? 'authorised' : o.decision, o.rule, formatCents(o.cents),
    formatCents(o.payerBears), formatCents(o.refundDue), ...totals, ...(r.explanation === undefined ? [] : [i === 0 ? r.explanation : '']),
  ])).join('');
}

function jsonLine(r: CaseResult): string {
  const s = r.summary;
  return JSON.stringify({
    case_id: r.caseId,
    line: r.line,
    outcome: s.outcome,
    regime: s.regime,
    gross_negligence: s.finding,
    totals: { disputed: formatCents(s.disputed), payer_bears: formatCents(s.payerBears), refund_due: formatCents(s.disputed - s.payerBears) },
    transactions: s.operations.map((o) => ({
      id: o.id, regime: o.regime, decision: o.excluded ? 'authorised' : o.decision, rule: o.rule,
      amount: formatCents(o.cents), payer_bears: formatCents(o.payerBears), refund_due: formatCents(o.refundDue),
    })),
    ...(r.explanation === undefined ? {} : { explanation: r.explanation }),
  }) + '\n';
}

export function formatResults(results: readonly CaseResult[], format: 'csv' | 'jsonl'): string {
  if (results.length === 0) return '';
  return results.map(format === 'csv' ? csvRows : jsonLine).join('');
}

export const errorsHeader = (): string => csvLine(ERROR_COLUMNS);

/** Longest case id and message echoed in the errors file and on stderr: an input's megabytes never are (L16). */
const ID_ECHO = 100;
const TEXT_ECHO = 1000;

export function formatErrors(errors: readonly BatchError[]): string {
  return errors.map((e) => csvLine([
    e.line, clip(e.caseId, ID_ECHO), clip(e.column, ID_ECHO), clip(e.pointer, ID_ECHO), e.code, e.value, clip(e.message, TEXT_ECHO), clip(e.expected, TEXT_ECHO),
  ])).join('');
}

/** One line on stderr when no errors file is given. */
/** The words of a refusal printed on stderr, in the batch's language. */
const WORDS: Record<ErrorLang, { line: string; column: string; case: string; expected: string }> = {
  en: { line: 'line', column: 'column', case: 'case', expected: 'expected' },
  fr: { line: 'ligne', column: 'colonne', case: 'dossier', expected: 'attendu' },
  nl: { line: 'regel', column: 'kolom', case: 'dossier', expected: 'verwacht' },
};

export const errorLine = (e: BatchError, lang: ErrorLang): string => {
  const w = WORDS[lang];
  const colon = lang === 'fr' ? ' :' : ':';
  const where = `${w.line} ${e.line}${e.column ? `, ${w.column} ${clip(e.column, ID_ECHO)}` : e.pointer ? `, ${clip(e.pointer, ID_ECHO)}` : ''}${e.caseId ? ` (${w.case} ${clip(e.caseId, ID_ECHO)})` : ''}`;
  return `${where}${colon} ${clip(e.message, TEXT_ECHO)}${e.expected ? ` — ${w.expected}${colon} ${clip(e.expected, TEXT_ECHO)}` : ''}\n`;
};
