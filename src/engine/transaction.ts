/** One operation through the rules, in the legal order of ../shared/law (fr.md A.5, be-eu.md A.6). */
import { dayWithin } from '../law/regimes.js';
import { reference } from '../law/index.js';
import type { Decision, Env, Rule } from './rule.js';
import { consent, contractDerogation, statute } from './rules/scope.js';
import { payeeVerification } from './rules/transfers.js';
import { afterNotification, contestWindow } from './rules/notification.js';
import { noBlockingMeans, noStrongAuthentication, payerFraud, proofOfAuthentication } from './rules/liability.js';
import { franchise, grossNegligence, misappropriation, notReceived, residual } from './rules/allocation.js';
import { NO_REFERENCE, type Steps } from './steps.js';

export const CHAIN: readonly Rule[] = [
  payeeVerification, consent, contractDerogation, statute, contestWindow, payerFraud, afterNotification, noStrongAuthentication,
  noBlockingMeans, proofOfAuthentication, grossNegligence, notReceived, misappropriation, franchise, residual,
];

export interface TxOutcome {
  decision: Decision;
  rule: string;
  rules: string[];
}


export function evaluateTransaction(env: Env, steps: Steps | null): TxOutcome {
  const rules: string[] = [];
  for (const name of env.regime.assumptions ?? []) env.used.add(name);
  // The version of each article cited is the one in force on the operation's day (within the regime).
  const day = steps ? dayWithin(env.regime, env.tx.at.firstDay) : '';
  for (const rule of CHAIN) {
    const r = rule.evaluate(env);
    if (!r) continue;
    rules.push(rule.id);
    if (steps) {
      const art = rule.article(env.regime);
      steps.add(rule.id, art ? reference(art.id, day, art.paragraph) : NO_REFERENCE, r.holds, r.because, r.values, env.tx.id);
    }
    if (r.decision) return { decision: r.decision, rule: rule.id, rules };
  }
  throw new Error('the rule chain ended without a decision');
}
