/**
 * What changed between two JSON values, as JSON pointers with their old and new values (for the
 * history). Every change is kept: the case files compared are bounded by the body limit, and a
 * history that stops at some count would say less than it claims.
 */
import type { Change } from '../store/cases.js';

const escape = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function diff(before: unknown, after: unknown, path = '', out: Change[] = []): Change[] {
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let i = 0; i < Math.max(before.length, after.length); i++) diff(before[i], after[i], `${path}/${i}`, out);
  } else if (isObject(before) && isObject(after)) {
    for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) diff(before[k], after[k], `${path}/${escape(k)}`, out);
  } else if (JSON.stringify(before) !== JSON.stringify(after)) {
    out.push({ path, from: before ?? null, to: after ?? null });
  }
  return out;
}
