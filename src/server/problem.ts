/**
 * Errors as RFC 9457 problem details (`application/problem+json`). Field errors carry JSON
 * pointers into the request: `/case/...` for a case-file field, `/query/<name>` for a query
 * parameter. Nothing internal (stack, SQL) ever reaches the client.
 */
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { CaseError } from '../case/errors.js';
import { fromZodIssues } from '../case/errors.js';
import type { Lang } from './lang.js';

export interface FieldError { pointer: string; code: string; message: string; expected?: string }

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

export const PROBLEM_TYPES = {
  invalid: 'https://recours.eu/problems/invalid-request',
  not_found: 'https://recours.eu/problems/not-found',
  conflict: 'https://recours.eu/problems/version-conflict',
  last_admin: 'https://recours.eu/problems/last-admin',
  unauthorised: 'https://recours.eu/problems/unauthenticated',
  forbidden: 'https://recours.eu/problems/forbidden',
  too_large: 'https://recours.eu/problems/too-large',
  rate_limited: 'https://recours.eu/problems/rate-limited',
  timeout: 'https://recours.eu/problems/timeout',
  unsupported: 'https://recours.eu/problems/unsupported-media-type',
  unavailable: 'https://recours.eu/problems/unavailable',
  internal: 'https://recours.eu/problems/internal',
} as const;

export type ProblemKind = keyof typeof PROBLEM_TYPES;

const TITLES: Record<ProblemKind, { status: number; fr: string; en: string; nl: string }> = {
  invalid: { status: 422, fr: 'La demande est invalide', en: 'The request is invalid', nl: 'Het verzoek is ongeldig' },
  not_found: { status: 404, fr: 'Introuvable', en: 'Not found', nl: 'Niet gevonden' },
  conflict: { status: 409, fr: 'Le dossier a été modifié entre-temps', en: 'The case was changed in the meantime', nl: 'Het dossier is intussen gewijzigd' },
  last_admin: { status: 409, fr: "L'organisation n'aurait plus d'administrateur", en: 'The organisation would have no administrator left', nl: 'De organisatie zou geen beheerder meer hebben' },
  unauthorised: { status: 401, fr: 'Authentification requise', en: 'Authentication required', nl: 'Aanmelding vereist' },
  forbidden: { status: 403, fr: 'Accès refusé', en: 'Forbidden', nl: 'Toegang geweigerd' },
  too_large: { status: 413, fr: 'Demande trop volumineuse', en: 'Request too large', nl: 'Verzoek te groot' },
  rate_limited: { status: 429, fr: 'Trop de demandes', en: 'Too many requests', nl: 'Te veel verzoeken' },
  timeout: { status: 408, fr: "La demande n'est pas arrivée à temps", en: 'The request did not arrive in time', nl: 'Het verzoek kwam niet op tijd aan' },
  unsupported: { status: 415, fr: 'Type de contenu non pris en charge', en: 'Unsupported content type', nl: 'Inhoudstype niet ondersteund' },
  unavailable: { status: 503, fr: 'Service momentanément indisponible', en: 'Service temporarily unavailable', nl: 'Dienst tijdelijk niet beschikbaar' },
  internal: { status: 500, fr: 'Erreur interne', en: 'Internal error', nl: 'Interne fout' },
};

export function problem(kind: ProblemKind, lang: Lang, detail?: string, errors?: FieldError[], extra: Record<string, unknown> = {}): Problem {
  const t = TITLES[kind];
  return { type: PROBLEM_TYPES[kind], title: t[lang], status: t.status, ...(detail ? { detail } : {}), ...(errors ? { errors } : {}), ...extra };
}

export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.code(p.status).type('application/problem+json').send(p);
}

/** Case-file errors moved under the body member that held the case file. */
export const underPointer = (prefix: string, errors: readonly CaseError[]): FieldError[] =>
  errors.map((e) => ({ pointer: `${prefix}${e.pointer}`, code: e.code, message: e.message, ...(e.expected ? { expected: e.expected } : {}) }));

/** A zod failure on part of a request (body, query, params), with pointers into that part. */
export function fromZod(part: 'body' | 'querystring' | 'params' | 'headers', error: z.ZodError, input: unknown, lang: Lang): FieldError[] {
  const prefix = part === 'body' ? '' : part === 'querystring' ? '/query' : `/${part}`;
  return underPointer(prefix, fromZodIssues(error.issues, input, lang));
}
