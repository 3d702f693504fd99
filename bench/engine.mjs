// npm run bench: assessments per second of the built engine over the public case law, with and
// without the text rendering. Prints its figures; asserts nothing (speed is never a test).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assess, parseCase, renderReport } from '../dist/index.js';

const dir = new URL('../../shared/caselaw/cases/', import.meta.url).pathname;
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.case.json'))
  .map((f) => parseCase(JSON.parse(readFileSync(join(dir, f), 'utf8'))))
  .filter((r) => r.ok)
  .map((r) => r.value);

function measure(label, fn, seconds = 2) {
  for (let i = 0; i < 2000; i++) fn(cases[i % cases.length]);
  let n = 0;
  const t0 = process.hrtime.bigint();
  const end = t0 + BigInt(seconds * 1e9);
  const times = [];
  while (process.hrtime.bigint() < end) {
    const s = process.hrtime.bigint();
    fn(cases[n % cases.length]);
    times.push(Number(process.hrtime.bigint() - s));
    n++;
  }
  const elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  times.sort((a, b) => a - b);
  const q = (p) => (times[Math.floor(p * (times.length - 1))] / 1000).toFixed(1);
  console.log(`${label.padEnd(34)} ${Math.round(n / elapsed).toString().padStart(8)} /s   p50 ${q(0.5)} µs   p99 ${q(0.99)} µs`);
}

console.log(`${cases.length} public cases, single thread, Node ${process.version}`);
measure('assess (with trace)', (c) => assess(c));
measure('assess + text report (fr)', (c) => renderReport(assess(c), 'fr', 'text'));
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
