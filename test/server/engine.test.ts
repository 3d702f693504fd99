/** The stateless endpoints through real HTTP on loopback: success and error paths. */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startServer, type TestServer } from './support.js';

const ombudsfin = JSON.parse(readFileSync('examples/be-ombudsfin-2013-1876.case.json', 'utf8')) as Record<string, unknown>;
type Problem = { type: string; title: string; status: number; detail?: string; errors?: { pointer: string; code: string; message: string; expected?: string }[] };

let server: TestServer;
let api: Client;
beforeAll(async () => {
  server = await startServer('sqlite', { mode: 'local', limits: { bodyBytes: 200_000, transactions: 30 } });
  api = new Client(server.url);
});
afterAll(() => server.close());

const pointers = (p: Problem) => (p.errors ?? []).map((e) => e.pointer);

describe('POST /v1/assessments', () => {
  it('assesses Ombudsfin 2013.1876: 3 088,00 € due, with the explanation in Dutch', async () => {
    const r = await api.call<{ assessment: { totals: { refund_due: string }; outcome: string }; explanation: string; timeline: string }>('POST', '/v1/assessments', { case: ombudsfin, explain: 'text', lang: 'nl' });
    expect(r.status).toBe(200);
    expect(r.body.assessment.totals.refund_due).toBe('3088.00');
    expect(r.body.explanation).toContain('3.088,00');
    expect(r.body.timeline.length).toBeGreaterThan(0);
    expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('names every bad case-file field under /case, in the language asked', async () => {
    const bad = { ...ombudsfin, jurisdiction: 'DE', transactions: [{ ...(ombudsfin.transactions as object[])[0], amount: '-5' }] };
    const r = await api.call<Problem>('POST', '/v1/assessments?lang=en', { case: bad });
    expect(r.status).toBe(422);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(pointers(r.body)).toEqual(expect.arrayContaining(['/case/jurisdiction', '/case/transactions/0/amount']));
    expect(r.body.errors!.every((e) => e.message.length > 0)).toBe(true);
    const fr = await api.call<Problem>('POST', '/v1/assessments', { case: bad, lang: 'fr' });
    expect(fr.body.title).toBe('La demande est invalide');
    const nl = await api.call<Problem>('POST', '/v1/assessments?lang=nl', { case: bad });
    expect(nl.status).toBe(422);
    expect(nl.body.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ pointer: '/case/jurisdiction', message: '"DE" is geen toegelaten waarde', expected: 'een van: FR, BE' }),
      expect.objectContaining({ pointer: '/case/transactions/0/amount', message: '"-5" is geen bedrag in euro' }),
    ]));
  });

  it('refuses unknown members, a missing case, bad options and a bad assumption, each by pointer', async () => {
    const r = await api.call<Problem>('POST', '/v1/assessments', { case: ombudsfin, explain: 'html', surplus: 1 });
    expect(r.status).toBe(422);
    expect(pointers(r.body)).toEqual(expect.arrayContaining(['/explain', '/surplus']));
    const none = await api.call<Problem>('POST', '/v1/assessments', { as_of: '2020-01-01' });
    expect(pointers(none.body)).toContain('/case');
    const a = await api.call<Problem>('POST', '/v1/assessments', { case: ombudsfin, assumptions: { pre_statute: 'sometimes' } });
    expect(a.status).toBe(422);
    expect(pointers(a.body)).toEqual(['/assumptions/pre_statute']);
    const d = await api.call<Problem>('POST', '/v1/assessments', { case: ombudsfin, as_of: '18/03/2014' });
    expect(pointers(d.body)).toEqual(['/as_of']);
  });

  it('answers broken JSON, a wrong content type, an oversized body and too many transactions clearly', async () => {
    const broken = await api.call<Problem>('POST', '/v1/assessments', '{"case": ', { 'content-type': 'application/json' });
    expect(broken.status).toBe(400);
    expect(broken.body.detail).toMatch(/JSON/);
    const text = await api.call<Problem>('POST', '/v1/assessments', 'case=1', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    const huge = await api.call<Problem>('POST', '/v1/assessments', { case: ombudsfin, pad: 'x'.repeat(300_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.detail).toContain('200000');
    const tx = (ombudsfin.transactions as Record<string, unknown>[])[0]!;
    const many = { ...ombudsfin, transactions: Array.from({ length: 31 }, (_, i) => ({ ...tx, id: `t${i}` })) };
    const r = await api.call<Problem>('POST', '/v1/assessments', { case: many });
    expect(r.status).toBe(422);
    expect(r.body.errors![0]!.pointer).toBe('/case/transactions');
    expect(r.body.errors![0]!.expected).toContain('30');
    const nl = await api.call<Problem>('POST', '/v1/assessments?lang=nl', { case: many });
    expect(nl.body.errors![0]).toMatchObject({ message: '31 verrichtingen is te veel voor één verzoek', expected: 'hoogstens 30 verrichtingen (recours batch heeft geen limiet)' });
    const brokenNl = await api.call<Problem>('POST', '/v1/assessments?lang=nl', '{"case": ', { 'content-type': 'application/json' });
    expect(brokenNl.body.detail).toMatch(/^De body is geen geldige JSON: /);
  });
});

describe('missing facts, what-if, letters', () => {
  it('lists the facts that still matter with their question in the language asked', async () => {
    const open = { ...ombudsfin, evidence: { ...(ombudsfin.evidence as object), authentication_proven: null } };
    const r = await api.call<{ missing: { pointer: string; text: string; answers: unknown[] }[] }>('POST', '/v1/missing', { case: open, lang: 'en' });
    expect(r.status).toBe(200);
    expect(Array.isArray(r.body.missing)).toBe(true);
    for (const m of r.body.missing) {
      expect(m.pointer).toMatch(/^\//);
      expect(m.text.length).toBeGreaterThan(5);
      expect(m.answers.length).toBeGreaterThan(1);
    }
  });

  it('re-runs the engine with a changed fact, and lists the automatic changes', async () => {
    const one = await api.call<{ whatif: { after: { refund_due: string } } }>('POST', '/v1/whatif', { case: ombudsfin, changes: [{ path: '/notification', value: null }] });
    expect(one.status).toBe(200);
    expect(one.body.whatif).toBeTruthy();
    const all = await api.call<{ whatifs: unknown[] }>('POST', '/v1/whatif', { case: ombudsfin });
    expect(all.status).toBe(200);
    expect(all.body.whatifs.length).toBeGreaterThan(0);
    const bad = await api.call<Problem>('POST', '/v1/whatif', { case: ombudsfin, changes: [{ path: '/no/such/field', value: 1 }] });
    expect(bad.status).toBe(422);
    expect(bad.body.errors!.length).toBeGreaterThan(0);
  });

  it('writes the claim letter as a PDF whose text says 3 088,00 €, and as DOCX and Markdown', async () => {
    const pdf = await api.call<Buffer>('POST', '/v1/letters', { case: ombudsfin, kind: 'claim', format: 'pdf', lang: 'fr' });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain('recours-claim-fr.pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    const file = join(mkdtempSync(join(tmpdir(), 'recours-letter-')), 'claim.pdf');
    writeFileSync(file, pdf.body);
    expect(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s/g, ' ')).toMatch(/3\s088,00\s€/);
    const docx = await api.call<Buffer>('POST', '/v1/letters', { case: ombudsfin, kind: 'mediator', format: 'docx', lang: 'nl' });
    expect(docx.status).toBe(200);
    expect(docx.body.subarray(0, 2).toString()).toBe('PK');
    const md = await api.call<Buffer>('POST', '/v1/letters', { case: ombudsfin, kind: 'checklist', format: 'md', lang: 'en' });
    expect(md.headers.get('content-type')).toContain('text/markdown');
    expect(md.body.toString('utf8').length).toBeGreaterThan(100);
    const bad = await api.call<Problem>('POST', '/v1/letters', { case: ombudsfin, kind: 'poem', format: 'odt' });
    expect(pointers(bad.body)).toEqual(expect.arrayContaining(['/kind', '/format']));
  });
  it('a case no regime covers: the claim answers 422 with the reason, the checklist 200', async () => {
    const old = JSON.parse(JSON.stringify(ombudsfin).replaceAll('2013-04-22', '1996-04-22'));
    old.as_of = '1996-06-01';
    old.jurisdiction = 'FR'; // French law has no regime before 16 November 2001
    const claim = await api.call<Problem>('POST', '/v1/letters', { case: old, kind: 'claim', format: 'pdf', lang: 'nl' });
    expect(claim.status).toBe(422);
    expect(claim.body.errors).toEqual([expect.objectContaining({ pointer: '/kind', code: 'letter_no_regime' })]);
    expect(claim.body.detail).toContain('Geen wettelijke regeling');
    const checklist = await api.call<Buffer>('POST', '/v1/letters', { case: old, kind: 'checklist', format: 'md', lang: 'nl' });
    expect(checklist.status).toBe(200);
  });
});

describe('law, precedents, documentation', () => {
  it('lists the law in force on a date and one article with its versions', async () => {
    const r = await api.call<{ articles: { id: string; version: { from: string } }[]; regimes: { id: string }[] }>('GET', '/v1/law?at=2013-04-22&jurisdiction=BE');
    expect(r.status).toBe(200);
    expect(r.body.regimes.map((x) => x.id)).toContain('be.loi-2009-12-10');
    expect(r.body.articles.length).toBeGreaterThan(3);
    const q = await api.call<{ articles: { id: string }[] }>('GET', '/v1/law?at=2020-01-01&jurisdiction=FR&q=negligence grave');
    expect(q.body.articles.map((a) => a.id)).toContain('fr.cmf.L133-19');
    const one = await api.call<{ id: string; versions: { from: string; text: Record<string, string> }[] }>('GET', '/v1/law/fr.cmf.L133-19?at=2020-01-01');
    expect(one.status).toBe(200);
    expect(one.body.versions.length).toBeGreaterThan(1);
    const none = await api.call<Problem>('GET', '/v1/law/fr.cmf.L999');
    expect(none.status).toBe(404);
    const bad = await api.call<Problem>('GET', '/v1/law?at=yesterday&jurisdiction=DE');
    expect(pointers(bad.body)).toEqual(expect.arrayContaining(['/query/at', '/query/jurisdiction']));
  });

  it('searches the decided cases by text and facts', async () => {
    const r = await api.call<{ precedents: { id: string; jurisdiction: string }[] }>('GET', '/v1/precedents?q=phishing&jurisdiction=FR&limit=5');
    expect(r.status).toBe(200);
    expect(r.body.precedents.length).toBeGreaterThan(0);
    expect(r.body.precedents.length).toBeLessThanOrEqual(5);
    expect(r.body.precedents.every((p) => p.jurisdiction === 'FR')).toBe(true);
    const bad = await api.call<Problem>('GET', '/v1/precedents?facts=pin_on_card,flying&limit=0');
    expect(bad.status).toBe(422);
    expect(pointers(bad.body)).toContain('/query/limit');
  });

  it('serves an OpenAPI 3.1 document built from the engine schemas, and a local documentation page', async () => {
    const r = await api.call<{ openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }>('GET', '/v1/openapi.json');
    expect(r.body.openapi).toBe('3.1.0');
    for (const p of ['/v1/assessments', '/v1/missing', '/v1/whatif', '/v1/letters', '/v1/law', '/v1/precedents', '/v1/cases', '/v1/cases/{id}/history', '/v1/export', '/v1/import'])
      expect(Object.keys(r.body.paths)).toContain(p);
    expect(Object.keys(r.body.components.schemas)).toEqual(expect.arrayContaining(['recours.case/1', 'recours.assessment/1']));
    const docs = await fetch(`${server.url}/docs/`);
    expect(docs.status).toBe(200);
    const html = await docs.text();
    const resources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(resources.length).toBeGreaterThan(2);
    expect(resources.every((u) => u.startsWith('./'))).toBe(true);
    expect(docs.headers.get('content-security-policy')).not.toMatch(/https:|swagger\.io/);
  });

  it('answers an unknown route with a problem, and reports health', async () => {
    const r = await api.call<Problem>('GET', '/v1/nothing');
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    const h = await api.call<{ ok: boolean; database: string }>('GET', '/v1/health');
    expect(h.body).toMatchObject({ ok: true, database: 'sqlite' });
  });
});
