/**
 * Request validation with the routes' zod schemas. A `case` member is only checked to be present
 * here: the case parser validates it afterwards, with every error at once in the caller's
 * language. Failures become problem details in the error handler, where the language is known.
 */
import { z } from 'zod';
import type { FastifySchemaCompiler } from 'fastify';

export class RequestFieldsError extends Error {
  readonly statusCode = 422;
  constructor(readonly part: 'body' | 'querystring' | 'params' | 'headers', readonly zodError: z.ZodError, readonly input: unknown) {
    super('invalid request');
  }
}

function runtimeSchema(schema: z.ZodType): z.ZodType {
  if (!(schema instanceof z.ZodObject) || !('case' in schema.shape)) return schema;
  const member = schema.shape.case as z.ZodType;
  return schema.extend({ case: member.safeParse(undefined).success ? z.unknown().optional() : z.unknown() });
}

export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart }) => {
  const s = runtimeSchema(schema);
  const part = (httpPart ?? 'body') as RequestFieldsError['part'];
  return (data: unknown) => {
    const r = s.safeParse(data);
    return r.success ? { value: r.data } : { error: new RequestFieldsError(part, r.error, data) };
  };
};
