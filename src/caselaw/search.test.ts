import { describe, expect, it } from 'vitest';
import { searchPrecedents, similarPrecedents } from './search.js';
import { PRECEDENTS } from './precedents.js';
import { validCase } from '../../test/support/build.js';

describe('precedents', () => {
  it('ships the shared case law and the decisions of the research, with unique ids', () => {
    const ids = PRECEDENTS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(PRECEDENTS.filter((p) => p.source === 'caselaw').length).toBe(38);
    expect(PRECEDENTS.some((p) => p.reference?.includes('23-16.267'))).toBe(true);
  });
  it('otp_disclosed with caller_id_spoofed: Cass. com. 23 oct. 2024 among the first results', () => {
    const top = searchPrecedents({ facts: ['otp_disclosed', 'caller_id_spoofed'], limit: 5 });
    expect(top.map((p) => p.id)).toContain('fr-cass-com-2024-10-23-23-16267');
    expect(top[0]!.matched.some((m) => m.startsWith('fact otp_disclosed'))).toBe(true);
  });
  it('full text folds accents and reads French, Dutch and English words', () => {
    expect(searchPrecedents({ query: 'negligence hameconnage' }).length).toBeGreaterThan(0);
    expect(searchPrecedents({ query: 'pincode afgekeken', jurisdiction: 'BE' }).map((p) => p.jurisdiction)).not.toContain('FR');
    expect(searchPrecedents({ query: 'pincode afgekeken', jurisdiction: 'BE' }).length).toBeGreaterThan(0);
    expect(searchPrecedents({ query: 'spoofed' }).length).toBeGreaterThan(0);
  });
  it('similar cases put the same jurisdiction first and explain the ranking', () => {
    const c = validCase({ jurisdiction: 'BE', conduct: [{ fact: 'same_pin_multiple_cards', status: 'alleged' }] });
    const list = similarPrecedents(c, 5);
    expect(list[0]!.jurisdiction).toBe('BE');
    expect(list[0]!.matched).toContain('jurisdiction BE');
    expect(list.every((p, i) => i === 0 || p.score <= list[i - 1]!.score)).toBe(true);
  });
});

describe('precedents added on 4 December 2026 (issue 15 item 6)', () => {
  const ids = ['fr-cjue-2024-07-11-c-409-22', 'fr-ca-rouen-2025-09-11-24-04274', 'fr-ca-besancon-2025-09-16-24-01218', 'fr-cass-com-2025-07-02-24-16590', 'fr-cass-com-2026-03-04-24-19588'];
  it('each has its date, source and summaries in French, Dutch and English, and says how far it was read', () => {
    for (const id of ids) {
      const p = PRECEDENTS.find((x) => x.id === id);
      expect(p, id).toBeDefined();
      expect(p!.date, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p!.urls.length, id).toBeGreaterThan(0);
      for (const lang of ['fr', 'nl', 'en'] as const) expect((p!.summary[lang] ?? '').length, `${id} ${lang}`).toBeGreaterThan(40);
      expect(p!.confidence, id).toBe('reported');
    }
  });
  it('Cass. com. 30 avril 2025 n° 24-13.663 is left out: it could not be found in any source read', () => {
    expect(PRECEDENTS.some((p) => (p.reference ?? '').includes('24-13.663'))).toBe(false);
  });
});
