/**
 * The case registry: cases kept per organisation, their assessment recomputed on every change,
 * their history append-only, export and import as JSON. A case of another organisation answers
 * 404 exactly like one that does not exist.
 */
import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { assess } from '../engineTime.js';
import { toCents } from '../../case/money.js';
import type { Assessment } from '../../engine/types.js';
import {
  allCaseIds, caseHistory, deleteCase, getCase, importCases, insertCase, listCases, updateCase, type CaseRow, type CaseValues, type Change, type SortKey,
} from '../../store/cases.js';
import { prepare } from '../engineRequest.js';
import { diff } from '../diff.js';
import { exportStream, recordText } from '../exportStream.js';
import { exportedAttachments } from './attachments.js';
import type { ExportedAttachment } from '../../store/attachments.js';
import { problem, sendProblem, type Problem } from '../problem.js';
import { requestLang, type Lang } from '../lang.js';
import { caller, heavy, heavyRateLimit, type App, type Ctx } from '../context.js';
import { evaluate, type Evaluated } from '../work.js';
import { CaseSchema } from '../../case/schema.js';
import { Day, ProblemSchema } from '../schemas.js';
import type { Principal } from '../../store/users.js';
import { today } from '../../clock.js';
import { Temporal } from 'temporal-polyfill';

export const STATUSES = ['draft', 'open', 'claimed', 'mediation', 'closed'] as const;
const Status = z.enum(STATUSES);
const Title = z.string().max(300);
const Notes = z.string().max(20_000);

/** Versions stay far below PostgreSQL's integer (2^31 - 1), one more included. */
const MAX_VERSION = 1_000_000_000;
const Version = z.number().int().positive().max(MAX_VERSION);

/** An instant with its offset (ISO 8601 / RFC 3339), as the registry writes them. */
const instant = (s: string) => {
  try {
    return /^\d{4}-\d{2}-\d{2}T/.test(s) && Temporal.Instant.from(s) !== null;
  } catch {
    return false;
  }
};
const Instant = z.string().max(40).refine(instant, { params: { recours: 'date_format' } });

const NewCase = z.strictObject({ case: CaseSchema, title: Title.optional(), status: Status.optional(), notes: Notes.optional() });
const CaseUpdate = z.strictObject({
  version: Version.optional().meta({ description: 'the version read; or send If-Match' }),
  case: CaseSchema.optional(), title: Title.optional(), status: Status.optional(), notes: Notes.optional(), archived: z.boolean().optional(),
});
const Archive = z.strictObject({ version: Version.optional() });
const Id = z.strictObject({ id: z.string().max(100) });
const SORTS = ['updated_at', 'created_at', 'refund_due', 'disputed', 'next_deadline', 'title'] as const;
const ListQuery = z.strictObject({
  status: Status.optional(),
  jurisdiction: z.enum(['FR', 'BE']).optional(),
  q: z.string().max(200).optional(),
  archived: z.enum(['true', 'false']).optional(),
  deadline_before: Day.optional().meta({ description: 'only cases with a deadline from as_of up to this day' }),
  as_of: Day.optional().meta({ description: 'the day deadlines are counted from: next_deadline is the first on or after it (default today)' }),
  sort: z.enum([...SORTS, ...SORTS.map((s) => `-${s}`)] as [string, ...string[]]).optional().meta({ description: 'a column; a leading - sorts descending (default -updated_at)' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(100).optional(),
  lang: z.enum(['fr', 'nl', 'en']).optional(),
});
const Imported = z.object({ by: z.string(), at: z.string() }).meta({ description: 'on an entry brought in by an import: who imported it here, and when' });
const HistoryEntry = z.object({ version: z.number().int(), at: z.string(), user: z.string(), action: z.string(), changes: z.array(z.object({ path: z.string(), from: z.unknown(), to: z.unknown() })), imported: Imported.optional() });
/** An entry of an export's history as an import takes it: bounded, dated; `imported` is set anew. */
const ImportedEntry = z.strictObject({
  version: Version, at: Instant, user: z.string().max(320), action: z.string().max(40),
  changes: z.array(z.strictObject({ path: z.string().max(1000), from: z.unknown(), to: z.unknown() })).max(2000), imported: Imported.optional(),
});
const ExportedCase = z.strictObject({
  id: z.string().max(100).optional(), title: Title.default(''), status: Status.default('open'), notes: Notes.default(''), archived: z.boolean().default(false),
  case: z.unknown(), created_at: Instant.optional(),
  history: z.array(ImportedEntry).max(10_000).default([]).superRefine((entries, ctx) => {
    const seen = new Set<number>();
    for (const [i, e] of entries.entries()) {
      if (seen.has(e.version)) ctx.addIssue({ code: 'custom', path: [i, 'version'], params: { recours: 'duplicate_id', value: String(e.version) } });
      seen.add(e.version);
    }
  }),
}).passthrough();
const Export = z.object({ format: z.literal('recours.export/1'), cases: z.array(ExportedCase).max(100_000) }).passthrough();
const Record = z.looseObject({ id: z.string(), version: z.number().int(), title: z.string(), status: Status, notes: z.string(), archived: z.boolean(), created_at: z.string(), updated_at: z.string(), case: z.unknown(), assessment: z.unknown() });
const errors = { 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema, 413: ProblemSchema, 422: ProblemSchema, 429: ProblemSchema };

const cents = (c: number) => (c / 100).toFixed(2);

function meta(r: CaseRow) {
  return {
    id: r.id, version: r.version, title: r.title, status: r.status as (typeof STATUSES)[number], notes: r.notes, archived: r.archived === 1,
    created_at: r.created_at, updated_at: r.updated_at,
  };
}

/** A record as JSON text: the stored case file and assessment are spliced in, not parsed and re-serialised. */
function sendRecord(reply: FastifyReply, r: CaseRow, status = 200): FastifyReply {
  return reply.code(status).header('etag', `"${r.version}"`).type('application/json; charset=utf-8').send(recordText(meta(r), r));
}

/** The version the caller read: body `version`, else the If-Match header. */
function expectedVersion(req: FastifyRequest, body: { version?: number | undefined }): number | null {
  if (body.version) return body.version;
  const m = /^"?(\d+)"?$/.exec(String(req.headers['if-match'] ?? ''));
  return m ? Number(m[1]) : null;
}

const notFound = (lang: Lang, id: string) => problem('not_found', lang, { fr: `Aucun dossier ${id} dans votre organisation.`, nl: `Geen dossier ${id} in uw organisatie.`, en: `No case ${id} in your organisation.` }[lang]);

function decodeCursor(cursor: string | undefined): number | null {
  if (!cursor) return 0;
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return m ? Number(m[1]) : null;
}

/** The export of these cases of the caller's organisation, streamed. */
const sendExport = (reply: FastifyReply, ctx: Ctx, p: Principal, ids: string[]) =>
  reply.type('application/json; charset=utf-8').send(exportStream(ctx.store.db, { id: p.organisationId, name: p.organisationName }, ids, meta));

export function caseRoutes(app: App, ctx: Ctx): void {
  const db = ctx.store.db;

  app.post('/v1/cases', { schema: { tags: ['registry'], summary: 'Register a case; its assessment is computed and kept', body: NewCase, response: { 201: Record, ...errors } } }, async (req, reply) => {
    const p = caller(req, reply);
    if (!p) return reply;
    const e = evaluate(req.body.case, requestLang(req), ctx.limits.transactions);
    if (!e.ok) return sendProblem(reply, e.problem);
    const values: CaseValues = { ...e.value, title: req.body.title ?? '', status: req.body.status ?? 'open', notes: req.body.notes ?? '', archived: 0 };
    const row = await insertCase(db, p.organisationId, p.email, values, []);
    return sendRecord(reply.header('location', `/v1/cases/${row.id}`), row, 201);
  });

  app.get('/v1/cases', { schema: { tags: ['registry'], summary: "The organisation's cases, filtered, sorted and paged", querystring: ListQuery, response: { 200: z.object({ items: z.array(z.unknown()), next_cursor: z.string().nullable(), total: z.number().int().meta({ description: 'how many cases match the filters, over all pages' }) }), ...errors } } }, async (req, reply) => {
    const p = caller(req, reply);
    if (!p) return reply;
    const offset = decodeCursor(req.query.cursor);
    if (offset === null) return sendProblem(reply, problem('invalid', requestLang(req), undefined, [{ pointer: '/query/cursor', code: 'invalid_cursor', message: 'not a cursor from a previous page', expected: 'the next_cursor of the previous answer' }]));
    const sort = req.query.sort ?? '-updated_at';
    // Deadlines count from today unless asked otherwise, not from each case's own evaluation date,
    // which a file with an old as_of keeps. Paris and Brussels share the same civil date.
    const { rows, more, total } = await listCases(db, p.organisationId, {
      status: req.query.status, jurisdiction: req.query.jurisdiction, q: req.query.q, archived: req.query.archived === 'true',
      today: req.query.as_of ?? today('Europe/Paris'), deadlineBefore: req.query.deadline_before,
      sort: sort.replace(/^-/, '') as SortKey, descending: sort.startsWith('-'), limit: req.query.limit, offset,
    });
    return {
      items: rows.map((r) => ({
        id: r.id, version: r.version, title: r.title, status: r.status, jurisdiction: r.jurisdiction, disputed: cents(r.disputed_cents),
        refund_due: cents(r.refund_due_cents), next_deadline: r.next_deadline, created_at: r.created_at, updated_at: r.updated_at, archived: r.archived === 1,
      })),
      next_cursor: more ? Buffer.from(`o:${offset + rows.length}`).toString('base64url') : null,
      total,
    };
  });

  app.get('/v1/cases/:id', { schema: { tags: ['registry'], summary: 'One case with its assessment', params: Id, response: { 200: Record, ...errors } } }, async (req, reply) => {
    const p = caller(req, reply);
    if (!p) return reply;
    const r = await getCase(db, p.organisationId, req.params.id);
    if (!r) return sendProblem(reply, notFound(requestLang(req), req.params.id));
    return sendRecord(reply, r);
  });

  const change = async (req: FastifyRequest, reply: FastifyReply, id: string, body: z.infer<typeof CaseUpdate>, action: string) => {
    const p = caller(req, reply);
    if (!p) return reply;
    const lang = requestLang(req);
    const expected = expectedVersion(req, body);
    if (expected === null)
      return sendProblem(reply, problem('invalid', lang, undefined, [{ pointer: '/version', code: 'required', message: { fr: 'la version lue est requise', nl: 'de gelezen versie is vereist', en: 'the version you read is required' }[lang], expected: { fr: 'un entier (champ version du dossier), ou l’en-tête If-Match', nl: 'een geheel getal (het veld version van het dossier), of een header If-Match', en: 'an integer (the case record’s version), or an If-Match header' }[lang] }]));
    const u = await updateCase<Problem>(db, p.organisationId, id, expected, p.email, action, (cur) => {
      const changes: Change[] = [];
      const values: CaseValues = {
        title: cur.title, status: cur.status, notes: cur.notes, archived: cur.archived, jurisdiction: cur.jurisdiction, case_json: cur.case_json,
        assessment_json: cur.assessment_json, disputed_cents: cur.disputed_cents, refund_due_cents: cur.refund_due_cents,
      };
      for (const k of ['title', 'status', 'notes'] as const) {
        const v = body[k];
        if (v !== undefined && v !== cur[k]) {
          changes.push({ path: `/${k}`, from: cur[k], to: v });
          values[k] = v;
        }
      }
      if (body.archived !== undefined && (body.archived ? 1 : 0) !== cur.archived) {
        changes.push({ path: '/archived', from: cur.archived === 1, to: body.archived });
        values.archived = body.archived ? 1 : 0;
      }
      if (body.case !== undefined) {
        const e = evaluate(body.case, lang, ctx.limits.transactions);
        if (!e.ok) return { ok: false, error: e.problem };
        changes.push(...diff(JSON.parse(cur.case_json), body.case, '/case'));
        Object.assign(values, e.value);
      }
      return { ok: true, values, changes };
    });
    if (u.ok) return sendRecord(reply, u.row);
    if (u.reason === 'not_found') return sendProblem(reply, notFound(lang, id));
    if (u.reason === 'invalid') return sendProblem(reply, u.error);
    return sendProblem(reply, problem('conflict', lang,
      {
        fr: `Vous avez modifié la version ${expected} ; la version actuelle est ${u.current.version}. Relisez le dossier et refaites la modification.`,
        nl: `U hebt versie ${expected} gewijzigd; de huidige versie is ${u.current.version}. Lees het dossier opnieuw en voer uw wijziging opnieuw uit.`,
        en: `You changed version ${expected}; the current version is ${u.current.version}. Read the case again and redo your change.`,
      }[lang],
      undefined, { current_version: u.current.version }));
  };

  app.put('/v1/cases/:id', { schema: { tags: ['registry'], summary: 'Change a case (only the version you read: optimistic versioning)', params: Id, body: CaseUpdate, response: { 200: Record, ...errors } } },
    async (req, reply) => change(req, reply, req.params.id, req.body, 'update'));

  app.post('/v1/cases/:id/archive', { schema: { tags: ['registry'], summary: 'Archive a case (kept, with its history)', params: Id, body: Archive, response: { 200: Record, ...errors } } },
    async (req, reply) => change(req, reply, req.params.id, { ...req.body, archived: true }, 'archive'));

  app.delete('/v1/cases/:id', {
    schema: { tags: ['registry'], summary: 'Erase a case and its history (right to erasure); only the fact of the deletion is kept', params: Id, response: { 204: z.null().meta({ description: 'erased' }), ...errors } },
  }, async (req, reply) => {
    const p = caller(req, reply);
    if (!p) return reply;
    if (!(await deleteCase(db, p.organisationId, req.params.id, p.email))) return sendProblem(reply, notFound(requestLang(req), req.params.id));
    return reply.code(204).send(null);
  });

  app.get('/v1/cases/:id/history', { schema: { tags: ['registry'], summary: 'Every change of a case: who, when, what', params: Id, response: { 200: z.object({ entries: z.array(HistoryEntry) }), ...errors } } }, async (req, reply) => {
    const p = caller(req, reply);
    if (!p) return reply;
    const r = await getCase(db, p.organisationId, req.params.id);
    if (!r) return sendProblem(reply, notFound(requestLang(req), req.params.id));
    return { entries: await caseHistory(db, r.id) };
  });

  app.get('/v1/cases/:id/export', { schema: { tags: ['registry'], summary: 'One case with its history, as JSON', params: Id, response: { 200: Export, ...errors } } }, async (req, reply) => {
    const p = caller(req, reply);
    if (!p) return reply;
    const r = await getCase(db, p.organisationId, req.params.id);
    if (!r) return sendProblem(reply, notFound(requestLang(req), req.params.id));
    return sendExport(reply as unknown as FastifyReply, ctx, p, [r.id]);
  });

  app.get('/v1/export', { schema: { tags: ['registry'], summary: "All the organisation's cases with their history, as JSON", response: { 200: Export, ...errors } } }, async (req, reply) => {
    const p = caller(req, reply);
    if (!p) return reply;
    return sendExport(reply as unknown as FastifyReply, ctx, p, await allCaseIds(db, p.organisationId));
  });

  app.post('/v1/import', {
    bodyLimit: 64 * 1_048_576,
    config: heavyRateLimit(ctx.limits),
    schema: { tags: ['registry'], summary: 'Import an export into the caller’s organisation (new ids; history kept; all or nothing is checked first)', body: Export, response: { 200: z.object({ imported: z.array(z.object({ id: z.string(), from: z.string().nullable() })) }), ...errors } },
  }, async (req, reply) => {
    const p = caller(req, reply);
    if (!p) return reply;
    // The evidence files are checked first (sizes and hashes), then every case is validated and
    // assessed in the work pool; nothing is written if one fails.
    const attachments: ExportedAttachment[][] = [];
    for (const [i, c] of req.body.cases.entries()) {
      const r = exportedAttachments(c.attachments, `/cases/${i}/attachments`, requestLang(req));
      if (!r.ok) return sendProblem(reply, r.problem);
      attachments.push(r.value);
    }
    const evaluated = await heavy<Evaluated[]>(ctx, req, reply, { kind: 'evaluate', cases: req.body.cases.map((c) => c.case), pointer: '/cases', lang: requestLang(req), maxTransactions: ctx.limits.transactions });
    if (!evaluated) return reply;
    // Then all cases are written in one transaction: all or none.
    const rows = await importCases(db, p.organisationId, p.email, req.body.cases.map((c, i) => ({
      values: { ...evaluated[i]!, title: c.title, status: c.status, notes: c.notes, archived: c.archived ? 1 : 0 },
      created_at: c.created_at ?? new Date().toISOString(), history: c.history, source: c.id ?? '', attachments: attachments[i]!,
    })));
    return { imported: rows.map((r, i) => ({ id: r.id, from: req.body.cases[i]!.id ?? null })) };
  });
}
