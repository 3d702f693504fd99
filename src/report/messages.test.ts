import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './messages.js';
import { CONDUCT } from '../caselaw/conduct.js';
import { CHAIN } from '../engine/transaction.js';

describe('report messages', () => {
  it('every locale has every message (parity)', () => {
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k])).sort();
    const [fr, ...rest] = Object.values(CATALOGUES).map(keys);
    for (const other of rest) expect(other).toEqual(fr);
  });
  it('every rule of the chain has a sentence in every locale', () => {
    for (const cat of Object.values(CATALOGUES))
      for (const rule of CHAIN) expect(Object.keys(cat.rules).some((k) => k.startsWith(`${rule.id}:`)), rule.id).toBe(true);
  });
  it('every conduct fact has its reason in French, Dutch and English', () => {
    for (const e of Object.values(CONDUCT)) for (const lang of ['fr', 'nl', 'en'] as const) expect(e.reason[lang].length, `${e.fact} ${lang}`).toBeGreaterThan(10);
  });
});
