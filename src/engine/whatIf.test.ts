import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { automaticWhatIfs, whatIf } from './whatIf.js';
import { caseFile } from '../../test/support/build.js';

const ombudsfin = JSON.parse(readFileSync(new URL('../../../shared/caselaw/cases/be-ombudsfin-2014-03-18-2013-1876.case.json', import.meta.url), 'utf8'));

describe('what-if', () => {
  it('Ombudsfin 2013.1876: blocking before the first withdrawal gives a full refund', () => {
    const r = whatIf(ombudsfin, [{ path: 'notification.at', value: '2013-04-22T17:40+02:00' }]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.before).toEqual({ outcome: 'refund_minus_franchise', payer_bears: '150.00', refund_due: '3088.00' });
    expect(r.value.after).toEqual({ outcome: 'full_refund', payer_bears: '0.00', refund_due: '3238.00' });
    expect(r.value.delta).toBe('-150.00');
    expect(r.value.summary.en).toBe('Had the card been blocked at 2013-04-22T17:40+02:00 instead of 2013-04-22T18:41+02:00, you would bear €0.00 instead of €150.00.');
    expect(r.value.steps.find((s) => s.rule === 'notification.after_blocking' && s.transaction === 't1')).toMatchObject({ before: false, after: true });
    expect(r.value.transactions).toHaveLength(10);
    expect(r.value.transactions[0]).toEqual({ id: 't1', before: { payer_bears: '150.00', rule: 'allocation.franchise' }, after: { payer_bears: '0.00', rule: 'notification.after_blocking' } });
  });
  it('takes JSON pointers, wildcards and conduct facts by name', () => {
    const base = caseFile({ transactions: [{ id: 't1', instrument: 'card', at: '2020-03-02T10:00+01:00', amount: '300.00', kind: 'card_payment', authentication: 'pin', sca: false, consented: false }] });
    const pointer = whatIf(base, [{ path: '/transactions/0/sca', value: true }]);
    const wildcard = whatIf(base, [{ path: 'transactions.*.sca', value: true }]);
    expect(pointer.ok && pointer.value.after.payer_bears).toBe('50.00');
    expect(wildcard.ok && wildcard.value.changes.map((c) => c.pointer)).toEqual(['/transactions/0/sca']);
    const fact = whatIf(caseFile(), [{ path: 'conduct.pin_written_with_card', value: 'proven' }]);
    expect(fact.ok && [fact.value.after.payer_bears, fact.value.changes[0]!.label]).toEqual(['100.00', 'pin_written_with_card']);
  });
  it('a change that breaks the case file is refused with the field', () => {
    const r = whatIf(ombudsfin, [{ path: 'incident.kind', value: 'burglary' }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.pointer).toBe('/incident/kind');
  });
  it('automatic: every single change that alters the result, largest first', () => {
    const list = automaticWhatIfs(ombudsfin).flatMap((r) => (r.ok ? [r.value] : []));
    expect(list.length).toBeGreaterThan(2);
    expect(list[0]!.after.payer_bears).toBe('3238.00');
    expect(list.some((w) => w.changes[0]!.pointer === '/notification/at' && w.after.outcome === 'full_refund')).toBe(true);
    const keys = list.map((w) => JSON.stringify(w.changes));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('what-if without an evaluation date', () => {
  it('asks for as_of rather than throwing', () => {
    const { as_of: _drop, ...noDate } = ombudsfin;
    const r = whatIf(noDate, [{ path: 'notification.at', value: '2013-04-22T17:40+02:00' }]);
    expect(!r.ok && r.errors.map((e) => e.pointer)).toEqual(['/as_of']);
    expect(whatIf(noDate, [{ path: 'notification.at', value: '2013-04-22T17:40+02:00' }], { asOf: '2014-03-18' }).ok).toBe(true);
  });
});
