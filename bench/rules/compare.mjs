// The core allocation rules three ways on the same generated cases: recours, json-rules-engine and
// Publicodes. First every case must get the same shares from all three; then each one's throughput.
import { parseCase } from '../../dist/index.js';
import { summarise } from '../../dist/engine/assess.js';
import { generateCases } from '../generate.mjs';
import { fmt, line, measure, target } from '../measure.mjs';
import { allocateShares, factsOf } from './facts.mjs';
import { jreDecide, jreEngine } from './jre.mjs';
import { publicodesDecide, publicodesEngine } from './publicodes.mjs';

export async function compareRuleEngines(seed, count = 2000) {
  const jsons = generateCases(seed, count, true);
  const cases = jsons.map((j) => parseCase(j).value);
  const facts = jsons.map(factsOf);
  const jre = jreEngine();
  const pc = publicodesEngine();
  const viaJre = async (i) => allocateShares(facts[i], await Promise.all(facts[i].map((f) => jreDecide(jre, f))));
  const viaPublicodes = (i) => allocateShares(facts[i], facts[i].map((f) => publicodesDecide(pc, f)));
  const viaRecours = (i) => summarise(cases[i]).operations.map((o) => o.payerBears);

  const ops = facts.reduce((s, f) => s + f.length, 0);
  console.log(`\nCore rules (regime by date, cap, notification, SCA, gross negligence given, after the blocking): ${count} cases, ${ops} operations`);
  let disagreements = 0;
  for (let i = 0; i < count; i++) {
    const r = JSON.stringify(viaRecours(i));
    if (r !== JSON.stringify(await viaJre(i)) || r !== JSON.stringify(viaPublicodes(i))) disagreements++;
  }
  console.log(`  agreement: ${count - disagreements}/${count} cases give the same share per operation in all three`);
  if (disagreements) {
    console.log('  the three disagree: no throughput comparison');
    return;
  }
  const recours = await measure((i) => viaRecours(i % count));
  const jr = await measure((i) => viaJre(i % count), { seconds: 2, warmup: 200 });
  const pu = await measure((i) => viaPublicodes(i % count), { seconds: 2, warmup: 200 });
  line('recours (allocation, no text)', recours, 'cases/s');
  line('json-rules-engine 7', jr, 'cases/s');
  line('Publicodes 1.10', pu, 'cases/s');
  const vsJre = recours.perSecond / jr.perSecond;
  const vsPc = recours.perSecond / pu.perSecond;
  console.log(`  recours is ${vsJre.toFixed(1)}× json-rules-engine and ${vsPc.toFixed(1)}× Publicodes (${fmt(ops / count)} operations a case on average)`);
  target('× json-rules-engine', vsJre, 20, { unit: '×' });
  target('× Publicodes', vsPc, 5, { unit: '×' });
}
