#!/usr/bin/env node
// `npm audit --omit=dev` as a CI step (issue 14, item 8). Fails on a high or critical advisory for a
// production dependency; when the advisory endpoint cannot be reached (this registry answers 405 to
// its POST, or the network is down) it says "advisory endpoint unreachable" and does not fail, since
// nothing was checked either way; any other answer it cannot read fails, so that the step can fail.
//
//   node scripts/audit.mjs                    runs npm audit --omit=dev --json
//   node scripts/audit.mjs --report FILE      decides on a recorded `npm audit --json` output
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const UNREACHABLE = new Set(['ENOTFOUND', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

/** The verdict on an `npm audit --json` output: { ok, message }. */
export function verdict(text) {
  let r;
  try {
    r = JSON.parse(text);
  } catch {
    return { ok: false, message: 'npm audit: unreadable answer (not JSON): failing, the dependencies were not checked' };
  }
  // npm 11 reports a failed request as { message: "request to … failed, reason: connect ECONNREFUSED …" }.
  const code = [r?.error?.code, r?.code, ...String(r?.message ?? '').split(/[\s,:]+/)].find((w) => UNREACHABLE.has(w));
  if (r?.statusCode === 405 || r?.statusCode === 404 || code) {
    const why = r.statusCode ? `HTTP ${r.statusCode} from ${r.uri ?? 'the registry'}` : code;
    return { ok: true, message: `npm audit: advisory endpoint unreachable (${why}): production dependencies not checked against advisories; the SBOM (sbom.cdx.json) lists them` };
  }
  const counts = r?.metadata?.vulnerabilities;
  if (!counts || typeof counts !== 'object') return { ok: false, message: `npm audit: unexpected answer${r?.message ? ` (${r.message})` : ''}: failing` };
  const serious = Object.entries(r.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name, v]) => `${name} (${v.severity}${v.range ? `, ${v.range}` : ''})`);
  const high = (counts.high ?? 0) + (counts.critical ?? 0);
  if (high > 0) return { ok: false, message: `npm audit: ${high} high or critical advisor${high === 1 ? 'y' : 'ies'} in production dependencies: ${serious.join(', ') || 'see npm audit --omit=dev'}` };
  return { ok: true, message: `npm audit: ${counts.total ?? 0} advisor${counts.total === 1 ? 'y' : 'ies'} in production dependencies, none high or critical` };
}

const at = process.argv.indexOf('--report');
const text = at !== -1
  ? readFileSync(process.argv[at + 1], 'utf8')
  : spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 }).stdout;
const v = verdict(text);
console.log(v.message);
process.exitCode = v.ok ? 0 : 1;
