/**
 * End-to-end support: a `recours serve` per test file on port 0 with a temporary data directory,
 * Debian's Chromium driven by playwright-core (never a downloaded browser), axe-core, screenshots
 * into test-artifacts/.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import axe from 'axe-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const CHROMIUM = process.env.RECOURS_CHROMIUM ?? '/usr/bin/chromium';
const BIN = join(ROOT, 'bin/recours.js');

export interface Server {
  url: string;
  dataDir: string;
  stop: () => Promise<void>;
}

export async function startServer(opts: { multiUser?: boolean } = {}): Promise<Server> {
  if (!existsSync(join(ROOT, 'dist/web/index.html'))) throw new Error('dist/web is missing: run `npm run build` first');
  const dataDir = mkdtempSync(join(tmpdir(), 'recours-e2e-'));
  // A generous budget for the heavy requests (letters, what-if): these tests check what the pages do, not how fast.
  const args = [BIN, 'serve', '--port', '0', '--data', dataDir, '--work-budget', '120000', ...(opts.multiUser ? ['--multi-user', '--rate-limit', '0'] : [])];
  const child: ChildProcess = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start: ${out}`)), 20_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /recours listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited (${code}): ${out}`));
    });
  });
  return {
    url,
    dataDir,
    stop: async () => {
      if (child.exitCode === null) {
        const done = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([done, new Promise((r) => setTimeout(r, 3000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function createUser(dataDir: string, org: string, email: string, password: string, role: 'caseworker' | 'admin' = 'caseworker'): void {
  execFileSync(process.execPath, [BIN, 'admin', 'create-user', '--data', dataDir, '--org', org, '--email', email, '--password', password, '--role', role], { cwd: ROOT, stdio: 'pipe' });
}

/** A server (with its users, in multi-user mode) and a browser for one test file. */
export async function openBoth(opts: { multiUser?: boolean; users?: [org: string, email: string, password: string, role?: 'caseworker' | 'admin'][] } = {}): Promise<[Server, Browser]> {
  const [server, browser] = await Promise.all([startServer({ multiUser: opts.multiUser ?? false }), launch()]);
  for (const [org, email, password, role] of opts.users ?? []) createUser(server.dataDir, org, email, password, role);
  return [server, browser];
}

export async function closeBoth(server: Server | undefined, browser: Browser | undefined): Promise<void> {
  await browser?.close();
  await server?.stop();
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium; scripts/test-all.sh does it)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** Fails on any request that leaves the server's origin (no CDN, no remote font, nothing). */
export function watchExternal(page: Page, origin: string): string[] {
  const external: string[] = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) external.push(u);
  });
  return external;
}

/** Console errors and CSP violations seen by the page. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** axe-core on the current page; returns the serious and critical violations (none expected). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const result = (await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }))) as axe.AxeResults;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Spaces of any kind as plain spaces, to compare formatted amounts. */
export const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** The Ombudsfin 2013.1876 statement lines, as copied from the credit-card and debit-card statements. */
export const OMBUDSFIN_CREDIT = [
  '22/04/2013 RETRAIT BANCONTACT BRUXELLES 505,00',
  '22/04/2013 PAIEMENT CARTE DELHAIZE BRUXELLES 77,00',
  '22/04/2013 PAIEMENT CARTE MEDIA MARKT BRUXELLES 308,00',
  '22/04/2013 PAIEMENT CARTE FNAC BRUXELLES 308,00',
  '22/04/2013 PAIEMENT CARTE INNO BRUXELLES 308,00',
  '22/04/2013 PAIEMENT CARTE ZARA BRUXELLES 308,00',
  '22/04/2013 PAIEMENT CARTE H&M BRUXELLES 308,00',
  '22/04/2013 PAIEMENT CARTE KRUIDVAT BRUXELLES 308,00',
  '22/04/2013 PAIEMENT CARTE PRIMARK BRUXELLES 308,00',
].join('\n');
export const OMBUDSFIN_DEBIT = 'Date;Libellé;Montant\n22/04/2013;RETRAIT BANCONTACT BRUXELLES;-500,00';

/** A server and a browser for the test file that calls it, started before its tests and stopped after them. */
export function sharedServerAndBrowser(opts: Parameters<typeof openBoth>[0] = {}): { server: Server; browser: Browser } {
  const env = {} as { server: Server; browser: Browser };
  beforeAll(async () => {
    [env.server, env.browser] = await openBoth(opts);
  }, 60_000);
  afterAll(() => closeBoth(env.server, env.browser));
  return env;
}

/**
 * A watched page: requests leaving the server, console errors, and `check(name)` running axe-core
 * (serious and critical violations collected in `problems`) and keeping a screenshot `<prefix>-<name>`.
 */
export async function watchedPage(browser: Browser, origin: string, options: { viewport: { width: number; height: number }; locale: string }, prefix: string) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const external = watchExternal(page, origin);
  const errors = watchConsole(page);
  const problems: string[] = [];
  const check = async (name: string) => {
    for (const v of await axeViolations(page)) problems.push(`${name}: ${v}`);
    await shot(page, `${prefix}-${name}`);
  };
  return { context, page, external, errors, problems, check };
}
