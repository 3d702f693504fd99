/**
 * The victim's questionnaire in real headless Chromium against `recours serve`: Ombudsfin 2013.1876
 * in French and in Dutch (3 088,00 €, the claim letter is a valid PDF), resume after reload, a
 * 390×844 run, axe-core on every page, no external request, no CSP violation.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, axeViolations, plain, shot, watchConsole, watchExternal, type Server, openBoth, closeBoth } from './support.js';
import { advance, fillRest, fillUntilConduct } from './flow.js';

let server: Server;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await openBoth();
}, 60_000);
afterAll(() => closeBoth(server, browser));

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

async function downloadLetter(page: Page, id: string, file: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click(id)]);
  const path = join(ARTIFACTS, file);
  await download.saveAs(path);
  return readFileSync(path);
}

function expectPdf(bytes: Buffer, path: string, amount: RegExp): void {
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.subarray(-32).toString('latin1')).toContain('%%EOF');
  if (hasPdftotext()) {
    const text = plain(execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }));
    expect(text).toMatch(amount);
  }
}

describe('victim questionnaire (Chromium)', () => {
  test('French: Ombudsfin 2013.1876 gives 3 088,00 €; claim letter PDF; axe on every page; resume after reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-BE', acceptDownloads: true });
    const page = await context.newPage();
    const external = watchExternal(page, server.url);
    const errors = watchConsole(page);
    const problems: string[] = [];
    const check = async (name: string) => {
      for (const v of await axeViolations(page)) problems.push(`${name}: ${v}`);
    };
    await page.goto(`${server.url}/`);
    await page.click('#lang-fr');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await check('start');
    await shot(page, 'fr-start');
    await fillUntilConduct(page, check);
    await shot(page, 'fr-question-bank-says');

    // Resume after reload: the answers are still there, on this device.
    await page.reload();
    await page.click('#resume');
    await page.waitForSelector('input[name=bankSays]');
    expect(await page.locator('#progress').textContent()).toMatch(/Question 10 /);
    await page.click('#back');
    await page.waitForSelector('#tx-9-amount', { state: 'attached' });
    expect(await page.inputValue('#tx-0-amount')).toBe('505,00');
    expect(await page.inputValue('#tx-9-time')).toBe('17:43');
    await advance(page);

    await fillRest(page, check);
    await shot(page, 'fr-review');
    await page.click('#see-result');
    await page.waitForSelector('#amount-owed');
    await page.waitForSelector('.trace summary');
    expect(plain((await page.textContent('#amount-owed'))!)).toBe('3 088,00 €');
    // What the letters cannot carry (vulnerability, police report) is shown to add by hand.
    expect(await page.textContent('#intake-title + p + ul')).toContain('La difficulté avec l’ordinateur');
    expect(await page.textContent('#intake-title + p + ul')).toContain('PV BR.12.L3.012345/2013');
    await check('result');
    await shot(page, 'fr-result');

    const pdf = await downloadLetter(page, '#letter-claim-pdf', 'fr-claim.pdf');
    expectPdf(pdf, join(ARTIFACTS, 'fr-claim.pdf'), /3 088,00/);
    const docx = await downloadLetter(page, '#letter-claim-docx', 'fr-claim.docx');
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');

    // Local mode: the case goes to the registry and shows on the desk.
    await page.click('#save-case');
    await page.waitForSelector('text=/Enregistré sous le dossier/');
    await page.click('nav >> text=Espace conseiller');
    await page.waitForSelector('table.cases');
    expect(plain((await page.textContent('table.cases tbody tr'))!)).toContain('3 088,00 €');
    await check('desk-local');

    expect(problems).toEqual([]);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 150_000);

  test('Dutch on a 390×844 phone: € 3.088,00 and the claim letter in Dutch', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'nl-BE', acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchConsole(page);
    const problems: string[] = [];
    const check = async (name: string) => {
      for (const v of await axeViolations(page)) problems.push(`${name}: ${v}`);
    };
    await page.goto(`${server.url}/`);
    await page.click('#lang-nl');
    await page.waitForFunction(() => document.documentElement.lang === 'nl');
    await shot(page, 'nl-390x844-start');
    await fillUntilConduct(page, async (name) => {
      if (name === 'q-what' || name === 'q-transactions') await shot(page, `nl-390x844-${name}`);
      await check(name);
    });
    await fillRest(page, check);
    await page.click('#see-result');
    await page.waitForSelector('#amount-owed');
    await page.waitForSelector('.trace summary');
    expect(plain((await page.textContent('#amount-owed'))!)).toBe('€ 3.088,00');
    expect(await page.textContent('h1#result-heading')).toBe('Uw resultaat');
    await check('result');
    await page.screenshot({ path: join(ARTIFACTS, 'nl-390x844-result-viewport.png') });
    await shot(page, 'nl-390x844-result');
    // No horizontal scrolling on the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    const pdf = await downloadLetter(page, '#letter-claim-pdf', 'nl-claim.pdf');
    expectPdf(pdf, join(ARTIFACTS, 'nl-claim.pdf'), /3\.088,00/);
    // The language switches on the result too (the assessment is asked again in English).
    await page.click('#lang-en');
    await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('#result-heading')?.textContent === 'Your result');
    await page.waitForFunction(() => document.querySelector('#amount-owed')?.textContent === '€3,088.00');
    await check('result-en');
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 150_000);
});
