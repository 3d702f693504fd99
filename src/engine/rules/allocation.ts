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
import { GN_RULES } from '../../law/grossNegligence/rules.js';
import { unshownExcuse } from '../grossNegligence.js';
import { hasProofRule, proofHolds } from './liability.js';
import { txPtr, type Env, type Rule } from '../rule.js';

const MISAPPROPRIATION = new Set(['phishing', 'impersonation', 'data_compromise', 'device_compromise']);
const LOSS_THEFT = new Set(['theft', 'loss']);
/** Breaches about the personalised security data (a rule whose breach opens only some channels), not about the card itself. */
const SECURITY_DATA_BREACHES: ReadonlySet<string> = new Set(GN_RULES.filter((r) => r.scope.channels !== 'all').flatMap((r) => r.breach));

function hasPersonalisedData(env: Env): boolean {
  return !(env.tx.instrumentKind === 'other' && AUTHENTICATION_TRAITS[env.tx.authentication].personalised === false);
}

export const grossNegligence: Rule = {
  id: 'allocation.gross_negligence',
  article: (r) => ({ id: r.articles.allocation, paragraph: r.id === 'fr.cmf-2009' || r.id === 'fr.cmf-2018' ? 'IV' : undefined }),
  evaluate: (env) => {
    const { gn, reading, tx } = env;
    const reached = gn.reach.get(tx.index) ?? [];
    if (!gn.presumed && reached.length === 0) return gn.applications.length === 0 && env.c.conduct.length === 0 ? null : { holds: false, because: [] };
    const because: string[] = [];
    let active = gn.presumed;
    if (gn.presumed) because.push('assumption gn_presumption = yes');
    for (const { app, reach } of reached) {
      const id = app.rule.id;
      if (app.rule.scope.runs === 'from_knowledge') env.used.add('veracash_per_operation');
      if (reach.reach === 'out') {
        because.push(`${id}: ${reach.why}`);
        continue;
      }
      if (reach.reach === 'open') {
        env.used.add('unknown_breach_order');
        if (reading.breach !== 'covered') {
          because.push(`${id}: order open, reading ${reading.breach}`);
          continue;
        }
      }
      if (reading.excuse === 'shown' && unshownExcuse(app)) {
        because.push(`${id}: excuse shown in this reading`);
        continue;
      }
      if (app.result === 'contested' && reading.gn !== 'established') {
        because.push(`${id}: contested, reading ${reading.gn}`);
        continue;
      }
      because.push(`rule ${id}${app.result === 'contested' ? ' (contested, reading established)' : ''}`);
      active = true;
    }
    if (!active) return { holds: false, because };
    if (!hasPersonalisedData(env))
      return { holds: false, because: [...because, env.fact(`/instruments[${env.tx.instrument}]/kind`, env.tx.instrumentKind), 'no personalised security data'] };
    if (hasProofRule(env.regime.id) && !proofHolds(env)) return { holds: false, because: [...because, 'proof of authentication fails'] };
    return { holds: true, decision: 'all', because };
  },
};

/**
 * Belgian texts before 2018 cap misappropriation only when the holder failed to keep his personalised
 * security features safe: a breach about the PIN, codes or credentials is established, grave or not,
 * and not dated after the operation (it bears only what it made possible).
 */
function securityFailed(env: Env): boolean {
  return env.c.conduct.some(
    (k) => (k.status === 'proven' || k.status === 'admitted') && SECURITY_DATA_BREACHES.has(k.fact) && !(k.at && compareSpans(env.tx.at, k.at) === 'before'),
  );
}

/** The card never reached the holder: the issuer bears the risk of sending it and its codes (CMF L133-15; PSD1 art. 57(2), PSD2 art. 70(2); CDE VII.31 (2014)). */
export const notReceived: Rule = {
  id: 'allocation.not_received',
  article: (r) => ({ id: r.jurisdiction === 'FR' && r.statutory && r.id !== 'fr.cmf-l132' ? 'fr.cmf.L133-15' : r.id === 'be.cde-2014' ? 'be.cde-2014.VII.31' : r.from >= '2018-01-13' ? 'eu.psd2.art-70' : 'eu.psd1.art-57' }),
  evaluate: (env) => (env.c.incident.kind === 'not_received' ? { holds: true, decision: 'none', because: [env.fact('/incident/kind', 'not_received')] } : null),
};

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
