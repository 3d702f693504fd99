/**
 * The assessment `recours.assessment/1` (../shared/spec/case-file.md) and its trace, as one zod
 * schema: the source of the TypeScript types and of `recours schema assessment`.
 */
import { z } from 'zod';

const money = z.string().regex(/^-?\d+\.\d{2}$/).meta({ description: 'EUR, decimal string with two decimals' });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A note in each report language. */
const note = z.object({ fr: z.string(), nl: z.string(), en: z.string() });

export const OutcomeSchema = z.enum(['full_refund', 'refund_minus_franchise', 'no_refund', 'partial', 'not_covered']);
export const FindingSchema = z.enum(['established', 'not_established', 'arguable']);

/** One step of the reasoning: the rule, the article version it applies, whether it held, and the facts it rests on. */
export const TraceEntrySchema = z.object({
  rule: z.string(),
  citation: z.string(),
  article: z.object({ id: z.string(), version: day, paragraph: z.string().optional() }).nullable(),
  holds: z.boolean(),
  /** Facts as `JSON pointer = value`, and the assumptions and precedents relied on. */
  because: z.array(z.string()),
  transactions: z.array(z.string()).optional(),
  values: z.record(z.string(), z.string()).optional(),
});

export const TotalsSchema = z.object({ disputed: money, payer_bears: money, refund_due: money });

export const ScenarioSchema = z.object({
  reading: z.string(),
  choices: z.record(z.string(), z.string()),
  primary: z.boolean(),
  outcome: OutcomeSchema,
  totals: TotalsSchema,
  /** When the reading settles a contested rule: the decisions that went this way. */
  precedents: z.array(z.string()).optional(),
});

export const FactorSchema = z.object({
  fact: z.string(),
  status: z.string(),
  role: z.string(),
  /** Who must prove the fact: a fact left unknown counts against that party. */
  burden: z.enum(['bank', 'holder']),
  /** The rules of gross negligence the fact played in. */
  rules: z.array(z.string()),
  counts: z.boolean(),
  precedents: z.array(z.object({ id: z.string(), citation: z.string(), status: z.string(), gross_negligence: z.boolean().nullable() })),
});

export const AssessmentSchema = z
  .object({
    format: z.literal('recours.assessment/1'),
    engine: z.object({ name: z.literal('recours'), version: z.string() }),
    as_of: day,
    jurisdiction: z.enum(['FR', 'BE']),
    outcome: OutcomeSchema,
    regime: z.object({
      id: z.string(), label: z.string(), franchise: money, from: z.string(), to: z.string().nullable(), others: z.array(z.string()),
    }),
    totals: TotalsSchema,
    /** What the PSP must credit now (end of the next business day since 2018), before any recovery for gross negligence. */
    immediate_refund: z.object({ amount: money, basis: z.string() }),
    gross_negligence: z.object({
      finding: FindingSchema,
      standard: z.enum(['negligence_grave', 'faute_lourde', 'extreme_negligence']),
      grounds: z.array(z.string()),
      factors: z.array(FactorSchema),
    }),
    scenarios: z.array(ScenarioSchema),
    transactions: z.array(z.object({ id: z.string(), regime: z.string(), payer_bears: money, refund_due: money, rules: z.array(z.string()) })),
    explanation: z.array(TraceEntrySchema),
    /** `basis` in English (as in the spec); `note` the same in each report language. */
    assumptions: z.array(z.object({ name: z.string(), value: z.string(), basis: z.string(), note })),
    deadlines: z.array(
      z.object({
        kind: z.string(),
        date: day,
        basis: z.string(),
        passed: z.boolean(),
        transactions: z.array(z.string()).optional(),
        note: note.optional(),
        /** A regulator's recommended period (soft law), not a legal deadline. */
        soft_law: z.literal(true).optional(),
      }),
    ),
    /**
     * Deadlines that could not be computed because their day (from which business days are
     * counted) is outside the business-day calendar's data: absent when there is none (issue 14, L7).
     */
    deadlines_not_computed: z.array(z.object({ kind: z.string(), day, calendar_years: z.string() })).optional(),
    /** The decided cases most like this one, with the features that matched and whether each went the holder's way. */
    precedents: z.array(z.object({
      id: z.string(), citation: z.string(), jurisdiction: z.enum(['FR', 'BE']), gross_negligence: z.boolean().nullable(),
      supports_holder: z.boolean().nullable(), reason: z.string().nullable(), score: z.number(), matched: z.array(z.string()),
      confidence: z.enum(['text', 'reported', 'uncertain']),
    })),
    /**
     * What is done and what is still open (recours extension): each step from the case's own dates, and the way to
     * court when money is still owed (codes: the report catalogues word them).
     */
    next_steps: z.object({
      steps: z.array(z.object({
        step: z.enum(['blocking', 'contest', 'complaint', 'mediator']),
        status: z.enum(['done', 'late', 'open', 'closed', 'not_yet_open', 'not_needed']),
        on: day.optional(), from: day.optional(), by: day.optional(), transactions: z.array(z.string()).optional(),
      })),
      court: z.object({
        reason: z.enum(['mediator_closed', 'bank_refused', 'bank_silent', 'if_refused']),
        court: z.enum(['tribunal_judiciaire', 'juge_de_paix', 'tribunal_premiere_instance']),
        procedure: z.enum(['requete_or_assignation', 'assignation', 'citation_or_requete_contradictoire', 'citation']),
        lawyer_required: z.boolean(),
        amicable_attempt_required: z.boolean(),
        amount: money,
        basis: z.array(z.string()),
        limitation: z.object({ years: z.number().int(), from: day, until: day, passed: z.boolean(), basis: z.array(z.string()) }),
      }).nullable(),
    }),
    /**
     * For transfers the payer authorised (outside the unauthorised regime): what remains, each with who must prove it
     * — the bank's duty to try to recover the funds and inform, and the holder's separate ground of vigilance.
     */
    other_grounds: z.array(z.object({
      ground: z.enum(['recovery_and_information', 'vigilance_apparent_anomaly']),
      burden: z.enum(['psp', 'holder']),
      basis: z.array(z.string()),
      transactions: z.array(z.string()),
    })),
    /** Penalty or late-payment interest due as of `as_of`; absent when none runs. */
    interest: z
      .object({
        total: money,
        basis: z.string(),
        base: money,
        periods: z.array(z.object({
          from: day, to: day, days: z.number().int(), rate: z.string(), legal_rate: z.string(), amount: money, transactions: z.array(z.string()),
          /** The legal rate of this period was supplied by the user, not read from a published table. */
          supplied_rate: z.literal(true).optional(),
        })),
        /** The first day with no published legal rate, when the computation stops there. */
        missing_rate_from: day.nullable(),
        /** The last day interest is counted for, and why: the refund day, the evaluation date, or no legal rate known after it. */
        computed_to: day,
        stopped_because: z.enum(['refunded', 'as_of', 'no_published_rate']),
      })
      .optional(),
  })
  .meta({ id: 'recours.assessment/1', title: 'recours assessment' });

export type Outcome = z.infer<typeof OutcomeSchema>;
export type Finding = z.infer<typeof FindingSchema>;
export type TraceEntry = z.infer<typeof TraceEntrySchema>;
export type Totals = z.infer<typeof TotalsSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
export type GrossNegligenceFactor = z.infer<typeof FactorSchema>;
export type Assessment = z.infer<typeof AssessmentSchema>;

export function assessmentJsonSchema(): unknown {
  return z.toJSONSchema(AssessmentSchema, { io: 'output' });
}
