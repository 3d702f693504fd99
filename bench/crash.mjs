// npm run crash: durability under crashes, SQLite and PostgreSQL. Prints what it saw; exits 1 on
// any lost or corrupt write.
// 1. recours is killed (SIGKILL) in the middle of a burst of 16 writers, CRASH_ROUNDS times (20) on
//    the same database, restarted each time. Each writer creates a case, changes it a few times
//    (PUT with the version it read) and archives it, then takes the next.
// 2. PostgreSQL itself is killed (SIGKILL of the postmaster, a private cluster on port 54349) in
//    the middle of a burst, CRASH_PG_ROUNDS times (5); recours keeps running (503 while it is
//    down) and the writers go on once it is back.
// After each campaign every acknowledged write is checked: the case is there at its acknowledged
// version (or one more, when the answer was lost with the crash), with the acknowledged title and
// archive flag, and a history entry per version; SQLite passes its integrity check after every kill.
// 3. fsync audit: a SIGKILL leaves the OS page cache, so (1) cannot tell synchronous=FULL from no
//    fsync at all. Under strace, SQLite must call fsync/fdatasync at least once per acknowledged
//    write (it fails with synchronous=OFF or NORMAL). CRASH_AUDIT_ONLY=1 runs only this;
//    CRASH_SKIP_AUDIT=1 all but this (strace missing).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { freshPostgres, startServer } from './server-process.mjs';

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 20);
const PG_ROUNDS = Number(process.env.CRASH_PG_ROUNDS ?? 5);
const body = readFileSync(new URL('../examples/be-ombudsfin-2013-1876.case.json', import.meta.url), 'utf8');
const json = { 'content-type': 'application/json' };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A writer's life: create, update 3 times, archive; `acked` holds what each case was acknowledged as. */
async function writer(url, tag, acked, stopped) {
  for (let n = 0; !stopped(); n++) {
    try {
      const c = await fetch(`${url}/v1/cases`, { method: 'POST', headers: json, body: `{"title":"${tag}-${n}","case":${body}}` });
      if (c.status !== 201) { await c.arrayBuffer(); await sleep(50); continue; }
      const rec = await c.json();
      const state = { version: 1, title: rec.title, archived: false };
      acked.set(rec.id, state);
      for (let u = 0; u < 4 && !stopped(); u++) {
        const archive = u === 3;
        const res = archive
          ? await fetch(`${url}/v1/cases/${rec.id}/archive`, { method: 'POST', headers: json, body: `{"version":${state.version}}` })
          : await fetch(`${url}/v1/cases/${rec.id}`, { method: 'PUT', headers: json, body: `{"version":${state.version},"title":"${tag}-${n}-u${u}"}` });
        if (res.status !== 200) { await res.arrayBuffer(); break; }
        const r = await res.json();
        acked.set(rec.id, { version: r.version, title: r.title, archived: r.archived });
        Object.assign(state, { version: r.version });
      }
    } catch {
      await sleep(50); // the connection died with the server: not acknowledged
      if (stopped()) return;
    }
  }
}

async function verify(url, acked) {
  let bad = 0;
  for (const [id, want] of acked) {
    const res = await fetch(`${url}/v1/cases/${id}`);
    const r = res.status === 200 ? await res.json() : null;
    const h = r && (await (await fetch(`${url}/v1/cases/${id}/history`)).json()).entries;
    const ok = r && (r.version === want.version ? r.title === want.title && r.archived === want.archived : r.version === want.version + 1) && h.length === r.version;
    if (!ok) bad++;
  }
  return bad;
}

async function burst(url, acked, round, ms, crash) {
  let stop = false;
  const before = acked.size;
  const writers = Array.from({ length: 16 }, (_, w) => writer(url, `r${round}w${w}`, acked, () => stop));
  while (acked.size - before < 20 + Math.floor(Math.random() * 60)) await sleep(2);
  await crash();
  await sleep(ms);
  stop = true;
  await Promise.all(writers);
}

async function killCampaign(label, flags, integrity) {
  const acked = new Map();
  let bad = 0;
  const t0 = Date.now();
  for (let round = 0; round < ROUNDS; round++) {
    const { proc, url } = await startServer(flags);
    await burst(url, acked, round, 0, async () => proc.kill('SIGKILL'));
    const broken = integrity?.();
    if (broken) { console.log(`${label}: integrity check failed after kill ${round + 1}: ${broken}`); bad++; }
  }
  const { proc, url } = await startServer(flags);
  bad += await verify(url, acked);
  proc.kill('SIGTERM');
  console.log(`${label.padEnd(22)} ${ROUNDS} SIGKILLs of recours, ${acked.size} cases written (create, updates, archive), ${bad} missing or wrong, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return bad;
}

const PG_PORT = '54349';
const cluster = (action) => execFileSync('bash', ['scripts/postgres.sh', action], { encoding: 'utf8', env: { ...process.env, RECOURS_PG_PORT: PG_PORT }, stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').at(-1);
async function startCluster() {
  for (let i = 0; ; i++) {
    try {
      return cluster('start');
    } catch (e) {
      if (i > 40) throw e;
      await sleep(250); // the killed postmaster's backends are still leaving
    }
  }
}

async function postgresCrashCampaign() {
  const base = await startCluster();
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const name = `recours_crash_${Date.now()}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const { proc, url } = await startServer(['--database-url', base.replace(/\/[^/]*$/, `/${name}`)]);
  const acked = new Map();
  const t0 = Date.now();
  let refused = 0;
  for (let round = 0; round < PG_ROUNDS; round++)
    await burst(url, acked, round, 1500, async () => {
      cluster('crash');
      setTimeout(() => void startCluster(), 500);
    });
  while ((await fetch(`${url}/v1/health`).then((r) => r.status, () => 0)) !== 200) { refused++; await sleep(200); }
  const bad = await verify(url, acked);
  const alive = proc.exitCode === null;
  proc.kill('SIGTERM');
  console.log(`${'PostgreSQL (crashed)'.padEnd(22)} ${PG_ROUNDS} SIGKILLs of the postmaster, recours ${alive ? 'still running' : 'DIED'}, ${acked.size} cases written, ${bad} missing or wrong, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return bad + (alive ? 0 : 1);
}

/** Acknowledged writes against fsync/fdatasync calls of the SQLite server, counted by strace. */
async function fsyncAudit() {
  const dir = mkdtempSync(join(tmpdir(), 'recours-fsync-'));
  const out = join(dir, 'strace.txt');
  const proc = spawn('strace', ['-c', '-e', 'trace=fsync,fdatasync', '-o', out, process.execPath, 'bin/recours.js', 'serve', '--port', '0', '--data', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve) => { let s = ''; proc.stdout.on('data', (d) => { s += d; const m = /listening on (http:\/\/\S+)/.exec(s); if (m) resolve(m[1]); }); });
  const acked = new Map();
  let stop = false;
  const writers = Array.from({ length: 2 }, (_, w) => writer(url, `f${w}`, acked, () => stop));
  while (acked.size < 40) await sleep(20);
  stop = true;
  await Promise.all(writers);
  const writes = [...acked.values()].reduce((n, s) => n + s.version, 0);
  // Stop the server itself (strace's child); strace then writes its counts and exits.
  const server = Number(execFileSync('pgrep', ['-P', String(proc.pid)], { encoding: 'utf8' }).trim().split('\n')[0]);
  await new Promise((r) => { proc.on('exit', r); process.kill(server, 'SIGTERM'); });
  const text = readFileSync(out, 'utf8');
  const syncs = [...text.matchAll(/^\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(?:\d+\s+)?(fsync|fdatasync)$/gm)].reduce((n, m) => n + Number(m[1]), 0);
  rmSync(dir, { recursive: true, force: true });
  const ok = syncs >= writes;
  console.log(`${'SQLite fsync audit'.padEnd(22)} ${writes} acknowledged writes, ${syncs} fsync/fdatasync calls: ${ok ? 'each write synced' : 'WRITES ACKNOWLEDGED WITHOUT FSYNC'}`);
  return ok ? 0 : 1;
}

let failures = 0;
if (!process.env.CRASH_SKIP_AUDIT) failures += await fsyncAudit();
if (process.env.CRASH_AUDIT_ONLY) process.exit(failures ? 1 : 0);
const dir = mkdtempSync(join(tmpdir(), 'recours-crash-'));
failures += await killCampaign('SQLite', ['--data', dir], () => {
  const db = new BetterSqlite3(join(dir, 'recours.sqlite'));
  const r = db.pragma('integrity_check', { simple: true });
  db.close();
  return r === 'ok' ? null : String(r);
});
rmSync(dir, { recursive: true, force: true });
const shared = await freshPostgres();
failures += await killCampaign('PostgreSQL', ['--database-url', shared.url], null);
await shared.drop();
failures += await postgresCrashCampaign();
process.exit(failures ? 1 : 0);
