/** recours as a library: parse a case, assess it, render the report. */
export { parseCase, parseCaseText, type ParseResult } from './case/parse.js';
export type { CaseError, ErrorLang } from './case/errors.js';
export type { Case } from './case/model.js';
export { CaseSchema, caseJsonSchema, type CaseInput } from './case/schema.js';
export { assess, ENGINE_VERSION, type AssessOptions } from './engine/assess.js';
export { AssessmentSchema, assessmentJsonSchema, type Assessment, type TraceEntry } from './engine/types.js';
export { renderReport, type ReportFormat } from './report/render.js';
export { ASSUMPTIONS, DEFAULT_ASSUMPTIONS, withAssumptions, type Assumptions } from './law/assumptions.js';
export { regimesOf, type Regime } from './law/regimes.js';
export { allArticles, article, inForce, versionAt, cite } from './law/index.js';
