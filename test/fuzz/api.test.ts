/**
 * Fuzzing the API: mutated case files into every engine endpoint and the registry, hostile query
 * parameters into every listing. Never a 500, never a crash, and every refusal is a problem that
 * names its field. Seeded; CI runs a small budget, `npm run fuzz` a large one.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/db.js';
import { buildApp } from '../../src/server/app.js';
import type { App } from '../../src/server/context.js';
import { mutatedCase, queryValue, runs, seed } from './mutate.js';
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
        const res = route === 'PUT'
          ? await app.inject({ method: 'PUT', url: `/v1/cases/${caseId}?lang=${lang}`, payload: { version: 999, case: c } })
          : await app.inject({ method: 'POST', url: `${route}?lang=${lang}`, payload: { case: c } });
        checkAnswer(res.statusCode, res.headers['content-type'] as string | undefined, res.body);
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
