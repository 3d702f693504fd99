// npm run crash: kills the server with SIGKILL in the middle of a burst of concurrent writes,
// 20 times in a row on the same database, restarting it each time; after each restart every
// acknowledged write must be there, and SQLite must pass its integrity check. SQLite and
// PostgreSQL. Prints what it saw; exits 1 on any lost write.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { freshPostgres, startServer } from './server-process.mjs';

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 20);
const body = readFileSync(new URL('../examples/be-ombudsfin-2013-1876.case.json', import.meta.url), 'utf8');

async function burstAndKill(url, proc, acknowledged, round) {
  let killed = false;
  let n = 0;
  const writer = async (w) => {
    while (!killed) {
      const title = `r${round}-w${w}-${n++}`;
      try {
        const res = await fetch(`${url}/v1/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"title":"${title}","case":${body}}` });
        if (res.status === 201) acknowledged.set((await res.json()).id, title);
      } catch {
        return;
      }
    }
  };
  const before = acknowledged.size;
  const writers = Array.from({ length: 16 }, (_, w) => writer(w));
  const wait = 30 + Math.floor(Math.random() * 120);
  while (acknowledged.size - before < wait) await new Promise((r) => setTimeout(r, 2));
  proc.kill('SIGKILL');
  killed = true;
  await Promise.all(writers);
}

async function verify(url, acknowledged) {
  let missing = 0;
  for (const [id, title] of acknowledged) {
    const res = await fetch(`${url}/v1/cases/${id}`);
    if (res.status !== 200 || (await res.json()).title !== title) missing++;
  }
  return missing;
}

async function campaign(label, flags, integrity) {
  const acknowledged = new Map();
  let lost = 0;
  const t0 = Date.now();
  for (let round = 0; round < ROUNDS; round++) {
    const { proc, url } = await startServer(flags);
    await burstAndKill(url, proc, acknowledged, round);
    const bad = integrity?.();
    if (bad) {
      console.log(`${label}: integrity check failed after round ${round + 1}: ${bad}`);
      lost++;
    }
  }
  const { proc, url } = await startServer(flags);
  lost += await verify(url, acknowledged);
  proc.kill('SIGTERM');
  console.log(`${label.padEnd(10)} ${ROUNDS} SIGKILLs, ${acknowledged.size} acknowledged writes, ${lost} missing or corrupt, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return lost;
}

let failures = 0;
const dir = mkdtempSync(join(tmpdir(), 'recours-crash-'));
failures += await campaign('SQLite', ['--data', dir], () => {
  const db = new BetterSqlite3(join(dir, 'recours.sqlite'));
  const r = db.pragma('integrity_check', { simple: true });
  db.close();
  return r === 'ok' ? null : String(r);
});
rmSync(dir, { recursive: true, force: true });
const pg = await freshPostgres();
failures += await campaign('PostgreSQL', ['--database-url', pg.url], null);
await pg.drop();
process.exit(failures ? 1 : 0);
