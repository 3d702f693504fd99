/**
 * From untrusted JSON to a validated `Case`: every refusal at once, each naming its field.
 * Returns a typed result; never throws on bad input.
 */
import { CaseSchema, type CaseFile } from './schema.js';
import { isValidCaseFile } from './fastPath.js';
import { caseError, fromZodIssues, type CaseError, type ErrorLang } from './errors.js';
import { compareSpans, parseLegalDate, type Span } from './legalDate.js';
import { formatCents, MAX_CASE_CENTS, toCents } from './money.js';
import type { Case } from './model.js';
import { normalizeParties } from './parties.js';

export type ParseResult = { ok: true; value: Case } | { ok: false; errors: CaseError[] };

const TIME_ZONES = { FR: 'Europe/Paris', BE: 'Europe/Brussels' } as const;

export function parseCaseText(text: string, lang: ErrorLang = 'en'): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [caseError(lang, '', 'json', 'json', { detail: (e as Error).message })] };
  }
  return parseCase(json, lang);
}

export function parseCase(input: unknown, lang: ErrorLang = 'en'): ParseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    return { ok: false, errors: [caseError(lang, '', 'not_object', 'json')] };
  let file: CaseFile;
  if (isValidCaseFile(input)) file = input;
  else {
    // The schema's own issues name every refusal (a valid file the fast path was too strict for passes here).
    const result = CaseSchema.safeParse(input);
    if (!result.success) return { ok: false, errors: fromZodIssues(result.error.issues, input, lang) };
    file = result.data;
  }
  const value = normalize(file);
  const errors = [...totalErrors(value, lang), ...orderErrors(value, lang)];
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

function normalize(c: CaseFile): Case {
  const timeZone = TIME_ZONES[c.jurisdiction];
  const span = (s: string | null | undefined): Span | null => (s ? parseLegalDate(s, timeZone) : null);
  const kinds = new Map(c.instruments.map((i) => [i.id, i.kind]));
  return {
    jurisdiction: c.jurisdiction,
    timeZone,
    payer: { kind: c.payer.kind, contractDerogates: c.payer.contract_derogates ?? null, vulnerable: c.payer.vulnerable ?? null },
    incident: {
      kind: c.incident.kind,
      at: span(c.incident.at),
      noticedAt: span(c.incident.noticed_at),
      shouldHaveNoticedAt: span(c.incident.should_have_noticed_at),
      payerKeptInstrument: c.incident.payer_kept_instrument ?? null,
      detectableBeforePayment: c.incident.detectable_before_payment ?? null,
      pspStaffInvolved: c.incident.psp_staff_involved ?? null,
    },
    notification: span(c.notification?.at),
    psp: {
      name: c.psp?.name ?? null,
      notificationMeansAvailable: c.psp?.notification_means_available ?? null,
      fraudSuspicionReported: c.psp?.fraud_suspicion_reported ?? null,
      transactionInfoProvided: c.psp?.transaction_info_provided ?? null,
      refundedOn: span(c.psp?.refunded_on),
      closingDays: [...(c.psp?.closing_days ?? [])],
      alsaceMoselle: c.psp?.alsace_moselle ?? null,
    },
    parties: normalizeParties(c.parties, c.psp?.name ?? null, span),
    complaint: c.complaint
      ? {
          receivedOn: span(c.complaint.received_on),
          written: c.complaint.written ?? null,
          answeredOn: span(c.complaint.answered_on),
          answer: c.complaint.answer ?? null,
          refusalGrounds: [...new Set(c.complaint.refusal_grounds ?? [])],
        }
      : null,
    transactions: c.transactions.map((t, index) => ({
      index,
      id: t.id,
      instrument: t.instrument,
      instrumentKind: kinds.get(t.instrument)!,
      at: parseLegalDate(t.at, timeZone),
      bookedOn: span(t.booked_on),
      cents: toCents(t.amount)!,
      kind: t.kind,
      authentication: t.authentication,
      sca: t.sca ?? null,
      consented: t.consented ?? null,
      beforeNotification: t.before_notification ?? null,
      contestedOn: span(t.contested_on),
      payeePspOutsideEea: t.payee_psp_outside_eea ?? null,
      payeeVerification: t.payee_verification
        ? {
            offered: t.payee_verification.offered ?? null,
            result: t.payee_verification.result ?? null,
            payerProceededAfterWarning: t.payee_verification.payer_proceeded_after_warning ?? null,
          }
        : null,
    })),
    conduct: (c.conduct ?? []).map((k, index) => ({ index, fact: k.fact, status: k.status, note: k.note ?? null, at: span(k.at) })),
    evidence: {
      authenticationProven: c.evidence?.authentication_proven ?? null,
      noTechnicalDeficiencyProven: c.evidence?.no_technical_deficiency_proven ?? null,
    },
    asOf: c.as_of ?? null,
  };
}

/** The case's amounts add up to at most MAX_CASE_CENTS (money.ts): the operation that goes over is refused. */
function totalErrors(c: Case, lang: ErrorLang): CaseError[] {
  let total = 0;
  for (const tx of c.transactions) {
    total += tx.cents;
    if (total > MAX_CASE_CENTS)
      return [caseError(lang, `/transactions/${tx.index}/amount`, 'amount_total', 'amount_total', { max: formatCents(MAX_CASE_CENTS) })];
  }
  return [];
}

/**
 * Orders the dates must respect: `before_notification` must not contradict them (spec); an operation
 * is neither booked nor contested before it was made.
 */
function orderErrors(c: Case, lang: ErrorLang): CaseError[] {
  const errors: CaseError[] = [];
  for (const tx of c.transactions) {
    for (const field of ['booked_on', 'contested_on'] as const) {
      const d = field === 'booked_on' ? tx.bookedOn : tx.contestedOn;
      if (d && d.lastDay < tx.at.firstDay)
        errors.push(caseError(lang, `/transactions/${tx.index}/${field}`, 'before_operation', 'after_operation', { received: d.raw, value: tx.at.raw }));
    }
    if (tx.beforeNotification === null) continue;
    const actual = c.notification ? compareSpans(tx.at, c.notification) : 'before';
    if (actual !== 'open' && (actual === 'before') !== tx.beforeNotification)
      errors.push(caseError(lang, `/transactions/${tx.index}/before_notification`, 'order_contradicts_dates', 'order', {
        value: String(tx.beforeNotification), actual,
      }));
  }
  return errors;
}
