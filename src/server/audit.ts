/**
 * The organisation audit trail over HTTP. Hooks record the security-relevant answers of the
 * existing routes (logins and failed logins, logouts, users and roles, tokens created, used and
 * revoked, exports, imports, erasures, letter, dossier and document downloads, documents removed,
 * a case read by someone other than who created it), before the answer leaves, so that an answer seen is an entry written. `GET
 * /v1/audit` lists the caller's organisation's entries for its admins; `GET /v1/audit/export`
 * gives its whole chain as JSON Lines, each line with its hashes, to check or to feed a SIEM.
 */
import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { appendAudit, auditChain, exportLine, INSTALLATION, listAudit, type AuditEvent } from '../store/audit.js';
import { digest, type Principal } from '../store/users.js';
import { ProblemSchema } from './schemas.js';
import { problem, sendProblem } from './problem.js';
import { requestLang } from './lang.js';
import { caller, type App, type Ctx } from './context.js';

type Detail = Omit<AuditEvent, 'organisationId' | 'actor' | 'ip'> & { organisationId?: string; actor?: AuditEvent['actor'] };
/** What an answer of a route means for the trail, or nothing. `body` is the answer's JSON. */
type Recorder = (req: FastifyRequest, p: Principal | null, body: () => Record<string, unknown>, ctx: Ctx) => Promise<Detail | null> | Detail | null;

const params = (req: FastifyRequest) => req.params as Record<string, string>;
const query = (req: FastifyRequest) => (req.query ?? {}) as Record<string, string | undefined>;
const reqBody = (req: FastifyRequest) => (req.body ?? {}) as Record<string, unknown>;

/** The case's creator: the user of its first history entry. */
async function creator(ctx: Ctx, caseId: string): Promise<string | undefined> {
  return (await ctx.store.db.selectFrom('case_history').select('user_label').where('case_id', '=', caseId).orderBy('version').limit(1).executeTakeFirst())?.user_label;
}

const viewed: Recorder = async (req, p, _b, ctx) => {
  const id = params(req).id!;
  const by = await creator(ctx, id);
  return p && by !== p.email ? { action: 'case.viewed', target: id, detail: { created_by: by ?? null, part: req.routeOptions.url?.endsWith('/history') ? 'history' : 'record' } } : null;
};

/** Method and route pattern → status → recorder. */
const RECORDERS: Record<string, Record<number, Recorder>> = {
  'POST /v1/session': {
    200: (_req, _p, body) => {
      const b = body() as { user: { id: string; email: string }; organisation: { id: string } };
      return { organisationId: b.organisation.id, actor: { id: b.user.id, label: b.user.email, via: 'session' }, action: 'login' };
    },
    401: async (req, _p, _b, ctx) => {
      const email = String(reqBody(req).email ?? '').trim().toLowerCase().slice(0, 320);
      const user = await ctx.store.db.selectFrom('users').select(['id', 'organisation_id']).where('email', '=', email).executeTakeFirst();
      return { organisationId: user?.organisation_id ?? INSTALLATION, actor: { id: user?.id ?? null, label: email, via: 'anonymous' }, action: 'login.failed' };
    },
  },
  'DELETE /v1/session': { 204: (_r, p) => (p ? { action: 'logout' } : null) },
  'POST /v1/tokens': { 201: (req, _p, body) => ({ action: 'token.created', target: digest(String(body().token)), detail: { label: reqBody(req).label } }) },
  'DELETE /v1/tokens/:id': { 204: (req) => ({ action: 'token.revoked', target: params(req).id! }) },
  'POST /v1/users': { 201: (req, _p, body) => ({ action: 'user.created', target: String(body().id), detail: { email: body().email, role: reqBody(req).role } }) },
  'PATCH /v1/users/:id': {
    200: (req) => {
      const b = reqBody(req);
      return { action: b.role ? 'user.role_changed' : 'user.changed', target: params(req).id!, detail: { ...(b.role ? { role: b.role } : {}), changed: Object.keys(b).sort() } };
    },
  },
  'DELETE /v1/users/:id': { 204: (req) => ({ action: 'user.removed', target: params(req).id! }) },
  'GET /v1/cases/:id': { 200: viewed },
  'GET /v1/cases/:id/history': { 200: viewed },
  'GET /v1/cases/:id/export': { 200: (req) => ({ action: 'case.exported', target: params(req).id! }) },
  'GET /v1/export': { 200: () => ({ action: 'registry.exported' }) },
  'POST /v1/import': { 200: (_r, _p, body) => ({ action: 'registry.imported', detail: { cases: (body().imported as { id: string }[]).map((c) => c.id) } }) },
  'DELETE /v1/cases/:id': { 204: (req) => ({ action: 'case.erased', target: params(req).id! }) },
  'POST /v1/letters': { 200: (req, p) => (p ? { action: 'letter.downloaded', detail: { kind: reqBody(req).kind, format: reqBody(req).format } } : null) },
  'GET /v1/cases/:id/letters': { 200: (req) => ({ action: 'letter.downloaded', target: params(req).id!, detail: { kind: query(req).kind, format: query(req).format ?? 'pdf' } }) },
  'GET /v1/cases/:id/dossier': { 200: (req) => ({ action: 'dossier.downloaded', target: params(req).id!, detail: { kind: query(req).kind } }) },
  'GET /v1/cases/:id/attachments/:attachment': { 200: (req) => ({ action: 'attachment.downloaded', target: params(req).id!, detail: { attachment: params(req).attachment } }) },
  'DELETE /v1/cases/:id/attachments/:attachment': { 204: (req) => ({ action: 'attachment.removed', target: params(req).id!, detail: { attachment: params(req).attachment } }) },
  'GET /v1/audit/export': { 200: () => ({ action: 'audit.exported' }) },
};

/** A token's use is recorded once an hour per process: enough to show it is alive, not a line per call. */
const TOKEN_USE_MS = 3_600_000;

const AuditQuerySchema = z.strictObject({
  action: z.string().max(100).optional().meta({ description: 'an action (case.erased), or a family ending in a dot (user.)' }),
  actor: z.string().max(320).optional().meta({ description: "a user's id or e-mail address" }),
  target: z.string().max(200).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional().meta({ description: 'entries at or after this instant (or day, UTC)' }),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional().meta({ description: 'entries before this instant (or day, UTC)' }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(40).optional(),
  lang: z.enum(['fr', 'nl', 'en']).optional(),
});
const Entry = z.object({
  seq: z.number().int(), at: z.string(), actor: z.object({ id: z.string().nullable(), label: z.string(), via: z.string() }), action: z.string(),
  target: z.string().nullable(), detail: z.record(z.string(), z.unknown()), ip: z.string().nullable(), prev_hash: z.string(), hash: z.string(),
});

const instant = (v: string | undefined) => (v === undefined ? undefined : new Date(v).toISOString());

export function auditTrail(app: App, ctx: Ctx): void {
  const tokenSeen = new Map<string, number>();
  const write = async (req: FastifyRequest, e: AuditEvent) => {
    try {
      await appendAudit(ctx.store.db, e);
    } catch (err) {
      req.log.error({ err, req }, 'audit entry not written');
    }
  };

  app.addHook('onSend', async (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const p = req.principal;
    const ip = req.ip;
    if (p?.via === 'token') {
      const id = digest(String(req.headers.authorization).slice(7).trim());
      const last = tokenSeen.get(id) ?? 0;
      if (Date.now() - last >= TOKEN_USE_MS) {
        tokenSeen.set(id, Date.now());
        await write(req, { organisationId: p.organisationId, actor: { id: p.userId, label: p.email, via: 'token' }, action: 'token.used', target: id, ip });
      }
    }
    const record = RECORDERS[`${req.method} ${req.routeOptions.url}`]?.[reply.statusCode];
    if (!record) return payload;
    const d = await record(req, p, () => JSON.parse(String(payload)) as Record<string, unknown>, ctx);
    if (d && (d.organisationId ?? p)) {
      const actor = d.actor ?? { id: p!.userId, label: p!.email, via: p!.via };
      await write(req, { ...d, organisationId: d.organisationId ?? p!.organisationId, actor, ip });
    }
    return payload;
  });

  app.get('/v1/audit', {
    schema: { tags: ['users'], summary: "The organisation's audit trail, newest first (admins)", querystring: AuditQuerySchema, response: { 200: z.object({ entries: z.array(Entry), next_cursor: z.string().nullable() }), 401: ProblemSchema, 403: ProblemSchema, 422: ProblemSchema } },
  }, async (req, reply) => {
    const p = caller(req, reply, 'admin');
    if (!p) return reply;
    const before = req.query.cursor === undefined ? undefined : Number(Buffer.from(req.query.cursor, 'base64url').toString('utf8').replace(/^s:/, ''));
    if (before !== undefined && !(Number.isInteger(before) && before > 0))
      return sendProblem(reply, problem('invalid', requestLang(req), undefined, [{ pointer: '/query/cursor', code: 'invalid_cursor', message: 'not a cursor from a previous page', expected: 'the next_cursor of the previous answer' }]));
    const { entries, more } = await listAudit(ctx.store.db, p.organisationId, {
      action: req.query.action, actor: req.query.actor, target: req.query.target, from: instant(req.query.from), to: instant(req.query.to), before, limit: req.query.limit,
    });
    return { entries, next_cursor: more ? Buffer.from(`s:${entries.at(-1)!.seq}`).toString('base64url') : null };
  });

  app.get('/v1/audit/export', {
    schema: { tags: ['users'], summary: "The organisation's whole audit trail as JSON Lines, oldest first, with its hashes (admins)", response: { 401: ProblemSchema, 403: ProblemSchema } },
  }, async (req, reply) => {
    const p = caller(req, reply, 'admin');
    if (!p) return reply;
    const lines: string[] = [];
    for await (const r of auditChain(ctx.store.db, p.organisationId)) lines.push(exportLine(r));
    return (reply as unknown as FastifyReply).type('application/jsonl; charset=utf-8')
      .header('content-disposition', 'attachment; filename="recours-audit.jsonl"').send(lines.map((l) => `${l}\n`).join(''));
  });
}
