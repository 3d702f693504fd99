/** The built CLI (`npm run build` first, as `npm test` does), as a user runs it. */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const example = join(root, 'examples/be-ombudsfin-2013-1876.case.json');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [join(root, 'bin/recours.js'), ...args], { input, encoding: 'utf8', env: { ...process.env, RECOURS_DEBUG: '' } });
/** The CLI run without blocking the test worker (a busy machine makes a blocked worker miss its RPC deadline). */
const runAsync = (args: string[]) =>
  new Promise<{ status: number; stdout: string; stderr: string }>((done) => {
    execFile(process.execPath, [join(root, 'bin/recours.js'), ...args], { encoding: 'utf8', env: { ...process.env, RECOURS_DEBUG: '' } }, (err, stdout, stderr) =>
      done({ status: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }));
  });
const tmp = mkdtempSync(join(tmpdir(), 'recours-cli-'));
const file = (name: string, text: string) => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};

describe('recours assess', () => {
  it('prints the assessment as JSON', () => {
    const r = run(['assess', example, '--format', 'json']);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect([a.format, a.totals.refund_due, a.totals.payer_bears, a.regime.id]).toEqual(['recours.assessment/1', '3088.00', '150.00', 'be.loi-2009-12-10']);
  });
  it('renders text in French and English and Markdown, from the trace', () => {
    const fr = run(['assess', example, '--format', 'text', '--lang', 'fr']);
    expect(fr.status).toBe(0);
    expect(fr.stdout).toContain('3\u202f088,00\u00a0€');
    expect(fr.stdout).toContain('loi 10.12.2009 art. 37');
    expect(fr.stdout).toContain("La négligence grave n'est pas établie");
    const en = run(['assess', example, '--format', 'text', '--lang', 'en']);
    expect(en.stdout).toContain('€3,088.00');
    const md = run(['assess', example, '--format', 'markdown']);
    expect(md.stdout).toMatch(/^# recours/);
    expect(md.stdout).toContain('## Gross negligence');
  });
  it('--legal-rate gives a legal rate not yet in the tables; a rate for a published period is refused with what is expected', () => {
    const late = JSON.stringify({
      format: 'recours.case/1', jurisdiction: 'FR', payer: { kind: 'consumer' }, instruments: [{ id: 'card', kind: 'debit_card' }],
      incident: { kind: 'theft', at: '2026-06-10T08:00+02:00', payer_kept_instrument: false, detectable_before_payment: true, psp_staff_involved: false },
      notification: { at: '2026-06-10T12:00+02:00' }, psp: { name: 'B', notification_means_available: true },
      transactions: [{ id: 't1', instrument: 'card', at: '2026-06-10T10:00+02:00', amount: '1050.00', kind: 'atm_withdrawal', authentication: 'pin', sca: null, consented: false, contested_on: '2026-06-10' }],
      conduct: [], evidence: { authentication_proven: true, no_technical_deficiency_proven: true }, as_of: '2026-12-04',
    });
    const path = file('late-2026.case.json', late);
    const without = JSON.parse(run(['assess', path]).stdout);
    expect([without.interest.computed_to, without.interest.stopped_because]).toEqual(['2026-06-30', 'no_published_rate']);
    const withRate = run(['assess', path, '--legal-rate', '2026-07-01/2026-12-31=6.70,2.60']);
    expect(withRate.status).toBe(0);
    expect([JSON.parse(withRate.stdout).interest.computed_to, JSON.parse(withRate.stdout).interest.stopped_because]).toEqual(['2026-12-04', 'as_of']);
    const refused = run(['assess', path, '--legal-rate', '2026-01-01/2026-06-30=6.67']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--legal-rate: "2026-01-01/2026-06-30=6.67" starts on or before 2026-06-30, which has a published rate — expected: FROM/TO=RATE[,OTHER]');
  });
  it('reads standard input', () => {
    const r = run(['assess', '-'], readFileSync(example, 'utf8'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).totals.refund_due).toBe('3088.00');
  });
  it('refuses an invalid case with exit 2 and every error with its JSON pointer', () => {
    const bad = JSON.parse(readFileSync(example, 'utf8'));
    bad.transactions[0].amount = '-5';
    bad.transactions[1].at = '2013-02-30';
    bad.incident.kind = 'burglary';
    delete bad.jurisdiction;
    const r = run(['assess', file('bad.json', JSON.stringify(bad))]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('/transactions/0/amount');
    expect(r.stderr).toContain('/transactions/1/at: "2013-02-30" is not a date of the calendar');
    expect(r.stderr).toContain('/incident/kind: "burglary" is not an accepted value — expected: one of: theft');
    expect(r.stderr).toContain('/jurisdiction: is missing');
    const fr = run(['assess', file('bad.json', JSON.stringify(bad)), '--lang', 'fr']);
    expect(fr.stderr).toContain('/jurisdiction: est absent');
    const nl = run(['assess', file('bad.json', JSON.stringify(bad)), '--lang', 'nl']);
    expect([nl.status, nl.stdout]).toEqual([2, '']);
    expect(nl.stderr).toContain('/jurisdiction: ontbreekt');
    expect(nl.stderr).toContain('/transactions/1/at: "2013-02-30" bestaat niet in de kalender');
    expect(nl.stderr).toContain('/incident/kind: "burglary" is geen toegelaten waarde — verwacht: een van: theft');
    expect(nl.stderr).not.toMatch(/is missing|expected|not an accepted/);
  });
  it('refuses broken JSON, a missing file and a bad option without a stack trace', () => {
    const broken = run(['assess', file('broken.json', '{"format": ')]);
    expect([broken.status, broken.stderr.startsWith('/: is not valid JSON')]).toEqual([2, true]);
    const missing = run(['assess', join(tmp, 'nope.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file');
    const option = run(['assess', example, '--format', 'pdf']);
    expect(option.status).toBe(2);
    const assume = run(['assess', example, '--assume', 'franchise_scope=case']);
    expect(assume.status).toBe(2);
    expect(assume.stderr).toContain('incident | instrument | transaction');
    for (const r of [broken, missing, option, assume]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('switches a named assumption', () => {
    const a = JSON.parse(run(['assess', example, '--assume', 'franchise_scope=instrument']).stdout);
    expect(a.totals.payer_bears).toBe('300.00');
  });
  it('takes --as-of over the case file', () => {
    expect(JSON.parse(run(['assess', example, '--as-of', '2015-01-01']).stdout).as_of).toBe('2015-01-01');
    expect(run(['assess', example, '--as-of', '2015-13-01']).status).toBe(2);
  });
});

describe('recours schema and law', () => {
  it('prints the JSON Schemas', () => {
    const c = JSON.parse(run(['schema', 'case']).stdout);
    expect(JSON.stringify(c)).toContain('recours.case/1');
    const a = JSON.parse(run(['schema', 'assessment']).stdout);
    expect(JSON.stringify(a)).toContain('refund_due');
  });
  it('lists the law in force on a date', () => {
    const r = run(['law', '--at', '2014-03-18', '--jurisdiction', 'BE']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('be.loi-2009-12-10.art-37');
    expect(r.stdout).not.toContain('be.cde-2018');
    const fr = JSON.parse(run(['law', '--at', '2019-09-14', '--jurisdiction', 'FR', '--format', 'json']).stdout);
    expect(fr.regimes.map((x: { id: string }) => x.id)).toEqual(['fr.cmf-2018']);
    expect(fr.articles.find((x: { id: string }) => x.id === 'fr.cmf.L133-19').version.from).toBe('2018-01-13');
  });
});

describe('recours deadlines, missing, whatif, precedents', () => {
  const theft = file('theft.json', JSON.stringify({
    format: 'recours.case/1', jurisdiction: 'FR', payer: { kind: 'consumer' },
    instruments: [{ id: 'card', kind: 'debit_card' }],
    incident: { kind: 'theft', at: '2025-04-18T09:00+02:00', payer_kept_instrument: false, detectable_before_payment: true, psp_staff_involved: false },
    notification: { at: '2025-04-18T12:00+02:00' },
    psp: { name: 'Banque', notification_means_available: true },
    transactions: [{ id: 't1', instrument: 'card', at: '2025-04-18T10:00+02:00', booked_on: '2025-04-18', amount: '998.00', kind: 'atm_withdrawal', authentication: 'pin', consented: false }],
    evidence: { authentication_proven: true, no_technical_deficiency_proven: true },
    as_of: '2025-05-31',
  }));
  it('prints the timeline with the refund deadline and the penalty interest', () => {
    const r = run(['deadlines', theft, '--lang', 'fr']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2025-04-22 — La banque doit rembourser au plus tard (échu)');
    expect(r.stdout).toContain('17,69\u00a0€');
    const j = JSON.parse(run(['deadlines', theft, '--format', 'json']).stdout);
    expect(j.interest.total).toBe('17.69');
    expect(j.deadlines.map((d: { kind: string }) => d.kind)).toContain('contest_by');
  });
  it('lists the missing facts that matter', () => {
    const r = run(['missing', example, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).map((m: { pointer: string }) => m.pointer)).toContain('/evidence/authentication_proven');
    expect(run(['missing', example, '--lang', 'fr']).stdout).toContain('La banque prouve-t-elle');
  });
  it('answers a what-if and the automatic ones', () => {
    const r = run(['whatif', example, '--set', 'notification.at="2013-04-22T17:40+02:00"']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('you would bear €0.00 instead of €150.00');
    const all = JSON.parse(run(['whatif', example, '--format', 'json']).stdout);
    expect(all.length).toBeGreaterThan(2);
    const bad = run(['whatif', example, '--set', 'incident.kind=burglary']);
    expect([bad.status, bad.stderr.startsWith('/incident/kind')]).toEqual([2, true]);
  });
  it('searches precedents and lists those like a case', () => {
    const r = run(['precedents', '--fact', 'otp_disclosed', '--fact', 'caller_id_spoofed', '--limit', '5']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('n° 23-16.267');
    expect(run(['precedents', example, '--limit', '3']).stdout).toContain('Ombudsfin');
    expect(run(['precedents', '--fact', 'careless']).status).toBe(2);
  });
});

describe('recours letter', () => {
  it('writes a PDF atomically and never overwrites without --force', () => {
    const out = join(tmp, 'claim.pdf');
    const first = run(['letter', example, '--kind', 'claim', '--lang', 'fr', '--format', 'pdf', '--out', out]);
    expect(first.status).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const again = run(['letter', example, '--kind', 'claim', '--format', 'pdf', '--out', out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(run(['letter', example, '--kind', 'checklist', '--format', 'md', '--out', out, '--force']).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Liste des pièces');
  });
  it('refuses an unknown kind and a missing folder', () => {
    expect(run(['letter', example, '--kind', 'poem', '--out', join(tmp, 'x.pdf')]).status).toBe(2);
    const r = run(['letter', example, '--kind', 'claim', '--out', join(tmp, 'nope', 'x.pdf')]);
    expect([r.status, r.stderr.includes('no such folder')]).toEqual([2, true]);
  });
  it('a Belgian operation of April 2018 under --assume be_psd2_gap=directive gets its letter', async () => {
    const be = JSON.parse(readFileSync(example, 'utf8').replaceAll('2013-04-22', '2018-04-10'));
    be.as_of = '2018-06-01';
    const out = join(tmp, 'be-2018.md');
    const r = await runAsync(['letter', file('be-2018.json', JSON.stringify(be)), '--kind', 'claim', '--format', 'md', '--out', out, '--assume', 'be_psd2_gap=directive']);
    expect([r.status, r.stderr]).toEqual([0, expect.stringContaining('claim (fr, md')]);
    expect(readFileSync(out, 'utf8')).toContain('50,00');
  });
  it('a case no regime covers: the claim is refused in plain words (exit 2), the checklist is written', async () => {
    const old = JSON.parse(readFileSync(example, 'utf8').replaceAll('2013-04-22', '1996-04-22'));
    old.as_of = '1996-06-01';
    old.jurisdiction = 'FR'; // French law has no regime before 16 November 2001
    const path = file('old.json', JSON.stringify(old));
    const claim = await runAsync(['letter', path, '--kind', 'claim', '--lang', 'en', '--format', 'md', '--out', join(tmp, 'old-claim.md')]);
    expect(claim.status).toBe(2);
    expect(claim.stderr).toContain('No statutory regime of loss allocation covers these operations');
    expect(claim.stderr).not.toContain('    at ');
    const out = join(tmp, 'old-checklist.md');
    expect((await runAsync(['letter', path, '--kind', 'checklist', '--format', 'md', '--out', out])).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Liste des pièces');
  });
});

describe('recours dossier', () => {
  it('merges the letter and two PDFs and a PNG, each exhibit page stamped; refuses a file that is not its type', async () => {
    const { PDFDocument, StandardFonts } = await import('pdf-lib');
    const pdf = async (pages: string[]) => {
      const doc = await PDFDocument.create();
      const font = await doc.embedFont(StandardFonts.Helvetica);
      for (const t of pages) doc.addPage([400, 500]).drawText(t, { x: 40, y: 400, size: 14, font });
      return Buffer.from(await doc.save());
    };
    const a = file('statement.pdf', '');
    writeFileSync(a, await pdf(['STATEMENT one', 'STATEMENT two']));
    const b = file('answer.pdf', '');
    writeFileSync(b, await pdf(['ANSWER']));
    spawnSync('pdftoppm', ['-png', '-r', '20', '-singlefile', b, join(tmp, 'shot')]);
    const out = join(tmp, 'dossier.pdf');
    const r = await runAsync(['dossier', example, '--kind', 'claim', '--lang', 'en', '--attach', a, '--attach', b, '--attach', join(tmp, 'shot.png'), '--out', out]);
    expect([r.status, r.stderr]).toEqual([0, expect.stringContaining('3 exhibits')]);
    const pages = spawnSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).stdout.split('\f').slice(0, -1);
    const stamped = pages.map((p) => p.match(/Exhibit (\d)/)?.[1] ?? null);
    expect(stamped.slice(-4)).toEqual(['1', '1', '2', '3']);
    expect(stamped.slice(0, -4).every((s) => s === null)).toBe(true);
    expect(pages.join(' ').replace(/\s+/g, ' ')).toContain('1. statement.pdf 2. answer.pdf 3. shot.png');
    const fake = file('fake.pdf', 'not a pdf');
    const bad = await runAsync(['dossier', example, '--attach', fake, '--out', join(tmp, 'x.pdf')]);
    expect([bad.status, bad.stderr.includes('not a readable application/pdf file')]).toEqual([2, true]);
  });
});

describe('recours deadlines output', () => {
  it('holds only the timeline and the interest', () => {
    const r = run(['deadlines', example]);
    expect(r.stdout).toContain('Deadlines');
    expect(r.stdout).not.toContain('Similar decisions');
    expect(r.stdout).toContain('Unless the bank has refunded, as of 2014-03-18');
  });
});

describe('Dutch', () => {
  it('renders the report in Dutch, with Belgian number formatting', () => {
    const r = run(['assess', example, '--format', 'text', '--lang', 'nl']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Terug te betalen: €\u00a03.088,00');
    expect(r.stdout).toContain('Wet van 10 december 2009');
    expect(r.stdout).toContain('Grove nalatigheid is niet bewezen');
  });
});
