/**
 * The fast path agrees with the zod schema: on the public decisions and on their random mutations
 * (a value replaced, a key removed or added), it accepts exactly what the schema accepts, and an
 * accepted file is the schema's output unchanged.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseArb } from '../../test/support/arbitraries.js';
import { isValidCaseFile } from './fastPath.js';
import { CaseSchema } from './schema.js';
import * as vocabulary from './vocabulary.js';

const CASES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/caselaw/cases');
const files = readdirSync(CASES).filter((f) => f.endsWith('.case.json')).sort();
const cases: unknown[] = files.map((f) => JSON.parse(readFileSync(join(CASES, f), 'utf8')));

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every value found in the public cases, plus the edges the schema draws (lengths, dates, amounts, words). */
function valuePool(): Json[] {
  const pool: Json[] = [];
  const walk = (v: Json) => {
    pool.push(v);
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  (cases as Json[]).forEach(walk);
  const words = Object.values(vocabulary).filter(Array.isArray).flat() as string[];
  return [
    ...pool, ...words, 'lawyer', 'relative', 'FR', 'fr', 'BE ', 'recours.case/1', 'recours.case/2', '', 'x', 'x'.repeat(100), 'x'.repeat(101),
    'x'.repeat(200), 'x'.repeat(201), 'x'.repeat(1000), 'x'.repeat(1001), '2024', '2024-02-29', '2023-02-29', '2024-13', '2024-01-01/2023-01-01',
    '2013-04-22T17:43+02:00', '2013-04-22T24:00+02:00', '2013/2016/2017', '0', '0.00', '1.005', '12.5', '-3', 12.5, 0, -1, 1e15, 0.001, true, false,
    null, [], {}, [null], Array.from({ length: 11 }, () => 'a'),
  ];
}

/** Every key name of the public cases, and one the schema does not know. */
const KEYS = [...new Set(JSON.stringify(cases).match(/"[a-z_]+":/g)!.map((k) => k.slice(1, -2))), 'extra', 'toString'];

/** Paths to every object and array in a value. */
function containers(v: Json, path: (string | number)[] = []): (string | number)[][] {
  if (!v || typeof v !== 'object') return [];
  const out = [path];
  for (const [k, x] of Object.entries(v)) out.push(...containers(x, [...path, Array.isArray(v) ? Number(k) : k]));
  return out;
}

function mutate(c: Json, pick: number, op: number, value: Json): Json {
  const copy = structuredClone(c);
  const paths = containers(copy);
  let target: Json = copy;
  for (const k of paths[pick % paths.length]!) target = (target as Record<string, Json>)[k]!;
  if (Array.isArray(target)) {
    if (op === 0) target.push(value);
    else if (op === 1) target.splice(0, target.length);
    else if (target.length) target[pick % target.length] = value;
  } else if (target && typeof target === 'object') {
    const keys = Object.keys(target);
    if (op === 0 || !keys.length) target[KEYS[pick % KEYS.length]!] = value;
    else if (op === 1) delete target[keys[pick % keys.length]!];
    else target[keys[pick % keys.length]!] = value;
  }
  return copy;
}

function agrees(input: unknown): void {
  const zod = CaseSchema.safeParse(input);
  expect(isValidCaseFile(input), JSON.stringify(zod.success ? 'zod accepts' : zod.error.issues[0])).toBe(zod.success);
  if (zod.success) expect(zod.data).toEqual(input);
}

describe('fast path of case validation', () => {
  it('takes every public decision', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      expect(isValidCaseFile(c)).toBe(true);
      agrees(c);
    }
  });
  it('accepts exactly what the schema accepts on generated cases', () => {
    fc.assert(fc.property(caseArb, (c) => agrees(JSON.parse(JSON.stringify(c)))), { numRuns: 300, seed: 20261204 });
  });
  it('accepts exactly what the schema accepts on mutated public decisions', () => {
    const pool = valuePool();
    const value = fc.oneof(fc.constantFrom(...pool), fc.jsonValue() as fc.Arbitrary<Json>);
    const mutation = fc.tuple(fc.nat(cases.length - 1), fc.nat(10_000), fc.nat(2), value);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (steps) => {
        let c = cases[steps[0]![0]] as Json;
        for (const [, pick, op, v] of steps) c = mutate(c, pick, op, v);
        agrees(c);
      }),
      { numRuns: 3000, seed: 20261204 },
    );
  });
  it('draws the schema\'s length and pattern bounds where it does', () => {
    const long = (n: number) => 'x'.repeat(n);
    const edges: Record<string, Json>[] = [];
    for (const [key, max] of [['account', 100], ['card', 100], ['customer_number', 100], ['blocking_reference', 100], ['place', 200]] as const)
      edges.push({ [key]: long(max) }, { [key]: long(max + 1) });
    for (const residence of ['BE', 'be', 'BEL', null]) edges.push({ residence });
    for (const n of [1000, 1001]) edges.push({ holder: { name: long(n), address: [long(n)] } }, { representative: { name: long(n), capacity: 'lawyer' } });
    edges.push({ police_report: { authority: long(200) } }, { police_report: { authority: long(201), reference: long(100) } }, { police_report: { reference: long(101) } });
    edges.push({ mediator: { address: Array.from({ length: 10 }, () => 'a') } }, { bank: { address: Array.from({ length: 11 }, () => 'a') } });
    for (const parties of edges) agrees({ ...(cases[0] as object), parties });
  });
  it('sends input the schema alone judges to the schema: a key set to undefined, an object of another class', () => {
    const c = structuredClone(cases[0]) as Record<string, unknown>;
    expect(isValidCaseFile({ ...c, as_of: undefined })).toBe(false);
    expect(isValidCaseFile(Object.assign(Object.create({ inherited: 1 }), c))).toBe(false);
  });
});
