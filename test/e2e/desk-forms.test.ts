/**
 * A caseworker works with forms only (local mode): creates a case through the case form (errors
 * shown next to their fields), edits a fact in place and reassesses, sees the change in the history
 * with its old and new values, and runs a what-if with a date typed the local way — in French on a
 * desktop and in Dutch on a phone, axe-core on every page.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { plain, sharedServerAndBrowser, watchedPage } from './support.js';

const env = sharedServerAndBrowser();

/** Fills the case form for the Ombudsfin 2013.1876 facts, reduced to its ATM withdrawal (505,00 €). */
async function fillCase(page: Page): Promise<void> {
  await page.check('input[name=what][value=theft]');
  await page.check('input[name=jurisdiction][value=BE]');
  await page.check('input[name=payerKind][value=consumer]');
  await page.fill('#incidentDate', '22/04/2013');
  await page.fill('#incidentTime', '17u30');
  await page.check('input[name=instruments][value=debit_card]');
  await page.check('input[name=blocked][value=yes]');
  await page.fill('#blockedDate', '22/04/2013');
  await page.fill('#blockedTime', '18:41');
  await page.fill('#bankName', 'Banque X');
  await page.fill('#holderName', 'Anne Titulaire');
  await page.click('#tx-add');
  await page.fill('#tx-0-date', '22/04/2013');
  await page.fill('#tx-0-time', '17:43');
  await page.fill('#tx-0-amount', '505,00');
  await page.selectOption('#tx-0-kind', 'atm_withdrawal');
  await page.selectOption('#tx-0-auth', 'pin');
  await page.check('input[name=bankSays][value=pin_written_with_card]');
  await page.check('input[name="reply-pin_written_with_card"][value=denied]');
  await page.check('input[name=complaint][value=written]');
  await page.fill('#complaintDate', '24/04/2013');
}

describe('desk with forms only (Chromium)', () => {
  for (const run of [
    { lang: 'fr', viewport: { width: 1280, height: 900 }, owed: '355,00 €', edited: '450,00 €', history: 'Opération 1 : Montant en euros : 505,00 € → 600,00 €', denied: 'Le titulaire le conteste' },
    { lang: 'nl', viewport: { width: 390, height: 844 }, owed: '€ 355,00', edited: '€ 450,00', history: 'Verrichting 1: Bedrag in euro: € 505,00 → € 600,00', denied: 'De houder betwist het' },
  ] as const) {
    test(`${run.lang}, ${run.viewport.width}px: create, edit in place, history values, what-if with a local date`, async () => {
      const { context, page, external, errors, problems, check } = await watchedPage(env.browser, env.server.url, { viewport: run.viewport, locale: run.lang === 'fr' ? 'fr-BE' : 'nl-BE' }, `desk-forms-${run.lang}`);
      await page.goto(`${env.server.url}/desk?lang=${run.lang}`);
      await page.waitForSelector('#desk-title');
      await page.click('#new-case');
      await page.waitForSelector('#new-title');
      await check('new');

      // A date that does not exist is refused next to its field, before anything is sent.
      await fillCase(page);
      await page.fill('#tx-0-date', '31/02/2013');
      await page.click('#case-form-save');
      await page.waitForSelector('#error-summary');
      expect(await page.locator('#tx-0-date-error').count()).toBe(1);
      expect(await page.getAttribute('#tx-0-date', 'aria-invalid')).toBe('true');
      await check('new-error');
      await page.fill('#tx-0-date', '22/04/2013');
      await page.click('#case-form-save');
      await page.waitForSelector('#case-title');
      expect(plain((await page.textContent('#case-title'))!)).toBe('Anne Titulaire – Banque X – 22/04/2013');
      await page.waitForSelector('#amount-owed');
      expect(plain((await page.textContent('#amount-owed'))!)).toBe(run.owed);
      // The denial is kept as such in the case file.
      const stored = await page.evaluate(async () => {
        const id = decodeURIComponent(location.pathname.split('/').pop()!);
        return (await (await fetch(`/v1/cases/${encodeURIComponent(id)}`)).json()).case;
      });
      expect(stored.conduct).toEqual([{ fact: 'pin_written_with_card', status: 'denied' }]);
      expect(stored.incident.at).toBe('2013-04-22T17:30+02:00');
      expect(await page.isChecked('input[name="reply-pin_written_with_card"][value=denied]')).toBe(true);
      expect(await page.textContent('label[for="reply-pin_written_with_card-denied"]')).toBe(run.denied);
      await check('case');

      // Edited in place: a new version, a new result, and the history says what changed, from what to what.
      await page.click('#tx-0-summary');
      await page.fill('#tx-0-amount', '600,00');
      await page.click('#case-form-save');
      await page.waitForFunction((v) => document.querySelector('#amount-owed')?.textContent?.replace(/\s/g, ' ') === v, plain(run.edited).replace(/\s/g, ' '));
      await page.waitForFunction((h) => [...document.querySelectorAll('.history-changes li')].some((li) => li.textContent?.replace(/\s/g, ' ') === h), run.history.replace(/\s/g, ' '));
      const stored2 = await page.evaluate(async () => {
        const id = decodeURIComponent(location.pathname.split('/').pop()!);
        return (await (await fetch(`/v1/cases/${encodeURIComponent(id)}`)).json()).case;
      });
      expect(stored2.transactions[0].amount).toBe('600.00');
      expect(stored2.conduct).toEqual(stored.conduct);

      // What-if: the blocking two minutes earlier, typed the Belgian way.
      await page.selectOption('#whatif-target', 'notification');
      await page.fill('#whatif-value', '22-04-2013 17u40');
      await page.click('#whatif-run');
      await page.waitForSelector('table.whatif-compare');
      expect(await page.locator('table.whatif-compare th[scope=col]').count()).toBe(2);
      // A date that cannot be read is refused next to the field.
      await page.fill('#whatif-value', '22/04/2013 25u99');
      await page.click('#whatif-run');
      await page.waitForSelector('#whatif-value-error');
      await check('case-whatif');

      // What to do next: every deadline of a 2013 case has passed; the blocking and the complaint are done.
      expect(await page.locator('.step-missed li').count()).toBeGreaterThan(0);
      expect(await page.textContent('.next-step')).toMatch(run.lang === 'fr' ? /action en justice.*Fait : contester chaque opération par écrit/ : /Gedaan: elke verrichting schriftelijk betwisten/);

      // The list: holder and bank columns, and the overdue filter keeps only the case with a passed deadline.
      const recent = { ...stored, incident: { ...stored.incident, at: null }, notification: null, complaint: undefined, conduct: [], parties: { holder: { name: `Recent ${run.lang}` } } };
      const now = new Date();
      const day = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
      recent.transactions = [{ ...stored.transactions[0], at: day, contested_on: undefined }];
      delete recent.as_of;
      const made = await page.evaluate(async (c) => (await fetch('/v1/cases', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ case: c }) })).status, recent);
      expect(made).toBe(201);
      await page.click(`text=${run.lang === 'fr' ? 'Tous les dossiers' : 'Alle dossiers'}`);
      await page.waitForSelector('table.cases');
      const holders = async () => (await page.locator('table.cases tbody tr td:nth-of-type(1)').allTextContents()).map((x) => x.trim());
      await page.waitForFunction((n) => document.querySelectorAll('table.cases tbody tr').length >= n, 2);
      expect(await holders()).toContain('Anne Titulaire');
      expect(await holders()).toContain(`Recent ${run.lang}`);
      await page.check('#filter-overdue');
      await page.click('#filter-apply');
      await page.waitForFunction(() => !new URLSearchParams(location.search).has('overdue') ? false : true);
      await page.waitForFunction((name) => ![...document.querySelectorAll('table.cases tbody tr td:nth-of-type(1)')].some((td) => td.textContent?.trim() === name), `Recent ${run.lang}`);
      expect(await holders()).toContain('Anne Titulaire');
      expect(await page.locator('table.cases .badge-overdue').count()).toBe(await page.locator('table.cases tbody tr').count());
      await check('list-overdue');

      expect(external).toEqual([]);
      expect(errors).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    }, 120_000);
  }
});
