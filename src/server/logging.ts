/**
 * The server's log: JSON lines (pino, fastify's own logger), each with the request's id. With
 * `--log` every request is logged; without, only internal errors (a 500 says it was logged, so it
 * is). Never personal data: no bodies, cookies, tokens or passwords, and URLs without their query
 * string, which holds search terms (`?q=Jeanne Dupont`).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A caller's `X-Request-Id` (a proxy's, say) is kept if it is a plain token; otherwise one is made. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** The path without the query string. */
export const pathOf = (url: string | undefined): string => (url ?? '').split('?')[0]!;

export function loggerOptions(everyRequest: boolean, stream: NodeJS.WritableStream) {
  return {
    level: everyRequest ? 'info' : 'error' as string,
    stream,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', 'req.body.password'],
    serializers: {
      req: (req: FastifyRequest) => ({ method: req.method, url: pathOf(req.url), route: req.routeOptions?.url, remoteAddress: req.ip }),
      // Type, code and stack: a driver's detail can quote the values of a row.
      err: (err: Error & { code?: unknown }) => ({ type: err.name, code: err.code, message: err.message, stack: err.stack ?? '' }),
    },
  };
}

/** Every answer carries its request id, so that a user's report can be found in the log. */
export async function echoRequestId(req: FastifyRequest, reply: FastifyReply): Promise<void> {
  reply.header('x-request-id', req.id);
}
