/**
 * Temporal coverage (as catala-examples' tests_couverture_temporelle): sweep every legal day from
 * 16 Nov 2001 to today; each jurisdiction has exactly one regime in force, and each article exactly
 * one version from its first day to its last (or today). Run under every assumption that reshapes
 * the regimes.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS, DEFAULT_ASSUMPTIONS } from '../../src/law/assumptions.js';
import { allArticles } from '../../src/law/index.js';
import { regimesOf } from '../../src/law/regimes.js';

const FIRST = '2001-11-16';
const TODAY = Temporal.Now.plainDateISO('Europe/Paris').toString();

function* days(from: string, to: string): Generator<string> {
  for (let d = Temporal.PlainDate.from(from); Temporal.PlainDate.compare(d, Temporal.PlainDate.from(to)) <= 0; d = d.add({ days: 1 }))
    yield d.toString();
}

describe('temporal coverage', () => {
  const variants = ASSUMPTIONS.be_sca_rule_from.values.flatMap((sca) =>
    ASSUMPTIONS.be_psd2_gap.values.map((gap) => ({ ...DEFAULT_ASSUMPTIONS, be_sca_rule_from: sca, be_psd2_gap: gap })),
  );
  for (const a of variants)
    for (const j of ['FR', 'BE'] as const)
      it(`${j}: exactly one regime each day from ${FIRST} to ${TODAY} (be_sca_rule_from=${a.be_sca_rule_from}, be_psd2_gap=${a.be_psd2_gap})`, () => {
        const regimes = regimesOf(j, a);
        const bad: string[] = [];
        for (const d of days(FIRST, TODAY)) {
          const n = regimes.filter((r) => r.from <= d && (r.to === null || r.to >= d)).length;
          if (n !== 1) bad.push(`${d}: ${n}`);
        }
        expect(bad.slice(0, 5)).toEqual([]);
      });

  it('every article: exactly one version each day of its life', () => {
    const bad: string[] = [];
    for (const art of allArticles()) {
      const first = art.versions[0]!.from;
      const last = art.versions[art.versions.length - 1]!.to ?? TODAY;
      const start = first > FIRST ? first : FIRST;
      for (const d of days(start, last)) {
        const n = art.versions.filter((v) => v.from <= d && (v.to === null || v.to >= d)).length;
        if (n !== 1) {
          bad.push(`${art.id} ${d}: ${n}`);
          break;
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('every article a regime cites exists and is in force during the regime', () => {
    const ids = new Set(allArticles().map((x) => x.id));
    const bad: string[] = [];
    for (const j of ['FR', 'BE'] as const)
      for (const r of regimesOf(j, DEFAULT_ASSUMPTIONS))
        for (const id of Object.values(r.articles)) {
          if (id === null) continue;
          if (!ids.has(id)) bad.push(`${r.id}: ${id} missing`);
          const art = allArticles().find((x) => x.id === id);
          const to = r.to ?? TODAY;
          if (art && !art.versions.some((v) => v.from <= r.from && (v.to === null || v.to >= r.from)) && !art.versions.some((v) => v.from <= to && (v.to === null || v.to >= to)))
            bad.push(`${r.id} (${r.from}–${to}): ${id} not in force`);
        }
    expect(bad).toEqual([]);
  });
});

describe('legal interest rates', () => {
  it('France: both rates defined for every half-year from 2015 S1 to the last published one, without overlap', async () => {
    const { LEGAL_RATE_TABLES } = await import('../../src/interest/legalRate.js');
    const rates = LEGAL_RATE_TABLES.fr.rates;
    expect(rates[0]!.from).toBe('2015-01-01');
    for (let i = 0; i < rates.length; i++) {
      const r = rates[i]!;
      expect(r.from.slice(5) === '01-01' ? r.to.slice(5) : r.from.slice(5), r.from).toBe(r.from.slice(5) === '01-01' ? '06-30' : '07-01');
      if (i > 0) expect(Temporal.PlainDate.from(rates[i - 1]!.to).add({ days: 1 }).toString()).toBe(r.from);
      expect(r.consumer).toMatch(/^\d+\.\d{2}$/);
      expect(r.other).toMatch(/^\d+\.\d{2}$/);
    }
  });
  it('Belgium: a rate for every year from 2008 to the last published one', async () => {
    const { LEGAL_RATE_TABLES } = await import('../../src/interest/legalRate.js');
    const years = LEGAL_RATE_TABLES.be.rates.map((r) => Number(r.from.slice(0, 4)));
    expect(years).toEqual(Array.from({ length: years.length }, (_, i) => 2008 + i));
  });
});
