/** `recours serve` as a child process (built CLI in dist/), and the address lines it prints. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export interface Served { proc: ChildProcessWithoutNullStreams; lines: string[]; stderr: () => string; stop: () => Promise<number | null> }

/** Starts `recours serve ARGS` and waits until every pattern has matched a line of standard output. */
export async function serve(args: string[], until: RegExp[], env: NodeJS.ProcessEnv = process.env): Promise<Served & { matches: RegExpExecArray[] }> {
  const proc = spawn(process.execPath, ['bin/recours.js', 'serve', ...args], { stdio: ['pipe', 'pipe', 'pipe'], env });
  let err = '';
  proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const lines: string[] = [];
  const matches = await new Promise<RegExpExecArray[]>((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      lines.splice(0, lines.length, ...out.split('\n'));
      const found = until.map((re) => lines.map((l) => re.exec(l)).find((m) => m !== null) ?? null);
      if (found.every((m) => m !== null)) resolve(found as RegExpExecArray[]);
    });
    proc.on('exit', (c) => reject(new Error(`recours serve exited ${c}: ${out}${err}`)));
  });
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (c) => resolve(c)));
  return {
    proc, lines, matches, stderr: () => err,
    stop: async () => {
      proc.kill('SIGTERM');
      return exited;
    },
  };
}
