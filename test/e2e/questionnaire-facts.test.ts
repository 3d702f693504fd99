/**
 * The victim's questionnaire with the facts as people remember them: a month only ("mars 2025",
 * "05/2024"), Belgian times ("8u10"), the bank's accusations apart from the holder's own account,
 * a denial, the bank's answer and its grounds ("négligence grave"), the letters' references —
 * in Dutch on a phone and in French on a desktop, axe-core on every page.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedServerAndBrowser, watchedPage } from './support.js';
import { advance, answerEngineUnknown } from './flow.js';

const env = sharedServerAndBrowser();

const RUNS = [
  { lang: 'nl', viewport: { width: 390, height: 844 }, jurisdiction: 'BE', month: 'mei 2024', monthIso: '2024-05', time: '8u10', day: '12/05/2024', answered: '06/2024', answeredIso: '2024-06', denied: 'Dat klopt niet' },
  { lang: 'fr', viewport: { width: 1280, height: 900 }, jurisdiction: 'FR', month: '03/2025', monthIso: '2025-03', time: '8h10', day: '18/03/2025', answered: 'avril 2025', answeredIso: '2025-04', denied: 'Ce n’est pas vrai' },
] as const;

describe('questionnaire: imprecise dates, local times, denials (Chromium)', () => {
  for (const run of RUNS) {
    test(`${run.lang}, ${run.viewport.width}px`, async () => {
      const { context, page, external, errors, problems, check } = await watchedPage(env.browser, env.server.url, { viewport: run.viewport, locale: run.lang }, `questionnaire-${run.lang}`);
      const sent: unknown[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/v1/assessments') && r.method() === 'POST') sent.push(JSON.parse(r.postData() ?? '{}').case);
      });
      await page.goto(`${env.server.url}/?lang=${run.lang}`);
      await page.click('#begin');
      await page.check('input[name=what][value=theft]');
      await advance(page);
      await page.check(`input[name=jurisdiction][value=${run.jurisdiction}]`);
      await advance(page);
      await page.check('input[name=payerKind][value=consumer]');
      await advance(page);
      // Only the month is remembered; a time with it is refused next to the field.
      await page.fill('#incidentDate', run.month);
      await page.fill('#incidentTime', run.time);
      await page.click('#next');
      await page.waitForSelector('#incidentTime-error');
      await check('incident-month-time');
      await page.fill('#incidentTime', '');
      await advance(page);
      await page.check('input[name=instruments][value=debit_card]');
      await advance(page);
      await advance(page); // noticed: same moment
      await page.check('input[name=blocked][value=yes]');
      await page.fill('#blockedDate', run.day);
      await page.fill('#blockedTime', '9u30');
      await advance(page);
      await page.fill('#holderName', 'Eva Peeters');
      await page.fill('#holderAddress', 'Meir 1\n2000 Antwerpen');
      await page.fill('#account', 'BE68 5390 0754 7034');
      await page.fill('#card', '6703 0000 0000 1234');
      await page.fill('#bankName', 'KBC');
      await check('bank');
      await advance(page);
      await page.click('#tx-add');
      await page.fill('#tx-0-date', run.day);
      await page.fill('#tx-0-time', run.time);
      await page.fill('#tx-0-amount', '500,00');
      await page.selectOption('#tx-0-kind', 'atm_withdrawal');
      await page.selectOption('#tx-0-auth', 'pin');
      await advance(page);
      // The bank's accusations and grounds, "gross negligence" among them; then the holder's answer to each.
      await page.check('input[name=bankSays][value=pin_written_with_card]');
      await page.check('input[name=bankGrounds][value=gross_negligence]');
      await check('bank-says');
      await advance(page);
      await page.check('input[name="reply-pin_written_with_card"][value=denied]');
      expect(await page.textContent('label[for="reply-pin_written_with_card-denied"]')).toBe(run.denied);
      await check('holder-reply');
      await advance(page);
      await page.check('input[name="circ-card_taken_in_presence"][value=yes]');
      await check('circumstances');
      await advance(page);
      await page.check('input[name=complaint][value=written]');
      await page.fill('#complaintDate', run.day);
      await page.check('input[name=bankAnswer][value=refused]');
      await page.fill('#answeredOn', run.answered);
      await check('complaint');
      await advance(page);
      for (let i = 0; i < 5; i++) await advance(page); // police, evidence, vulnerability, representative, proceedings
      await answerEngineUnknown(page, check);
      await page.click('#see-result');
      await page.waitForSelector('#amount-owed');
      await check('result');
      const c = sent.at(-1) as { incident: { at: string }; transactions: { at: string }[]; conduct: unknown[]; complaint: Record<string, unknown>; parties: Record<string, unknown> };
      expect(c.incident.at).toBe(run.monthIso);
      expect(c.transactions[0]!.at).toMatch(/T08:10\+0[12]:00$/);
      expect(c.conduct).toEqual([{ fact: 'pin_written_with_card', status: 'denied' }, { fact: 'card_taken_in_presence', status: 'admitted' }]);
      expect(c.complaint).toMatchObject({ answer: 'refused', answered_on: run.answeredIso, refusal_grounds: ['gross_negligence'] });
      expect(c.parties).toMatchObject({ holder: { name: 'Eva Peeters', address: ['Meir 1', '2000 Antwerpen'] }, account: 'BE68 5390 0754 7034' });
      expect(external).toEqual([]);
      expect(errors).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    }, 120_000);
  }
});
