/**
 * The rules' data, and their consistency with the decisions they cite: a decision cited for a rule
 * that is grave in itself comes out grave, one cited for an excuse or an imprudence does not. The
 * decisions check the rules; they do not decide (the engine never reads an outcome from them).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../case/parse.js';
import { assess } from '../../engine/assess.js';
import { AUTHORITIES, type AuthorityId } from './authorities.js';
import { GN_RULES } from './rules.js';

const CASES = new URL('../../../../shared/caselaw/cases/', import.meta.url);
const GAPS: { id: string; field: string }[] = JSON.parse(readFileSync(new URL('../../../test/golden/known-gaps.json', import.meta.url), 'utf8'));

/** The public case file of each cited decision that has one. */
const CASE_OF: Partial<Record<AuthorityId, string>> = {
  cass_2010_09_21: 'fr-cass-com-2010-09-21-arret-870',
  cass_2012_10_16: 'fr-cass-com-2012-10-16-11-19981',
  cass_2014_04_29: 'fr-cass-com-2014-04-29-arret-420',
  cass_2025_06_12: 'fr-cass-com-2025-06-12-24-13777',
  ca_angers_2026_01_27: 'fr-ca-angers-2026-01-27-21-02328',
  ca_paris_2025_05_22_a: 'fr-ca-paris-2025-05-22-24-02286',
  ca_paris_2025_05_22_b: 'fr-ca-paris-2025-05-22-24-02984',
  ca_versailles_2025_06_19: 'fr-ca-versailles-2025-06-19-24-02614',
  ca_douai_2025_03_06: 'fr-ca-douai-2025-03-06-caisse-epargne-2095',
  tj_marseille_2025_09_11: 'fr-tj-marseille-2025-09-11-23-06916',
  tj_paris_2024_04_04: 'fr-tj-paris-2024-04-04-nadgatimo-qonto',
  tj_paris_2024_04_25: 'fr-tj-paris-2024-04-25-22-11004',
  tj_paris_2024_11_12: 'fr-tj-paris-2024-11-12-coursier-carte',
  tj_lyon_2021_11_30: 'fr-tj-lyon-2021-11-30-19-00506',
  civ_bruxelles_2025_02_18: 'be-civ-bruxelles-fr-2025-02-18',
  ondernemingsrb_brussel_2025_03_13: 'be-ondernemingsrb-brussel-nl-2025-03-13',
  comm_mons_2011_04_28: 'be-comm-mons-2011-04-28',
  ombudsfin_2013_1876: 'be-ombudsfin-2014-03-18-2013-1876',
  ombudsfin_2016_3121: 'be-ombudsfin-2017-06-20-2016-3121',
  ombudsfin_cas_vecu: 'be-ombudsfin-undated-cas-vecus-femme-enceinte-78',
};

function finding(id: string): string {
  const r = parseCase(JSON.parse(readFileSync(new URL(`${id}.case.json`, CASES), 'utf8')));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return assess(r.value).gross_negligence.finding;
}

describe('gross-negligence rules as data', () => {
  it('every rule has a unique id, a period, a breach, its text in French, Dutch and English and at least one authority or basis', () => {
    expect(new Set(GN_RULES.map((r) => r.id)).size).toBe(GN_RULES.length);
    for (const r of GN_RULES) {
      expect(r.from, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.breach.length, r.id).toBeGreaterThan(0);
      for (const lang of ['fr', 'nl', 'en'] as const) expect(r.text[lang].length, `${r.id} ${lang}`).toBeGreaterThan(40);
      expect(r.authorities.length, r.id).toBeGreaterThan(0);
    }
  });
  it('only the split case law of a counter-fact makes a rule contested, and it names the decisions on each side', () => {
    for (const r of GN_RULES)
      for (const d of r.unless)
        for (const k of d.counters) if (k.effect === 'contested') expect(k.authorities.length, `${r.id} ${k.fact}`).toBeGreaterThan(0);
  });
  it('every authority is dated and cited with its court', () => {
    for (const [id, a] of Object.entries(AUTHORITIES)) {
      expect(a.date, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(a.cite, id).toMatch(/^(Cass\.|CA |TJ |CJUE|Antwerpen|Bruxelles|Civ\.|Comm\.|Ondernemingsrb\.|Ombudsfin)/);
    }
  });
});

describe('the decisions cited agree with the rules that cite them', () => {
  const gap = (id: string) => GAPS.some((g) => g.id === id && g.field === 'gross_negligence');
  for (const r of GN_RULES) {
    const grave = r.gravity.kind === 'per_se';
    if (grave)
      for (const a of r.authorities) {
        const id = CASE_OF[a];
        if (!id || gap(id)) continue;
        it(`${r.id}: ${AUTHORITIES[a].cite} comes out grave`, () => expect(finding(id)).toBe('established'));
      }
    const excusing = [...(r.gravity.kind === 'not_gross' ? r.authorities : []), ...r.unless.flatMap((d) => d.authorities)];
    for (const a of excusing) {
      const id = CASE_OF[a];
      if (!id || gap(id)) continue;
      it(`${r.id}: ${AUTHORITIES[a].cite}, cited for an excuse or an imprudence, does not come out grave`, () => expect(finding(id)).not.toBe('established'));
    }
  }
});
