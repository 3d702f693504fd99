// npm run bench: the speed of recours single-threaded — the public decisions of ../shared/caselaw against
// JSON.parse of the same texts, generated cases, the same core rules in json-rules-engine and
// Publicodes, and a 1 000 000-transaction CSV batch end to end.
// Prints measured figures and says by how much a target is missed; asserts nothing (speed is
// never a test). Sections: `node bench/engine.mjs [public] [engine] [rules] [batch]` (default: all).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCase, parseCaseText, renderReport, assess } from '../dist/index.js';
import { summarise } from '../dist/engine/assess.js';
import { generateCases } from './generate.mjs';
import { fmt, line, measure, report, target } from './measure.mjs';
import { compareRuleEngines } from './rules/compare.mjs';
import { batchMillion } from './batch.mjs';

const sections = process.argv.slice(2).length ? new Set(process.argv.slice(2)) : new Set(['public', 'engine', 'rules', 'batch']);
const SEED = 20261201;
console.log(`recours bench — Node ${process.version}, ${process.platform}/${process.arch}, seed ${SEED}`);

if (sections.has('public')) {
  // The public decisions of ../shared/caselaw as the texts a user sends: each figure is also given as a
  // ratio to JSON.parse of the same texts measured in the same run, so a loaded machine slows both alike.
  const dir = fileURLToPath(new URL('../../shared/caselaw/cases/', import.meta.url));
  const texts = readdirSync(dir).filter((f) => f.endsWith('.case.json')).sort().map((f) => readFileSync(dir + f, 'utf8'));
  const pick = (i) => texts[i % texts.length];
  const answer = (text) => {
    const r = parseCaseText(text);
    if (!r.ok) throw new Error(`public case refused: ${JSON.stringify(r.errors[0])}`);
    return renderReport(assess(r.value), 'fr', 'text');
  };
  texts.forEach(answer);
  console.log(`\nPublic decisions (../shared/caselaw/cases), single thread: ${texts.length} case texts, 5 interleaved rounds`);
  // Rounds alternate the three measurements so a burst of load from elsewhere falls on all of them;
  // each ratio is taken within its round, and the median round is reported with the range.
  const rounds = [];
  for (let r = 0; r < 5; r++) {
    const json = await measure((i) => JSON.parse(pick(i)), { seconds: 0.6, warmup: 500 });
    const parsed = await measure((i) => parseCaseText(pick(i)), { seconds: 0.6, warmup: 500 });
    const full = await measure((i) => answer(pick(i)), { seconds: 1, warmup: 100 });
    rounds.push({ json, parsed, full, parseRatio: (parsed.perSecond / json.perSecond) * 100, fullRatio: (full.perSecond / json.perSecond) * 100 });
  }
  const median = (key) => [...rounds].sort((a, b) => a[key] - b[key])[2];
  const range = (key) => `${Math.min(...rounds.map((r) => r[key])).toFixed(1)}–${Math.max(...rounds.map((r) => r[key])).toFixed(1)} %`;
  const mp = median('parseRatio');
  const mf = median('fullRatio');
  line('JSON.parse of the case text', mp.json, 'cases/s');
  line('parse + validate (parseCaseText)', mp.parsed, 'cases/s');
  line('full answer: parse, assess, text report (fr)', mf.full, 'cases/s');
  console.log(`  ratios to JSON.parse (median round, range of 5): parse + validate ${mp.parseRatio.toFixed(1)} % (${range('parseRatio')}), ` +
    `full answer with text ${mf.fullRatio.toFixed(1)} % (${range('fullRatio')})`);
  // The same ratios by median call time (p50), less moved by bursts of load than throughput.
  const byP50 = (key) => rounds.map((r) => (r.json.p50 / r[key].p50) * 100).sort((a, b) => a - b);
  const p50s = (key) => { const xs = byP50(key); return `${xs[2].toFixed(1)} % (${xs[0].toFixed(1)}–${xs[4].toFixed(1)} %)`; };
  console.log(`  by median call time: parse + validate ${p50s('parsed')}, full answer with text ${p50s('full')}`);
  target('parse + validate, % of JSON.parse', mp.parseRatio, 50, { unit: ' %' });
  target('full answer with text, % of JSON.parse', mf.fullRatio, 10, { unit: ' %' });
}

if (sections.has('engine')) {
  const jsons = generateCases(SEED, 5000);
  const cases = jsons.map((j) => parseCase(j)).map((r) => {
    if (!r.ok) throw new Error(`generated case refused: ${JSON.stringify(r.errors[0])}`);
    return r.value;
  });
  const ops = cases.reduce((s, c) => s + c.transactions.length, 0);
  const regimes = new Set(cases.map((c) => summarise(c).regime));
  const kinds = new Set(cases.map((c) => c.incident.kind));
  console.log(`\nEngine, single thread: ${cases.length} generated cases, ${ops} operations (1–20 a case, mean ${(ops / cases.length).toFixed(1)}), ` +
    `${regimes.size} regimes, ${kinds.size} incident kinds, both jurisdictions`);
  const pick = (i) => cases[i % cases.length];
  const parsing = await measure((i) => parseCase(jsons[i % jsons.length]));
  line('parse + validate (zod schema, legal dates)', parsing, 'cases/s');
  const fast = await measure((i) => summarise(pick(i)));
  line('allocation, no text (batch path)', fast);
  const full = await measure((i) => assess(pick(i)));
  line('assess: trace, deadlines, interest, precedents', full);
  const text = await measure((i) => renderReport(assess(pick(i)), 'fr', 'text'));
  line('assess + text report (fr)', text);
  console.log(`  (the allocation is ${fmt(fast.perSecond * ops / cases.length)} operations/s; with the text report ${fmt(text.perSecond * ops / cases.length)} operations/s)`);
  target('assessments/s without text rendering (one core)', fast.perSecond, 100_000);
  target('assessments/s with text rendering (one core)', text.perSecond, 20_000);
  console.log(`  peak RSS so far ${fmt(process.resourceUsage().maxRSS / 1024)} MB`);
}

if (sections.has('rules')) await compareRuleEngines(SEED + 1);
if (sections.has('batch')) await batchMillion(SEED + 2);
console.log(`\npeak RSS of the bench process ${fmt(process.resourceUsage().maxRSS / 1024)} MB`);
report();
