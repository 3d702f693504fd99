// The end-to-end time of a 1 000 000-transaction CSV batch: the file is generated first (not
// timed), then `recours batch` runs as a user runs it, with its peak resident memory sampled.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBatchCsv } from './csv.mjs';
import { fmt, target } from './measure.mjs';

const bin = new URL('../bin/recours.js', import.meta.url).pathname;

function run(args) {
  return new Promise((done) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peak = 0;
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setInterval(() => {
      try {
        peak = Math.max(peak, Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
      } catch {
        // ended
      }
    }, 20);
    child.on('close', (status) => {
      clearInterval(timer);
      done({ status, stderr, seconds: Number(process.hrtime.bigint() - t0) / 1e9, peakMb: peak });
    });
  });
}

export async function batchMillion(seed, transactions = Number(process.env.BENCH_TRANSACTIONS ?? 1_000_000)) {
  const dir = mkdtempSync(join(tmpdir(), 'recours-bench-'));
  try {
    const input = join(dir, 'disputes.csv');
    const t0 = Date.now();
    const { rows, cases } = await writeBatchCsv(input, transactions, seed);
    console.log(`\nBatch: ${fmt(rows)} transactions in ${fmt(cases)} cases, ${fmt(statSync(input).size / 1e6)} MB of CSV (generated in ${((Date.now() - t0) / 1000).toFixed(1)} s, not timed)`);
    const r = await run(['batch', input, '--out', join(dir, 'results.csv'), '--errors', join(dir, 'errors.csv'), '--workers', '2']);
    const summary = r.stderr.trim().split('\n').pop();
    console.log(`  recours batch --workers 2: exit ${r.status}, ${r.seconds.toFixed(1)} s end to end, ${fmt(rows / r.seconds)} transactions/s, peak RSS ${fmt(r.peakMb)} MB (sampled every 20 ms)`);
    console.log(`  ${summary}`);
    const scale = 1_000_000 / rows;
    target(`${fmt(rows)}-transaction batch, seconds${scale !== 1 ? ' (scaled to 1 000 000)' : ''}`, r.seconds * scale, 20, { atLeast: false, unit: ' s' });
    target('batch peak RSS, MB', r.peakMb, 300, { atLeast: false, unit: ' MB' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
