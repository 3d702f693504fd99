/** Each regime boundary: the day before and the day a version enters into force. */
import { describe, expect, it } from 'vitest';
import { assessed, tx } from '../../test/support/build.js';
import { DEFAULT_ASSUMPTIONS } from './assumptions.js';
import { regimesBetween } from './regimes.js';

/** A Belgian card stolen and used for 400 € on `day`, blocked the same day. */
const beTheft = (day: string) => ({
  jurisdiction: 'BE' as const,
  transactions: [tx({ at: `${day}T10:00+01:00`, amount: '400.00' })],
  incident: { kind: 'theft' as const, at: `${day}T09:00+01:00`, payer_kept_instrument: false, detectable_before_payment: true, psp_staff_involved: false },
  notification: { at: `${day}T12:00+01:00` },
});
const at = (jurisdiction: 'FR' | 'BE', day: string) => regimesBetween(jurisdiction, day, day, DEFAULT_ASSUMPTIONS).map((r) => [r.id, r.capCents]);

describe('regimes by date', () => {
  it.each([
    ['FR', '2001-11-15', 'eu.rec-97-489', 15000],
    ['FR', '2001-11-18', 'fr.cmf-l132', 40000],
    ['FR', '2001-12-31', 'fr.cmf-l132', 40000],
    ['FR', '2002-01-01', 'fr.cmf-l132', 27500],
    ['FR', '2002-12-31', 'fr.cmf-l132', 27500],
    ['FR', '2003-01-01', 'fr.cmf-l132', 15000],
    ['FR', '2009-10-31', 'fr.cmf-l132', 15000],
    ['FR', '2009-11-01', 'fr.cmf-2009', 15000],
    ['FR', '2018-01-12', 'fr.cmf-2009', 15000],
    ['FR', '2018-01-13', 'fr.cmf-2018', 5000],
    ['BE', '2003-01-31', 'be.pre-2003', 0],
    ['BE', '2003-02-01', 'be.loi-2002-07-17', 15000],
    ['BE', '2010-03-31', 'be.loi-2002-07-17', 15000],
    ['BE', '2010-04-01', 'be.loi-2009-12-10', 15000],
    ['BE', '2014-05-28', 'be.loi-2009-12-10', 15000],
    ['BE', '2014-05-29', 'be.cde-2014', 15000],
    ['BE', '2018-01-12', 'be.cde-2014', 15000],
    ['BE', '2018-01-13', 'be.cde-2014', 15000],
    ['BE', '2018-01-31', 'be.cde-2014', 15000],
    ['BE', '2018-02-01', 'be.cde-2014', 15000],
    ['BE', '2018-08-08', 'be.cde-2014', 15000],
    ['BE', '2018-08-09', 'be.cde-2018', 5000],
  ] as const)('%s %s → %s, cap %i cents', (j, day, id, cap) => {
    expect(at(j, day)).toEqual([[id, cap]]);
  });

  it('the 2001 law may have bound one jour franc after its publication: 16 and 17 Nov 2001 read under both regimes, 15 and 18 under one', () => {
    expect(at('FR', '2001-11-15')).toEqual([['eu.rec-97-489', 15000]]);
    for (const day of ['2001-11-16', '2001-11-17']) expect(at('FR', day)).toEqual([['eu.rec-97-489', 15000], ['fr.cmf-l132', 40000]]);
    expect(at('FR', '2001-11-18')).toEqual([['fr.cmf-l132', 40000]]);
    // An interval reaching past the doubtful days is read under the law only.
    expect(regimesBetween('FR', '2001-11-16', '2004-12-09', DEFAULT_ASSUMPTIONS).map((r) => r.id)[0]).toBe('fr.cmf-l132');
  });

  it('an operation of 16 Nov 2001 gives both readings, the holder-favourable one retained', () => {
    const a = assessed({
      transactions: [tx({ at: '2001-11-16T10:00+01:00', amount: '500.00' })],
      incident: { kind: 'theft', at: '2001-11-16T09:00+01:00', payer_kept_instrument: false, detectable_before_payment: true, psp_staff_involved: false },
      notification: { at: '2001-11-16T12:00+01:00' },
    });
    expect(a.scenarios.map((s) => s.totals.payer_bears).sort()).toEqual(['150.00', '400.00']);
    expect(a.totals.payer_bears).toBe('150.00');
    expect(a.explanation.find((e) => e.rule === 'regime.open')?.values?.candidates).toContain('fr.cmf-l132');
  });

  it('Belgium before 1 February 2003: no statute, the outcome is not computed; from that day the 2002 law', () => {
    const before = assessed(beTheft('2003-01-31'));
    expect([before.outcome, before.regime.id]).toEqual(['not_covered', 'be.pre-2003']);
    expect(before.explanation.find((e) => e.rule === 'scope.statute')?.values?.contract_governs).toBe('yes');
    const after = assessed(beTheft('2003-02-01'));
    expect([after.outcome, after.regime.id, after.totals.payer_bears]).toEqual(['refund_minus_franchise', 'be.loi-2002-07-17', '150.00']);
  });

  it('Belgium 13 Jan – 8 Aug 2018: the Belgian 150 € cap, shown as assumption be_psd2_gap; not the day before', () => {
    expect(assessed(beTheft('2018-01-12')).assumptions.map((x) => x.name)).not.toContain('be_psd2_gap');
    const gap = assessed(beTheft('2018-01-13'));
    expect(gap.assumptions.map((x) => x.name)).toContain('be_psd2_gap');
    expect(gap.totals.payer_bears).toBe('150.00');
    expect(assessed(beTheft('2018-08-08')).assumptions.map((x) => x.name)).toContain('be_psd2_gap');
    expect(assessed(beTheft('2018-08-09')).assumptions.map((x) => x.name)).not.toContain('be_psd2_gap');
  });

  it('the fraud-suspicion exception to the refund deadline: from the PSD2 texts only (FR 13 Jan 2018; BE 9 Aug 2018), not under the Belgian 2014 text in 2018', () => {
    const suspected = (day: string, jurisdiction: 'FR' | 'BE') =>
      assessed({ ...beTheft(day), jurisdiction, psp: { name: 'B', notification_means_available: true, fraud_suspicion_reported: true } }).immediate_refund.amount;
    expect(suspected('2018-01-12', 'FR')).toBe('250.00');
    expect(suspected('2018-01-13', 'FR')).toBe('0.00');
    expect(suspected('2018-08-08', 'BE')).toBe('250.00');
    expect(suspected('2018-08-09', 'BE')).toBe('0.00');
  });

  it('Belgium: the FR/NL divergence of the 13 months is shown for the 2009 and 2014 texts', () => {
    const uncertain = (day: string) => regimesBetween('BE', day, day, DEFAULT_ASSUMPTIONS)[0]!.uncertain?.en ?? '';
    expect(uncertain('2010-04-01')).toContain('value date');
    expect(uncertain('2014-05-29')).toContain('value date');
    expect(uncertain('2018-02-01')).toContain('1 February 2018');
    expect(uncertain('2018-01-31')).not.toContain('1 February 2018');
    expect(uncertain('2003-02-01')).toContain('1 February 2003');
  });

  it('applies the SCA rule from 14 Sept 2019, not the day before', () => {
    for (const j of ['FR', 'BE'] as const) {
      expect(regimesBetween(j, '2019-09-13', '2019-09-13', DEFAULT_ASSUMPTIONS)[0]!.scaRule).toBe(false);
      expect(regimesBetween(j, '2019-09-14', '2019-09-14', DEFAULT_ASSUMPTIONS)[0]!.scaRule).toBe(true);
    }
  });

  it('switches the Belgian SCA date and the 2018 gap by assumption', () => {
    const a = { ...DEFAULT_ASSUMPTIONS, be_sca_rule_from: '2018-08-09' as const, be_psd2_gap: 'directive' as const };
    expect(regimesBetween('BE', '2018-08-09', '2018-08-09', a)[0]!.scaRule).toBe(true);
    expect(regimesBetween('BE', '2018-01-13', '2018-01-13', a)[0]!.capCents).toBe(5000);
    expect(regimesBetween('BE', '2018-02-01', '2018-02-01', a)[0]!.capCents).toBe(5000);
    expect(regimesBetween('BE', '2018-08-08', '2018-08-08', a)[0]!.capCents).toBe(5000);
    expect(regimesBetween('BE', '2018-01-12', '2018-01-12', a)[0]!.capCents).toBe(15000);
  });

  it('franchise of a theft on each side of 13 Jan 2018 in France: 150 € then 50 €', () => {
    const before = assessed({ transactions: [tx({ at: '2018-01-12T10:00+01:00', amount: '500.00' })], incident: { kind: 'theft', at: '2018-01-12T09:00+01:00', payer_kept_instrument: false, detectable_before_payment: true, psp_staff_involved: false }, notification: { at: '2018-01-12T12:00+01:00' } });
    const after = assessed({ transactions: [tx({ at: '2018-01-13T10:00+01:00', amount: '500.00' })], incident: { kind: 'theft', at: '2018-01-13T09:00+01:00', payer_kept_instrument: false, detectable_before_payment: true, psp_staff_involved: false }, notification: { at: '2018-01-13T12:00+01:00' } });
    expect([before.totals.payer_bears, before.regime.id]).toEqual(['150.00', 'fr.cmf-2009']);
    expect([after.totals.payer_bears, after.regime.id]).toEqual(['50.00', 'fr.cmf-2018']);
  });

  it('reads the regime at the legal date, in the legal time zone', () => {
    // 23:30 UTC on 12 Jan 2018 is already 13 Jan in Paris.
    const a = assessed({ transactions: [tx({ at: '2018-01-12T23:30Z', amount: '500.00' })], notification: null });
    expect(a.regime.id).toBe('fr.cmf-2018');
  });
});
