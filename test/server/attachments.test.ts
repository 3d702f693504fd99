/**
 * The evidence file on both databases: attachments added, listed, fetched, removed (history kept),
 * erased with the case, carried by export and import; the case's letter lists them as numbered
 * exhibits and the dossier merges them, each page stamped. Other organisations see nothing (404).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frSpoofing } from '../support/letterCases.js';
import { addUser, Client, startServer, type TestServer } from './support.js';

const tmp = mkdtempSync(join(tmpdir(), 'recours-attach-'));

async function pdfOf(pages: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of pages) doc.addPage([400, 500]).drawText(text, { x: 40, y: 400, size: 14, font });
  return Buffer.from(await doc.save());
}
async function pngOf(text: string): Promise<Buffer> {
  const pdf = join(tmp, 'for-png.pdf');
  writeFileSync(pdf, await pdfOf([text]));
  spawnSync('pdftoppm', ['-png', '-r', '30', '-singlefile', pdf, join(tmp, 'shot')]);
  return readFileSync(join(tmp, 'shot.png'));
}
const pagesOf = (pdf: Buffer) => {
  const file = join(tmp, `d-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim());
};

/** A raw upload with the client's session (cookie and CSRF). */
function upload(c: Client, id: string, name: string, type: string, body: Buffer) {
  return fetch(`${c.base}/v1/cases/${id}/attachments?name=${encodeURIComponent(name)}`, {
    method: 'POST', body: new Uint8Array(body), headers: { 'content-type': type, cookie: c.cookie ?? '', 'x-csrf-token': c.csrf ?? '' },
  });
}

describe.each(['sqlite', 'postgres'] as const)('attachments on %s', (dialect) => {
  let server: TestServer;
  const a = () => new Client(server.url);
  let alice: Client;
  let bob: Client;
  let caseId: string;
  beforeAll(async () => {
    server = await startServer(dialect, { mode: 'multi', limits: { ratePerMinute: 0 }, loginPerMinute: 1000 });
    await addUser(server.store, 'Association A', 'alice@a.example');
    await addUser(server.store, 'Ombudsman B', 'bob@b.example');
    alice = a();
    bob = a();
    await alice.login('alice@a.example');
    await bob.login('bob@b.example');
    const small = frSpoofing({ transactions: [{ id: 'VIR-1', instrument: 'web', at: '2025-03-18T14:12+01:00', amount: '1800.00', kind: 'transfer', authentication: 'otp_sms', sca: true, consented: false }] });
    const r = await alice.call<{ id: string }>('POST', '/v1/cases', { case: small, title: 'Martin' });
    caseId = r.body.id;
  });
  afterAll(() => server.close());

  it('adds two PDFs and a PNG (201 with hash), lists them in order, fetches one byte for byte', async () => {
    const files = [
      ['releve-mars.pdf', 'application/pdf', await pdfOf(['RELEVE page one', 'RELEVE page two'])],
      ['reponse-banque.pdf', 'application/pdf', await pdfOf(['REPONSE of the bank'])],
      ['appel.png', 'image/png', await pngOf('CALL LOG')],
    ] as const;
    for (const [name, type, body] of files) {
      const r = await upload(alice, caseId, name, type, body);
      expect(r.status).toBe(201);
      const meta = (await r.json()) as { id: string; name: string; type: string; size: number; sha256: string; created_at: string };
      expect([meta.name, meta.type, meta.size]).toEqual([name, type, body.length]);
      expect(meta.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    const list = await alice.call<{ items: { id: string; name: string }[] }>('GET', `/v1/cases/${caseId}/attachments`);
    expect(list.body.items.map((x) => x.name)).toEqual(['releve-mars.pdf', 'reponse-banque.pdf', 'appel.png']);
    const one = await alice.call<Buffer>('GET', `/v1/cases/${caseId}/attachments/${list.body.items[2]!.id}`);
    expect([one.status, one.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect(one.body.equals(files[2][2])).toBe(true);
  });

  it('the dossier is the letter, its exhibit list, then 2 + 1 + 1 exhibit pages each stamped with its number', async () => {
    const letter = await alice.call<Buffer>('GET', `/v1/cases/${caseId}/letters?kind=court-claim&lang=fr&format=pdf`);
    expect(letter.status).toBe(200);
    const letterPages = pagesOf(letter.body);
    const letterText = letterPages.join(' ').replace(/\s+/g, ' ');
    expect(letterText).toContain('Bordereau de pièces');
    expect(letterText).toMatch(/1\. releve-mars\.pdf 2\. reponse-banque\.pdf 3\. appel\.png/);
    expect(letterText).toContain('Cerfa n° 16042*02');
    const dossier = await alice.call<Buffer>('GET', `/v1/cases/${caseId}/dossier?kind=court-claim&lang=fr`);
    expect([dossier.status, dossier.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const pages = pagesOf(dossier.body);
    expect(pages.length).toBe(letterPages.length + 4);
    const exhibits = pages.slice(letterPages.length);
    expect(exhibits.map((p) => p.match(/Pièce n° (\d)/)?.[1])).toEqual(['1', '1', '2', '3']);
    expect(exhibits[0]).toContain('RELEVE page one');
    expect(exhibits[1]).toContain('RELEVE page two');
    expect(exhibits[2]).toContain('REPONSE of the bank');
    const nl = pagesOf((await alice.call<Buffer>('GET', `/v1/cases/${caseId}/dossier?kind=claim&lang=nl`)).body);
    expect(nl.at(-1)).toContain('Stuk nr. 3');
  });

  it('refuses another type (415), a content that is not its type (422), and a file over 10 MB (413)', async () => {
    expect((await upload(alice, caseId, 'x.gif', 'image/gif', Buffer.from('GIF89a'))).status).toBe(415);
    const fake = await upload(alice, caseId, 'x.pdf', 'application/pdf', await pngOf('not a pdf'));
    expect(fake.status).toBe(422);
    expect(((await fake.json()) as { errors: { pointer: string }[] }).errors[0]!.pointer).toBe('/body');
    expect((await upload(alice, caseId, 'big.txt', 'text/plain', Buffer.alloc(10 * 1024 * 1024 + 1, 0x61))).status).toBe(413);
    expect((await upload(alice, caseId, 'note.txt', 'text/plain; charset=utf-8', Buffer.from('Appel reçu à 14:05 — numéro affiché 01 40 12 34 56'))).status).toBe(201);
  });

  it('another organisation gets 404 for every call on the case', async () => {
    const list = await alice.call<{ items: { id: string }[] }>('GET', `/v1/cases/${caseId}/attachments`);
    const first = list.body.items[0]!.id;
    expect((await bob.call('GET', `/v1/cases/${caseId}/attachments`)).status).toBe(404);
    expect((await bob.call('GET', `/v1/cases/${caseId}/attachments/${first}`)).status).toBe(404);
    expect((await bob.call('DELETE', `/v1/cases/${caseId}/attachments/${first}`)).status).toBe(404);
    expect((await bob.call('GET', `/v1/cases/${caseId}/dossier?kind=claim&lang=fr`)).status).toBe(404);
    expect((await bob.call('GET', `/v1/cases/${caseId}/letters?kind=claim&lang=fr`)).status).toBe(404);
    expect((await upload(bob, caseId, 'x.txt', 'text/plain', Buffer.from('x'))).status).toBe(404);
    expect((await alice.call('GET', `/v1/cases/${caseId}/attachments`)).body).toEqual(list.body);
  });

  it('removal keeps the name and hash in the history; export carries the files and import restores them', async () => {
    const list = await alice.call<{ items: { id: string; name: string; sha256: string }[] }>('GET', `/v1/cases/${caseId}/attachments`);
    const note = list.body.items.find((x) => x.name === 'note.txt')!;
    expect((await alice.call('DELETE', `/v1/cases/${caseId}/attachments/${note.id}`)).status).toBe(204);
    expect((await alice.call('GET', `/v1/cases/${caseId}/attachments/${note.id}`)).status).toBe(404);
    const history = await alice.call<{ entries: { action: string; changes: { path: string; from: unknown; to: unknown }[] }[] }>('GET', `/v1/cases/${caseId}/history`);
    const detach = history.body.entries.find((h) => h.action === 'detach');
    expect(detach?.changes[0]).toEqual({ path: `/attachments/${note.id}`, from: { name: 'note.txt', sha256: note.sha256 }, to: null });
    expect(history.body.entries.filter((h) => h.action === 'attach')).toHaveLength(4);
    const exported = await alice.call<{ cases: { attachments: { name: string; content_base64: string | null; deleted_at: string | null }[] }[] }>('GET', `/v1/cases/${caseId}/export`);
    const att = exported.body.cases[0]!.attachments;
    expect(att.map((x) => [x.name, x.content_base64 === null, x.deleted_at !== null])).toEqual([
      ['releve-mars.pdf', false, false], ['reponse-banque.pdf', false, false], ['appel.png', false, false], ['note.txt', true, true],
    ]);
    const imported = await bob.call<{ imported: { id: string }[] }>('POST', '/v1/import', exported.body);
    expect(imported.status).toBe(200);
    const copy = await bob.call<{ items: { name: string; sha256: string }[] }>('GET', `/v1/cases/${imported.body.imported[0]!.id}/attachments`);
    expect(copy.body.items.map((x) => [x.name, x.sha256])).toEqual(list.body.items.filter((x) => x.name !== 'note.txt').map((x) => [x.name, x.sha256]));
    const tampered = structuredClone(exported.body);
    tampered.cases[0]!.attachments[0]!.content_base64 = Buffer.from('changed').toString('base64');
    const refused = await bob.call<{ errors: { pointer: string }[] }>('POST', '/v1/import', tampered);
    expect([refused.status, refused.body.errors[0]!.pointer]).toEqual([422, '/cases/0/attachments/0']);
  });

  it('erasing the case erases its files', async () => {
    expect((await alice.call('DELETE', `/v1/cases/${caseId}`)).status).toBe(204);
    const left = await server.store.db.withTables<{ case_attachments: { case_id: string } }>().selectFrom('case_attachments').select('case_id').where('case_id', '=', caseId).execute();
    expect(left).toEqual([]);
  });
});
