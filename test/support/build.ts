/** Small valid case files for tests: a stolen debit card by default, changed by `patch`. */
import { parseCase } from '../../src/case/parse.js';
import type { Case } from '../../src/case/model.js';
import type { CaseInput } from '../../src/case/schema.js';
import { assess } from '../../src/engine/assess.js';
import type { Assessment } from '../../src/engine/types.js';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from '../../src/law/assumptions.js';

type Tx = CaseInput['transactions'][number];

export function tx(patch: Partial<Tx> = {}): Tx {
  return {
    id: patch.id ?? 't1', instrument: 'card', at: '2020-03-02T10:00+01:00', amount: '100.00', kind: 'atm_withdrawal',
    authentication: 'pin', sca: null, consented: false, ...patch,
  };
}

export function caseFile(patch: Partial<CaseInput> = {}): CaseInput {
  return {
    format: 'recours.case/1',
    jurisdiction: 'FR',
    payer: { kind: 'consumer' },
    instruments: [{ id: 'card', kind: 'debit_card' }],
    incident: { kind: 'theft', at: '2020-03-02T09:00+01:00', payer_kept_instrument: false, detectable_before_payment: true, psp_staff_involved: false },
    notification: { at: '2020-03-02T12:00+01:00' },
    psp: { name: 'Banque', notification_means_available: true },
    transactions: [tx()],
    conduct: [],
    evidence: { authentication_proven: true, no_technical_deficiency_proven: true },
    as_of: '2026-12-01',
    ...patch,
  };
}

export function validCase(patch: Partial<CaseInput> = {}): Case {
  const r = parseCase(caseFile(patch));
  if (!r.ok) throw new Error(`test case invalid: ${JSON.stringify(r.errors)}`);
  return r.value;
}

export function assessed(patch: Partial<CaseInput> = {}, assumptions: Partial<Assumptions> = {}): Assessment {
  return assess(validCase(patch), { assumptions: { ...DEFAULT_ASSUMPTIONS, ...assumptions } as Assumptions });
}

/** The rule that decided each operation (the last rule of its chain). */
export function decidedBy(a: Assessment): string[] {
  return a.transactions.map((t) => t.rules[t.rules.length - 1]!);
}
