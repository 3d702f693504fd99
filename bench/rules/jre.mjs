// The core allocation rules in json-rules-engine: one rule per dated regime for the cap and the SCA
// rule, and the legal order (after the blocking, no SCA, gross negligence, the cap) as priorities.
import { Engine } from 'json-rules-engine';
import { REGIMES } from './facts.mjs';

const inForce = (r) => [
  { fact: 'jurisdiction', operator: 'equal', value: r.jurisdiction },
  { fact: 'day', operator: 'greaterThanInclusive', value: r.from },
  { fact: 'day', operator: 'lessThanInclusive', value: r.to },
];

export function jreEngine() {
  const engine = new Engine([], { allowUndefinedFacts: false });
  engine.addRule({ name: 'after_blocking', priority: 100, conditions: { all: [{ fact: 'after', operator: 'equal', value: true }] }, event: { type: 'none' } });
  for (const r of REGIMES) {
    if (r.scaRule)
      engine.addRule({ name: `no_sca ${r.id}`, priority: 90, conditions: { all: [...inForce(r), { fact: 'sca', operator: 'equal', value: false }] }, event: { type: 'none' } });
    engine.addRule({ name: `cap ${r.id} ${r.from}`, priority: 10, conditions: { all: inForce(r) }, event: { type: 'cap', params: { capCents: r.capCents } } });
  }
  engine.addRule({ name: 'gross_negligence', priority: 80, conditions: { all: [{ fact: 'gn', operator: 'equal', value: true }] }, event: { type: 'all' } });
  return engine;
}

/** The decision of the highest-priority rule that holds. */
export async function jreDecide(engine, facts) {
  const { results } = await engine.run(facts);
  let best = null;
  for (const r of results) if (!best || r.priority > best.priority) best = r;
  return { decision: best.event.type, capCents: best.event.params?.capCents ?? 0 };
}
