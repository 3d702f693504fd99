/**
 * Golden tests generated from ../shared/caselaw/cases: every decision is a test. A disagreement the
 * engine cannot yet settle must be listed, with its reason, in known-gaps.json; such a gap is printed
 * and checked to still be a disagreement (so the list cannot go stale), never silently skipped.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCaseText } from '../../src/case/parse.js';
import { assess } from '../../src/engine/assess.js';
import type { Assessment } from '../../src/engine/types.js';

const here = dirname(fileURLToPath(import.meta.url));
const CASES = resolve(here, '../../../shared/caselaw/cases');
const GAPS: { id: string; field: string; reason: string }[] = JSON.parse(readFileSync(join(here, 'known-gaps.json'), 'utf8'));

interface Expect {
  gross_negligence: boolean | null;
  payer_wins: boolean | null;
  refund_due: string | null;
  payer_bears: string | null;
  outcome: string | null;
}

function agrees(field: keyof Expect, want: unknown, a: Assessment): boolean {
  switch (field) {
    case 'gross_negligence':
      return a.gross_negligence.finding === (want ? 'established' : 'not_established');
    case 'payer_wins':
      return Number(a.totals.refund_due) > 0 === want;
    case 'refund_due':
    case 'payer_bears':
      return a.totals[field] === want;
    case 'outcome':
      return a.outcome === want;
  }
}

describe('case law of ../shared/caselaw', () => {
  it('finds the shared case folder', () => {
    expect(existsSync(CASES), `${CASES} is missing: the golden tests need ../shared beside the repository`).toBe(true);
  });
  const files = existsSync(CASES) ? readdirSync(CASES).filter((f) => f.endsWith('.case.json')).sort() : [];
  it('has cases to check', () => expect(files.length).toBeGreaterThan(0));
  if (GAPS.length) console.log(`known gaps (${GAPS.length}):\n` + GAPS.map((g) => `  ${g.id} ${g.field}: ${g.reason}`).join('\n'));

  for (const file of files) {
    const id = file.replace('.case.json', '');
    const expected = JSON.parse(readFileSync(join(CASES, `${id}.expect.json`), 'utf8')) as { expect: Expect };
    it(id, () => {
      const parsed = parseCaseText(readFileSync(join(CASES, file), 'utf8'));
      expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.errors)).toBe(true);
      if (!parsed.ok) return;
      const a = assess(parsed.value);
      expect(a.totals.refund_due).toMatch(/^\d+\.\d{2}$/);
      for (const [field, want] of Object.entries(expected.expect) as [keyof Expect, unknown][]) {
        if (want === null) continue;
        const gap = GAPS.find((g) => g.id === id && g.field === field);
        const ok = agrees(field, want, a);
        if (gap) expect(ok, `${id} ${field} is listed as a known gap but now agrees: remove it from known-gaps.json`).toBe(false);
        else expect(ok, `${id} ${field}: expected ${JSON.stringify(want)}; got outcome ${a.outcome}, finding ${a.gross_negligence.finding}, totals ${JSON.stringify(a.totals)}`).toBe(true);
      }
    });
  }
});
