/**
 * Missing facts: the unknowns of a case (null facts, `unknown` methods, allegations not yet decided)
 * whose answer could change the result, each with the result under every answer, ordered by how
 * much of the disputed amount they swing. A questionnaire asks only these. An unknown whose every
 * answer gives the same result is left out: it does not matter for this case.
 */
import type { Case, Transaction } from '../case/model.js';
import { formatCents } from '../case/money.js';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from '../law/assumptions.js';
import { allocate } from './assess.js';
import { doctrineCandidates, type Candidate } from './missingFactsDoctrine.js';
import type { Finding, Outcome } from './types.js';

export interface Answer {
  value: string;
  outcome: Outcome;
  /** The finding on gross negligence under this answer (an answer can settle or open it without moving the amounts of the retained reading). */
  finding: Finding;
  payer_bears: string;
  refund_due: string;
}

export interface MissingFact {
  /** JSON pointer of the case-file field the question fills. */
  pointer: string;
  /** The question's code, for the questionnaire's wording. */
  question: string;
  answers: Answer[];
  /** Largest difference in the holder's share between two answers (decimal string). */
  swing: string;
}

const bool = (pointer: string, question: string, set: (c: Case, v: boolean) => Case): Candidate => ({
  pointer, question,
  values: [true, false].map((v) => ({ value: String(v), apply: (c: Case) => set(c, v) })),
});

const withTx = (c: Case, index: number, patch: Partial<Transaction>): Case => ({
  ...c, transactions: c.transactions.map((t) => (t.index === index ? { ...t, ...patch } : t)),
});

const PROBE_METHODS = ['pin', 'app_validation', 'otp_sms', 'card_data_only', 'contactless_no_cvm'] as const;

function candidates(c: Case, a: Assumptions): Candidate[] {
  const out: Candidate[] = [];
  const inc = c.incident;
  if (inc.payerKeptInstrument === null)
    out.push(bool('/incident/payer_kept_instrument', 'payer_kept_instrument', (x, v) => ({ ...x, incident: { ...x.incident, payerKeptInstrument: v } })));
  if (inc.detectableBeforePayment === null)
    out.push(bool('/incident/detectable_before_payment', 'detectable_before_payment', (x, v) => ({ ...x, incident: { ...x.incident, detectableBeforePayment: v } })));
  if (inc.pspStaffInvolved === null)
    out.push(bool('/incident/psp_staff_involved', 'psp_staff_involved', (x, v) => ({ ...x, incident: { ...x.incident, pspStaffInvolved: v } })));
  if (c.psp.notificationMeansAvailable === null)
    out.push(bool('/psp/notification_means_available', 'notification_means_available', (x, v) => ({ ...x, psp: { ...x.psp, notificationMeansAvailable: v } })));
  if (c.evidence.authenticationProven === null)
    out.push(bool('/evidence/authentication_proven', 'authentication_proven', (x, v) => ({ ...x, evidence: { ...x.evidence, authenticationProven: v } })));
  if (c.evidence.noTechnicalDeficiencyProven === null)
    out.push(bool('/evidence/no_technical_deficiency_proven', 'no_technical_deficiency_proven', (x, v) => ({ ...x, evidence: { ...x.evidence, noTechnicalDeficiencyProven: v } })));
  if (c.payer.kind === null)
    out.push({
      pointer: '/payer/kind', question: 'payer_kind',
      values: (['consumer', 'professional'] as const).map((v) => ({ value: v, apply: (x: Case) => ({ ...x, payer: { ...x.payer, kind: v } }) })),
    });
  // One question per field for all the operations that leave it open (asked once, applied to each).
  const open = (pick: (t: Transaction) => boolean) => c.transactions.filter(pick).map((t) => t.index);
  const txPointer = (ids: number[], field: string) => (ids.length === 1 ? `/transactions/${ids[0]}/${field}` : `/transactions/*/${field}`);
  const forAll = (ids: number[], patch: Partial<Transaction>) => (x: Case) => ids.reduce((y, i) => withTx(y, i, patch), x);
  const boolField = (field: 'consented' | 'sca' | 'before_notification', key: 'consented' | 'sca' | 'beforeNotification', ids: number[]) => {
    if (ids.length) out.push({ pointer: txPointer(ids, field), question: field, values: [true, false].map((v) => ({ value: String(v), apply: forAll(ids, { [key]: v }) })) });
  };
  boolField('consented', 'consented', open((t) => t.consented === null));
  boolField('sca', 'sca', open((t) => t.sca === null));
  if (c.notification) boolField('before_notification', 'beforeNotification', open((t) => t.beforeNotification === null));
  const unknownAuth = open((t) => t.authentication === 'unknown');
  if (unknownAuth.length)
    out.push({
      pointer: txPointer(unknownAuth, 'authentication'), question: 'authentication',
      values: PROBE_METHODS.map((m) => ({ value: m, apply: forAll(unknownAuth, { authentication: m }) })),
    });
  for (const k of c.conduct)
    if (k.status === 'alleged' || k.status === 'denied')
      out.push({
        pointer: `/conduct/${k.index}/status`, question: `conduct.${k.fact}`,
        values: (['proven', 'disproven'] as const).map((v) => ({
          value: v, apply: (x: Case) => ({ ...x, conduct: x.conduct.map((y) => (y.index === k.index ? { ...y, status: v } : y)) }),
        })),
      });
  out.push(...doctrineCandidates(c, a));
  return out;
}

export function missingFacts(c: Case, a: Assumptions = DEFAULT_ASSUMPTIONS): MissingFact[] {
  const out: (MissingFact & { swingCents: number })[] = [];
  for (const cand of candidates(c, a)) {
    const results = cand.values.map((v) => ({ value: v.value, r: allocate(v.apply(c), a) }));
    const shares = results.map((x) => x.r.payerBears);
    const differs = results.some((x) => x.r.outcome !== results[0]!.r.outcome || x.r.payerBears !== results[0]!.r.payerBears || x.r.finding !== results[0]!.r.finding);
    if (!differs) continue;
    const swingCents = Math.max(...shares) - Math.min(...shares);
    out.push({
      pointer: cand.pointer,
      question: cand.question,
      answers: results.map((x) => ({
        value: x.value, outcome: x.r.outcome, finding: x.r.finding, payer_bears: formatCents(x.r.payerBears), refund_due: formatCents(x.r.disputed - x.r.payerBears),
      })),
      swing: formatCents(swingCents),
      swingCents,
    });
  }
  return out.sort((x, y) => y.swingCents - x.swingCents).map(({ swingCents: _s, ...m }) => m);
}
