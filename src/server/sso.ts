/**
 * Single sign-on with an OpenID provider (Keycloak, Entra ID, Google Workspace, ProConnect…):
 * the authorisation code flow with PKCE (openid-client). `GET /v1/oidc/login` sends the browser
 * to the provider; `GET /v1/oidc/callback` checks its answer (state, nonce, PKCE, the ID token),
 * maps the provider's groups or another claim to an organisation and a role, and opens the same
 * session cookie as a password login. Nobody the mapping does not name gets in. Local passwords
 * stay for small installations.
 */
import { z } from 'zod';
import * as oidc from 'openid-client';
import type { FastifyReply } from 'fastify';
import { savePending, signOn, takePending } from '../store/sso.js';
import { appendAudit, INSTALLATION } from '../store/audit.js';
import { digest } from '../store/users.js';
import { problem, sendProblem } from './problem.js';
import { requestLang } from './lang.js';
import { SESSION_COOKIE } from './routes/auth.js';
import type { App, Ctx } from './context.js';

export const SsoConfigSchema = z.strictObject({
  issuer: z.url(),
  client_id: z.string().min(1),
  /** The secret itself is read from the environment variable named here, never from the file. */
  client_secret_env: z.string().regex(/^[A-Z_][A-Z0-9_]*$/).default('RECOURS_OIDC_CLIENT_SECRET'),
  redirect_uri: z.url().meta({ description: 'this server’s /v1/oidc/callback, as the browser reaches it' }),
  post_logout_redirect_uri: z.url().optional(),
  scope: z.string().default('openid email profile groups'),
  /** The claim holding the groups (or roles) the mapping reads; a string or a list of strings. */
  claim: z.string().min(1).default('groups'),
  map: z.array(z.strictObject({ value: z.string().min(1), organisation: z.string().min(1), role: z.enum(['caseworker', 'admin']) })).min(1),
  session_minutes: z.number().int().min(1).max(7 * 24 * 60).default(8 * 60),
});
export type SsoConfig = z.infer<typeof SsoConfigSchema>;

export interface Sso { config: SsoConfig; client: oidc.Configuration }

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Reads the provider's metadata (discovery). Plain HTTP only for a provider on the loopback (tests, a local proxy). */
export async function discoverSso(config: SsoConfig, secret: string): Promise<Sso> {
  const url = new URL(config.issuer);
  const insecure = url.protocol === 'http:' && LOOPBACK.has(url.hostname);
  const client = await oidc.discovery(url, config.client_id, secret, undefined, insecure ? { execute: [oidc.allowInsecureRequests] } : undefined);
  return { config, client };
}

/** The organisation and role the claim's values give, or null: no rule matches, or rules name two organisations. */
export function mapClaims(config: SsoConfig, claims: Record<string, unknown>): { organisation: string; role: 'caseworker' | 'admin' } | null {
  const raw = claims[config.claim];
  const values = new Set((Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string'));
  const hits = config.map.filter((m) => values.has(m.value));
  if (!hits.length || new Set(hits.map((h) => h.organisation)).size > 1) return null;
  return { organisation: hits[0]!.organisation, role: hits.some((h) => h.role === 'admin') ? 'admin' : 'caseworker' };
}

export function ssoRoutes(app: App, ctx: Ctx, sso: Sso, secureCookies: boolean): void {
  const db = ctx.store.db;
  const { config, client } = sso;
  const refuse = (reply: FastifyReply, lang: 'fr' | 'nl' | 'en', why: { fr: string; nl: string; en: string }) => sendProblem(reply, problem('forbidden', lang, why[lang]));

  app.get('/v1/oidc/login', { schema: { tags: ['users'], summary: 'Sign on with the organisation’s OpenID provider (redirects there)', hide: false } }, async (_req, reply) => {
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    await savePending(db, { state, verifier, nonce });
    const url = oidc.buildAuthorizationUrl(client, {
      redirect_uri: config.redirect_uri, scope: config.scope, state, nonce, code_challenge: await oidc.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
    });
    return (reply as unknown as FastifyReply).redirect(url.href, 302);
  });

  app.get('/v1/oidc/callback', { schema: { tags: ['users'], summary: 'The OpenID provider’s answer: opens a session and goes to the web app' } }, async (req, reply) => {
    const lang = requestLang(req);
    const query = req.query as Record<string, string | undefined>;
    const pending = query.state ? await takePending(db, query.state) : null;
    if (!pending) return refuse(reply as unknown as FastifyReply, lang, { fr: 'Connexion expirée ou inconnue : recommencez.', nl: 'Aanmelding verlopen of onbekend: begin opnieuw.', en: 'This sign-on expired or is unknown: start again.' });
    let claims: Record<string, unknown>;
    try {
      const current = new URL(req.url, config.redirect_uri);
      const tokens = await oidc.authorizationCodeGrant(client, current, { pkceCodeVerifier: pending.verifier, expectedState: query.state, expectedNonce: pending.nonce });
      claims = { ...(tokens.claims() ?? {}) };
    } catch (err) {
      req.log.error({ err, req }, 'sign-on refused by the checks');
      return refuse(reply as unknown as FastifyReply, lang, { fr: 'Le fournisseur d’identité a refusé ou sa réponse n’a pas passé les contrôles.', nl: 'De identiteitsprovider weigerde, of zijn antwoord doorstond de controles niet.', en: 'The identity provider refused, or its answer did not pass the checks.' });
    }
    const email = typeof claims.email === 'string' ? claims.email : null;
    const mapped = mapClaims(config, claims);
    if (!email || !mapped) {
      await appendAudit(db, { organisationId: INSTALLATION, actor: { id: null, label: email ?? String(claims.sub), via: 'anonymous' }, action: 'login.refused', detail: { sso: config.issuer, reason: email ? 'no_mapping' : 'no_email' }, ip: req.ip });
      return refuse(reply as unknown as FastifyReply, lang, { fr: 'Votre compte n’a pas accès à recours (aucun groupe autorisé).', nl: 'Uw account heeft geen toegang tot recours (geen toegelaten groep).', en: 'Your account has no access to recours (no group that is let in).' });
    }
    const s = await signOn(db, { email, name: typeof claims.name === 'string' ? claims.name : email, ...mapped }, config.session_minutes);
    if (!s.ok) {
      await appendAudit(db, { organisationId: INSTALLATION, actor: { id: null, label: email, via: 'anonymous' }, action: 'login.refused', detail: { sso: config.issuer, reason: s.reason }, ip: req.ip });
      return refuse(reply as unknown as FastifyReply, lang, s.reason === 'local_user'
        ? { fr: 'Cette adresse a un mot de passe ici : connectez-vous avec lui.', nl: 'Dit adres heeft hier een wachtwoord: meld u daarmee aan.', en: 'This address has a password here: log in with it.' }
        : { fr: 'Cette adresse appartient à une autre organisation.', nl: 'Dit adres hoort bij een andere organisatie.', en: 'This address belongs to another organisation.' });
    }
    const actor = { id: s.userId, label: email.toLowerCase(), via: 'sso' as const };
    if (s.created) await appendAudit(db, { organisationId: s.organisationId, actor, action: 'user.created', target: s.userId, detail: { email: actor.label, role: mapped.role, sso: config.issuer }, ip: req.ip });
    if (s.roleChanged) await appendAudit(db, { organisationId: s.organisationId, actor, action: 'user.role_changed', target: s.userId, detail: { role: mapped.role, from: s.roleChanged.from, sso: config.issuer }, ip: req.ip });
    await appendAudit(db, { organisationId: s.organisationId, actor, action: 'login', detail: { sso: config.issuer }, ip: req.ip });
    reply.setCookie(SESSION_COOKIE, s.secret, { httpOnly: true, sameSite: 'strict', secure: secureCookies, path: '/', maxAge: config.session_minutes * 60 });
    return (reply as unknown as FastifyReply).redirect('/', 302);
  });

  app.get('/v1/oidc/logout', { schema: { tags: ['users'], summary: 'End the session here, then at the OpenID provider' } }, async (req, reply) => {
    const secret = req.cookies[SESSION_COOKIE];
    if (secret) await db.deleteFrom('sessions').where('id', '=', digest(secret)).execute();
    if (req.principal) await appendAudit(db, { organisationId: req.principal.organisationId, actor: { id: req.principal.userId, label: req.principal.email, via: 'sso' }, action: 'logout', ip: req.ip });
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    const end = client.serverMetadata().end_session_endpoint
      ? oidc.buildEndSessionUrl(client, { client_id: config.client_id, ...(config.post_logout_redirect_uri ? { post_logout_redirect_uri: config.post_logout_redirect_uri } : {}) }).href
      : '/';
    return (reply as unknown as FastifyReply).redirect(end, 302);
  });
}
