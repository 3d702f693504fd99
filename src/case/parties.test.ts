/** The `parties` extension: every field optional, each bad value refused with its pointer. */
import { describe, expect, it } from 'vitest';
import { caseFile } from '../../test/support/build.js';
import { parseCase } from './parse.js';

describe('parties', () => {
  it('reads the letters’ identifiers: customer number, blocking reference, police report, representative, residence', () => {
    const r = parseCase(caseFile({
      parties: {
        customer_number: 'C-1', blocking_reference: 'OPP-1', residence: 'BE',
        police_report: { reference: 'PV 1', on: '2020-03-03', authority: 'Commissariat' },
        representative: { name: 'Me Roux', capacity: 'lawyer' },
      },
    }));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const p = r.value.parties;
    expect([p.customerNumber, p.blockingReference, p.residence, p.policeReport?.reference, p.policeReport?.on?.firstDay, p.representative?.capacity])
      .toEqual(['C-1', 'OPP-1', 'BE', 'PV 1', '2020-03-03', 'lawyer']);
  });
  it('refuses an unknown capacity, a bad country code and a date outside the calendar, each at its field', () => {
    const r = parseCase(caseFile({
      parties: {
        residence: 'Belgium',
        police_report: { on: '2020-02-30' },
        representative: { name: 'X', capacity: 'friend' as 'relative' },
      },
    }));
    expect(r.ok ? [] : r.errors.map((e) => e.pointer).sort()).toEqual(['/parties/police_report/on', '/parties/representative/capacity', '/parties/residence']);
  });
});
