/**
 * Who bears an operation made before the notification, once the exceptions are passed:
 * - gross negligence or intent against the safekeeping or notification duty: everything, no cap
 *   (L133-19 IV; anc. L132-3 "faute lourde"; VII.36 al. 2 / VII.44; PSD2 74(1) al. 3);
 * - misappropriation without the holder's knowledge, or counterfeit while he kept the card: nothing
 *   (L133-19 II; anc. L132-4); in Belgium misappropriation is capped (PSD2 74(1); before 2018 only if
 *   the holder failed to keep his security features safe: VII.36 § 1);
 * - loss or theft: the cap (franchise), unless an exception of the regime applies (L133-19 I al. 2;
 *   PSD2 74(1) a and b);
 * - anything else: the PSP refunds it all (L133-18; VII.35; VII.43); under the former card regime
 *   the card order stands outside those cases (anc. L132-2).
 */
import { AUTHENTICATION_TRAITS, isCard } from '../../case/vocabulary.js';
import { compareSpans } from '../../case/legalDate.js';
import { CONDUCT } from '../../caselaw/conduct.js';
import { hasProofRule, proofHolds } from './liability.js';
import { txPtr, type Env, type Rule } from '../rule.js';

const MISAPPROPRIATION = new Set(['phishing', 'impersonation', 'data_compromise', 'device_compromise']);
const LOSS_THEFT = new Set(['theft', 'loss']);

function hasPersonalisedData(env: Env): boolean {
  return !(env.tx.instrumentKind === 'other' && AUTHENTICATION_TRAITS[env.tx.authentication].personalised === false);
}

export const grossNegligence: Rule = {
  id: 'allocation.gross_negligence',
  article: (r) => ({ id: r.articles.allocation, paragraph: r.id === 'fr.cmf-2009' || r.id === 'fr.cmf-2018' ? 'IV' : undefined }),
  evaluate: (env) => {
    const { gn, reading } = env;
    const active = gn.finding === 'established' || (gn.finding === 'arguable' && reading.gn === 'established');
    const because = gn.grounds.map((f) => `conduct ${f}`);
    if (gn.presumed) because.push('assumption gn_presumption = yes');
    if (gn.finding === 'arguable') because.push(`finding arguable: reading ${reading.gn}`);
    if (!active) return gn.finding === 'not_established' && env.c.conduct.length === 0 ? null : { holds: false, because };
    if (!hasPersonalisedData(env))
      return { holds: false, because: [...because, env.fact(`/instruments[${env.tx.instrument}]/kind`, env.tx.instrumentKind), 'no personalised security data'] };
    if (hasProofRule(env.regime.id) && !proofHolds(env)) return { holds: false, because: [...because, 'proof of authentication fails'] };
    if (gn.notificationOnly && env.c.incident.noticedAt && compareSpans(env.tx.at, env.c.incident.noticedAt) === 'before') {
      env.used.add('veracash_per_operation');
      if (env.a.veracash_per_operation === 'yes')
        return { holds: false, because: [...because, env.fact(txPtr(env, 'at'), env.tx.at.raw), env.fact('/incident/noticed_at', env.c.incident.noticedAt.raw)] };
    }
    return { holds: true, decision: 'all', because };
  },
};

/** Belgian texts before 2018 cap misappropriation only when the holder failed to keep his security features safe. */
function securityFailed(env: Env): boolean {
  return env.c.conduct.some(
    (k) => (k.status === 'proven' || k.status === 'admitted') && CONDUCT[k.fact].role !== 'mitigating' && CONDUCT[k.fact].role !== 'fraud',
  );
}

export const misappropriation: Rule = {
  id: 'allocation.misappropriation',
  article: (r) => ({ id: r.articles.misappropriation, paragraph: r.id === 'fr.cmf-2009' || r.id === 'fr.cmf-2018' ? 'II' : undefined }),
  evaluate: (env) => {
    const { c, regime, tx } = env;
    const kind = c.incident.kind;
    const because = [env.fact('/incident/kind', kind)];
    if (kind === 'counterfeit') {
      because.push(env.fact('/incident/payer_kept_instrument', c.incident.payerKeptInstrument));
      if (c.incident.payerKeptInstrument === true) return { holds: true, decision: 'none', because };
      if (regime.possessionBurdenOnHolder) return { holds: false, because: [...because, 'possession not shown by the holder'] };
      return null;
    }
    if (regime.remoteWithoutCardNotLiable && (tx.kind === 'online_card_payment' || tx.authentication === 'card_data_only'))
      return { holds: true, decision: 'none', because: [env.fact(txPtr(env, 'kind'), tx.kind), env.fact(txPtr(env, 'authentication'), tx.authentication)] };
    if (!MISAPPROPRIATION.has(kind)) return null;
    if (regime.misappropriation === 'not_liable') return { holds: true, decision: 'none', because };
    if (regime.misappropriation === 'capped_if_security_failed' && !securityFailed(env))
      return { holds: true, decision: 'none', because: [...because, 'no failure to keep the security features safe is established'] };
    return null;
  },
};

export const franchise: Rule = {
  id: 'allocation.franchise',
  article: (r) => ({ id: r.articles.allocation, paragraph: r.id === 'fr.cmf-2009' || r.id === 'fr.cmf-2018' ? 'I' : undefined }),
  evaluate: (env) => {
    const { c, regime, tx } = env;
    const kind = c.incident.kind;
    const capped =
      LOSS_THEFT.has(kind) ||
      (MISAPPROPRIATION.has(kind) && regime.misappropriation !== 'not_liable') ||
      (kind === 'counterfeit' && c.incident.payerKeptInstrument !== true && !regime.possessionBurdenOnHolder && regime.misappropriation !== 'not_liable');
    if (!capped) return null;
    const because = [env.fact('/incident/kind', kind)];
    for (const exception of regime.capExceptions) {
      // L133-1-1 I b): card payments to a payee's PSP outside the EEA keep the cap without personalised data.
      if (exception === 'no_personalised_data' && !(regime.jurisdiction === 'FR' && tx.payeePspOutsideEea === true && isCard(tx.instrumentKind))) {
        const personalised = AUTHENTICATION_TRAITS[tx.authentication].personalised ?? proofHolds(env);
        if (!personalised)
          return { holds: false, decision: 'none', because: [...because, env.fact(txPtr(env, 'authentication'), tx.authentication)], values: { exception } };
      }
      if (exception === 'not_detectable' && c.incident.detectableBeforePayment === false)
        return { holds: false, decision: 'none', because: [...because, env.fact('/incident/detectable_before_payment', false)], values: { exception } };
      if (exception === 'psp_staff' && c.incident.pspStaffInvolved === true)
        return { holds: false, decision: 'none', because: [...because, env.fact('/incident/psp_staff_involved', true)], values: { exception } };
    }
    return { holds: true, decision: 'cap', because };
  },
};

export const residual: Rule = {
  id: 'allocation.residual',
  article: (r) => ({ id: r.articles.residual }),
  evaluate: (env) => ({
    holds: true,
    decision: env.regime.residual === 'psp' ? 'none' : 'all',
    because: [env.fact('/incident/kind', env.c.incident.kind)],
    values: { bears: env.regime.residual },
  }),
};
