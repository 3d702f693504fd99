/**
 * Keyboard only: the skip link, the language switch, a whole questionnaire and a letter download
 * with Tab, Shift+Tab, arrows, Space and Enter — never the mouse — and a visible focus indicator
 * on everything that takes focus.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { shot, watchConsole, type Server, openBoth, closeBoth } from './support.js';

let server: Server;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await openBoth();
}, 60_000);
afterAll(() => closeBoth(server, browser));

const focusedMatches = (page: Page, selector: string) => page.evaluate((s) => !!document.activeElement?.matches(s), selector);

/** Presses Tab until the focused element matches; checks the focus is visible on the way. */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await focusedMatches(page, selector)) {
      const visible = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const cs = getComputedStyle(el);
        return (cs.outlineStyle !== 'none' && cs.outlineWidth !== '0px') || cs.boxShadow !== 'none';
      });
      expect(visible, `visible focus on ${selector}`).toBe(true);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} not reached with Tab`);
}

async function chooseRadio(page: Page, name: string, value: string): Promise<void> {
  await tabTo(page, `input[name="${name}"]`);
  if (await focusedMatches(page, `input[name="${name}"][value="${value}"]`)) {
    await page.keyboard.press('Space');
    return;
  }
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('ArrowDown');
    if (await page.isChecked(`input[name="${name}"][value="${value}"]`)) return;
  }
  throw new Error(`${name}=${value} not reached with the arrows`);
}

async function type(page: Page, selector: string, text: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.type(text);
}

async function next(page: Page): Promise<void> {
  const before = await page.locator('#progress').textContent();
  await tabTo(page, '#next');
  await page.keyboard.press('Enter');
  await page.waitForFunction((p) => document.querySelector('#progress')?.textContent !== p, before, { timeout: 15_000 });
  await focusOnHeading(page);
}

/** After each step the focus moves to the new question's heading. */
const focusOnHeading = (page: Page) => page.waitForFunction(() => !!document.activeElement?.matches('[data-step-heading]'), undefined, { timeout: 15_000 });

describe('keyboard only (Chromium)', () => {
  test('skip link, language switch, the whole questionnaire, the result and a letter', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchConsole(page);
    await page.goto(`${server.url}/`);
    await page.keyboard.press('Tab');
    expect(await focusedMatches(page, 'a.skip-link')).toBe(true);
    expect(await page.locator('a.skip-link').boundingBox()).not.toBeNull();
    await shot(page, 'keyboard-skip-link');
    await tabTo(page, '#lang-en');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedMatches(page, '#lang-fr')).toBe(true);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    // Back to the skip link, which moves the focus to the main content.
    await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 10 && !(await focusedMatches(page, 'a.skip-link')); i++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focusedMatches(page, '#begin')).toBe(true);
    await page.keyboard.press('Enter');

    await page.waitForSelector('input[name=what]');
    await focusOnHeading(page);
    await chooseRadio(page, 'what', 'card_in_hand');
    await next(page);
    await chooseRadio(page, 'jurisdiction', 'FR');
    await next(page);
    await chooseRadio(page, 'payerKind', 'consumer');
    await next(page);
    // An empty date is refused: the error summary takes the focus and links to the field.
    await tabTo(page, '#next');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#error-summary');
    await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedMatches(page, '#incidentDate')).toBe(true);
    await page.keyboard.type('05/11/2025');
    await type(page, '#incidentTime', '10:00');
    await next(page);
    await tabTo(page, 'input[name=instruments][value=debit_card]');
    await page.keyboard.press('Space');
    await next(page);
    await next(page); // noticed: same moment
    await chooseRadio(page, 'blocked', 'yes');
    await type(page, '#blockedDate', '06/11/2025');
    await type(page, '#blockedTime', '09:15');
    await next(page);
    await next(page); // bank and name: optional
    await tabTo(page, '#tx-add');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#tx-0-date');
    await page.waitForFunction(() => document.activeElement?.id === 'tx-0-date');
    await page.keyboard.type('05/11/2025');
    await type(page, '#tx-0-time', '11:02');
    await type(page, '#tx-0-amount', '249,90');
    await type(page, '#tx-0-label', 'ACHAT INTERNET SHOP.EXAMPLE');
    await tabTo(page, '#tx-0-kind');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await shot(page, 'keyboard-transactions');
    await next(page);
    await next(page); // the bank reproaches nothing
    await next(page); // nothing admitted
    await chooseRadio(page, 'complaint', 'no');
    await next(page);
    await next(page); // police
    await next(page); // evidence
    await next(page); // vulnerability
    await next(page); // representative
    await next(page); // proceedings
    for (let i = 0; i < 12 && (await page.locator('input[name=engine]').count()) > 0; i++) {
      await chooseRadio(page, 'engine', 'unknown');
      const before = await page.locator('#progress').textContent();
      await tabTo(page, '#next');
      await page.keyboard.press('Enter');
      await page.waitForFunction((p) => { const pr = document.querySelector('#progress'); return !pr || pr.textContent !== p; }, before, { timeout: 15_000 });
      await focusOnHeading(page);
    }
    await page.waitForSelector('#see-result');
    await tabTo(page, '#see-result');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#amount-owed');
    expect(await page.textContent('#amount-owed')).toMatch(/\d,\d\d\s€$/);
    await page.waitForFunction(() => document.activeElement?.id === 'result-heading');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      (async () => {
        await tabTo(page, '#letter-claim-pdf');
        await page.keyboard.press('Enter');
      })(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    // Expandable explanations open with the keyboard.
    await page.waitForSelector('.trace summary');
    await tabTo(page, '.trace summary');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (document.activeElement?.parentElement as HTMLDetailsElement).open)).toBe(true);
    await shot(page, 'keyboard-result');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  test('local mode desk: no login, no users page, export and the list by keyboard', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, locale: 'en-GB', acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchConsole(page);
    await page.goto(`${server.url}/desk?lang=en`);
    await page.waitForSelector('#desk-title');
    expect(await page.locator('#nav-users').count()).toBe(0);
    expect(await page.locator('#logout').count()).toBe(0);
    await page.waitForSelector('#desk-empty');
    // The archived view by keyboard: the radio group answers the arrows.
    await page.focus('#view-active');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.querySelector('#desk-title')?.textContent === 'Archived cases');
    expect(await page.textContent('#desk-empty')).toBe('No archived case.');
    await tabTo(page, '#export-all');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^recours-export-.*\.json$/);
    await page.goto(`${server.url}/desk/users?lang=en`);
    await page.waitForSelector('#users-forbidden');
    expect(await page.textContent('#users-forbidden')).toContain('Local mode');
    expect(errors).toEqual([]);
    await context.close();
  });
});
