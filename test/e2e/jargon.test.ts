/**
 * No jargon in any language: every page a victim or a caseworker reads (each question, the summary,
 * the result with every detail opened, the desk's list, new case and case page) in French, Dutch and
 * English is scanned for JSON pointers, codes (snake_case), internal file names and ISO date-times,
 * and the French and Dutch pages for English words. Screenshots are kept in test-artifacts/.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, shot, sharedServerAndBrowser } from './support.js';
import { fillRest, fillUntilConduct } from './flow.js';

const OMBUDSFIN = readFileSync(join(ROOT, 'examples/be-ombudsfin-2013-1876.case.json'), 'utf8');
const env = sharedServerAndBrowser();

const TOKENS: [string, RegExp][] = [
  ['JSON pointer', /(^|[\s(])\/[a-z_]+(\/[a-z0-9_~]+)+/m],
  ['code', /\b[a-z]+(?:_[a-z0-9]+)+\b/],
  ['file name', /\b[\w-]+\.(md|ts|tsx)\b/],
  ['ISO date-time', /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/],
];
const ENGLISH = /\b(the|and|with|months?|before|after|reading|which|holder|would|between|verified|numbering|should)\b/i;

/** The text of the page's main part, every disclosure opened except the experts' JSON view. */
async function readable(page: Page): Promise<string> {
  return page.evaluate(() => {
    document.querySelectorAll('main details:not(.case-json)').forEach((d) => d.setAttribute('open', ''));
    return (document.querySelector('main') as HTMLElement).innerText;
  });
}

function jargon(text: string, lang: string): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    for (const [what, re] of TOKENS) if (re.test(line)) found.push(`${what}: ${line.trim().slice(0, 160)}`);
    const en = lang !== 'en' ? ENGLISH.exec(line) : null;
    if (en) found.push(`English word “${en[1]}”: ${line.trim().slice(0, 160)}`);
  }
  return found;
}

describe('no jargon on any page, in French, Dutch and English (Chromium)', () => {
  for (const lang of ['fr', 'nl', 'en'] as const) {
    test(lang, async () => {
      const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: lang });
      const page = await context.newPage();
      const found: string[] = [];
      const scan = async (name: string) => {
        found.push(...jargon(await readable(page), lang).map((x) => `${name}: ${x}`));
        await shot(page, `jargon-${lang}-${name}`);
      };
      // The victim's questionnaire, every question, the summary and the result.
      await page.goto(`${env.server.url}/?lang=${lang}`);
      await scan('start');
      let n = 0;
      const eachQuestion = async () => scan(`q${String(++n).padStart(2, '0')}`);
      await fillUntilConduct(page, eachQuestion);
      await fillRest(page, eachQuestion);
      await page.click('#see-result');
      await page.waitForSelector('#amount-owed');
      await page.waitForSelector('.trace summary');
      await scan('result');

      // The desk: a case, the list, a new case.
      await page.goto(`${env.server.url}/desk?lang=${lang}`);
      await page.waitForSelector('#desk-title');
      const id = await page.evaluate(async (c) => (await (await fetch('/v1/cases', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ case: JSON.parse(c), title: 'Ombudsfin 2013.1876' }) })).json()).id as string, OMBUDSFIN);
      await page.goto(`${env.server.url}/desk/cases/${encodeURIComponent(id)}?lang=${lang}`);
      await page.waitForSelector('#amount-owed');
      await page.waitForSelector('.whatif-auto li, #whatif-title ~ p');
      await page.selectOption('#case-status', 'claimed');
      await page.click('#case-save');
      await page.waitForFunction(() => document.querySelectorAll('.history > li').length >= 2);
      await scan('desk-case');
      // A French case of 2023 (the current French rules, interest, the mediator) read the same way.
      const fr = JSON.parse(OMBUDSFIN.replaceAll('2013-04-2', '2023-04-2'));
      Object.assign(fr, { jurisdiction: 'FR', transactions: fr.transactions.slice(0, 3) });
      delete fr.as_of;
      const frId = await page.evaluate(async (c) => (await (await fetch('/v1/cases', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ case: c, title: 'Dossier France' }) })).json()).id as string, fr);
      await page.goto(`${env.server.url}/desk/cases/${encodeURIComponent(frId)}?lang=${lang}`);
      await page.waitForSelector('#amount-owed');
      await page.waitForSelector('.trace summary');
      await scan('desk-case-fr');
      await page.goto(`${env.server.url}/desk?lang=${lang}`);
      await page.waitForSelector('table.cases');
      await scan('desk-list');
      await page.click('#new-case');
      await page.waitForSelector('#new-title');
      await scan('desk-new');
      expect(found).toEqual([]);
      await context.close();
    }, 150_000);
  }
});
