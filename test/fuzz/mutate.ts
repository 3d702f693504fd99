/**
 * Hostile inputs for fuzzing: public case files with one or more values replaced by arbitrary
 * JSON (odd types, huge numbers, control and bidi characters, long strings, deep nesting), keys
 * added or removed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { caseArb } from '../support/arbitraries.js';

const dir = new URL('../../../shared/caselaw/cases/', import.meta.url).pathname;
export const PUBLIC_CASES: unknown[] = readdirSync(dir).filter((f) => f.endsWith('.case.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));

const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '\u202e\u2066evil', '<script>alert(1)</script>', '../../etc/passwd', '2013-02-30', '2013-04-22T25:61+02:00', '-0', '1e400', 'NaN', '9'.repeat(400), 'x'.repeat(100_000)),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  hostileString,
  fc.constantFrom(null, true, 0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.1, [], {}, [[[[[]]]]]),
);

type Json = unknown;

function paths(v: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...prefix, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...prefix, k], out);
  return out;
}

function setAt(root: Json, path: (string | number)[], value: unknown, op: 'set' | 'delete' | 'add'): Json {
  if (path.length === 0) return op === 'set' ? value : root;
  const clone: Json = structuredClone(root);
  let cur = clone as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (op === 'delete') {
    if (Array.isArray(cur)) cur.splice(Number(last), 1);
    else delete cur[last];
  } else if (op === 'add' && cur && typeof cur === 'object' && !Array.isArray(cur)) cur[`extra_${String(last)}`] = value;
  else cur[last] = value;
  return clone;
}

const mutations = (base: fc.Arbitrary<unknown>) => fc
  .tuple(base, fc.array(fc.tuple(fc.nat(), hostileValue, fc.constantFrom('set', 'set', 'delete', 'add') as fc.Arbitrary<'set' | 'delete' | 'add'>), { minLength: 1, maxLength: 4 }))
  .map(([start, muts]) => {
    let c: Json = start;
    for (const [pick, value, op] of muts) {
      const all = paths(c);
      c = setAt(c, all[pick % all.length]!, value, op);
    }
    return c;
  });

/**
 * A public case with 1–4 hostile mutations, a generated valid case, or a generated case with one
 * mutation: over a third validate, so the engine, reports and letters behind the parser are reached.
 */
export const mutatedCase: fc.Arbitrary<unknown> = fc.oneof(
  mutations(fc.constantFrom(...PUBLIC_CASES)),
  caseArb,
  mutations(caseArb),
);

export const queryValue = fc.oneof(hostileString, fc.integer().map(String), fc.constantFrom('FR', 'BE', 'EU', 'true', 'false', '-title', 'title', '2020-01-01'));

/** Runs from FUZZ_RUNS (npm run fuzz) or the small CI budget. */
export const runs = (ci: number) => Number(process.env.FUZZ_RUNS ?? ci);
export const seed = Number(process.env.FUZZ_SEED ?? 20261201);
