/**
 * The desk with many cases, multi-user: 120 cases created through the API are all reachable with
 * "Show more" (keyboard, announced), column headers sort (aria-sort), filters (status, country,
 * text, next deadline before, active/archived), export (all, one case) and import (accepted, and
 * refused with its field errors), archive and erasure with its confirmation, and the users page
 * that only administrators see (409/422 problems shown by field).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, ROOT, shot, watchConsole, watchExternal, type Server, openBoth, closeBoth } from './support.js';

let server: Server;
let browser: Browser;
const ADMIN = { email: 'ada@p.test', password: 'admin-password-2026' };
const WORKER = { email: 'carl@p.test', password: 'worker-password-2026' };
const OMBUDSFIN = readFileSync(join(ROOT, 'examples/be-ombudsfin-2013-1876.case.json'), 'utf8');
const STATUSES = ['draft', 'open', 'claimed', 'mediation', 'closed'];
const N = 120;

beforeAll(async () => {
  [server, browser] = await openBoth({ multiUser: true, users: [['Permanence P', ADMIN.email, ADMIN.password, 'admin'], ['Permanence P', WORKER.email, WORKER.password, 'caseworker']] });
}, 60_000);
afterAll(() => closeBoth(server, browser));

/** Case i: France or Belgium, two operations, on a day that moves with i (so the next deadlines differ). */
function caseFile(i: number): unknown {
  const month = String((i % 10) + 1).padStart(2, '0');
  const day = String((i % 27) + 1).padStart(2, '0');
  const c = JSON.parse(OMBUDSFIN.replaceAll('2013-04-22', `2026-${month}-${day}`));
  delete c.as_of;
  c.jurisdiction = i % 2 ? 'FR' : 'BE';
  c.transactions = c.transactions.slice(0, 2).map((t: { amount: string }, k: number) => ({ ...t, amount: `${100 + i + k}.00` }));
  return c;
}
const title = (i: number) => `Dossier ${String(i).padStart(3, '0')}`;

async function login(context: BrowserContext, who: { email: string; password: string }): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/desk`);
  await page.waitForSelector('#login-email');
  await page.fill('#login-email', who.email);
  await page.fill('#login-password', who.password);
  await page.click('#login-submit');
  await page.waitForSelector('#desk-title');
  return page;
}

const rowTitles = async (page: Page) => (await page.locator('table.cases tbody tr th a').allTextContents()).map((s) => s.trim());
const rowCount = (page: Page, n: number) => page.waitForFunction((k) => document.querySelectorAll('table.cases tbody tr').length === k, n);
const ariaSort = (page: Page, key: string) => page.evaluate((k) => document.querySelector(`#sort-${k}`)?.closest('th')?.getAttribute('aria-sort') ?? null, key);

/** Every row, pressing "Show more" with the keyboard until it is gone. */
async function loadAll(page: Page): Promise<string[]> {
  for (let i = 0; i < 10 && (await page.locator('#load-more').count()); i++) {
    const before = (await rowTitles(page)).length;
    await page.focus('#load-more');
    await page.keyboard.press('Enter');
    await page.waitForFunction((b) => document.querySelectorAll('table.cases tbody tr').length > b, before);
  }
  return rowTitles(page);
}

/** Presses Tab until the focused element matches (at most max times); the focus must be visible there. */
async function tabTo(page: Page, selector: string, max = 90): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => !!document.activeElement?.matches(sel), selector)) {
      const visible = await page.evaluate(() => {
        const cs = getComputedStyle(document.activeElement as HTMLElement);
        return (cs.outlineStyle !== 'none' && cs.outlineWidth !== '0px') || cs.boxShadow !== 'none';
      });
      expect(visible, `visible focus on ${selector}`).toBe(true);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} not reached with Tab`);
}

describe('desk registry: paging, sorting, filters, export/import, erasure, users (Chromium)', () => {
  test('an administrator with 120 cases', async () => {
    const problems: string[] = [];
    const check = async (page: Page, name: string) => {
      for (const v of await axeViolations(page)) problems.push(`${name}: ${v}`);
    };
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', acceptDownloads: true });
    const page = await login(ctx, ADMIN);
    const external = watchExternal(page, server.url);
    const errors = watchConsole(page);

    // 120 cases through the API, with the page's session and CSRF token.
    const bodies = Array.from({ length: N }, (_, k) => ({ case: caseFile(k + 1), title: title(k + 1), status: STATUSES[k % 5], notes: k + 1 === 77 ? 'client rappelé, voir courrier' : '' }));
    const statuses = await page.evaluate(async (all) => {
      const me = await (await fetch('/v1/me')).json();
      const out: number[] = [];
      for (let i = 0; i < all.length; i += 10) {
        const rs = await Promise.all(all.slice(i, i + 10).map((b) => fetch('/v1/cases', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf }, body: JSON.stringify(b) })));
        out.push(...rs.map((r) => r.status));
      }
      return out;
    }, bodies);
    expect(statuses.every((s) => s === 201)).toBe(true);

    // The list: 50 at a time, "Show more" by keyboard, announced, focus on the first new row.
    await page.reload();
    await page.waitForSelector('table.cases');
    await rowCount(page, 50);
    expect(await page.textContent('#list-count')).toContain('il y en a d’autres');
    expect(await page.textContent('#list-count')).toContain('sur 120');
    await page.focus('#load-more');
    await page.keyboard.press('Enter');
    await rowCount(page, 100);
    await page.waitForFunction(() => document.querySelector('#list-status')?.textContent?.includes('100'));
    await page.waitForFunction(() => document.activeElement === document.querySelectorAll('table.cases tbody tr th a')[50]);
    await check(page, 'desk-list-paged');
    await page.focus('#load-more');
    await page.keyboard.press('Enter');
    await rowCount(page, N);
    await page.waitForFunction(() => document.querySelector('#list-status')?.textContent?.includes('tous les dossiers sont affichés : 120'));
    expect(await page.locator('#load-more').count()).toBe(0);
    const all = await rowTitles(page);
    expect(new Set(all).size).toBe(N);
    expect([...all].sort()).toEqual(Array.from({ length: N }, (_, k) => title(k + 1)));

    // Sorting by the column headers: aria-sort follows, the announcement says it.
    expect(await ariaSort(page, 'next_deadline')).toBe('ascending');
    await page.focus('#sort-title');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#sort-title')?.closest('th')?.getAttribute('aria-sort') === 'ascending');
    await rowCount(page, 50);
    expect((await rowTitles(page)).slice(0, 3)).toEqual([title(1), title(2), title(3)]);
    expect(await ariaSort(page, 'next_deadline')).toBeNull();
    expect(await page.textContent('#list-status')).toContain('Trié par Dossier, ordre croissant.');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#sort-title')?.closest('th')?.getAttribute('aria-sort') === 'descending');
    await page.waitForFunction(() => document.querySelector('table.cases tbody tr th a')?.textContent === 'Dossier 120');
    await page.click('#sort-refund_due');
    await page.waitForFunction(() => document.querySelector('#sort-refund_due')?.closest('th')?.getAttribute('aria-sort') === 'descending');
    await page.waitForFunction(() => document.querySelector('table.cases tbody tr th a')?.textContent === 'Dossier 120');
    await page.click('#sort-title');
    await page.waitForFunction(() => document.querySelector('table.cases tbody tr th a')?.textContent === 'Dossier 001');

    // Filters: status + country + text; the API decides what matches, the list shows exactly that.
    const api = (q: string) => page.evaluate(async (qs) => (await (await fetch(`/v1/cases?${qs}&limit=200`)).json()).items.map((x: { title: string }) => x.title).sort(), q);
    await page.selectOption('#filter-status', 'draft');
    await page.selectOption('#filter-jurisdiction', 'FR');
    await page.click('#filter-apply');
    const draftFr = await api('status=draft&jurisdiction=FR');
    expect(draftFr.length).toBe(12);
    await rowCount(page, draftFr.length);
    expect((await rowTitles(page)).sort()).toEqual(draftFr);
    // The view is in the address: a reload (or a bookmark) shows the same list with its filters set.
    expect(new URL(page.url()).search).toContain('status=draft');
    expect(new URL(page.url()).search).toContain('jurisdiction=FR');
    await page.reload();
    await rowCount(page, draftFr.length);
    expect(await page.inputValue('#filter-status')).toBe('draft');
    expect(await page.inputValue('#filter-jurisdiction')).toBe('FR');
    expect((await rowTitles(page)).sort()).toEqual(draftFr);
    await page.click('#filter-reset');
    await rowCount(page, 50);
    await page.fill('#filter-q', 'courrier');
    await page.click('#filter-apply');
    await rowCount(page, 1);
    expect(await rowTitles(page)).toEqual([title(77)]);
    await page.fill('#filter-q', '');
    // Next deadline on or before a day: a wrong date is refused on its field, a real one filters.
    await page.fill('#filter-deadline', '31/02/2027');
    await page.click('#filter-apply');
    await page.waitForSelector('#filter-deadline-error');
    expect(await page.getAttribute('#filter-deadline', 'aria-invalid')).toBe('true');
    await check(page, 'desk-filter-error');
    const deadlines = (await page.evaluate(async () => (await (await fetch('/v1/cases?limit=200')).json()).items.map((x: { next_deadline: string | null }) => x.next_deadline)))
      .filter(Boolean).sort() as string[];
    const cut = deadlines[Math.floor(deadlines.length / 3)]!;
    const expected = await api(`deadline_before=${cut}`);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(N);
    await page.fill('#filter-deadline', `${cut.slice(8, 10)}/${cut.slice(5, 7)}/${cut.slice(0, 4)}`);
    await page.click('#filter-apply');
    await page.waitForSelector('#filter-deadline-error', { state: 'detached' });
    await page.waitForFunction((first) => document.querySelector('table.cases tbody tr th a')?.textContent === first, expected[0]);
    const shown = await loadAll(page);
    expect(shown.sort()).toEqual(expected);
    await page.click('#filter-reset');
    await rowCount(page, 50);
    await shot(page, 'desk-registry-list');

    // Export everything: a JSON file with the 120 cases.
    const [exp] = await Promise.all([page.waitForEvent('download'), page.click('#export-all')]);
    expect(exp.suggestedFilename()).toMatch(/^recours-export-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync((await exp.path())!, 'utf8'));
    expect(exported.format).toBe('recours.export/1');
    expect(exported.cases.length).toBe(N);

    // Import refused: the problem's field errors are shown, nothing is imported.
    const bad = { format: 'recours.export/1', cases: [{ ...exported.cases[0], case: { ...exported.cases[0].case, jurisdiction: 'XX' } }] };
    await page.setInputFiles('#import-file', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await page.click('#import-submit');
    await page.waitForSelector('#import-errors');
    expect(await page.textContent('#import-errors')).toContain('Dossier 1 du fichier : Pays : ');
    await page.waitForFunction(() => document.activeElement?.id === 'import-errors');
    await check(page, 'desk-import-refused');
    await shot(page, 'desk-import-refused');
    await page.setInputFiles('#import-file', { name: 'not.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') });
    await page.click('#import-submit');
    await page.waitForFunction(() => document.querySelector('#import-errors')?.textContent?.includes('JSON'));

    // One case: its page exports it, archives it, takes it out, erases it after a confirmation.
    await page.click(`text=${title(5)}`);
    await page.waitForSelector('#case-title');
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const [one] = await Promise.all([page.waitForEvent('download'), page.click('#case-export')]);
    expect(one.suggestedFilename()).toBe(`recours-case-${id}.json`);
    const single = JSON.parse(readFileSync((await one.path())!, 'utf8'));
    expect(single.cases.map((c: { title: string }) => c.title)).toEqual([title(5)]);
    await page.click('#case-archive');
    await page.waitForSelector('#case-unarchive');
    expect(await page.textContent('#manage-status')).toContain('archivé');

    // Import the single export: a new case (a copy of 5) among the active ones.
    await page.click('text=Tous les dossiers');
    await page.waitForSelector('table.cases');
    await page.setInputFiles('#import-file', { name: 'one.json', mimeType: 'application/json', buffer: readFileSync((await one.path())!) });
    await page.click('#import-submit');
    await page.waitForFunction(() => document.querySelector('#tools-status')?.textContent?.includes('Dossiers importés : 1'));
    expect(await api('q=Dossier%20005')).toEqual([title(5)]);
    expect(await api('q=Dossier%20005&archived=true')).toEqual([title(5)]);

    // Active / archived: the archived case is listed only among the archived ones.
    await page.check('#view-archived');
    await page.waitForFunction(() => document.querySelector('#desk-title')?.textContent === 'Dossiers archivés');
    await rowCount(page, 1);
    await check(page, 'desk-archived');
    await page.check('#view-active');
    await page.waitForFunction(() => document.querySelector('#desk-title')?.textContent === 'Dossiers');
    await page.check('#view-archived');
    await rowCount(page, 1);
    // Erasure: a confirmation step that says it cannot be undone; cancel keeps, confirm erases.
    await page.locator('table.cases tbody tr th a', { hasText: title(5) }).first().click();
    await page.waitForSelector('#case-erase');
    const eraseId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await page.focus('#case-erase');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#erase-confirm');
    await page.waitForFunction(() => document.activeElement?.id === 'erase-title');
    await page.waitForSelector('#amount-owed'); // the result arriving later does not take the focus away
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('erase-title');
    expect(await page.textContent('.confirm-erase')).toContain('ne peut pas être annulé');
    await check(page, 'desk-erase-confirm');
    await shot(page, 'desk-erase-confirm');
    await page.locator('.manage').screenshot({ path: join(ROOT, 'test-artifacts', 'desk-erase-confirm-section.png') });
    await page.click('#erase-cancel');
    await page.waitForSelector('#erase-confirm', { state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.id === 'case-erase');
    await page.click('#case-erase');
    await page.click('#erase-confirm');
    await page.waitForSelector('#desk-title');
    await page.waitForFunction(() => document.querySelector('#list-status')?.textContent?.includes('a été effacé'));
    expect(await page.evaluate(async (i) => (await fetch(`/v1/cases/${encodeURIComponent(i)}`)).status, eraseId)).toBe(404);

    // Users: the administrator's page; problems by field (422 password too short, 409 address taken).
    await page.click('#nav-users');
    await page.waitForSelector('#users-title');
    await page.waitForFunction(() => document.querySelectorAll('.users-table tbody tr').length === 2);
    await check(page, 'desk-users');
    await page.fill('#user-email', 'pas-une-adresse');
    await page.fill('#user-name', 'Dora');
    await page.fill('#user-password', 'short');
    await page.click('#user-add');
    await page.waitForSelector('#user-password-error');
    expect(await page.textContent('#user-password-error')).toContain('au moins 12 caractères');
    expect(await page.textContent('#user-email-error')).toContain('adresse e-mail');
    expect(await page.getAttribute('#user-password', 'aria-invalid')).toBe('true');
    expect(await page.locator('#error-summary a[href="#user-password"]').count()).toBe(1);
    expect(await page.locator('#error-summary a[href="#user-email"]').count()).toBe(1);
    expect(await page.locator('#user-name-error').count()).toBe(0);
    await page.fill('#user-email', 'dora@p.test');
    await check(page, 'desk-users-422');
    await page.fill('#user-email', WORKER.email);
    await page.fill('#user-password', 'a-long-enough-password');
    await page.click('#user-add');
    await page.waitForFunction(() => document.querySelector('#user-email-error')?.textContent?.includes('déjà utilisée'));
    expect(await page.locator('#user-password-error').count()).toBe(0);
    await shot(page, 'desk-users-409');
    await page.fill('#user-email', 'dora@p.test');
    await page.click('#user-role-admin');
    await page.click('#user-add');
    await page.waitForFunction(() => document.querySelector('#users-status')?.textContent?.includes('dora@p.test'));
    await page.waitForFunction(() => document.querySelectorAll('.users-table tbody tr').length === 3);
    expect(await page.textContent('.users-table')).toContain('Administrateur');
    expect(await page.inputValue('#user-password')).toBe('');
    // Roles switch in place; the last administrator cannot step down; removal asks first.
    await page.click('#user-switch-2');
    await page.waitForFunction(() => document.querySelector('#users-list-status')?.textContent?.includes('dora@p.test est désormais : Conseiller'));
    expect(await page.textContent('.users-table tbody tr:nth-child(3)')).toContain('Conseiller');
    await page.click('#user-switch-0');
    await page.waitForFunction(() => document.querySelector('#users-list-status[role="alert"]')?.textContent?.includes('n’aurait plus d’administrateur'));
    // A new password: too short is refused on its field; then set, and it opens a session.
    await page.click('#user-reset-2');
    await page.waitForFunction(() => document.activeElement?.id === 'reset-password');
    await page.fill('#reset-password', 'short');
    await page.click('#reset-confirm');
    await page.waitForSelector('#reset-password-error');
    await check(page, 'desk-users-reset');
    await page.fill('#reset-password', 'a-brand-new-password');
    await page.click('#reset-confirm');
    await page.waitForFunction(() => document.querySelector('#users-list-status')?.textContent?.includes('dora@p.test a un nouveau mot de passe'));
    const relogin = await fetch(`${server.url}/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'dora@p.test', password: 'a-brand-new-password' }) });
    expect(relogin.status).toBe(200);
    await page.click('#user-remove-2');
    await page.waitForFunction(() => document.activeElement?.id === 'remove-title');
    expect(await page.textContent('#remove-title')).toContain('dora@p.test');
    await check(page, 'desk-users-remove');
    await page.click('#remove-confirm');
    await page.waitForFunction(() => document.querySelector('#users-list-status')?.textContent?.includes('dora@p.test a été retiré'));
    await page.waitForFunction(() => document.querySelectorAll('.users-table tbody tr').length === 2);
    expect(await page.evaluate(async () => (await (await fetch('/v1/users')).json()).users.map((u: { email: string }) => u.email))).toEqual(['ada@p.test', 'carl@p.test']);

    // In Dutch and English too.
    await page.click('#lang-nl');
    await page.waitForSelector('text=Een gebruiker toevoegen');
    await check(page, 'desk-users-nl');
    await page.click('#lang-en');
    await page.click('text=All cases');
    await page.waitForSelector('#sort-title');
    expect(await page.textContent('#export-all')).toContain('Export all the cases');
    await check(page, 'desk-list-en');
    // Keyboard only: Tab to a column header, Space sorts; Tab on to "Show more", Enter loads.
    await page.focus('#filter-reset');
    await tabTo(page, '#sort-updated_at');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('#sort-updated_at')?.closest('th')?.getAttribute('aria-sort') === 'descending');
    await page.waitForFunction(() => document.querySelector('#list-status')?.textContent?.includes('Sorted by Updated, descending.'));
    await tabTo(page, '#load-more');
    await page.keyboard.press('Enter');
    await rowCount(page, 100);
    expect(await page.textContent('#list-status')).toContain('cases shown: 100');

    // A caseworker: no users link, and the page says it is for administrators.
    const ctxW = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-BE' });
    const w = await login(ctxW, WORKER);
    await w.waitForSelector('table.cases');
    expect(await w.locator('#nav-users').count()).toBe(0);
    await w.goto(`${server.url}/desk/users`);
    await w.waitForSelector('#users-forbidden');
    expect(await w.locator('.users-table').count()).toBe(0);
    expect(await w.evaluate(async () => (await fetch('/v1/users')).status)).toBe(403);
    await check(w, 'desk-users-caseworker');

    expect(external).toEqual([]);
    expect(errors.filter((e) => !/40[134]|409|422/.test(e))).toEqual([]);
    expect(problems).toEqual([]);
    await ctx.close();
    await ctxW.close();
  }, 150_000);
});
