/**
 * The batch CSV layout (docs/batch.md): one row per disputed operation, grouped into cases by
 * `case_id`. A case column is the case-file path joined by "_" (`incident_at` is /incident/at) and
 * may be given on the case's first row only or repeated; an operation column is the field's name in
 * /transactions/i; `instrument` and `instrument_kind` declare the case's /instruments.
 */
import { shorten } from './messages.js';

/** `list`: the conduct items; `codes`: plain codes separated by `|`. */
export type CellKind = 'text' | 'flag' | 'list' | 'codes';

export interface CaseColumn {
  name: string;
  /** Path in the case file. */
  path: readonly string[];
  kind: CellKind;
  /** Empty cell: null (an unknown the schema requires) rather than absent. */
  emptyIsNull?: boolean;
}

export const CASE_ID = 'case_id';

/** Case-level columns, in the order of the case file. */
export const CASE_COLUMNS: readonly CaseColumn[] = [
  { name: 'jurisdiction', path: ['jurisdiction'], kind: 'text' },
  { name: 'payer_kind', path: ['payer', 'kind'], kind: 'text', emptyIsNull: true },
  { name: 'payer_contract_derogates', path: ['payer', 'contract_derogates'], kind: 'flag' },
  { name: 'payer_vulnerable', path: ['payer', 'vulnerable'], kind: 'flag' },
  { name: 'incident_kind', path: ['incident', 'kind'], kind: 'text' },
  { name: 'incident_at', path: ['incident', 'at'], kind: 'text' },
  { name: 'incident_noticed_at', path: ['incident', 'noticed_at'], kind: 'text' },
  { name: 'incident_should_have_noticed_at', path: ['incident', 'should_have_noticed_at'], kind: 'text' },
  { name: 'incident_payer_kept_instrument', path: ['incident', 'payer_kept_instrument'], kind: 'flag' },
  { name: 'incident_detectable_before_payment', path: ['incident', 'detectable_before_payment'], kind: 'flag' },
  { name: 'incident_psp_staff_involved', path: ['incident', 'psp_staff_involved'], kind: 'flag' },
  /** Empty: no notification was made (`"notification": null`). */
  { name: 'notification_at', path: ['notification', 'at'], kind: 'text' },
  { name: 'psp_name', path: ['psp', 'name'], kind: 'text' },
  { name: 'psp_notification_means_available', path: ['psp', 'notification_means_available'], kind: 'flag' },
  { name: 'psp_fraud_suspicion_reported', path: ['psp', 'fraud_suspicion_reported'], kind: 'flag' },
  { name: 'psp_transaction_info_provided', path: ['psp', 'transaction_info_provided'], kind: 'flag' },
  { name: 'psp_refunded_on', path: ['psp', 'refunded_on'], kind: 'text' },
  { name: 'psp_alsace_moselle', path: ['psp', 'alsace_moselle'], kind: 'flag' },
  { name: 'complaint_received_on', path: ['complaint', 'received_on'], kind: 'text' },
  { name: 'complaint_written', path: ['complaint', 'written'], kind: 'flag' },
  { name: 'complaint_answered_on', path: ['complaint', 'answered_on'], kind: 'text' },
  { name: 'complaint_answer', path: ['complaint', 'answer'], kind: 'text' },
  /** Codes separated by `|`: `gross_negligence|late_contest`. */
  { name: 'complaint_refusal_grounds', path: ['complaint', 'refusal_grounds'], kind: 'codes' },
  /**
   * `fact:status` items separated by `|`, each with `@when` if the date of the act is known:
   * `pin_written_with_card:proven|card_entrusted_to_other:admitted@2023-09-05T16:05+02:00`.
   */
  { name: 'conduct', path: ['conduct'], kind: 'list' },
  { name: 'evidence_authentication_proven', path: ['evidence', 'authentication_proven'], kind: 'flag' },
  { name: 'evidence_no_technical_deficiency_proven', path: ['evidence', 'no_technical_deficiency_proven'], kind: 'flag' },
  { name: 'as_of', path: ['as_of'], kind: 'text' },
];

export interface OperationColumn {
  name: string;
  kind: CellKind;
  /** Path in /transactions/i (default: the name). */
  path: readonly string[];
}

const OPERATION_FLAGS = new Set(['sca', 'consented', 'before_notification', 'payee_psp_outside_eea']);
/** Verification of payee (spec addition of 4 December 2026): `payee_verification_<field>`. */
const PAYEE_VERIFICATION: readonly OperationColumn[] = [
  { name: 'payee_verification_offered', kind: 'flag', path: ['payee_verification', 'offered'] },
  { name: 'payee_verification_result', kind: 'text', path: ['payee_verification', 'result'] },
  { name: 'payee_verification_payer_proceeded_after_warning', kind: 'flag', path: ['payee_verification', 'payer_proceeded_after_warning'] },
];

/** Operation columns: /transactions/i/<path>, in the case file's order. `id` is given as `transaction_id`. */
export const OPERATION_COLUMNS: readonly OperationColumn[] = [
  ...[
    'id', 'instrument', 'at', 'booked_on', 'amount', 'kind', 'authentication', 'sca', 'consented', 'before_notification', 'contested_on',
    'payee_psp_outside_eea',
  ].map((name): OperationColumn => ({ name, kind: OPERATION_FLAGS.has(name) ? 'flag' : 'text', path: [name] })),
  ...PAYEE_VERIFICATION,
];

export const TRANSACTION_ID = 'transaction_id';
export const INSTRUMENT_KIND = 'instrument_kind';
/** The CSV column of an operation field. */
export const operationColumn = (field: string): string => (field === 'id' ? TRANSACTION_ID : field);

export const REQUIRED = [CASE_ID, 'jurisdiction', 'incident_kind', TRANSACTION_ID, 'instrument', INSTRUMENT_KIND, 'at', 'amount', 'kind', 'authentication'];

/** Longest cell accepted (characters); a longer one is refused with its column. */
export const MAX_CELL = 10_000;

/** Column positions of a header: which index holds which column. */
export interface Header {
  names: string[];
  index: Record<string, number>;
}

export type HeaderResult = { ok: true; header: Header } | { ok: false; message: string };

const KNOWN = new Set([CASE_ID, TRANSACTION_ID, INSTRUMENT_KIND, ...CASE_COLUMNS.map((c) => c.name), ...OPERATION_COLUMNS.map((c) => operationColumn(c.name))]);

/** Reads the header row: names trimmed and lower-cased; unknown, repeated or missing required columns refuse the file. */
export function readHeader(cells: readonly string[]): HeaderResult {
  const names = cells.map((c) => c.trim().toLowerCase());
  // Null prototype: a header cell never reaches Object.prototype, and `in` sees only the header's own columns.
  const index: Record<string, number> = Object.create(null);
  for (const [i, name] of names.entries()) {
    if (!KNOWN.has(name)) return { ok: false, message: `header column ${i + 1} "${shorten(cells[i]!)}" is not a column of the batch layout (see docs/batch.md)` };
    if (name in index) return { ok: false, message: `header column "${name}" is given twice` };
    index[name] = i;
  }
  const missing = REQUIRED.filter((n) => !(n in index));
  if (missing.length) return { ok: false, message: `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` };
  return { ok: true, header: { names, index } };
}
