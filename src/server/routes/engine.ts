/** The stateless engine endpoints: assessment, missing facts, what-if, letters. Nothing is stored. */
import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import { assess } from '../engineTime.js';
import { renderReport, renderTimeline } from '../../report/render.js';
import type { LetterFormat, LetterKind } from '../../letters/index.js';
import { AssessRequest, AssessResponse, LetterRequest, MissingRequest, MissingResponse, ProblemSchema, WhatIfRequest } from '../schemas.js';
import { prepare } from '../engineRequest.js';
import { sendProblem } from '../problem.js';
import { requestLang } from '../lang.js';
import { heavy, heavyRateLimit, type App, type Ctx } from '../context.js';

const errors = { 401: ProblemSchema, 413: ProblemSchema, 422: ProblemSchema, 429: ProblemSchema, 503: ProblemSchema };

const CONTENT_TYPES: Record<LetterFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
};

/** JSON text computed in the work pool, sent as it is. */
const sendJson = (reply: unknown, json: string) => (reply as FastifyReply).type('application/json; charset=utf-8').send(json);

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

  // Missing facts, what-if and letters are heavy: computed in the work pool, with a budget of time
  // and a rate limit of their own.
  app.post('/v1/missing', {
    schema: { tags: ['engine'], summary: 'The unknown facts that could change the result, largest swing first', body: MissingRequest, response: { 200: MissingResponse, ...errors } },
    config: heavyRateLimit(ctx.limits),
  }, async (req, reply) => {
    const json = await heavy<string>(ctx, req, reply, { kind: 'missing', body: req.body, lang: requestLang(req), maxTransactions: ctx.limits.transactions });
    return json === null ? reply : sendJson(reply, json);
  });

  app.post('/v1/whatif', {
    schema: { tags: ['engine'], summary: 'The result with facts changed, or every single change that matters', body: WhatIfRequest, response: { 200: z.object({ whatif: z.unknown().optional(), whatifs: z.array(z.unknown()).optional() }), ...errors } },
    config: heavyRateLimit(ctx.limits),
  }, async (req, reply) => {
    const json = await heavy<string>(ctx, req, reply, { kind: 'whatif', body: req.body, lang: requestLang(req), maxTransactions: ctx.limits.transactions });
    return json === null ? reply : sendJson(reply, json);
  });

  app.post('/v1/letters', {
    schema: {
      tags: ['engine'], summary: 'Write a letter (PDF, DOCX or Markdown) from the assessment', body: LetterRequest,
      description: 'Answers with the file itself: application/pdf, the DOCX type or text/markdown, as an attachment.',
      response: errors,
    },
    config: heavyRateLimit(ctx.limits),
  }, async (req, reply) => {
    const lang = req.body.lang ?? requestLang(req);
    const bytes = await heavy<Uint8Array>(ctx, req, reply, { kind: 'letter', body: req.body, lang: requestLang(req), maxTransactions: ctx.limits.transactions });
    if (!bytes) return reply;
    const kind = req.body.kind as LetterKind;
    const format = req.body.format as LetterFormat;
    // A binary answer: the reply is untyped here because the 200 body is a file, not JSON.
    return (reply as unknown as FastifyReply)
      .type(CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="recours-${kind}-${lang}.${format}"`)
      .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
}
