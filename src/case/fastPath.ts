/**
 * The fast path of case validation: a plain check of the same rules as `CaseSchema` (./schema.ts),
 * with no error reporting. It answers true only for a file the schema accepts as it is; on false,
 * `parseCase` runs the zod schema, whose issues stay the one source of error messages. It may be
 * stricter than the schema (a key set to `undefined`, an object with a prototype other than
 * Object's): such input simply takes the schema's path. fastPath.test.ts holds the two to agreement.
 */
import { dateProblem, isFullDate } from './legalDate.js';
import { toCents } from './money.js';
import type { CaseFile } from './schema.js';
import {
  AUTHENTICATIONS, COMPLAINT_ANSWERS, CONDUCT_FACTS, CONDUCT_STATUSES, INCIDENT_KINDS, INSTRUMENT_KINDS, JURISDICTIONS,
  PAYEE_VERIFICATION_RESULTS, PAYER_KINDS, REFUSAL_GROUNDS, TRANSACTION_KINDS,
} from './vocabulary.js';

type Check = (v: unknown) => boolean;
/** A field of a strict object: its check, and whether the key must be present. */
type Field = readonly [Check, boolean];

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

const text = (min = 0, max = Infinity): Check => (v) => typeof v === 'string' && v.length >= min && v.length <= max;
const oneOf = (values: readonly string[]): Check => {
  const set = new Set(values);
  return (v) => typeof v === 'string' && set.has(v);
};
const boolean: Check = (v) => typeof v === 'boolean';
const nullable = (c: Check): Check => (v) => v === null || c(v);
const list = (item: Check, min = 0, max = Infinity): Check => (v) => {
  if (!Array.isArray(v) || v.length < min || v.length > max) return false;
  for (const x of v) if (!item(x)) return false;
  return true;
};

/** zod's strictObject: every required key present, no other key, each value passing its check. */
function strict(shape: Record<string, Field>): Check {
  const fields = new Map(Object.entries(shape));
  const requiredCount = Object.values(shape).filter((f) => f[1]).length;
  return (v) => {
    if (!isPlainObject(v)) return false;
    let seen = 0;
    // for…in sees only own keys here: the prototype is Object's (isPlainObject), which has no enumerable key.
    for (const k in v) {
      const field = fields.get(k);
      if (!field || !field[0](v[k])) return false;
      if (field[1]) seen++;
    }
    return seen === requiredCount;
  };
}
const required = (c: Check): Field => [c, true];
const optional = (c: Check): Field => [c, false];
/** `unknownable` of the schema: optional and nullable. */
const unknownable = (c: Check): Field => [nullable(c), false];

const legalDate: Check = (v) => typeof v === 'string' && dateProblem(v) === null;
const fullDate: Check = (v) => typeof v === 'string' && isFullDate(v);
const amount: Check = (v) => {
  if (typeof v !== 'string' && !(typeof v === 'number' && Number.isFinite(v))) return false;
  const cents = toCents(v);
  return cents !== null && cents !== 0;
};
const flag = unknownable(boolean);

const instrument = strict({ id: required(text(1)), kind: required(oneOf(INSTRUMENT_KINDS)) });

const transaction = strict({
  id: required(text(1)),
  instrument: required(text(1)),
  at: required(legalDate),
  booked_on: unknownable(legalDate),
  amount: required(amount),
  kind: required(oneOf(TRANSACTION_KINDS)),
  authentication: required(oneOf(AUTHENTICATIONS)),
  sca: flag,
  consented: flag,
  before_notification: flag,
  contested_on: unknownable(legalDate),
  payee_psp_outside_eea: flag,
  payee_verification: unknownable(strict({ offered: flag, result: unknownable(oneOf(PAYEE_VERIFICATION_RESULTS)), payer_proceeded_after_warning: flag })),
});

const conduct = strict({
  fact: required(oneOf(CONDUCT_FACTS)),
  status: required(oneOf(CONDUCT_STATUSES)),
  note: unknownable(text()),
  at: unknownable(legalDate),
});

const party = strict({ name: unknownable(text(0, 1000)), address: optional(list(text(0, 1000), 0, 10)) });
const reference = unknownable(text(0, 100));

const parties = strict({
  holder: optional(party),
  bank: optional(party),
  mediator: optional(party),
  account: reference,
  card: reference,
  customer_number: reference,
  blocking_reference: reference,
  police_report: optional(strict({ reference, on: unknownable(legalDate), authority: unknownable(text(0, 200)) })),
  representative: optional(strict({
    name: required(text(0, 1000)),
    address: optional(list(text(0, 1000), 0, 10)),
    capacity: required(oneOf(['lawyer', 'association', 'relative'])),
    reference,
  })),
  place: unknownable(text(0, 200)),
  residence: unknownable((v) => typeof v === 'string' && /^[A-Z]{2}$/.test(v)),
});

const caseShape = strict({
  format: required((v) => v === 'recours.case/1'),
  jurisdiction: required(oneOf(JURISDICTIONS)),
  payer: required(strict({ kind: required(nullable(oneOf(PAYER_KINDS))), vulnerable: flag, contract_derogates: flag })),
  instruments: required(list(instrument, 1)),
  incident: required(strict({
    kind: required(oneOf(INCIDENT_KINDS)),
    at: unknownable(legalDate),
    noticed_at: unknownable(legalDate),
    should_have_noticed_at: unknownable(legalDate),
    payer_kept_instrument: flag,
    detectable_before_payment: flag,
    psp_staff_involved: flag,
  })),
  notification: required(nullable(strict({ at: unknownable(legalDate) }))),
  psp: optional(strict({
    name: unknownable(text()),
    notification_means_available: flag,
    fraud_suspicion_reported: flag,
    transaction_info_provided: flag,
    refunded_on: unknownable(legalDate),
    closing_days: optional(list(fullDate)),
    alsace_moselle: flag,
  })),
  transactions: required(list(transaction, 1)),
  complaint: optional(strict({
    received_on: unknownable(legalDate),
    written: flag,
    answered_on: unknownable(legalDate),
    answer: unknownable(oneOf(COMPLAINT_ANSWERS)),
    refusal_grounds: optional(list(oneOf(REFUSAL_GROUNDS), 0, REFUSAL_GROUNDS.length)),
  })),
  parties: optional(parties),
  conduct: optional(list(conduct)),
  evidence: optional(strict({ authentication_proven: flag, no_technical_deficiency_proven: flag })),
  as_of: optional(fullDate),
});

/** The schema's cross-field rules: instrument ids unique, each operation on a known instrument, operation ids unique. */
function idsHold(c: CaseFile): boolean {
  const ids = new Set<string>();
  for (const i of c.instruments) {
    if (ids.has(i.id)) return false;
    ids.add(i.id);
  }
  const txIds = new Set<string>();
  for (const t of c.transactions) {
    if (!ids.has(t.instrument) || txIds.has(t.id)) return false;
    txIds.add(t.id);
  }
  return true;
}

/** True when `CaseSchema` accepts `input` unchanged, so it can be used as the schema's output. */
export function isValidCaseFile(input: unknown): input is CaseFile {
  return caseShape(input) && idsHold(input as CaseFile);
}
