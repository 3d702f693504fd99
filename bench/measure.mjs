// Timing helpers for the bench: throughput with per-call p50/p99, and targets that say by how much they are missed.

/**
 * Calls fn(i) for `seconds` after a warm-up; returns calls per second and per-call percentiles
 * (µs). An async fn (json-rules-engine) is awaited; a sync one is not, so no microtask is timed.
 */
export async function measure(fn, { seconds = 2, warmup = 2000 } = {}) {
  const call = async (i) => {
    const r = fn(i);
    if (r instanceof Promise) await r;
  };
  for (let i = 0; i < warmup; i++) await call(i);
  const times = [];
  let n = 0;
  const t0 = process.hrtime.bigint();
  const end = t0 + BigInt(Math.round(seconds * 1e9));
  for (let now = t0; now < end; n++) {
    const r = fn(n);
    if (r instanceof Promise) await r;
    const after = process.hrtime.bigint();
    times.push(Number(after - now));
    now = after;
  }
  const elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.floor(p * (times.length - 1))] / 1000;
  return { perSecond: n / elapsed, p50: q(0.5), p99: q(0.99), n };
}

export const fmt = (n) => Math.round(n).toLocaleString('en-US').replaceAll(',', ' ');

export function line(label, m, unit = 'assessments/s') {
  console.log(`  ${label.padEnd(46)} ${fmt(m.perSecond).padStart(10)} ${unit}   p50 ${m.p50.toFixed(1).padStart(7)} µs   p99 ${m.p99.toFixed(1).padStart(7)} µs`);
}

const targets = [];

/** Records a target: `atLeast` true when higher is better. Printed at the end by `report`. */
export function target(label, value, goal, { atLeast = true, unit = '' } = {}) {
  const met = atLeast ? value >= goal : value <= goal;
  const miss = atLeast ? (1 - value / goal) * 100 : (value / goal - 1) * 100;
  targets.push({ label, text: `${label}: ${typeof value === 'number' ? (Number.isInteger(goal) && goal > 100 ? fmt(value) : value.toFixed(1)) : value}${unit} (target ${atLeast ? '≥' : '≤'} ${fmt(goal)}${unit}) — ${met ? 'met' : `MISSED by ${miss.toFixed(0)} %`}`, met });
}

export function report() {
  console.log('\nTargets');
  for (const t of targets) console.log(`  ${t.met ? '✓' : '✗'} ${t.text}`);
  const missed = targets.filter((t) => !t.met).length;
  console.log(`  ${targets.length - missed} met, ${missed} missed (see docs/batch.md, "Benchmarks", for why)`);
}
