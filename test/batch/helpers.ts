/** Running the built `recours batch` (npm run build first) and reading its CSV files back. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = join(root, 'bin/recours.js');
const tmp = mkdtempSync(join(tmpdir(), 'recours-batch-'));

export const path = (name: string): string => join(tmp, name);
export function file(name: string, text: string | Buffer): string {
  const p = path(name);
  writeFileSync(p, text);
  return p;
}

/** The CLI, its standard input a string or the raw bytes of a file (`stdinFile`). */
export const recours = (args: string[], input?: string, stdinFile?: string) =>
  spawnSync(process.execPath, [bin, ...args], {
    input, stdio: stdinFile ? [openSync(stdinFile, 'r'), 'pipe', 'pipe'] : undefined, encoding: 'utf8', env: { ...process.env, RECOURS_DEBUG: '' }, maxBuffer: 1 << 28,
  });

/** A CSV file's records as objects by header name. */
export const readCsv = (p: string): Record<string, string>[] => parse(readFileSync(p, 'utf8'), { columns: true, bom: true });

/** Runs the batch as a child process, sampling its resident memory (Linux /proc) every 25 ms. */
export function batchSampled(args: string[], onStart?: (pid: number) => void): Promise<{ status: number | null; signal: string | null; stderr: string; peakMb: number }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, 'batch', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peak = 0;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setInterval(() => {
      try {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
        peak = Math.max(peak, kb / 1024);
      } catch {
        // the process has ended
      }
    }, 25);
    onStart?.(child.pid!);
    child.on('close', (status, signal) => {
      clearInterval(timer);
      done({ status, signal, stderr, peakMb: peak });
    });
  });
}
