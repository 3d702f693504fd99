/**
 * The HTTP server (fastify): the engine's stateless endpoints, the case registry, users, the
 * OpenAPI document with a local documentation page, and the web app's files. Every error leaves
 * as `application/problem+json`; nothing internal reaches the client.
 */
import { existsSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyReply } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, jsonSchemaTransformObject, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { ENGINE_VERSION } from '../engine/assess.js';
import { bySession, byToken, localPrincipal, type Principal } from '../store/users.js';
import type { Store } from '../store/db.js';
import { unavailable } from '../store/unavailable.js';
import { DEFAULT_LIMITS, type App, type Ctx, type Limits } from './context.js';
import { validatorCompiler, RequestFieldsError } from './validation.js';
import { fromZod, problem, sendProblem } from './problem.js';
import { requestLang } from './lang.js';
import { workPool } from './workPool.js';
import { engineRoutes } from './routes/engine.js';
import { referenceRoutes } from './routes/reference.js';
import { authRoutes, rateLimitedDetail, SESSION_COOKIE } from './routes/auth.js';
import { caseRoutes } from './routes/cases.js';
import { echoRequestId, loggerOptions, requestId } from './logging.js';
import { instrument, type Metrics } from './metrics.js';
import { auditTrail } from './audit.js';
import { databaseRateLimits } from '../store/rateLimits.js';
import { ssoRoutes, type Sso } from './sso.js';
import { attachmentRoutes } from './routes/attachments.js';

export interface ServerOptions {
  store: Store;
  mode: 'local' | 'multi';
  limits?: Partial<Limits>;
  /** Directory of the built web app; null serves none. Default: dist/web beside this file. */
  webRoot?: string | null;
  secureCookies?: boolean;
  /** Login attempts per minute per address. */
  loginPerMinute?: number;
  logger?: boolean;
  /** Where the log goes when `logger` is on (default: standard error). */
  logStream?: NodeJS.WritableStream;
  /** Worker threads for the heavy engine requests: what-if, missing facts, letters, imports (0: in the event loop). */
  workThreads?: number;
  /** Prometheus metrics (src/server/metrics.ts); none by default. */
  metrics?: Metrics;
  /** Rate-limit counters in the database, shared by every process (default: in each process's memory). */
  sharedRateLimits?: boolean;
  /** Single sign-on with an OpenID provider (src/server/sso.ts), multi-user mode only. */
  sso?: Sso;
  /** Proxies whose X-Forwarded-For gives the client's address (fastify's trustProxy: addresses or CIDR ranges, comma-separated). */
  trustProxy?: string;
}

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Swagger UI sets inline styles, so its page alone allows them. */
const DOCS_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/** Why the registry cannot answer now; nothing was changed by the refused request. */
const UNAVAILABLE = {
  down: { fr: 'La base de données ne répond pas (redémarrage ?). Rien n’a été enregistré ; réessayez dans quelques secondes.', nl: 'De databank antwoordt niet (herstart?). Er werd niets opgeslagen; probeer het over enkele seconden opnieuw.', en: 'The database is not answering (restarting?). Nothing was saved; retry in a few seconds.' },
  busy: { fr: 'La base de données est occupée. Rien n’a été enregistré ; réessayez dans quelques secondes.', nl: 'De databank is bezet. Er werd niets opgeslagen; probeer het over enkele seconden opnieuw.', en: 'The database is busy. Nothing was saved; retry in a few seconds.' },
  disk_full: { fr: 'Le disque de la base de données est plein. Rien n’a été enregistré ; prévenez l’administrateur.', nl: 'De schijf van de databank is vol. Er werd niets opgeslagen; verwittig de beheerder.', en: 'The database disk is full. Nothing was saved; tell the administrator.' },
} as const;

const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../web/', import.meta.url));

/**
 * What Node meets before fastify has a request (one that stops arriving, headers too large, bytes
 * that are not HTTP): a problem in English (no request, so no language), then the connection closes.
 */
function clientError(limits: Limits) {
  return (err: NodeJS.ErrnoException, socket: Duplex): void => {
    if (err.code === 'ECONNRESET' || socket.destroyed) return;
    // Already answered (refused before its body arrived): no second answer on the socket.
    if ((socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent) {
      socket.destroy();
      return;
    }
    const p = err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? problem('timeout', 'en', `The whole request must arrive within ${limits.requestTimeoutMs / 1000} s; this one did not.`)
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? { ...problem('too_large', 'en', 'The request headers are too large.'), status: 431 }
        : { ...problem('invalid', 'en', 'The request is not valid HTTP/1.1.'), status: 400 };
    const body = JSON.stringify(p);
    if (socket.writable)
      socket.write(`HTTP/1.1 ${p.status} ${STATUS_CODES[p.status]}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    socket.destroy();
  };
}

/** The documentation page and its files (not /docs-anything, not /docs%2F..). */
const isDocs = (url: string) => /^\/docs(\/|\?|$)/.test(url);

function securityHeaders(url: string, reply: { header: (k: string, v: string) => unknown }): void {
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
  reply.header('x-frame-options', 'DENY');
  reply.header('cross-origin-opener-policy', 'same-origin');
  reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=()');
  if (!isDocs(url)) reply.header('content-security-policy', CSP);
  if (url.startsWith('/v1/')) reply.header('cache-control', 'no-store');
}

/** A loopback name (DNS rebinding gives a page of another name the server's address, not its name). */
const LOOPBACK_HOST = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i;
const loopbackOrigin = (origin: string) => {
  try {
    return LOOPBACK_HOST.test(new URL(origin).host);
  } catch {
    return false;
  }
};

export async function buildApp(o: ServerOptions): Promise<App> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...o.limits };
  const ctx: Ctx = { store: o.store, mode: o.mode, limits, work: workPool(o.workThreads ?? 0, limits.workMs) };
  const app = Fastify({
    logger: loggerOptions(o.logger ?? false, o.logStream ?? process.stderr),
    genReqId: requestId,
    bodyLimit: limits.bodyBytes,
    requestTimeout: limits.requestTimeoutMs,
    // Idle sockets are closed later than a slow request, so that the request timeout can answer first.
    connectionTimeout: 2 * limits.requestTimeoutMs,
    clientErrorHandler: clientError(limits),
    // Given to Node's server at its creation too: set afterwards (as fastify does), Node 20 does not
    // apply it to a request whose body is still arriving. Checked every second rather than every 30 s.
    http: { requestTimeout: limits.requestTimeoutMs, connectionsCheckingInterval: Math.max(100, Math.min(1000, limits.requestTimeoutMs / 4)) },
    return503OnClosing: true,
    trustProxy: o.trustProxy ?? false,
    // What the router refuses itself (a path parameter over 100 characters: 414; a bad URL: 400)
    // leaves as a problem with the security headers too.
    frameworkErrors: (err, req, reply) => {
      securityHeaders(req.raw.url ?? '', reply);
      const status = (err as { statusCode?: number }).statusCode ?? 400;
      const p = status === 414
        ? { ...problem('too_large', 'en', 'A path segment is longer than 100 characters.'), status }
        : { ...problem('invalid', 'en', 'The request URL is not valid.'), status };
      void sendProblem(reply as unknown as FastifyReply, p);
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.addHook('onClose', () => ctx.work.close());
  app.addHook('onRequest', echoRequestId);
  if (o.metrics) instrument(app, ctx, o.metrics);
  app.setValidatorCompiler(validatorCompiler);
  // JSON only: a text body is refused with 415 rather than read as a string.
  app.removeContentTypeParser('text/plain');
  // Responses are the engine's own values: serialised as they are, not re-validated.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  // A write that failed on a full disk makes health say so for a minute: reads may still succeed.
  let diskFullAt = -Infinity;
  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, req, reply) => {
    const lang = requestLang(req);
    if (err instanceof RequestFieldsError) return sendProblem(reply, problem('invalid', lang, undefined, fromZod(err.part, err.zodError, err.input, lang)));
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return sendProblem(reply, problem('too_large', lang, { fr: `Le corps de la demande dépasse ${limits.bodyBytes} octets.`, nl: `De body van het verzoek is groter dan ${limits.bodyBytes} bytes.`, en: `The request body is larger than ${limits.bodyBytes} bytes.` }[lang]));
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      return sendProblem(reply, problem('unsupported', lang, { fr: 'Envoyez du JSON (Content-Type: application/json).', nl: 'Stuur JSON (Content-Type: application/json).', en: 'Send JSON (Content-Type: application/json).' }[lang]));
    if (err.statusCode === 429) return sendProblem(reply, problem('rate_limited', lang, err.message));
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      const detail = err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || err instanceof SyntaxError || err.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
        ? { fr: `Le corps n'est pas du JSON valide : ${err.message}`, nl: `De body is geen geldige JSON: ${err.message}`, en: `The body is not valid JSON: ${err.message}` }[lang]
        : err.message;
      return sendProblem(reply, { ...problem('invalid', lang, detail), status: err.statusCode, errors: [{ pointer: '', code: 'malformed', message: detail }] });
    }
    const down = unavailable(err);
    if (down === 'disk_full') diskFullAt = Date.now();
    if (down) {
      req.log.warn({ err }, 'database unavailable');
      return sendProblem(reply.header('retry-after', '5'), problem('unavailable', lang, UNAVAILABLE[down][lang]));
    }
    req.log.error({ err, req }, 'internal error');
    return sendProblem(reply, problem('internal', lang, { fr: 'Erreur interne : elle a été journalisée.', nl: 'Interne fout: ze werd gelogd.', en: 'Internal error: it has been logged.' }[lang]));
  });

  await app.register(cookie);

  // Who is calling, before anything else (rate limiting keys on it).
  const local: Principal | null = o.mode === 'local' ? await localPrincipal(o.store.db) : null;
  app.decorateRequest('principal', null);
  // Local mode has no login: only the loopback may call it, by a loopback name (DNS rebinding) and
  // from a loopback page (a foreign Origin is another site's script).
  if (local)
    app.addHook('onRequest', async (req, reply) => {
      const origin = req.headers.origin;
      if (LOOPBACK_HOST.test(req.headers.host ?? '') && (origin === undefined || loopbackOrigin(origin))) return;
      const lang = requestLang(req);
      return sendProblem(reply, problem('forbidden', lang, {
        fr: 'Mode local : seules les adresses de bouclage (127.0.0.1, localhost, [::1]) sont acceptées, en Host comme en Origin.',
        nl: 'Lokale modus: enkel loopbackadressen (127.0.0.1, localhost, [::1]) worden aanvaard, in Host en in Origin.',
        en: 'Local mode: only loopback names (127.0.0.1, localhost, [::1]) are accepted, in Host and in Origin.',
      }[lang]));
    });
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/v1/')) return;
    if (local) {
      req.principal = local;
      return;
    }
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) req.principal = await byToken(o.store.db, auth.slice(7).trim());
    else {
      const secret = req.cookies[SESSION_COOKIE];
      if (secret) req.principal = await bySession(o.store.db, secret);
    }
  });

  // Local mode has one user on the loopback: nothing to share fairly, so no limiter.
  if (o.mode === 'multi')
    await app.register(rateLimit, {
      global: limits.ratePerMinute > 0,
      hook: 'preHandler',
      max: limits.ratePerMinute,
      timeWindow: 60_000,
      keyGenerator: (req) => (req.principal ? `user:${req.principal.userId}:${req.headers.authorization ? 'token' : 'session'}` : `ip:${req.ip}`),
      errorResponseBuilder: (req, c) => ({ statusCode: 429, message: rateLimitedDetail(requestLang(req), c.max, Math.ceil(c.ttl / 1000)) }),
      ...(o.sharedRateLimits ? { store: databaseRateLimits(o.store.db) } : {}),
    });

  app.addHook('onSend', async (req, reply, payload) => {
    securityHeaders(req.url, reply);
    return payload;
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'recours API', version: ENGINE_VERSION, description: 'Who bears an unauthorised payment under French and Belgian law, and why; the case registry. Errors are application/problem+json with JSON pointers.' },
      tags: [{ name: 'engine' }, { name: 'reference' }, { name: 'registry' }, { name: 'users' }],
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, cookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  // The documentation page uses only its own files: no validator badge from swagger.io, no CDN.
  await app.register(swaggerUi, {
    routePrefix: '/docs', staticCSP: true, transformStaticCSP: () => DOCS_CSP, uiConfig: { deepLinking: false, validatorUrl: null },
  });

  app.get('/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/v1/health', { schema: { tags: ['reference'], summary: 'Liveness and versions' } }, async (req, reply) => {
    await o.store.db.selectFrom('organisations').select('id').limit(1).execute();
    if (Date.now() - diskFullAt < 60_000) {
      const lang = requestLang(req);
      return sendProblem(reply.header('retry-after', '60'), problem('unavailable', lang, UNAVAILABLE.disk_full[lang], undefined, { degraded: 'disk_full' }));
    }
    return { ok: true, version: ENGINE_VERSION, engine: ENGINE_VERSION, database: o.store.dialect, mode: o.mode };
  });

  engineRoutes(app, ctx);
  referenceRoutes(app);
  authRoutes(app, ctx, { secureCookies: o.secureCookies ?? false, loginPerMinute: o.loginPerMinute ?? 10 });
  caseRoutes(app, ctx);
  auditTrail(app, ctx);
  if (o.sso && o.mode === 'multi') ssoRoutes(app, ctx, o.sso, o.secureCookies ?? false);
  attachmentRoutes(app, ctx);

  const webRoot = o.webRoot === undefined ? DEFAULT_WEB_ROOT : o.webRoot;
  const hasWeb = webRoot !== null && existsSync(`${webRoot}/index.html`);
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, prefix: '/', index: 'index.html', wildcard: false, maxAge: 0 });

  app.setNotFoundHandler((req, reply) => {
    const lang = requestLang(req);
    // The web app routes on the client: its pages are index.html.
    if (hasWeb && req.method === 'GET' && !req.url.startsWith('/v1/')) return reply.type('text/html').sendFile('index.html');
    return sendProblem(reply, problem('not_found', lang, `${req.method} ${req.url.split('?')[0]}: ${{ fr: 'aucune route (documentation : /docs)', nl: 'geen dergelijke route (documentatie: /docs)', en: 'no such route (documentation: /docs)' }[lang]}`));
  });
  return app;
}
