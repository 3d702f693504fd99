/** Who is calling: login and logout (cookie sessions), the caller, API tokens, users of an organisation. */
import { z } from 'zod';
import { createToken, createUser, listTokens, listUsers, login, logout, orgUser, removeUser, revokeToken, updateUser, type UserChange } from '../../store/users.js';
import { ProblemSchema } from '../schemas.js';
import { problem, sendProblem } from '../problem.js';
import { requestLang, type Lang } from '../lang.js';
import type { FastifyReply } from 'fastify';
import { caller, type App, type Ctx } from '../context.js';
import { loginThrottle } from '../loginThrottle.js';

export const SESSION_COOKIE = 'recours_session';

const Login = z.strictObject({ email: z.string().min(3).max(320), password: z.string().min(1).max(1024) });
const NewToken = z.strictObject({ label: z.string().min(1).max(200) });
const NewUser = z.strictObject({
  email: z.email().max(320), name: z.string().min(1).max(200), password: z.string().min(12).max(1024), role: z.enum(['caseworker', 'admin']),
});
const UserPatch = z.strictObject({
  name: z.string().min(1).max(200).optional(), password: z.string().min(12).max(1024).optional(), role: z.enum(['caseworker', 'admin']).optional(),
});
const IdParams = z.strictObject({ id: z.string().min(1).max(200) });
const User = z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.string(), created_at: z.string() });
const Me = z.object({
  mode: z.enum(['local', 'multi']),
  user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
  organisation: z.object({ id: z.string(), name: z.string() }),
  role: z.enum(['caseworker', 'admin']),
  csrf: z.string().nullable(),
});

/** The 429 detail, in the request's language. */
export const rateLimitedDetail = (lang: Lang, max: number, seconds: number) => ({
  fr: `au plus ${max} demandes par minute ; réessayez dans ${seconds} s`,
  nl: `hoogstens ${max} verzoeken per minuut; probeer opnieuw over ${seconds} s`,
  en: `at most ${max} requests per minute; retry in ${seconds} s`,
}[lang]);

export function authRoutes(app: App, ctx: Ctx, opts: { secureCookies: boolean; loginPerMinute: number }): void {
  const perAccount = loginThrottle(opts.loginPerMinute);
  app.post('/v1/session', {
    schema: { tags: ['users'], summary: 'Log in: sets an HttpOnly SameSite=Strict session cookie', body: Login, response: { 200: Me, 401: ProblemSchema, 422: ProblemSchema, 429: ProblemSchema } },
    config: { rateLimit: { max: opts.loginPerMinute, timeWindow: 60_000, keyGenerator: (req: { ip: string }) => `login:${req.ip}` } },
  }, async (req, reply) => {
    const lang = requestLang(req);
    if (ctx.mode === 'local') return sendProblem(reply, problem('forbidden', lang, { fr: 'Mode local : aucune connexion nécessaire.', nl: 'Lokale modus: aanmelden is niet nodig.', en: 'Local mode: no login needed.' }[lang]));
    const wait = perAccount.attempt(req.body.email.trim().toLowerCase());
    if (wait !== null) return sendProblem(reply.header('retry-after', String(wait)), problem('rate_limited', lang, rateLimitedDetail(lang, opts.loginPerMinute, wait)));
    const s = await login(ctx.store.db, req.body.email, req.body.password);
    if (!s) return sendProblem(reply, problem('unauthorised', lang, { fr: 'Adresse ou mot de passe incorrect.', nl: 'Verkeerd e-mailadres of wachtwoord.', en: 'Wrong e-mail address or password.' }[lang]));
    reply.setCookie(SESSION_COOKIE, s.secret, { httpOnly: true, sameSite: 'strict', secure: opts.secureCookies, path: '/', maxAge: 7 * 86_400 });
    const p = s.principal;
    return { mode: ctx.mode, user: { id: p.userId, email: p.email, name: p.name }, organisation: { id: p.organisationId, name: p.organisationName }, role: p.role, csrf: p.csrf };
  });

  app.delete('/v1/session', { schema: { tags: ['users'], summary: 'Log out' } }, async (req, reply) => {
    const secret = req.cookies[SESSION_COOKIE];
    if (secret) await logout(ctx.store.db, secret);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });

  app.get('/v1/me', { schema: { tags: ['users'], summary: 'The caller, its organisation and role, and the CSRF value for cookie sessions', response: { 200: Me, 401: ProblemSchema } } }, async (req, reply) => {
    const p = caller(req, reply);
    if (!p) return reply;
    return { mode: ctx.mode, user: { id: p.userId, email: p.email, name: p.name }, organisation: { id: p.organisationId, name: p.organisationName }, role: p.role, csrf: p.csrf };
  });

  app.post('/v1/tokens', {
    schema: { tags: ['users'], summary: 'A new API token for the caller (shown once)', body: NewToken, response: { 201: z.object({ token: z.string(), label: z.string() }), 401: ProblemSchema, 403: ProblemSchema } },
  }, async (req, reply) => {
    const p = caller(req, reply);
    if (!p) return reply;
    const lang = requestLang(req);
    if (p.via === 'token')
      return sendProblem(reply, problem('forbidden', lang, { fr: 'Un jeton ne peut pas créer de jeton : connectez-vous.', nl: 'Een token kan geen token aanmaken: meld u aan.', en: 'A token cannot create tokens: log in.' }[lang]));
    const token = await createToken(ctx.store.db, p.userId, req.body.label);
    return reply.code(201).send({ token, label: req.body.label });
  });

  app.get('/v1/tokens', { schema: { tags: ['users'], summary: "The caller's own API tokens (labels and dates; never the secrets)", response: { 200: z.object({ tokens: z.array(z.object({ id: z.string(), label: z.string(), created_at: z.string() })) }), 401: ProblemSchema } } }, async (req, reply) => {
    const p = caller(req, reply);
    if (!p) return reply;
    return { tokens: await listTokens(ctx.store.db, p.userId) };
  });

  app.delete('/v1/tokens/:id', { schema: { tags: ['users'], summary: 'Revoke one of the caller\'s API tokens', params: IdParams, response: { 204: z.null().meta({ description: 'revoked' }), 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema } } }, async (req, reply) => {
    const p = caller(req, reply);
    if (!p) return reply;
    const lang = requestLang(req);
    if (!(await revokeToken(ctx.store.db, p.userId, req.params.id)))
      return sendProblem(reply, problem('not_found', lang, { fr: 'Aucun jeton de ce nom parmi les vôtres.', nl: 'Geen token met deze id bij de uwe.', en: 'No such token among yours.' }[lang]));
    return reply.code(204).send(null);
  });

  // An admin sees and revokes the tokens of the organisation's users (a departing or compromised user).
  const TokenList = z.object({ tokens: z.array(z.object({ id: z.string(), label: z.string(), created_at: z.string() })) });
  app.get('/v1/users/:id/tokens', { schema: { tags: ['users'], summary: "A user's API tokens (admins): labels and dates, never the secrets", params: IdParams, response: { 200: TokenList, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema } } }, async (req, reply) => {
    const p = caller(req, reply, 'admin');
    if (!p) return reply;
    const u = await orgUser(ctx.store.db, p.organisationId, req.params.id);
    if (!u) return refused(reply, requestLang(req), { ok: false, reason: 'not_found' });
    return { tokens: await listTokens(ctx.store.db, u.id) };
  });

  app.delete('/v1/users/:id/tokens/:token', { schema: { tags: ['users'], summary: "Revoke one of a user's API tokens (admins)", params: z.strictObject({ id: z.string().min(1).max(200), token: z.string().min(1).max(200) }), response: { 204: z.null().meta({ description: 'revoked' }), 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema } } }, async (req, reply) => {
    const p = caller(req, reply, 'admin');
    if (!p) return reply;
    const lang = requestLang(req);
    const u = await orgUser(ctx.store.db, p.organisationId, req.params.id);
    if (!u) return refused(reply, lang, { ok: false, reason: 'not_found' });
    if (!(await revokeToken(ctx.store.db, u.id, req.params.token)))
      return sendProblem(reply, problem('not_found', lang, { fr: 'Aucun jeton de ce nom pour cet utilisateur.', nl: 'Geen token met deze id voor deze gebruiker.', en: 'No such token for this user.' }[lang]));
    return reply.code(204).send(null);
  });

  app.get('/v1/users', { schema: { tags: ['users'], summary: "The users of the caller's organisation (admins)", response: { 200: z.object({ users: z.array(User) }), 401: ProblemSchema, 403: ProblemSchema } } }, async (req, reply) => {
    const p = caller(req, reply, 'admin');
    if (!p) return reply;
    return { users: await listUsers(ctx.store.db, p.organisationId) };
  });

  app.post('/v1/users', {
    schema: { tags: ['users'], summary: "Add a user to the caller's organisation (admins)", body: NewUser, response: { 201: z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.string() }), 401: ProblemSchema, 403: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema } },
  }, async (req, reply) => {
    const p = caller(req, reply, 'admin');
    if (!p) return reply;
    const lang = requestLang(req);
    const r = await createUser(ctx.store.db, { organisationId: p.organisationId, ...req.body });
    if (!r.ok) return sendProblem(reply, problem('conflict', lang, undefined, [{ pointer: '/email', code: 'taken', message: { fr: 'adresse déjà utilisée', nl: 'adres al in gebruik', en: 'address already in use' }[lang] }]));
    return reply.code(201).send({ id: r.id, email: req.body.email.toLowerCase(), name: req.body.name, role: req.body.role });
  });

  /** The problem for a refused change of a user. */
  const refused = (reply: FastifyReply, lang: Lang, r: Exclude<UserChange, { ok: true }>) =>
    sendProblem(reply, r.reason === 'not_found'
      ? problem('not_found', lang, { fr: 'Aucun utilisateur de ce nom dans votre organisation.', nl: 'Geen gebruiker met deze id in uw organisatie.', en: 'No such user in your organisation.' }[lang])
      : problem('last_admin', lang, { fr: 'Nommez d\'abord un autre administrateur.', nl: 'Benoem eerst een andere beheerder.', en: 'Make another user an administrator first.' }[lang]));

  app.patch('/v1/users/:id', {
    schema: { tags: ['users'], summary: "Change a user's role, name or password (admins); a new password ends the user's sessions", params: IdParams, body: UserPatch, response: { 200: User, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema } },
  }, async (req, reply) => {
    const p = caller(req, reply, 'admin');
    if (!p) return reply;
    const r = await updateUser(ctx.store.db, p.organisationId, req.params.id, req.body);
    if (!r.ok) return refused(reply, requestLang(req), r);
    return (await orgUser(ctx.store.db, p.organisationId, req.params.id))!;
  });

  app.delete('/v1/users/:id', {
    schema: { tags: ['users'], summary: 'Remove a user (admins): its sessions and tokens end at once; its name stays in case histories', params: IdParams, response: { 204: z.null().meta({ description: 'removed' }), 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema } },
  }, async (req, reply) => {
    const p = caller(req, reply, 'admin');
    if (!p) return reply;
    const r = await removeUser(ctx.store.db, p.organisationId, req.params.id);
    if (!r.ok) return refused(reply, requestLang(req), r);
    return reply.code(204).send(null);
  });
}
