/** The batch layout carries every addition of 4 December 2026 to the case file, and back. */
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../src/case/parse.js';
import { caseFromRows } from '../../src/batch/csvCase.js';
import { readHeader } from '../../src/batch/layout.js';
import { caseToRows, ALL_COLUMNS } from '../../src/batch/toRows.js';

const header = [
  'case_id', 'jurisdiction', 'payer_kind', 'payer_vulnerable', 'incident_kind', 'incident_at', 'incident_should_have_noticed_at', 'notification_at',
  'complaint_received_on', 'complaint_answered_on', 'complaint_answer', 'complaint_refusal_grounds', 'conduct', 'as_of',
  'transaction_id', 'instrument', 'instrument_kind', 'at', 'amount', 'kind', 'authentication', 'consented',
  'payee_verification_offered', 'payee_verification_result', 'payee_verification_payer_proceeded_after_warning',
];
const row = [
  'c1', 'BE', 'consumer', 'ja', 'impersonation', '2025-11-03T10:00+01:00', '2025-11', '2025-11-04T09:00+01:00',
  '2025-11-05', '2025-11-20', 'refused', 'gross_negligence|late_contest', 'otp_disclosed:admitted@2025-11-03T10:05+01:00|caller_id_spoofed:proven', '2026-01-10',
  't1', 'ob', 'online_banking', '2025-11-03T10:12+01:00', '2500.00', 'transfer', 'app_validation', 'false',
  'oui', 'no_match', 'true',
];

const built = (cells: string[]) => {
  const h = readHeader(header);
  if (!h.ok) throw new Error(h.message);
  return caseFromRows('c1', [{ line: 2, cells }], h.header, 'en');
};

describe('batch columns for the additions of 4 December 2026', () => {
  it('reads the vulnerable payer, the day he should have known, the bank’s answer, the date of a conduct and the verification of payee', () => {
    const r = built(row);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = parseCase(r.json);
    expect(p.ok, JSON.stringify(!p.ok && p.errors)).toBe(true);
    if (!p.ok) return;
    const c = p.value;
    expect(c.payer.vulnerable).toBe(true);
    expect(c.incident.shouldHaveNoticedAt?.lastDay).toBe('2025-11-30');
    expect(c.complaint).toMatchObject({ answer: 'refused', refusalGrounds: ['gross_negligence', 'late_contest'] });
    expect(c.complaint?.answeredOn?.firstDay).toBe('2025-11-20');
    expect(c.conduct.map((k) => [k.fact, k.status, k.at?.raw ?? null])).toEqual([
      ['otp_disclosed', 'admitted', '2025-11-03T10:05+01:00'], ['caller_id_spoofed', 'proven', null],
    ]);
    expect(c.transactions[0]!.payeeVerification).toEqual({ offered: true, result: 'no_match', payerProceededAfterWarning: true });
  });
  it('names the column of a bad verification result', () => {
    const r = built(row.map((v) => (v === 'no_match' ? 'maybe' : v)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = parseCase(r.json);
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.errors.map((e) => e.pointer)).toEqual(['/transactions/0/payee_verification/result']);
    expect(r.locate('/transactions/0/payee_verification/result')).toEqual({ line: 2, column: 'payee_verification_result', value: 'maybe' });
    expect(r.locate('/complaint/refusal_grounds/1')).toMatchObject({ column: 'complaint_refusal_grounds' });
  });
  it('writes them back as the same cells', () => {
    const r = built(row);
    if (!r.ok) throw new Error('not built');
    const [out] = caseToRows('c1', r.json);
    const byName = new Map(ALL_COLUMNS.map((n, i) => [n, out![i]]));
    for (const [i, name] of header.entries())
      if (!['payer_vulnerable', 'consented', 'payee_verification_offered'].includes(name)) expect(byName.get(name), name).toBe(row[i]);
    expect([byName.get('payer_vulnerable'), byName.get('payee_verification_offered')]).toEqual(['true', 'true']);
  });
});
