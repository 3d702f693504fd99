/**
 * The result page says how far the interest runs: a French case assessed on 4 December 2026, when the
 * legal rate is published only up to 30 June 2026, shows the figure with the day it stops at and why,
 * in French, Dutch and English (the new user's trial: 2 106,70 € shown "au 4 décembre 2026" for a
 * sum computed only to 30 June).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { closeBoth, openBoth, plain, shot, type Server } from './support.js';

let server: Server;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await openBoth();
}, 60_000);
afterAll(() => closeBoth(server, browser));

const lateRefund = {
  format: 'recours.case/1', jurisdiction: 'FR', payer: { kind: 'consumer' },
  instruments: [{ id: 'card', kind: 'debit_card' }],
  incident: { kind: 'theft', at: '2026-06-10T08:00+02:00', payer_kept_instrument: false, detectable_before_payment: true, psp_staff_involved: false },
  notification: { at: '2026-06-10T12:00+02:00' },
  psp: { name: 'Banque X', notification_means_available: true },
  transactions: [{ id: 't1', instrument: 'card', at: '2026-06-10T10:00+02:00', amount: '1050.00', kind: 'atm_withdrawal', authentication: 'pin', sca: null, consented: false, contested_on: '2026-06-10' }],
  as_of: '2026-12-04',
};

const WORDS = {
  fr: ['Calculés jusqu’au 30 juin 2026 seulement', 'juillet 2026 n’est pas encore publié'],
  nl: ['Enkel berekend tot 30 juni 2026', 'juli 2026 is nog niet bekendgemaakt'],
  en: ['Computed to 30 June 2026 only', 'July 2026 is not published yet'],
} as const;

test('the interest says it stops at 30 June 2026 because the next legal rate is not published, in three languages', async () => {
  const created = await fetch(`${server.url}/v1/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ case: lateRefund, title: 'Intérêts' }) });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  for (const [lang, [stop, from]] of Object.entries(WORDS)) {
    const context = await browser.newContext({ locale: lang, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/desk/cases/${id}?lang=${lang}`);
    const note = page.locator('#interest-stop');
    await note.waitFor({ timeout: 20_000 });
    const text = plain(await note.innerText());
    expect(text, lang).toContain(stop);
    expect(text, lang).toContain(from);
    await shot(page, `interest-stop-${lang}`);
    await context.close();
  }
});
