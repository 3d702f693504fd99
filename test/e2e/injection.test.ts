/**
 * Script injection through every free-text field of a case (registry title and notes, party
 * names and address, bank, mediator, place, conduct notes, ids of instruments and operations):
 * the desk shows the text as text and runs nothing; the PDF and DOCX letters carry it as text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROOT, watchConsole, type Server, openBoth, closeBoth } from './support.js';

const ATTACK = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>"><svg onload="window.__xss=1">';
let server: Server;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await openBoth({ multiUser: true, users: [['Org X', 'x@x.test', 'long enough password X']] });
}, 60_000);
afterAll(() => closeBoth(server, browser));

async function signIn(page: Page): Promise<void> {
  await page.goto(`${server.url}/desk`);
  await page.fill('#login-email', 'x@x.test');
  await page.fill('#login-password', 'long enough password X');
  await page.click('#login-submit');
  await page.waitForSelector('#desk-title');
}

function hostileCase(): Record<string, unknown> {
  const c = JSON.parse(readFileSync(join(ROOT, 'examples/be-ombudsfin-2013-1876.case.json'), 'utf8'));
  c.parties = {
    holder: { name: `Jeanne ${ATTACK}`, address: [`1 rue ${ATTACK}`, '1000 Bruxelles'] },
    bank: { name: `Banque ${ATTACK}` },
    mediator: { name: `Médiateur ${ATTACK}` },
    place: `Bruxelles ${ATTACK}`,
  };
  c.psp = { ...c.psp, name: `Banque ${ATTACK}` };
  c.conduct = [{ fact: 'pin_written_with_card', status: 'alleged', note: `note ${ATTACK}` }];
  return c;
}

test('every page is served with the strict CSP and the security headers', async () => {
  for (const path of ['/', '/desk', '/desk/cases/x', '/v1/health']) {
    const res = await fetch(server.url + path);
    expect(res.headers.get('content-security-policy')).toBe("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  }
});

test('hostile text is shown as text on the desk and in the letters, and never runs', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  const page = await ctx.newPage();
  const errors = watchConsole(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await signIn(page);
  const c = hostileCase();
  const created = await page.evaluate(async ([body]) => {
    const me = await (await fetch('/v1/me')).json();
    const res = await fetch('/v1/cases', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf }, body: JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  }, [{ case: c, title: `Titre ${ATTACK}`, notes: `Notes ${ATTACK}` }] as const);
  expect(created.status).toBe(201);
  const id = (created.body as { id: string }).id;

  await page.reload();
  await page.waitForSelector('table.cases');
  expect(await page.locator('table.cases').textContent()).toContain('Titre <img src=x');
  await page.goto(`${server.url}/desk/cases/${encodeURIComponent(id)}`);
  await page.waitForSelector('#amount-owed');
  expect(await page.locator('#case-title').textContent()).toContain('<script>');
  const injected = await page.evaluate(() => ({
    flag: (window as unknown as { __xss?: number }).__xss ?? null,
    elements: document.querySelectorAll('main img[src="x"], main svg[onload], main script').length,
  }));
  expect(injected).toEqual({ flag: null, elements: 0 });
  expect(dialogs).toBe(0);
  expect(errors.filter((e) => /Content Security Policy|__xss/.test(e))).toEqual([]);

  // The letters carry the same text, as text.
  const dir = mkdtempSync(join(tmpdir(), 'recours-inject-'));
  for (const format of ['pdf', 'docx'] as const) {
    const res = await fetch(`${server.url}/v1/letters`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ case: c, kind: 'claim', format, lang: 'fr' }) });
    expect(res.status).toBe(200);
    const file = join(dir, `claim.${format}`);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = format === 'pdf'
      ? execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
      : execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
    if (format === 'pdf') expect(text.replace(/\s+/g, ' ')).toContain('Jeanne <img src=x');
    else {
      expect(text).toContain('Jeanne &lt;img src=x');
      expect(text).not.toContain('<img src=x');
    }
  }
  await ctx.close();
});

test('bidirectional and invisible characters in stored text never reorder what the desk shows (attack L9)', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  const page = await ctx.newPage();
  await signIn(page);
  const c = hostileCase();
  c.parties = { holder: { name: 'Anne\u200b \u2066Titulaire\u2069' } };
  const title = 'payer \u202E00.000 01\u202C euros\u200d';
  const id = await page.evaluate(async ([body]) => {
    const me = await (await fetch('/v1/me')).json();
    const res = await fetch('/v1/cases', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf }, body: JSON.stringify(body) });
    return (await res.json()).id as string;
  }, [{ case: c, title }] as const);
  await page.reload();
  await page.waitForSelector('table.cases');
  const row = page.locator('table.cases tbody tr', { hasText: 'payer' });
  const shown = await row.locator('th a').textContent();
  expect(shown).toBe('payer 00.000 01 euros');
  expect(await row.locator('td').first().textContent()).toBe('Anne Titulaire');
  await page.goto(`${server.url}/desk/cases/${encodeURIComponent(id)}`);
  await page.waitForSelector('#case-title');
  expect(await page.textContent('#case-title')).toBe('payer 00.000 01 euros');
  // Nothing outside the editable fields (which keep the text as stored) carries such a character.
  const visible = await page.evaluate(() => {
    const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    main.querySelectorAll('textarea').forEach((x) => x.remove());
    return main.textContent!;
  });
  expect(/[\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/.test(visible)).toBe(false);
  await ctx.close();
}, 60_000);
