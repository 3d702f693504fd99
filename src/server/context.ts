/** What every route module is given: the store, the mode, the limits, and who is calling. */
import type { FastifyInstance, FastifyReply, FastifyRequest, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import type {} from '@fastify/cookie';
import type { Store } from '../store/db.js';
import type { Principal } from '../store/users.js';
import type { LetterRenderer } from './letters.js';
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
}

export const DEFAULT_LIMITS: Limits = { bodyBytes: 1_048_576, transactions: 500, ratePerMinute: 600, requestTimeoutMs: 30_000 };

export interface Ctx {
  store: Store;
  mode: 'local' | 'multi';
  limits: Limits;
  letters: LetterRenderer;
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
