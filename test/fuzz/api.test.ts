/**
 * Fuzzing the API: mutated case files into every engine endpoint and the registry (creates, and
 * updates at the version just read), hostile what-if changes (prototype segments among them) and
 * mutated imports, hostile query parameters into every listing. Never a 500, never a crash, and
 * every refusal is a problem that names its field. The oracle knows the right answer: a case file
 * the case parser accepts must be assessed, stored or updated (200/201), one it refuses must be a
 * 422 — so a server that refuses everything (as after the prototype pollution of C1) fails; and
 * after each hostile request a valid case is sent again and must still be assessed as before.
 * Seeded; CI runs a small budget, `npm run fuzz` a large one.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/db.js';
import { buildApp } from '../../src/server/app.js';
import type { App } from '../../src/server/context.js';
import { mutatedCase, PUBLIC_CASES, queryValue, runs, seed } from './mutate.js';
import { parseCase } from '../../src/case/parse.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let app: App;
let store: Store;
let caseId: string;
beforeAll(async () => {
  store = await openStore({ dataDir: mkdtempSync(join(tmpdir(), 'recours-fuzz-')) });
  app = await buildApp({ store, mode: 'local', webRoot: null });
  const { PUBLIC_CASES } = await import('./mutate.js');
  caseId = (await app.inject({ method: 'POST', url: '/v1/cases', payload: { case: PUBLIC_CASES[0] } })).json<{ id: string }>().id;
});
afterAll(async () => {
  await app.close();
  await store.close();
});

type Problem = { type: string; title: string; status: number; errors?: { pointer: string; message: string }[]; detail?: string };

function checkAnswer(status: number, type: string | undefined, body: string): void {
  expect(status).not.toBe(500);
  expect([200, 201, 400, 404, 409, 413, 415, 422]).toContain(status);
  if (status >= 400) {
    expect(type).toContain('application/problem+json');
    const p = JSON.parse(body) as Problem;
    expect(p.status).toBe(status);
    if (status === 422) {
      expect(p.errors?.length).toBeGreaterThan(0);
      for (const e of p.errors!) {
        expect(typeof e.pointer).toBe('string');
        expect(e.message.length).toBeGreaterThan(0);
      }
    } else expect((p.detail ?? p.errors?.[0]?.message ?? '').length).toBeGreaterThan(0);
  }
}

const ENGINE = ['/v1/assessments', '/v1/missing', '/v1/whatif'] as const;

/** What a correct server answers for this case file: accepted (2xx) or refused (422). */
const accepts = (c: unknown) => parseCase(c).ok && ((c as { transactions?: unknown[] }).transactions?.length ?? 0) <= 500;

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/** The reference answer for a valid case; every later answer for it must be the same. */
let reference = '';
async function stillSane(): Promise<void> {
  const res = await app.inject({ method: 'POST', url: '/v1/assessments', payload: { case: PUBLIC_CASES[0], as_of: '2026-12-01' } });
  expect(res.statusCode).toBe(200);
  if (!reference) reference = res.body;
  expect(res.body).toBe(reference);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
}

const SEGMENTS = ['__proto__', 'constructor', 'prototype', 'transactions', '0', '1', '99', 'amount', 'consented', 'incident', 'payer', 'kind', 'conduct', 'x'];
const whatIfPath = fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 4 }).chain((segs) => fc.constantFrom(segs.join('.'), `/${segs.join('/')}`));
const CHUNK = 10_000;

/**
 * A property run `total` times, as tests of at most 10 000 runs each (own seed each), so that the
 * large budget of `npm run fuzz` reports its progress and stays within the runner's timeouts.
 */
function fuzz(name: string, total: number, property: (numRuns: number, seed: number) => Promise<void>): void {
  const chunks = Math.ceil(total / CHUNK);
  for (let k = 0; k < chunks; k++)
    it(chunks > 1 ? `${name} [${k + 1}/${chunks}]` : name, () => property(Math.min(CHUNK, total - k * CHUNK), seed + k), 30 * 60_000);
}

describe('API fuzz', () => {
  fuzz('engine endpoints and the registry take any mutated case file without a 500', runs(300), async (numRuns, seed) => {
    await fc.assert(
      fc.asyncProperty(mutatedCase, fc.constantFrom(...ENGINE, '/v1/cases', 'PUT'), fc.constantFrom('fr', 'nl', 'en'), async (c, route, lang) => {
        let res;
        if (route === 'PUT') {
          // An update at the version just read: validated like a create, not refused as a conflict.
          const { version } = (await app.inject({ method: 'GET', url: `/v1/cases/${caseId}` })).json<{ version: number }>();
          res = await app.inject({ method: 'PUT', url: `/v1/cases/${caseId}?lang=${lang}`, payload: { version, case: c } });
        } else res = await app.inject({ method: 'POST', url: `${route}?lang=${lang}`, payload: { case: c } });
        checkAnswer(res.statusCode, res.headers['content-type'] as string | undefined, res.body);
        expect(res.statusCode, `${route}: ${accepts(c) ? 'a valid case refused' : 'an invalid case accepted'}`).toBe(accepts(c) ? (route === '/v1/cases' ? 201 : 200) : 422);
        if (!accepts(c)) await stillSane();
      }),
      { numRuns, seed },
    );
  });

  fuzz('what-if changes, prototype segments among them, are applied or refused by name, and leave the server sane', runs(200), async (numRuns, seed) => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ path: whatIfPath, value: fc.jsonValue({ maxDepth: 2 }) }), { minLength: 1, maxLength: 3 }), async (changes) => {
        const res = await app.inject({ method: 'POST', url: '/v1/whatif', payload: { case: PUBLIC_CASES[0], changes } });
        checkAnswer(res.statusCode, res.headers['content-type'] as string | undefined, res.body);
        if (changes.some((ch) => /(^|[./])(__proto__|constructor|prototype)([./]|$)/.test(ch.path))) expect(res.statusCode).toBe(422);
        if (res.statusCode === 422) expect(res.json<Problem>().errors!.every((e) => e.pointer.startsWith('/changes/') || e.pointer.startsWith('/case'))).toBe(true);
        await stillSane();
      }),
      { numRuns, seed },
    );
  });

  fuzz('imports of mutated exports are all or nothing, never a 500', runs(100), async (numRuns, seed) => {
    const exported = (await app.inject({ method: 'GET', url: `/v1/cases/${caseId}/export` })).json<{ cases: Record<string, unknown>[] }>();
    const entry = fc.record({
      version: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.constantFrom(2 ** 53 - 1, 3e9, 1.5)),
      at: fc.oneof(fc.constantFrom('2026-01-01T00:00:00Z', '2026-02-30T00:00:00Z', '9999-99-99', '<script>', '2026-01-01'), fc.string({ maxLength: 50 })),
      user: fc.string({ maxLength: 30 }), action: fc.constantFrom('create', 'update', 'approved-by-court'), changes: fc.constant([]),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ history: fc.array(entry, { maxLength: 3 }), created_at: fc.option(fc.string({ maxLength: 45 }), { nil: undefined }), case: fc.oneof(fc.constant(exported.cases[0]!.case), mutatedCase) }), { minLength: 1, maxLength: 3 }), async (cases) => {
        const before = (await app.inject({ method: 'GET', url: '/v1/cases?limit=1' })).json<{ total: number }>().total;
        const res = await app.inject({ method: 'POST', url: '/v1/import', payload: { format: 'recours.export/1', cases: cases.map((c) => ({ ...exported.cases[0], ...c })) } });
        checkAnswer(res.statusCode, res.headers['content-type'] as string | undefined, res.body);
        const after = (await app.inject({ method: 'GET', url: '/v1/cases?limit=1' })).json<{ total: number }>().total;
        expect(after - before).toBe(res.statusCode === 200 ? cases.length : 0);
        if (res.statusCode === 200) expect(cases.every((c) => accepts(c.case))).toBe(true);
      }),
      { numRuns, seed },
    );
  });

  fuzz('hostile query parameters are refused by name', runs(300), async (numRuns, seed) => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/v1/law', '/v1/precedents', '/v1/cases'),
        fc.dictionary(fc.constantFrom('at', 'jurisdiction', 'q', 'facts', 'limit', 'cursor', 'sort', 'status', 'archived', 'lang', 'zzz'), queryValue, { maxKeys: 4 }),
        async (path, query) => {
          const res = await app.inject({ method: 'GET', url: path, query });
          checkAnswer(res.statusCode, res.headers['content-type'] as string | undefined, res.body);
        },
      ),
      { numRuns, seed },
    );
  });

  fuzz('hostile bodies are refused by name', runs(300), async (numRuns, seed) => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(...ENGINE, '/v1/letters', '/v1/cases', '/v1/import'), async (body, route) => {
        const res = await app.inject({ method: 'POST', url: route, payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
        checkAnswer(res.statusCode, res.headers['content-type'] as string | undefined, res.body);
      }),
      { numRuns, seed },
    );
  });

  fuzz('letters of every kind render from any mutated case that validates', Math.max(60, Math.ceil(runs(60) / 50)), async (numRuns, seed) => {
    await fc.assert(
      fc.asyncProperty(mutatedCase, fc.constantFrom('claim', 'formal-notice', 'mediator', 'checklist'), fc.constantFrom('pdf', 'docx', 'md'), fc.constantFrom('fr', 'nl', 'en'), async (c, kind, format, lang) => {
        const res = await app.inject({ method: 'POST', url: '/v1/letters', payload: { case: c, kind, format, lang, as_of: '2026-12-01' } });
        checkAnswer(res.statusCode, res.headers['content-type'] as string | undefined, res.body);
        if (res.statusCode === 200 && format === 'pdf') expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      }),
      { numRuns, seed },
    );
  });
});
