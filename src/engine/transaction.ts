/** One operation through the rules, in the legal order of ../shared/law (fr.md A.5, be-eu.md A.6). */
import { dayWithin } from '../law/regimes.js';
import { reference } from '../law/index.js';
import type { Decision, Env, Rule } from './rule.js';
import { consent, contractDerogation, statute } from './rules/scope.js';
import { afterNotification, contestWindow } from './rules/notification.js';
import { noBlockingMeans, noStrongAuthentication, payerFraud, proofOfAuthentication } from './rules/liability.js';
import { franchise, grossNegligence, misappropriation, residual } from './rules/allocation.js';
import type { TraceEntry } from './types.js';

export const CHAIN: readonly Rule[] = [
  consent, contractDerogation, statute, contestWindow, payerFraud, afterNotification, noStrongAuthentication,
  noBlockingMeans, proofOfAuthentication, grossNegligence, misappropriation, franchise, residual,
];

export interface TxOutcome {
  decision: Decision;
  rule: string;
  rules: string[];
}


export function evaluateTransaction(env: Env, trace: TraceEntry[] | null): TxOutcome {
  const rules: string[] = [];
  for (const rule of CHAIN) {
    const r = rule.evaluate(env);
    if (!r) continue;
    rules.push(rule.id);
    if (trace) {
      const art = rule.article(env.regime);
      const day = dayWithin(env.regime, env.tx.at.firstDay);
      trace.push({
        rule: rule.id,
        ...(art ? reference(art.id, day, art.paragraph) : { citation: '', article: null }),
        holds: r.holds,
        because: r.because,
        transactions: [env.tx.id],
        ...(r.values ? { values: r.values } : {}),
      });
    }
    if (r.decision) return { decision: r.decision, rule: rule.id, rules };
  }
  throw new Error('the rule chain ended without a decision');
}
