/**
 * Every letter kind and the dossier downloaded from a registry case on the desk (Chromium): each
 * PDF and DOCX arrives and reads back with its subject; the dossier carries the case's two PDFs and
 * its PNG after the letter, each page stamped with its exhibit number.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { frSpoofing } from '../support/letterCases.js';
import { LETTER_KINDS } from '../../src/letters/index.js';
import { closeBoth, openBoth, plain, type Server } from './support.js';

let server: Server;
let browser: Browser;
const PASSWORD = 'correct-horse-L-2026';
const tmp = mkdtempSync(join(tmpdir(), 'recours-e2e-letters-'));
const KINDS = ['claim', 'formal-notice', 'reply-to-refusal', 'proof-request', 'data-access', 'police-report', 'court-claim', 'mediator', 'mandate', 'checklist'];

beforeAll(async () => {
  [server, browser] = await openBoth({ multiUser: true, users: [['Association L', 'lea@l.test', PASSWORD]] });
}, 60_000);
afterAll(() => closeBoth(server, browser));

async function pdfOf(text: string, pages = 1): Promise<number[]> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) doc.addPage([400, 500]).drawText(`${text} ${i + 1}`, { x: 40, y: 400, size: 14, font });
  return [...(await doc.save())];
}
const textOf = (file: string) => plain(spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout);

test('every letter kind (PDF and DOCX) and the dossier download from the desk', async () => {
  expect([...KINDS].sort()).toEqual([...LETTER_KINDS].sort());
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', acceptDownloads: true });
  const page = await ctx.newPage();
  await page.goto(`${server.url}/desk`);
  await page.fill('#login-email', 'lea@l.test');
  await page.fill('#login-password', PASSWORD);
  await page.click('#login-submit');
  await page.waitForSelector('#desk-title');
  const c = frSpoofing({ transactions: [{ id: 'VIR-1', instrument: 'web', at: '2025-03-18T14:12+01:00', amount: '1800.00', kind: 'transfer', authentication: 'otp_sms', sca: true, consented: false }] });
  c.parties = { ...c.parties, representative: { name: 'UFC Que Choisir de Paris', capacity: 'association' } };
  writeFileSync(join(tmp, 'call.pdf'), Buffer.from(await pdfOf('CALL LOG')));
  spawnSync('pdftoppm', ['-png', '-r', '20', '-singlefile', join(tmp, 'call.pdf'), join(tmp, 'shot')]);
  const files = [
    { name: 'releve.pdf', type: 'application/pdf', bytes: await pdfOf('STATEMENT', 2) },
    { name: 'reponse.pdf', type: 'application/pdf', bytes: await pdfOf('ANSWER') },
    { name: 'appel.png', type: 'image/png', bytes: [...readFileSync(join(tmp, 'shot.png'))] },
  ];
  const id = await page.evaluate(async ([body, uploads]) => {
    const me = await (await fetch('/v1/me')).json();
    const res = await fetch('/v1/cases', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf }, body: JSON.stringify(body) });
    const created = await res.json();
    for (const f of uploads) {
      const up = await fetch(`/v1/cases/${created.id}/attachments?name=${encodeURIComponent(f.name)}`, { method: 'POST', headers: { 'Content-Type': f.type, 'X-CSRF-Token': me.csrf }, body: new Uint8Array(f.bytes) });
      if (up.status !== 201) throw new Error(`upload ${f.name}: ${up.status}`);
    }
    return created.id as string;
  }, [{ case: c, title: 'Martin' }, files] as const);
  // Each file from a case page of its own: Chromium lets a page start one download without the
  // click's activation (still running while a slow letter renders), and asks before the next ones.
  const fromCasePage = async (button: string) => {
    const tab = await ctx.newPage();
    await tab.goto(`${server.url}/desk/cases/${encodeURIComponent(id)}`);
    await tab.waitForSelector('#amount-owed');
    const [download] = await Promise.all([tab.waitForEvent('download', { timeout: 90_000 }), tab.click(button)]);
    return { tab, download };
  };
  for (const kind of KINDS)
    for (const format of ['pdf', 'docx']) {
      const { tab, download } = await fromCasePage(`#letter-${kind}-${format}`);
      expect(download.suggestedFilename()).toBe(`recours-${kind}-fr.${format}`);
      const path = join(tmp, download.suggestedFilename());
      await download.saveAs(path);
      await tab.close();
      const head = readFileSync(path).subarray(0, 4).toString('latin1');
      expect(head).toBe(format === 'pdf' ? '%PDF' : 'PK\u0003\u0004');
      if (format === 'pdf' && kind !== 'checklist' && kind !== 'mandate') expect(textOf(path).replace(/\s+/g, ' ')).toContain('1. releve.pdf');
    }
  const { tab: dossierTab, download: dossier } = await fromCasePage('#letter-dossier-pdf');
  const path = join(tmp, 'dossier.pdf');
  await dossier.saveAs(path);
  const pages = textOf(path).split('\f').slice(0, -1);
  expect(pages.slice(-4).map((p) => p.match(/Pièce n° (\d)/)?.[1])).toEqual(['1', '1', '2', '3']);
  expect(pages.join(' ')).toContain('Cerfa n° 16042*02');
  await dossierTab.waitForFunction(() => document.querySelector('#letter-status')?.textContent?.includes('recours-dossier-court-claim-fr.pdf'));
  await ctx.close();
}, 300_000);
