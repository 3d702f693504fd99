/**
 * Paths from outside — what-if changes (`/notification/at`, `transactions.*.sca`), the CLI's `--set` —
 * name fields of the case file and nothing else: never an object's prototype (`__proto__`,
 * `constructor`, `prototype`), never a list entry that does not exist.
 */
export const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A JSON pointer (RFC 6901, `~1` and `~0` unescaped) or a dotted path, as its segments. */
export function segmentsOf(path: string): string[] {
  return path.startsWith('/') ? path.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')) : path.split('.');
}

/** The first forbidden segment of a path, if any. */
export const forbiddenSegment = (segments: readonly string[]): string | undefined => segments.find((s) => FORBIDDEN_SEGMENTS.has(s));

/** A list index as the path gives it: digits only, within the list. */
export const isIndexOf = (list: readonly unknown[], segment: string): boolean => /^(0|[1-9]\d*)$/.test(segment) && Number(segment) < list.length;
