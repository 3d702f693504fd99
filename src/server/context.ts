/** What every route module is given: the store, the mode, the limits, and who is calling. */
import type { FastifyInstance, FastifyReply, FastifyRequest, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import type {} from '@fastify/cookie';
import type {} from '@fastify/rate-limit';
import type { Store } from '../store/db.js';
import type { Principal } from '../store/users.js';
import type { WorkPool } from './workPool.js';
import type { WorkTask } from './work.js';
import { engineChannel, type EngineTiming } from './engineTime.js';
import { problem, sendProblem } from './problem.js';
import { requestLang } from './lang.js';

export type App = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

export interface Limits {
  /** Largest request body, in bytes. */
  bodyBytes: number;
  /** Most transactions in one case. */
  transactions: number;
  /** Requests per minute per token, user or address (multi-user mode); 0 = unlimited. */
  ratePerMinute: number;
  /** Longest a request may take, in milliseconds. */
  requestTimeoutMs: number;
  /** Longest a heavy engine task (what-if, missing facts, letter, import) may take in the work pool, queue included. */
  workMs: number;
}

export const DEFAULT_LIMITS: Limits = { bodyBytes: 1_048_576, transactions: 500, ratePerMinute: 600, requestTimeoutMs: 30_000, workMs: 10_000 };

/** A heavy request counts as this many ordinary ones in the rate limit. */
export const HEAVY_COST = 10;

/**
 * The route config of a heavy route: its own limit per caller, a tenth of the general one (each
 * heavy route has its bucket). Nothing in local mode or with no limit.
 */
export const heavyRateLimit = (limits: Limits): { rateLimit: { max: number; timeWindow: number } | false } =>
  ({ rateLimit: limits.ratePerMinute > 0 ? { max: Math.max(1, Math.floor(limits.ratePerMinute / HEAVY_COST)), timeWindow: 60_000 } : false });

export interface Ctx {
  store: Store;
  mode: 'local' | 'multi';
  limits: Limits;
  work: WorkPool;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The caller, or a 401/403 problem already sent. Cookie sessions must echo their CSRF secret in
 * `X-CSRF-Token` on every write; bearer tokens and local mode carry no ambient authority.
 */
export function caller(req: FastifyRequest, reply: FastifyReply, role?: 'admin'): Principal | null {
  const p = req.principal;
  const lang = requestLang(req);
  if (!p) {
    sendProblem(reply, problem('unauthorised', lang, { fr: 'Connectez-vous (POST /v1/session) ou envoyez un jeton (Authorization: Bearer).', nl: 'Meld u aan (POST /v1/session) of stuur een token (Authorization: Bearer).', en: 'Log in (POST /v1/session) or send a token (Authorization: Bearer).' }[lang]));
    return null;
  }
  if (p.via === 'session' && !SAFE.has(req.method) && req.headers['x-csrf-token'] !== p.csrf) {
    sendProblem(reply, problem('forbidden', lang, { fr: "En-tête X-CSRF-Token absent ou faux (valeur : champ csrf de GET /v1/me).", nl: 'Header X-CSRF-Token ontbreekt of is fout (waarde: het veld csrf van GET /v1/me).', en: 'Missing or wrong X-CSRF-Token header (value: the csrf field of GET /v1/me).' }[lang]));
    return null;
  }
  if (role === 'admin' && p.role !== 'admin') {
    sendProblem(reply, problem('forbidden', lang, { fr: 'Réservé aux administrateurs.', nl: 'Enkel voor beheerders.', en: 'Administrators only.' }[lang]));
    return null;
  }
  return p;
}

/**
 * Runs a heavy task in the work pool: its value, or null with the problem sent (the request's own
 * 422, or 503 when the pool is full or the task ran out of its time budget).
 */
export async function heavy<T>(ctx: Ctx, req: FastifyRequest, reply: FastifyReply, task: WorkTask): Promise<T | null> {
  const start = process.hrtime.bigint();
  const r = await ctx.work.run(task);
  if (engineChannel.hasSubscribers) engineChannel.publish({ operation: task.kind, seconds: Number(process.hrtime.bigint() - start) / 1e9 } satisfies EngineTiming);
  if (r.ok) return r.value as T;
  if ('problem' in r) {
    sendProblem(reply, r.problem);
    return null;
  }
  const lang = requestLang(req);
  const s = ctx.limits.workMs / 1000;
  sendProblem(reply.header('retry-after', '10'), problem('unavailable', lang, r.refused === 'busy'
    ? { fr: 'Le serveur calcule déjà trop de demandes lourdes ; réessayez dans quelques secondes.', nl: 'De server berekent al te veel zware verzoeken; probeer het over enkele seconden opnieuw.', en: 'The server is already computing too many heavy requests; retry in a few seconds.' }[lang]
    : { fr: `Ce calcul a dépassé ${s} s et a été abandonné ; réessayez plus tard, avec moins d’opérations, ou utilisez recours batch.`, nl: `Deze berekening duurde langer dan ${s} s en werd afgebroken; probeer later opnieuw, met minder verrichtingen, of gebruik recours batch.`, en: `This computation took longer than ${s} s and was abandoned; retry later, with fewer transactions, or use recours batch.` }[lang]));
  return null;
}
