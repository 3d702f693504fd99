/**
 * Scope: an operation the payer consented to is authorised and outside the regime (CMF L133-6,
 * L133-7; CDE VII.32; PSD2 art. 64): push-payment scams go to general law (Cass. com. 2 oct. 2024,
 * n° 23-13.282). The former card regime covers cards only (anc. L132-1). A non-consumer's contract
 * may derogate (L133-2; VII.54). Before the first statute, Recommendation 97/489/EC or nothing; in Belgium
 * before 1 February 2003 the contract and general civil law, not computed (be-eu.md A.1).
 */
import { isCard } from '../../case/vocabulary.js';
import { txPtr, type Rule } from '../rule.js';


export const consent: Rule = {
  id: 'scope.authorised',
  article: (r) => ({ id: r.jurisdiction === 'FR' ? (r.id === 'fr.cmf-l132' ? 'fr.cmf.L132-3' : 'fr.cmf.L133-7') : r.id === 'be.cde-2018' ? 'be.cde-2018.VII.32' : r.articles.allocation }),
  evaluate: (env) => {
    const consented = env.tx.consented;
    if (consented === true) return { holds: true, decision: 'not_covered', because: [env.fact(txPtr(env, 'consented'), true)] };
    return { holds: false, because: [env.fact(txPtr(env, 'consented'), consented)] };
  },
};

export const statute: Rule = {
  id: 'scope.statute',
  article: (r) => ({ id: r.articles.allocation }),
  evaluate: (env) => {
    const { regime, tx, a } = env;
    if (regime.contractGoverns) return { holds: true, decision: 'not_covered', because: [env.fact(txPtr(env, 'at'), tx.at.raw)], values: { contract_governs: 'yes' } };
    if (!regime.statutory) {
      env.used.add('pre_statute');
      if (a.pre_statute === 'out_of_scope')
        return { holds: true, decision: 'not_covered', because: [env.fact(txPtr(env, 'at'), tx.at.raw), 'assumption pre_statute = out_of_scope'] };
      return null;
    }
    if (regime.cardsOnly && !isCard(tx.instrumentKind))
      return { holds: true, decision: 'not_covered', because: [env.fact(txPtr(env, 'at'), tx.at.raw), env.fact(`/instruments[${tx.instrument}]/kind`, tx.instrumentKind)] };
    return null;
  },
};

export const contractDerogation: Rule = {
  id: 'scope.contract_derogation',
  article: (r) => (r.jurisdiction === 'FR' ? { id: 'fr.cmf.L133-2' } : r.id === 'be.cde-2014' ? { id: 'be.cde-2014.VII.54' } : null),
  evaluate: (env) => {
    const { c } = env;
    if (c.payer.kind !== 'professional' || c.payer.contractDerogates !== true) return null;
    return { holds: true, decision: 'not_covered', because: [env.fact('/payer/kind', 'professional'), env.fact('/payer/contract_derogates', true)] };
  },
};
