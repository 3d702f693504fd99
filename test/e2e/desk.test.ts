/**
 * The caseworker's desk in multi-user mode: login, a case added and worked on (status, history,
 * what-if, letters), the list sorted and filtered, and two organisations that never see each
 * other's cases — in the list, on the case page and through the API.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, plain, ROOT, shot, watchConsole, watchExternal, type Server, openBoth, closeBoth } from './support.js';

let server: Server;
let browser: Browser;
const PASSWORD_A = 'correct-horse-A-2026';
const PASSWORD_B = 'correct-horse-B-2026';
const OMBUDSFIN = readFileSync(join(ROOT, 'examples/be-ombudsfin-2013-1876.case.json'), 'utf8');

beforeAll(async () => {
  [server, browser] = await openBoth({ multiUser: true, users: [['Association A', 'alice@a.test', PASSWORD_A], ['Cabinet B', 'bob@b.test', PASSWORD_B]] });
}, 60_000);
afterAll(() => closeBoth(server, browser));

async function login(context: BrowserContext, email: string, password: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/desk`);
  await page.waitForSelector('#login-email');
  await page.fill('#login-email', email);
  await page.fill('#login-password', password);
  await page.click('#login-submit');
  await page.waitForSelector('#desk-title');
  return page;
}

/** A write through the API with the page's cookie session and CSRF token. */
const apiFromPage = (page: Page, method: string, path: string, body?: unknown) =>
  page.evaluate(
    async ([m, p, b]) => {
      const me = await (await fetch('/v1/me')).json();
      const res = await fetch(p as string, { method: m as string, headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf }, body: b === undefined ? undefined : JSON.stringify(b) });
      return { status: res.status, body: await res.json().catch(() => null) };
    },
    [method, path, body] as const,
  );

describe('caseworker desk, multi-user (Chromium)', () => {
  test('a caseworker works on a case; the list sorts and filters; another organisation sees none of it', async () => {
    const problems: string[] = [];
    const check = async (page: Page, name: string) => {
      for (const v of await axeViolations(page)) problems.push(`${name}: ${v}`);
    };
    const ctxA = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', acceptDownloads: true });
    const pageA0 = await ctxA.newPage();
    const external = watchExternal(pageA0, server.url);
    await pageA0.goto(`${server.url}/desk`);
    await pageA0.waitForSelector('#login-email');
    await check(pageA0, 'desk-login');
    await shot(pageA0, 'desk-login');
    // A wrong password is refused.
    await pageA0.fill('#login-email', 'alice@a.test');
    await pageA0.fill('#login-password', 'wrong-password-000');
    await pageA0.click('#login-submit');
    await pageA0.waitForSelector('#login-error');
    await pageA0.close();

    const a = await login(ctxA, 'alice@a.test', PASSWORD_A);
    const errors = watchConsole(a);
    expect(external).toEqual([]);
    await a.waitForSelector('text=Aucun dossier.');
    // The case comes in as a file through the API (a caseworker's forms are tested in desk-forms.test.ts).
    const first = await apiFromPage(a, 'POST', '/v1/cases', { case: JSON.parse(OMBUDSFIN), title: 'Ombudsfin 2013.1876 (A)' });
    expect(first.status).toBe(201);
    const idA = first.body.id as string;
    await a.goto(`${server.url}/desk/cases/${encodeURIComponent(idA)}`);
    await a.waitForSelector('#case-title');
    await a.waitForSelector('#amount-owed');
    expect(plain((await a.textContent('#amount-owed'))!)).toBe('3 088,00 €');
    // Status change: a new version in the history.
    await a.selectOption('#case-status', 'claimed');
    await a.click('#case-save');
    await a.waitForSelector('text=Enregistré (version 2).');
    await a.waitForFunction(() => document.querySelectorAll('.history li').length >= 2);
    // The what-if list is computed from the case.
    await a.waitForFunction(() => !!document.querySelector('#whatif-title')?.parentElement?.querySelector('ul li'));
    await a.selectOption('#whatif-target', 'conduct-0');
    await a.selectOption('#whatif-value', 'proven');
    await a.click('#whatif-run');
    await a.waitForSelector('#whatif-after-refund');
    await a.waitForSelector('.precedents li');
    const [download] = await Promise.all([a.waitForEvent('download'), a.click('#letter-mediator-pdf')]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await check(a, 'desk-case');
    await shot(a, 'desk-case');

    // A second case of A (France, draft), through the API.
    const fr = JSON.parse(OMBUDSFIN);
    fr.jurisdiction = 'FR';
    for (const k of ['incident', 'notification']) for (const f of ['at', 'noticed_at']) if (fr[k]?.[f]) fr[k][f] = fr[k][f].replaceAll('2013-04-22', '2023-04-22');
    fr.transactions = fr.transactions.slice(0, 2).map((t: { at: string }) => ({ ...t, at: t.at.replaceAll('2013-04-22', '2023-04-22') }));
    delete fr.as_of;
    const created = await apiFromPage(a, 'POST', '/v1/cases', { case: fr, title: 'Dossier France (A)', status: 'draft' });
    expect(created.status).toBe(201);

    await a.click('text=Tous les dossiers');
    await a.waitForSelector('table.cases');
    await a.waitForFunction(() => document.querySelectorAll('table.cases tbody tr').length === 2);
    const rows = async () => (await a.locator('table.cases tbody tr th a').allTextContents()).map((s) => s.trim());
    const rowA = a.locator('table.cases tbody tr', { hasText: 'Ombudsfin 2013.1876 (A)' });
    expect(plain(await rowA.textContent() ?? '')).toContain('3 088,00 €');
    expect(await rowA.textContent()).toContain('Réclamé');
    // Sorting is done with the column headers (buttons, aria-sort on the header).
    await a.click('#sort-refund_due');
    await a.waitForFunction(() => document.querySelector('#sort-refund_due')?.closest('th')?.getAttribute('aria-sort') === 'descending');
    await a.waitForFunction(() => document.querySelector('table.cases tbody tr th a')?.textContent?.includes('Ombudsfin'));
    expect((await rows())[0]).toBe('Ombudsfin 2013.1876 (A)');
    await a.selectOption('#filter-status', 'draft');
    await a.click('#filter-apply');
    await a.waitForFunction(() => document.querySelectorAll('table.cases tbody tr').length === 1);
    expect(await rows()).toEqual(['Dossier France (A)']);
    await a.selectOption('#filter-status', '');
    await a.click('#filter-apply');
    await a.waitForFunction(() => document.querySelectorAll('table.cases tbody tr').length === 2);
    await check(a, 'desk-list');
    await shot(a, 'desk-list');

    // Organisation B: nothing of A's, anywhere.
    const ctxB = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-BE' });
    const b = await login(ctxB, 'bob@b.test', PASSWORD_B);
    await b.click('#lang-nl');
    await b.waitForSelector('text=Geen dossier.');
    expect(await b.locator('table.cases').count()).toBe(0);
    const own = await apiFromPage(b, 'POST', '/v1/cases', { case: JSON.parse(OMBUDSFIN), title: 'Dossier B' });
    expect(own.status).toBe(201);
    await b.reload();
    await b.waitForSelector('table.cases');
    expect((await b.locator('table.cases tbody tr th a').allTextContents()).map((s) => s.trim())).toEqual(['Dossier B']);
    await check(b, 'desk-list-nl');
    await b.goto(`${server.url}/desk/cases/${encodeURIComponent(idA)}`);
    await b.waitForSelector('text=Dit dossier bestaat niet of behoort niet tot uw organisatie.');
    const direct = await b.evaluate(async (id) => (await fetch(`/v1/cases/${encodeURIComponent(id)}`)).status, idA);
    expect([403, 404]).toContain(direct);
    const hist = await b.evaluate(async (id) => (await fetch(`/v1/cases/${encodeURIComponent(id)}/history`)).status, idA);
    expect([403, 404]).toContain(hist);
    const put = await apiFromPage(b, 'PUT', `/v1/cases/${encodeURIComponent(idA)}`, { version: 2, status: 'closed' });
    expect([403, 404]).toContain(put.status);
    const list = await b.evaluate(async () => (await (await fetch('/v1/cases?limit=100')).json()).items.map((x: { title: string }) => x.title));
    expect(list).toEqual(['Dossier B']);

    // And A still sees exactly its own two.
    await a.reload();
    await a.waitForFunction(() => document.querySelectorAll('table.cases tbody tr').length === 2);
    expect((await rows()).sort()).toEqual(['Dossier France (A)', 'Ombudsfin 2013.1876 (A)']);
    // The case file itself is edited on the case page: a new version, a new result.
    await a.click('text=Ombudsfin 2013.1876 (A)');
    await a.waitForSelector('#amount-owed');
    await a.click('.case-json > summary');
    const edited = JSON.parse(await a.inputValue('#case-json'));
    edited.conduct[0].status = 'proven';
    await a.fill('#case-json', JSON.stringify(edited, null, 2));
    await a.click('#case-json-save');
    await a.waitForSelector('text=Enregistré (version 3).');
    await a.waitForFunction(() => document.querySelector('#amount-owed')?.textContent?.replace(/\s/g, ' ').startsWith('0,00'));
    // Signing out ends the session.
    await a.click('text=Tous les dossiers');
    await a.waitForSelector('table.cases');
    await a.click('#logout');
    await a.waitForSelector('#login-email');
    expect(await a.evaluate(async () => (await fetch('/v1/cases')).status)).toBe(401);

    expect(problems).toEqual([]);
    expect(errors.filter((e) => !/401|403|404/.test(e))).toEqual([]);
    await ctxA.close();
    await ctxB.close();
  }, 150_000);
});
