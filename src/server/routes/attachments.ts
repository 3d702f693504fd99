/**
 * The evidence file of a registry case: attachments (the file as the body, its type as
 * Content-Type, its name as ?name=), the case's letters with those attachments as the numbered
 * exhibits, and the one-PDF dossier (the letter, then each exhibit stamped with its number).
 * A case of another organisation answers 404, like one that does not exist.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { LETTER_KINDS, type LetterKind } from '../../letters/index.js';
import { buildDossier, contentMatches, type DossierExhibit } from '../../letters/dossier.js';
import { clean } from '../../letters/sanitize.js';
import { addAttachment, attachmentFiles, getAttachment, listAttachments, removeAttachment } from '../../store/attachments.js';
import { getCase } from '../../store/cases.js';
import { caller, heavy, type App, type Ctx } from '../context.js';
import { requestLang, type Lang } from '../lang.js';
import { problem, sendProblem } from '../problem.js';
import { ProblemSchema } from '../schemas.js';

/** The largest attachment: a scanned statement or a phone screenshot, not a video. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
const TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'text/plain'] as const;
type AttachmentType = (typeof TYPES)[number];
const FORMATS = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', md: 'text/markdown; charset=utf-8' } as const;

const Ids = z.strictObject({ id: z.string().max(100), attachment: z.string().max(100) });
const Id = z.strictObject({ id: z.string().max(100) });
const Meta = z.object({ id: z.string(), name: z.string(), type: z.enum(TYPES), size: z.number().int(), sha256: z.string(), created_at: z.string() });
const errors = { 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 413: ProblemSchema, 415: ProblemSchema, 422: ProblemSchema, 429: ProblemSchema };
const Lang_ = z.enum(['fr', 'nl', 'en']).optional();

const notFound = (lang: Lang) => problem('not_found', lang, { fr: 'Aucun dossier ou document de ce numéro dans votre organisation.', nl: 'Geen dossier of document met dit nummer in uw organisatie.', en: 'No such case or document in your organisation.' }[lang]);

/** "x.pdf" as a file name: no path, no control characters, at most 200 characters. */
function fileName(raw: string | undefined): string | null {
  const name = clean(raw?.split(/[\\/]/).pop(), 200);
  return name && name !== '.' && name !== '..' ? name : null;
}

export function attachmentRoutes(app: App, ctx: Ctx): void {
  const db = ctx.store.db;

  app.register(async (scope) => {
    const sub = scope.withTypeProvider<ZodTypeProvider>();
    // Only here are bodies taken as bytes: every other route keeps its JSON parsing.
    sub.removeContentTypeParser(['text/plain']);
    sub.addContentTypeParser([...TYPES], { parseAs: 'buffer', bodyLimit: ATTACHMENT_MAX_BYTES }, (_req, body, done) => done(null, body));

    sub.post('/v1/cases/:id/attachments', {
      bodyLimit: ATTACHMENT_MAX_BYTES,
      schema: {
        tags: ['registry'], summary: 'Attach a document to a case (the file as the body; PDF, PNG, JPEG or text; at most 10 MB)',
        params: Id, querystring: z.strictObject({ name: z.string().max(1000), lang: Lang_ }), response: { 201: Meta, ...errors },
      },
    }, async (req, reply) => {
      const p = caller(req, reply);
      if (!p) return reply;
      const lang = requestLang(req);
      const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() as AttachmentType;
      const body = req.body as unknown;
      if (!TYPES.includes(type) || !Buffer.isBuffer(body))
        return sendProblem(reply, problem('unsupported', lang, { fr: 'Types acceptés : application/pdf, image/png, image/jpeg, text/plain.', nl: 'Aanvaarde types: application/pdf, image/png, image/jpeg, text/plain.', en: 'Accepted types: application/pdf, image/png, image/jpeg, text/plain.' }[lang]));
      const name = fileName(req.query.name);
      if (!name) return sendProblem(reply, problem('invalid', lang, undefined, [{ pointer: '/query/name', code: 'file_name', message: { fr: 'nom de fichier vide ou invalide', nl: 'lege of ongeldige bestandsnaam', en: 'empty or invalid file name' }[lang], expected: 'releve-mars.pdf' }]));
      if (!body.length || !(await contentMatches(type, body)))
        return sendProblem(reply, problem('invalid', lang, undefined, [{ pointer: '/body', code: 'content_type_mismatch', message: { fr: `le contenu n'est pas un fichier ${type} lisible`, nl: `de inhoud is geen leesbaar ${type}-bestand`, en: `the content is not a readable ${type} file` }[lang], expected: type }]));
      const meta = await addAttachment(db, p.organisationId, req.params.id, p.email, { name, type, content: body });
      if (!meta) return sendProblem(reply, notFound(lang));
      return (reply as unknown as FastifyReply).code(201).header('location', `/v1/cases/${req.params.id}/attachments/${meta.id}`).send(meta);
    });
  });

  app.get('/v1/cases/:id/attachments', { schema: { tags: ['registry'], summary: "The case's documents, in exhibit order", params: Id, response: { 200: z.object({ items: z.array(Meta) }), ...errors } } }, async (req, reply) => {
    const p = caller(req, reply);
    if (!p) return reply;
    const items = await listAttachments(db, p.organisationId, req.params.id);
    if (!items) return sendProblem(reply, notFound(requestLang(req)));
    return { items: items.map((x) => ({ ...x, type: x.type as AttachmentType })) };
  });

  app.get('/v1/cases/:id/attachments/:attachment', { schema: { tags: ['registry'], summary: 'One document, as it was attached', params: Ids, response: errors } }, async (req, reply) => {
    const p = caller(req, reply);
    if (!p) return reply;
    const a = await getAttachment(db, p.organisationId, req.params.id, req.params.attachment);
    if (!a) return sendProblem(reply, notFound(requestLang(req)));
    return (reply as unknown as FastifyReply).type(a.type).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(a.name)}`).header('x-content-sha256', a.sha256).send(a.content);
  });

  app.delete('/v1/cases/:id/attachments/:attachment', { schema: { tags: ['registry'], summary: 'Remove a document (its name, hash and removal stay in the history)', params: Ids, response: errors } }, async (req, reply) => {
    const p = caller(req, reply);
    if (!p) return reply;
    if (!(await removeAttachment(db, p.organisationId, req.params.id, req.params.attachment, p.email))) return sendProblem(reply, notFound(requestLang(req)));
    return (reply as unknown as FastifyReply).code(204).send();
  });

  /** A letter of the stored case (re-assessed as of today, or its as_of), its documents as the exhibits, rendered in the work pool. */
  async function letterOf(req: FastifyRequest, reply: FastifyReply, organisationId: string, id: string, q: { kind: LetterKind; format: 'pdf' | 'docx' | 'md'; lang: Lang }) {
    const row = await getCase(db, organisationId, id);
    const files = row ? await attachmentFiles(db, organisationId, id) : null;
    if (!row || !files) return void sendProblem(reply, notFound(q.lang));
    // A stored case was validated when it was saved: no operation limit applies to its letters.
    const bytes = await heavy<Uint8Array>(ctx, req, reply, {
      kind: 'letter', body: { case: JSON.parse(row.case_json), kind: q.kind, format: q.format }, lang: q.lang, maxTransactions: Number.MAX_SAFE_INTEGER,
      exhibits: files.map((f) => ({ title: f.name })),
    });
    return bytes ? { bytes, files } : undefined;
  }

  const LetterQuery = z.strictObject({ kind: z.enum(LETTER_KINDS as [LetterKind, ...LetterKind[]]), lang: Lang_, format: z.enum(['pdf', 'docx', 'md']).default('pdf') });
  app.get('/v1/cases/:id/letters', { schema: { tags: ['registry'], summary: "A letter of the case, its documents listed as the numbered exhibits", params: Id, querystring: LetterQuery, response: errors } }, async (req, reply) => {
    const p = caller(req, reply);
    if (!p) return reply;
    const lang = req.query.lang ?? requestLang(req);
    const { kind, format } = req.query;
    const out = await letterOf(req, reply, p.organisationId, req.params.id, { kind, format, lang });
    if (!out) return reply;
    return (reply as unknown as FastifyReply).type(FORMATS[format]).header('content-disposition', `attachment; filename="recours-${kind}-${lang}.${format}"`).send(Buffer.from(out.bytes));
  });

  app.get('/v1/cases/:id/dossier', { schema: { tags: ['registry'], summary: 'One PDF: the letter, its exhibit list, then each document stamped with its number', params: Id, querystring: LetterQuery.omit({ format: true }), response: errors } }, async (req, reply) => {
    const p = caller(req, reply);
    if (!p) return reply;
    const lang = req.query.lang ?? requestLang(req);
    const out = await letterOf(req, reply, p.organisationId, req.params.id, { kind: req.query.kind, format: 'pdf', lang });
    if (!out) return reply;
    const pdf = await buildDossier(out.bytes, out.files.map((f): DossierExhibit => ({ name: f.name, type: f.type as AttachmentType, content: f.content })), lang);
    return (reply as unknown as FastifyReply).type('application/pdf').header('content-disposition', `attachment; filename="recours-dossier-${req.query.kind}-${lang}.pdf"`).send(pdf);
  });
}

const Exported = z.array(z.strictObject({
  id: z.string().max(100), name: z.string().min(1).max(200), type: z.enum(TYPES), size: z.number().int().min(0).max(ATTACHMENT_MAX_BYTES),
  sha256: z.string().regex(/^[0-9a-f]{64}$/), created_at: z.string().max(40), created_by: z.string().max(320),
  deleted_at: z.string().max(40).nullable(), deleted_by: z.string().max(320).nullable(), content_base64: z.string().nullable(),
})).max(1000);

/** The attachments of an exported case, checked before anything is imported: each content must match its size and hash. */
export function exportedAttachments(raw: unknown, pointer: string, lang: Lang): { ok: true; value: z.infer<typeof Exported> } | { ok: false; problem: ReturnType<typeof problem> } {
  const r = Exported.safeParse(raw ?? []);
  const bad = (at: string) => ({ ok: false as const, problem: problem('invalid', lang, undefined, [{ pointer: at, code: 'attachment', message: { fr: "pièce jointe illisible ou altérée (taille ou empreinte)", nl: 'onleesbare of gewijzigde bijlage (grootte of vingerafdruk)', en: 'unreadable or altered attachment (size or hash)' }[lang] }]) });
  if (!r.success) return bad(pointer);
  for (const [i, a] of r.data.entries()) {
    if (a.content_base64 === null) continue;
    const bytes = Buffer.from(a.content_base64, 'base64');
    if (bytes.length !== a.size || createHash('sha256').update(bytes).digest('hex') !== a.sha256) return bad(`${pointer}/${i}`);
  }
  return { ok: true, value: r.data };
}
