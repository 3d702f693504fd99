/**
 * Credit transfers the payer ordered himself (src/law/transfers.ts). From 9 October 2025 the payer's
 * bank must verify the payee before authorisation (Reg. (EU) No 260/2012 art. 5c(1)); if it did not
 * offer the check, or did not show its result, and the transfer went to an unintended payee, it
 * refunds the payer without delay (art. 5c(8), second sentence) — subject to the 13-month report
 * (CMF L133-24; PSD2 art. 71). Where the check was run and the payer went on after a no-match,
 * close-match or not-possible warning, the bank is not liable (art. 5c(8), first sentence): the
 * transfer is authorised and outside the regime, and what remains is listed by `authorisedTransferGrounds`.
 * Unauthorised (fraudster-initiated) transfers stay under the rules of the unauthorised regime.
 */
import type { Case, Transaction } from '../../case/model.js';
import type { Regime } from '../../law/regimes.js';
import { cite } from '../../law/index.js';
import { recoveryArticle, VERIFICATION_OF_PAYEE, VIGILANCE } from '../../law/transfers.js';
import { txPtr, type Env, type Rule, type RuleResult } from '../rule.js';
import { contestWindow } from './notification.js';

export type VopFinding =
  | 'not_in_force' | 'not_offered' | 'result_not_shown' | 'warned_and_proceeded' | 'match' | 'unknown';

const isAuthorisedTransfer = (tx: Transaction) => tx.kind === 'transfer' && tx.consented === true;

/** What the verification of payee says about an authorised transfer. */
export function vopFinding(tx: Transaction): VopFinding {
  if (tx.at.firstDay < VERIFICATION_OF_PAYEE.from) return 'not_in_force';
  const pv = tx.payeeVerification;
  if (!pv || pv.offered === null) return 'unknown';
  if (pv.offered === false) return 'not_offered';
  if (pv.result === 'match') return 'match';
  if (pv.result === null) return 'unknown';
  if (pv.payerProceededAfterWarning === true) return 'warned_and_proceeded';
  return pv.payerProceededAfterWarning === false ? 'result_not_shown' : 'unknown';
}

export const payeeVerification: Rule = {
  id: 'transfer.payee_verification',
  article: () => ({ id: VERIFICATION_OF_PAYEE.article, paragraph: '(8)' }),
  evaluate: (env: Env): RuleResult | null => {
    const { tx, a } = env;
    if (!isAuthorisedTransfer(tx)) return null;
    const finding = vopFinding(tx);
    const because = [env.fact(txPtr(env, 'at'), tx.at.raw), env.fact(txPtr(env, 'consented'), true)];
    const pv = tx.payeeVerification;
    if (pv) because.push(env.fact(txPtr(env, 'payee_verification/offered'), pv.offered), env.fact(txPtr(env, 'payee_verification/result'), pv.result), env.fact(txPtr(env, 'payee_verification/payer_proceeded_after_warning'), pv.payerProceededAfterWarning));
    const values = { finding };
    if (finding !== 'not_offered' && finding !== 'result_not_shown') return { holds: false, because, values };
    env.used.add('vop_failure_causation');
    // The bank that skipped the check (or hid its result) cannot show what it would have said: by default the
    // failure is taken to have caused the transfer to the unintended payee (art. 5c(8)); the other reading leaves it to proof.
    if (a.vop_failure_causation === 'to_prove') return { holds: false, because: [...because, 'assumption vop_failure_causation = to_prove'], values };
    const bar = contestWindow.evaluate(env);
    if (bar?.decision === 'barred') return { holds: true, decision: 'barred', because: [...because, ...bar.because], values: { ...values, ...bar.values } };
    return { holds: true, decision: 'none', because, values };
  },
};

export type OtherGround = 'recovery_and_information' | 'vigilance_apparent_anomaly';

export interface RemainingGround {
  ground: OtherGround;
  /** Who must prove it: the bank's own duty, or the holder's burden. */
  burden: 'psp' | 'holder';
  basis: string[];
  transactions: string[];
}

/**
 * What remains for transfers the payer authorised and no rule refunds: the bank's duty to try to recover
 * the funds and to inform (L133-21 al. 3; PSD2 art. 88(3)), and, as a separate ground of general
 * contract law the holder must prove, the bank's duty of vigilance on apparent anomalies.
 */
export function authorisedTransferGrounds(c: Case, decided: readonly { tx: Transaction; regime: Regime | null; rule: string }[]): RemainingGround[] {
  const left = decided.filter((d) => isAuthorisedTransfer(d.tx) && d.rule === 'scope.authorised');
  if (left.length === 0) return [];
  const ids = left.map((d) => d.tx.id);
  const first = left.reduce((m, d) => (d.tx.at.firstDay < m ? d.tx.at.firstDay : m), left[0]!.tx.at.firstDay);
  const out: RemainingGround[] = [];
  const recovery = recoveryArticle(c.jurisdiction, first);
  if (recovery) out.push({ ground: 'recovery_and_information', burden: 'psp', basis: [cite(recovery.id, first, recovery.paragraph)], transactions: ids });
  const v = VIGILANCE[c.jurisdiction];
  out.push({ ground: 'vigilance_apparent_anomaly', burden: 'holder', basis: [...v.basis, ...v.precedents], transactions: ids });
  return out;
}
