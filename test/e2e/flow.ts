/** Driving the victim's questionnaire with the facts of Ombudsfin 2013.1876 (mouse and typing). */
import type { Page } from 'playwright-core';
import { OMBUDSFIN_CREDIT, OMBUDSFIN_DEBIT } from './support.js';

/** Clicks "Next" and waits for the next question (or the summary). */
export async function advance(page: Page): Promise<void> {
  const before = await page.locator('#progress').textContent();
  await page.click('#next');
  await page.waitForFunction((p) => {
    const pr = document.querySelector('#progress');
    return !pr || pr.textContent !== p;
  }, before, { timeout: 15_000 });
}

export const heading = (page: Page) => page.locator('[data-step-heading]').first().textContent();

/** The base questions up to the transactions (included). `check` runs on every page reached. */
export async function fillUntilConduct(page: Page, check: (name: string) => Promise<void>): Promise<void> {
  await page.click('#begin');
  await page.waitForSelector('input[name=what]');
  await check('q-what');
  await page.check('input[name=what][value=theft]');
  await advance(page);
  await check('q-jurisdiction');
  await page.check('input[name=jurisdiction][value=BE]');
  await advance(page);
  await page.check('input[name=payerKind][value=consumer]');
  await advance(page);
  await check('q-incident');
  await page.fill('#incidentDate', '22/04/2013');
  await page.fill('#incidentTime', '17:30');
  await advance(page);
  await page.check('input[name=instruments][value=debit_card]');
  await page.check('input[name=instruments][value=credit_card]');
  await advance(page);
  await page.fill('#noticedDate', '22/04/2013');
  await page.fill('#noticedTime', '17:30');
  await page.fill('#noticedUntil', '18:41');
  await advance(page);
  await page.check('input[name=blocked][value=yes]');
  await page.fill('#blockedDate', '22/04/2013');
  await page.fill('#blockedTime', '18:41');
  await check('q-blocked');
  await advance(page);
  await page.fill('#holderName', 'A. Titulaire');
  await advance(page);
  // Transactions: the credit-card statement pasted as lines, the debit card's as CSV, then one time window for all.
  await page.fill('#paste-area', OMBUDSFIN_CREDIT);
  await page.selectOption('#paste-instrument', 'credit');
  await page.click('#paste-read');
  await page.waitForSelector('#paste-add');
  await check('q-transactions-paste');
  await page.click('#paste-add');
  await page.waitForSelector('#tx-8-amount', { state: 'attached' });
  await page.locator('.paste > summary').click().catch(() => undefined);
  if (!(await page.locator('#paste-area').isVisible())) await page.locator('.paste > summary').click();
  await page.fill('#paste-area', OMBUDSFIN_DEBIT);
  await page.selectOption('#paste-instrument', 'debit');
  await page.click('#paste-read');
  await page.waitForSelector('#paste-add');
  await page.click('#paste-add');
  await page.waitForSelector('#tx-9-amount', { state: 'attached' });
  await page.locator('.bulk > summary').click();
  await page.fill('#bulk-time', '17:43');
  await page.fill('#bulk-until', '18:05');
  await page.click('#bulk-apply');
  await check('q-transactions');
  await advance(page);
}

export async function fillRest(page: Page, check: (name: string) => Promise<void>): Promise<void> {
  // What the bank alleges, what the holder admits (the PIN may have been watched in Berlin).
  await page.check('input[name=bankSays][value=pin_written_with_card]');
  await page.check('input[name=bankSays][value=same_pin_multiple_cards]');
  await page.check('input[name=bankSays][value=pin_easily_guessable]');
  await check('q-bank-says');
  await advance(page);
  // The holder's answer to each accusation: left open (the bank claims it, nothing settled it).
  await page.waitForSelector('input[name="reply-pin_written_with_card"]');
  await check('q-holder-reply');
  await advance(page);
  await page.check('input[name="circ-pin_shoulder_surfed"][value=yes]');
  await advance(page);
  await page.check('input[name=complaint][value=written]');
  await page.fill('#complaintDate', '24/04/2013');
  await page.check('input[name=bankAnswer][value=refused]');
  await advance(page);
  await page.check('input[name=police][value=yes]');
  await page.fill('#policeRef', 'PV BR.12.L3.012345/2013');
  await advance(page);
  await page.check('input[name=evidence][value=statements]');
  await page.check('input[name=evidence][value=blocking_confirmation]');
  await advance(page);
  await check('q-vulnerability');
  await page.check('input[name=vulnerability][value=digital]');
  await advance(page);
  await page.check('input[name=representative][value=none]');
  await advance(page);
  await advance(page); // proceedings: none
  await answerEngineUnknown(page, check);
}

/** The engine's questions answered "I don't know" (the allegations stay undecided), up to the summary. */
export async function answerEngineUnknown(page: Page, check: (name: string) => Promise<void>): Promise<void> {
  for (let i = 0; i < 12 && (await page.locator('input[name=engine]').count()) > 0; i++) {
    if (i === 0) await check('q-engine');
    await page.check('input[name=engine][value=unknown]');
    await advance(page);
  }
  await page.waitForSelector('#see-result');
  await check('review');
}
