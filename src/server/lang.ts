/** The language of a request: `?lang=`, else the first of Accept-Language we speak, else French. */
import type { FastifyRequest } from 'fastify';

export type Lang = 'fr' | 'nl' | 'en';
const LANGS: readonly Lang[] = ['fr', 'nl', 'en'];

export function requestLang(req: FastifyRequest): Lang {
  const q = (req.query as Record<string, unknown> | undefined)?.lang;
  if (typeof q === 'string' && (LANGS as readonly string[]).includes(q)) return q as Lang;
  const header = req.headers['accept-language'];
  if (typeof header === 'string')
    for (const part of header.split(',')) {
      const code = part.trim().slice(0, 2).toLowerCase();
      if ((LANGS as readonly string[]).includes(code)) return code as Lang;
    }
  return 'fr';
}
