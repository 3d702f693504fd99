/**
 * Temporal coverage (as catala-examples' tests_couverture_temporelle): sweep every legal day from
 * 16 Nov 2001 to today; each jurisdiction has exactly one regime in force, and each article exactly
 * one version from its first day to its last (or today). Run under every assumption that reshapes
 * the regimes.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS, DEFAULT_ASSUMPTIONS } from '../../src/law/assumptions.js';
import { allArticles, versionAt } from '../../src/law/index.js';
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

const dayBefore = (day: string) => Temporal.PlainDate.from(day).subtract({ days: 1 }).toString();

describe('every boundary: the day before and the day of', () => {
  const variants = ASSUMPTIONS.be_sca_rule_from.values.flatMap((sca) =>
    ASSUMPTIONS.be_psd2_gap.values.map((gap) => ({ ...DEFAULT_ASSUMPTIONS, be_sca_rule_from: sca, be_psd2_gap: gap })),
  );
  for (const a of variants)
    for (const j of ['FR', 'BE'] as const)
      it(`${j}: each regime entry governs from its first day, its predecessor the day before (be_sca_rule_from=${a.be_sca_rule_from}, be_psd2_gap=${a.be_psd2_gap})`, () => {
        const list = regimesOf(j, a);
        const inForce = (d: string) => list.filter((r) => r.from <= d && (r.to === null || r.to >= d));
        for (let i = 1; i < list.length; i++) {
          const r = list[i]!;
          expect(inForce(dayBefore(r.from)), `${j} ${dayBefore(r.from)}`).toEqual([list[i - 1]]);
          expect(inForce(r.from), `${j} ${r.from}`).toEqual([r]);
        }
      });

  it('every article version: in force from its first day, the previous one the day before', () => {
    for (const art of allArticles())
      for (let i = 1; i < art.versions.length; i++) {
        const v = art.versions[i]!;
        expect(versionAt(art, dayBefore(v.from)), `${art.id} ${dayBefore(v.from)}`).toBe(art.versions[i - 1]);
        expect(versionAt(art, v.from), `${art.id} ${v.from}`).toBe(v);
      }
  });

  // The boundaries of the corrections of 4 December 2026 (../shared/law/fr.md, be-eu.md): each exists as a dated entry.
  it.each([
    ['fr.cmf.L133-1', '2010-07-03'], ['fr.cmf.L133-1', '2013-01-30'], ['fr.cmf.L133-1', '2013-09-01'], ['fr.cmf.L133-1', '2014-01-01'],
    ['fr.cmf.L133-1', '2014-02-22'], ['fr.cmf.L133-2', '2010-07-03'], ['fr.cmf.L133-1-1', '2010-07-03'], ['fr.cmf.L133-1-1', '2014-01-01'],
    ['be.loi-2002-07-17.art-8', '2003-02-01'],
  ] as const)('%s has a version from %s', (id, day) => {
    const art = allArticles().find((x) => x.id === id)!;
    expect(art.versions.some((v) => v.from === day)).toBe(true);
  });
  it.each(['fr.cmf.L132-2', 'fr.cmf.L132-3', 'fr.cmf.L132-4', 'fr.cmf.L132-5', 'fr.cmf.L132-6'])('%s last applies on 31/10/2009, not on 01/11/2009', (id) => {
    const art = allArticles().find((x) => x.id === id)!;
    expect(inForceOn(art, '2009-10-31')).toBe(true);
    expect(inForceOn(art, '2009-11-01')).toBe(false);
  });
  it.each([
    ['BE', '2003-02-01', 'be.pre-2003', 'be.loi-2002-07-17'],
    ['BE', '2018-02-01', 'be.cde-2014', 'be.cde-2014'],
    ['FR', '2009-11-01', 'fr.cmf-l132', 'fr.cmf-2009'],
  ] as const)('%s %s: %s the day before, %s that day', (j, day, before, on) => {
    const id = (d: string) => regimesOf(j, DEFAULT_ASSUMPTIONS).filter((r) => r.from <= d && (r.to === null || r.to >= d)).map((r) => r.id);
    expect(id(dayBefore(day))).toEqual([before]);
    expect(id(day)).toEqual([on]);
    expect(regimesOf(j, DEFAULT_ASSUMPTIONS).some((r) => r.from === day)).toBe(true);
  });
});

const inForceOn = (art: ReturnType<typeof allArticles>[number], d: string) => art.versions.some((v) => v.from <= d && (v.to === null || v.to >= d));

describe('legal interest boundaries', () => {
  it('Belgium 2010: 5.50 % on 31 Dec 2009, 3.25 % from 1 Jan 2010 (corrections of 4 December 2026)', async () => {
    const { legalRate } = await import('../../src/interest/legalRate.js');
    expect(legalRate('BE', 'consumer', '2009-12-31')?.bp).toBe(550);
    expect(legalRate('BE', 'consumer', '2010-01-01')?.bp).toBe(325);
    expect(legalRate('BE', 'consumer', '2010-12-31')?.bp).toBe(325);
    expect(legalRate('BE', 'consumer', '2011-01-01')?.bp).toBe(375);
  });
});
