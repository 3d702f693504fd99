/**
 * The case file `recours.case/1` (../shared/spec/case-file.md) as one zod schema: the single source
 * of validation, of the TypeScript input type and of the exported JSON Schema (`recours schema case`).
 * Fields marked "recours extension" are optional additions of this project; the spec's fields are
 * unchanged.
 */
import { z } from 'zod';
import { dateProblem, isFullDate } from './legalDate.js';
import { toCents } from './money.js';
import {
  AUTHENTICATIONS, COMPLAINT_ANSWERS, CONDUCT_FACTS, CONDUCT_STATUSES, INCIDENT_KINDS, INSTRUMENT_KINDS, JURISDICTIONS,
  PAYEE_VERIFICATION_RESULTS, PAYER_KINDS, REFUSAL_GROUNDS, TRANSACTION_KINDS,
} from './vocabulary.js';

const legalDate = z
  .string()
  .superRefine((s, ctx) => {
    const problem = dateProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: `date_${problem}`, params: { recours: `date_${problem}` } });
  })
  .meta({
    description:
      'YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss]±hh:mm in the legal time zone, or start/end (ISO 8601 interval of two of these)',
  });

const fullDate = z.string().superRefine((s, ctx) => {
  const code = isFullDate(s) ? null : /^\d{4}-\d{2}-\d{2}$/.test(s) && dateProblem(s) === 'range' ? 'date_range' : 'full_date';
  if (code) ctx.addIssue({ code: 'custom', message: code, params: { recours: code } });
}).meta({ description: 'a full date YYYY-MM-DD' });

const unknownable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();
const flag = unknownable(z.boolean());

const amount = z
  .union([z.string(), z.number()])
  .superRefine((v, ctx) => {
    const cents = toCents(v);
    if (cents === null) ctx.addIssue({ code: 'custom', message: 'amount', params: { recours: 'amount' } });
    else if (cents === 0) ctx.addIssue({ code: 'custom', message: 'amount_zero', params: { recours: 'amount_zero' } });
  })
  .meta({ description: 'EUR debited, a decimal string with at most two decimals ("505.00") or a JSON number; a case\'s amounts add up to at most 999999999999.99' });

export const InstrumentSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(INSTRUMENT_KINDS),
});

export const TransactionSchema = z.strictObject({
  id: z.string().min(1),
  instrument: z.string().min(1),
  at: legalDate,
  booked_on: unknownable(legalDate),
  amount,
  kind: z.enum(TRANSACTION_KINDS),
  authentication: z.enum(AUTHENTICATIONS),
  sca: flag,
  consented: flag,
  before_notification: flag,
  contested_on: unknownable(legalDate),
  /** recours extension: the payee's PSP is outside the EU/EEA (CMF L133-1-1: 70/120-day window for card payments). */
  payee_psp_outside_eea: flag,
  /** Spec addition of 4 December 2026: verification of payee for euro credit transfers from 9 October 2025 (Reg. (EU) 260/2012 art. 5c). */
  payee_verification: z
    .strictObject({
      /** The payer's bank verified the payee's name against the IBAN before authorisation. */
      offered: flag,
      result: unknownable(z.enum(PAYEE_VERIFICATION_RESULTS)),
      payer_proceeded_after_warning: flag,
    })
    .nullable()
    .optional(),
});

export const ConductSchema = z.strictObject({
  fact: z.enum(CONDUCT_FACTS),
  status: z.enum(CONDUCT_STATUSES),
  note: z.string().nullable().optional(),
  /** Spec addition of 4 December 2026: when the act happened; a breach bears only the operations it made possible. */
  at: unknownable(legalDate),
});

const party = z.strictObject({
  name: z.string().max(1000).nullable().optional(),
  /** Address lines. */
  address: z.array(z.string().max(1000)).max(10).optional(),
});

const reference = z.string().max(100).nullable().optional();

/** recours extension: who writes and to whom, for the letters; references are masked to their last 4 digits. */
export const PartiesSchema = z.strictObject({
  /** The sender: the holder's name and postal address. */
  holder: party.optional(),
  /** The bank's complaints department. */
  bank: party.optional(),
  /** The mediator named by the bank (France) — Ombudsfin is used in Belgium when absent. */
  mediator: party.optional(),
  /** The account (IBAN); printed masked except its last four characters. */
  account: reference,
  /** The card number; printed masked except its last four digits. */
  card: reference,
  /** The holder's customer number at the bank. */
  customer_number: reference,
  /** The reference the bank or the blocking service (Card Stop, the opposition line) gave for the blocking; its time is `notification.at`. */
  blocking_reference: reference,
  /** The complaint to the police or gendarmerie (France) or the police statement (Belgium). */
  police_report: z
    .strictObject({
      reference,
      on: unknownable(legalDate),
      /** The police station, brigade or platform that recorded it (e.g. "Commissariat de Lyon 1er", "Perceval"). */
      authority: z.string().max(200).nullable().optional(),
    })
    .optional(),
  /** Who writes for the holder, when someone does: the letters are signed by them, and the mandate letter proves their authority. */
  representative: z
    .strictObject({
      name: z.string().max(1000),
      address: z.array(z.string().max(1000)).max(10).optional(),
      capacity: z.enum(['lawyer', 'association', 'relative']),
      /** The representative's own reference for the file. */
      reference,
    })
    .optional(),
  /** The place in the date line ("Lyon, le …"). */
  place: z.string().max(200).nullable().optional(),
  /** The holder's country of residence (ISO 3166-1 alpha-2), when it is not the bank's: the court claim is then cross-border. */
  residence: z.string().regex(/^[A-Z]{2}$/).nullable().optional(),
});

export const CaseSchema = z
  .strictObject({
    format: z.literal('recours.case/1'),
    jurisdiction: z.enum(JURISDICTIONS),
    payer: z.strictObject({
      kind: z.enum(PAYER_KINDS).nullable(),
      /** Spec addition of 4 December 2026: a person the fraudsters could more easily deceive (age, illness, disability, language). */
      vulnerable: flag,
      /** recours extension: a non-consumer's framework contract derogates from the statutory liability rules (CMF L133-2, CDE VII.54). */
      contract_derogates: flag,
    }),
    instruments: z.array(InstrumentSchema).min(1),
    incident: z.strictObject({
      kind: z.enum(INCIDENT_KINDS),
      at: unknownable(legalDate),
      noticed_at: unknownable(legalDate),
      /** Spec addition of 4 December 2026: when the holder must be taken to have known, if earlier than noticed_at. */
      should_have_noticed_at: unknownable(legalDate),
      payer_kept_instrument: flag,
      detectable_before_payment: flag,
      psp_staff_involved: flag,
    }),
    notification: z.strictObject({ at: unknownable(legalDate) }).nullable(),
    psp: z
      .strictObject({
        name: z.string().nullable().optional(),
        notification_means_available: flag,
        /** recours extension: the PSP wrote to the Banque de France / SPF Economie that it suspects the payer's fraud (L133-18, VII.43). */
        fraud_suspicion_reported: flag,
        /** recours extension: false when the PSP did not provide the operation's information, so the 13-month bar does not run (L133-24). */
        transaction_info_provided: flag,
        /** recours extension: the day the PSP refunded (ends late-refund interest). */
        refunded_on: unknownable(legalDate),
        /** recours extension: the PSP's own closing days (YYYY-MM-DD), beyond weekends and public holidays. */
        closing_days: z.array(fullDate).optional(),
        /** recours extension: the PSP's branch is in Alsace-Moselle (Good Friday and 26 December are holidays there). */
        alsace_moselle: flag,
      })
      .optional(),
    transactions: z.array(TransactionSchema).min(1),
    /** recours extension: the holder's complaint to the PSP (starts the answer deadlines of L133-45 and the year to go to the mediator). */
    complaint: z
      .strictObject({
        received_on: unknownable(legalDate),
        written: flag,
        /** recours extension: the day the bank answered the complaint in writing (opens the mediator's door). */
        answered_on: unknownable(legalDate),
        answer: unknownable(z.enum(COMPLAINT_ANSWERS)),
        /** recours extension: the grounds of the bank's refusal, answered point by point in the reply letter. */
        refusal_grounds: z.array(z.enum(REFUSAL_GROUNDS)).max(REFUSAL_GROUNDS.length).optional(),
      })
      .optional(),
    parties: PartiesSchema.optional(),
    conduct: z.array(ConductSchema).optional(),
    evidence: z
      .strictObject({
        authentication_proven: flag,
        no_technical_deficiency_proven: flag,
      })
      .optional(),
    as_of: fullDate.optional(),
  })
  .superRefine((c, ctx) => {
    const ids = new Set<string>();
    c.instruments.forEach((inst, i) => {
      if (ids.has(inst.id))
        ctx.addIssue({ code: 'custom', path: ['instruments', i, 'id'], message: 'duplicate_id', params: { recours: 'duplicate_id', value: inst.id } });
      ids.add(inst.id);
    });
    const txIds = new Set<string>();
    c.transactions.forEach((tx, i) => {
      if (!ids.has(tx.instrument))
        ctx.addIssue({
          code: 'custom', path: ['transactions', i, 'instrument'], message: 'unknown_instrument',
          params: { recours: 'unknown_instrument', value: tx.instrument, expected: [...ids].join(', ') },
        });
      if (txIds.has(tx.id))
        ctx.addIssue({ code: 'custom', path: ['transactions', i, 'id'], message: 'duplicate_id', params: { recours: 'duplicate_id', value: tx.id } });
      txIds.add(tx.id);
    });
  })
  .meta({ id: 'recours.case/1', title: 'recours case file' });

export type CaseInput = z.input<typeof CaseSchema>;
export type CaseFile = z.output<typeof CaseSchema>;

export function caseJsonSchema(): unknown {
  return z.toJSONSchema(CaseSchema, { io: 'input', unrepresentable: 'any' });
}
