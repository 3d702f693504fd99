/**
 * The exceptions that free the holder, in the legal order of CMF L133-19 and PSD2 art. 74:
 * his own fraud makes him bear everything (L133-19 IV; VII.36 al. 2; PSD2 74(1)); without strong
 * authentication required by the PSP he bears nothing (L133-19 V, operations from 14/09/2019;
 * PSD2 74(2)); without means to notify he bears nothing (L133-19 III; PSD2 74(3)); when the PSP
 * fails to prove authentication, recording and no deficiency, no negligence can be opposed to him
 * (L133-23; Cass. com. 12 nov. 2020, n° 19-12.112).
 */
import { AUTHENTICATION_TRAITS } from '../../case/vocabulary.js';
import { txPtr, type Env, type Rule } from '../rule.js';

export const payerFraud: Rule = {
  id: 'liability.payer_fraud',
  article: (r) => ({ id: r.articles.allocation, paragraph: r.jurisdiction === 'FR' && r.id !== 'fr.cmf-l132' ? 'IV' : undefined }),
  evaluate: (env) => {
    const k = env.c.conduct.find((x) => x.fact === 'payer_fraud');
    if (!k) return null;
    const because = [env.fact(`/conduct/${k.index}/status`, k.status)];
    return k.status === 'proven' || k.status === 'admitted' ? { holds: true, decision: 'all', because } : { holds: false, because };
  },
};

/** Whether strong authentication was applied: stated, implied by the method, or open. */
function scaApplied(env: Env): boolean {
  const { tx } = env;
  if (tx.sca !== null) return tx.sca;
  const strong = AUTHENTICATION_TRAITS[tx.authentication].strong;
  if (strong !== null) return strong;
  if (tx.authentication === 'otp_sms') {
    env.used.add('otp_sms_strong');
    return env.a.otp_sms_strong === 'yes';
  }
  return env.reading.sca === 'applied';
}

export const noStrongAuthentication: Rule = {
  id: 'liability.no_strong_authentication',
  article: (r) => (r.articles.sca ? { id: r.articles.sca, paragraph: r.jurisdiction === 'FR' ? 'V' : undefined } : null),
  evaluate: (env) => {
    if (!env.regime.scaRule) return null;
    if (env.regime.jurisdiction === 'BE') env.used.add('be_sca_rule_from');
    const applied = scaApplied(env);
    const because = [env.fact(txPtr(env, 'authentication'), env.tx.authentication), env.fact(txPtr(env, 'sca'), env.tx.sca)];
    return applied ? { holds: false, because } : { holds: true, decision: 'none', because };
  },
};

export const noBlockingMeans: Rule = {
  id: 'liability.no_blocking_means',
  article: (r) => ({ id: r.jurisdiction === 'FR' && r.id !== 'fr.cmf-l132' ? 'fr.cmf.L133-19' : r.articles.allocation, paragraph: r.jurisdiction === 'FR' && r.id !== 'fr.cmf-l132' ? 'III' : undefined }),
  evaluate: (env) => {
    const available = env.c.psp.notificationMeansAvailable;
    if (available !== false) return null;
    return { holds: true, decision: 'none', because: [env.fact('/psp/notification_means_available', false)] };
  },
};

/** Regimes with the burden rule of L133-23 / VII.34 / PSD2 art. 72 (2009 onwards). */
const PROOF_REGIMES = new Set(['fr.cmf-2009', 'fr.cmf-2018', 'be.loi-2009-12-10', 'be.cde-2014', 'be.cde-2018']);
export const hasProofRule = (regimeId: string): boolean => PROOF_REGIMES.has(regimeId);

/** Whether the PSP proves authentication, recording and no deficiency in this reading. */
export function proofHolds(env: Env): boolean {
  const { authenticationProven: auth, noTechnicalDeficiencyProven: tech } = env.c.evidence;
  if (auth === false || tech === false) return false;
  if (auth === true && tech === true) return true;
  env.used.add('unknown_evidence');
  return env.reading.evidence === 'proven';
}

export const proofOfAuthentication: Rule = {
  id: 'liability.no_proof_of_authentication',
  article: (r) => ({ id: r.articles.burden }),
  evaluate: (env) => {
    if (!hasProofRule(env.regime.id)) return null;
    const holds = !proofHolds(env);
    const because = [
      env.fact('/evidence/authentication_proven', env.c.evidence.authenticationProven),
      env.fact('/evidence/no_technical_deficiency_proven', env.c.evidence.noTechnicalDeficiencyProven),
    ];
    if (!holds) return { holds, because };
    env.used.add('no_proof_voids_franchise');
    // Without the proof, negligence cannot be opposed; by default the franchise falls with it.
    return env.a.no_proof_voids_franchise === 'yes' ? { holds, decision: 'none', because } : { holds, because };
  },
};
