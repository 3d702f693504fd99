// The core allocation rules in Publicodes: the regime's cap and SCA rule by date as variations,
// and the decision in the legal order (after the blocking, no SCA, gross negligence, the cap).
import Engine from 'publicodes';
import { REGIMES } from './facts.mjs';

const when = (r) => ({ 'toutes ces conditions': [`jurisdiction = '${r.jurisdiction}'`, `jour >= ${r.from}`, `jour <= ${r.to}`] });

export const RULES = {
  jurisdiction: { 'par défaut': "'FR'" },
  jour: { 'par défaut': 20200101 },
  'après blocage': { 'par défaut': 'non' },
  sca: { 'par défaut': 'oui' },
  'négligence grave': { 'par défaut': 'non' },
  plafond: { variations: [...REGIMES.map((r) => ({ si: when(r), alors: r.capCents })), { sinon: 0 }] },
  'règle sca': { variations: [...REGIMES.filter((r) => r.scaRule).map((r) => ({ si: when(r), alors: 'oui' })), { sinon: 'non' }] },
  décision: {
    variations: [
      { si: 'après blocage', alors: "'none'" },
      { si: { 'toutes ces conditions': ['règle sca', 'sca = non'] }, alors: "'none'" },
      { si: 'négligence grave', alors: "'all'" },
      { sinon: "'cap'" },
    ],
  },
};

export const publicodesEngine = () => new Engine(RULES, { logger: { log() {}, warn() {}, error() {} } });

export function publicodesDecide(engine, f) {
  engine.setSituation({
    jurisdiction: `'${f.jurisdiction}'`, jour: f.day, 'après blocage': f.after ? 'oui' : 'non', sca: f.sca ? 'oui' : 'non', 'négligence grave': f.gn ? 'oui' : 'non',
  });
  const decision = engine.evaluate('décision').nodeValue;
  return { decision, capCents: decision === 'cap' ? engine.evaluate('plafond').nodeValue : 0 };
}
