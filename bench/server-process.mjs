// A recours server in its own process for the benchmarks and reliability scripts.
import { spawn } from 'node:child_process';

/** Starts `recours serve` on a free port with the given store flags; resolves with its URL. */
export function startServer(storeFlags, extra = []) {
  // The young generation of bin/recours.js's shebang, with this very node.
  const proc = spawn(process.execPath, ['--max-semi-space-size=64', 'bin/recours.js', 'serve', '--port', '0', ...storeFlags, ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ proc, url: m[1] });
    });
    proc.on('exit', (c) => reject(new Error(`server exited (${c}): ${out}`)));
  });
}

/** A fresh PostgreSQL database on the test cluster (scripts/postgres.sh), and how to drop it. */
export async function freshPostgres() {
  const { execFileSync } = await import('node:child_process');
  const pg = (await import('pg')).default;
  const base = execFileSync('bash', ['scripts/postgres.sh'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').at(-1);
  const name = `recours_bench_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    url: base.replace(/\/[^/]*$/, `/${name}`),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
