/** `recours serve` in its own process (built dist/), for tests that kill, restart or starve it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import pg from 'pg';

export interface Served {
  proc: ChildProcess;
  url: string;
  /** Everything it wrote on stdout and stderr so far. */
  output: () => string;
  exited: Promise<number | null>;
}

export const storeFlags = (t: { dataDir: string } | { databaseUrl: string }) => ('dataDir' in t ? ['--data', t.dataDir] : ['--database-url', t.databaseUrl]);

/** Starts `recours serve --port 0 ...args`; resolves once it prints its address, rejects if it exits first. */
export function serve(args: string[]): Promise<Served> {
  const proc = spawn(process.execPath, ['bin/recours.js', 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (c) => resolve(c)));
  return new Promise((resolve, reject) => {
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ proc, url: m[1]!, output: () => out, exited });
    });
    proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    void exited.then((code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

/** Runs `recours serve ...args` to its end (a start that must fail); its exit code, output and duration. */
export function serveToEnd(args: string[], timeoutMs: number): Promise<{ code: number | null; output: string; ms: number }> {
  const t0 = Date.now();
  const proc = spawn(process.execPath, ['bin/recours.js', 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  proc.stdout.on('data', (d: Buffer) => (output += d.toString()));
  proc.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) => proc.on('exit', (code) => {
    clearTimeout(timer);
    resolve({ code, output, ms: Date.now() - t0 });
  }));
}

/**
 * A PostgreSQL cluster of this test alone (scripts/postgres.sh on its own port), which the test may
 * stop, crash and start again. Never the shared one on 54329.
 */
export class PrivatePostgres {
  constructor(readonly port: number) {}
  private run(action: string): string {
    return execFileSync('bash', ['scripts/postgres.sh', action], { encoding: 'utf8', env: { ...process.env, RECOURS_PG_PORT: String(this.port) }, stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').at(-1)!;
  }
  start(): string {
    return this.run('start');
  }
  stop(): void {
    this.run('stop');
  }
  crash(): void {
    this.run('crash');
  }
  /** A fresh database on this cluster (started if needed); its URL. */
  async database(): Promise<string> {
    const base = this.start();
    const name = `recours_${randomUUID().replace(/-/g, '')}`;
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(`create database ${name}`);
    await c.end();
    return base.replace(/\/[^/]*$/, `/${name}`);
  }
}
