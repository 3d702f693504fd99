/** The stateless engine endpoints: assessment, missing facts, what-if, letters. Nothing is stored. */
import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import { assess } from '../../engine/assess.js';
import { missingFacts } from '../../engine/missingFacts.js';
import { automaticWhatIfs, whatIf } from '../../engine/whatIf.js';
import { renderReport, renderTimeline } from '../../report/render.js';
import { questionText } from '../../report/explore.js';
import type { LetterFormat, LetterKind } from '../../letters/index.js';
import { AssessRequest, AssessResponse, LetterRequest, MissingRequest, MissingResponse, ProblemSchema, WhatIfRequest } from '../schemas.js';
import { prepare } from '../engineRequest.js';
import { problem, sendProblem, underPointer } from '../problem.js';
import { requestLang } from '../lang.js';
import type { App, Ctx } from '../context.js';

const errors = { 401: ProblemSchema, 413: ProblemSchema, 422: ProblemSchema, 429: ProblemSchema };

const CONTENT_TYPES: Record<LetterFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
};

export function engineRoutes(app: App, ctx: Ctx): void {
  app.post('/v1/assessments', {
    schema: { tags: ['engine'], summary: 'Assess a case file', body: AssessRequest, response: { 200: AssessResponse, ...errors } },
  }, async (req, reply) => {
    const p = prepare(req.body, requestLang(req), ctx.limits.transactions);
    if (!p.ok) return sendProblem(reply, p.problem);
    const assessment = assess(p.value, { asOf: p.asOf, assumptions: p.assumptions });
    const explain = req.body.explain ?? 'none';
    if (explain === 'none') return { assessment };
    return { assessment, explanation: renderReport(assessment, p.lang, explain), timeline: renderTimeline(assessment, p.lang) };
  });

  app.post('/v1/missing', {
    schema: { tags: ['engine'], summary: 'The unknown facts that could change the result, largest swing first', body: MissingRequest, response: { 200: MissingResponse, ...errors } },
  }, async (req, reply) => {
    const p = prepare(req.body, requestLang(req), ctx.limits.transactions);
    if (!p.ok) return sendProblem(reply, p.problem);
    return { missing: missingFacts(p.value, p.assumptions).map((m) => ({ ...m, text: questionText(m.question, p.lang) })) };
  });

  app.post('/v1/whatif', {
    schema: { tags: ['engine'], summary: 'The result with facts changed, or every single change that matters', body: WhatIfRequest, response: { 200: z.object({ whatif: z.unknown().optional(), whatifs: z.array(z.unknown()).optional() }), ...errors } },
  }, async (req, reply) => {
    const p = prepare(req.body, requestLang(req), ctx.limits.transactions);
    if (!p.ok) return sendProblem(reply, p.problem);
    const options = { asOf: p.asOf, assumptions: p.assumptions, lang: p.lang };
    const changes = req.body.changes?.map((c) => ({ path: c.path, value: c.value }));
    const results = changes?.length ? [whatIf(req.body.case, changes, options)] : automaticWhatIfs(req.body.case, options);
    const bad = results.find((r) => !r.ok);
    if (bad && !bad.ok) return sendProblem(reply, problem('invalid', p.lang, undefined, bad.in === 'changes' ? bad.errors : underPointer('/case', bad.errors)));
    const values = results.flatMap((r) => (r.ok ? [r.value] : []));
    return changes?.length ? { whatif: values[0] } : { whatifs: values };
  });

  app.post('/v1/letters', {
    schema: {
      tags: ['engine'], summary: 'Write a letter (PDF, DOCX or Markdown) from the assessment', body: LetterRequest,
      description: 'Answers with the file itself: application/pdf, the DOCX type or text/markdown, as an attachment.',
      response: errors,
    },
  }, async (req, reply) => {
    const p = prepare(req.body, requestLang(req), ctx.limits.transactions);
    if (!p.ok) return sendProblem(reply, p.problem);
    const kind = req.body.kind as LetterKind;
    const format = req.body.format as LetterFormat;
    const assessment = assess(p.value, { asOf: p.asOf, assumptions: p.assumptions });
    const data = await ctx.letters.render({ kind, c: p.value, a: assessment, lang: p.lang, format, date: req.body.date });
    // A binary answer: the reply is untyped here because the 200 body is a file, not JSON.
    return (reply as unknown as FastifyReply)
      .type(CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="recours-${kind}-${p.lang}.${format}"`)
      .send(data);
  });
}
