/**
 * The API's request and response shapes, in zod: the same library and, for the case file and the
 * assessment, the very schemas the engine validates with. The OpenAPI document is generated from these.
 */
import { z } from 'zod';
import { CaseSchema } from '../case/schema.js';
import { isFullDate } from '../case/legalDate.js';
import { AssessmentSchema, FindingSchema } from '../engine/types.js';
import { ASSUMPTIONS } from '../law/assumptions.js';
import { LETTER_KINDS } from '../letters/index.js';
import { CONDUCT_FACTS } from '../case/vocabulary.js';

/** A calendar day, YYYY-MM-DD (2014-02-30 is refused). */
export const Day = z.string().refine(isFullDate, { message: 'full_date', params: { recours: 'full_date' } }).meta({ description: 'a legal date, YYYY-MM-DD' });
export const LangSchema = z.enum(['fr', 'nl', 'en']);

const assumptions = z.partialRecord(z.enum(Object.keys(ASSUMPTIONS) as [string, ...string[]]), z.string())
  .meta({ description: 'named assumptions to switch (see GET /v1/law): name → value' });

/** Members every engine request shares. `case` is validated by the case parser (all errors at once, FR/EN). */
const engineRequest = {
  case: CaseSchema,
  as_of: Day.optional().meta({ description: "evaluation date; default: the case's as_of, else today" }),
  assumptions: assumptions.optional(),
  lang: LangSchema.optional(),
};

export const AssessRequest = z.strictObject({
  ...engineRequest,
  explain: z.enum(['none', 'text', 'markdown']).optional().meta({ description: 'also render the explanation and the timeline' }),
});
export const AssessResponse = z.object({ assessment: AssessmentSchema, explanation: z.string().optional(), timeline: z.string().optional() });

export const MissingRequest = z.strictObject(engineRequest);
export const MissingResponse = z.object({
  missing: z.array(z.object({
    pointer: z.string(), question: z.string(), text: z.string(), swing: z.string(),
    answers: z.array(z.object({ value: z.string(), outcome: z.string(), finding: FindingSchema.meta({ description: 'the finding on gross negligence under this answer' }), payer_bears: z.string(), refund_due: z.string() })),
  })),
});

export const WhatIfRequest = z.strictObject({
  ...engineRequest,
  changes: z.array(z.strictObject({ path: z.string().min(1).max(200), value: z.unknown() })).max(50).optional(),
});

export const LetterRequest = z.strictObject({
  ...engineRequest,
  kind: z.enum(LETTER_KINDS as [string, ...string[]]),
  format: z.enum(['pdf', 'docx', 'md']).default('pdf'),
  date: Day.optional().meta({ description: "the letter's date; default: the evaluation date" }),
});

export const LawQuery = z.strictObject({
  at: Day.optional(), jurisdiction: z.enum(['FR', 'BE', 'EU']).optional(), q: z.string().max(200).optional(), lang: LangSchema.optional(),
});
export const ArticleParams = z.strictObject({ id: z.string().max(100) });
export const ArticleQuery = z.strictObject({ at: Day.optional(), lang: LangSchema.optional() });

export const PrecedentsQuery = z.strictObject({
  q: z.string().max(500).optional(),
  facts: z.string().max(1000).optional().meta({ description: `comma-separated conduct facts: ${CONDUCT_FACTS.join(', ')}` }),
  jurisdiction: z.enum(['FR', 'BE']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(10),
  lang: LangSchema.optional(),
});

export const ProblemSchema = z.object({
  type: z.string(), title: z.string(), status: z.number().int(), detail: z.string().optional(),
  errors: z.array(z.object({ pointer: z.string(), code: z.string(), message: z.string(), expected: z.string().optional() })).optional(),
}).meta({ id: 'Problem', description: 'RFC 9457 problem details' });
