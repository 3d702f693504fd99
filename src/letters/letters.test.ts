import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../case/parse.js';
import { assess } from '../engine/assess.js';
import { caseFile, tx } from '../../test/support/build.js';
import { buildLetter, letterFile, LETTER_KINDS } from './index.js';
import { LETTER_MESSAGES } from './messages/index.js';
import { renderMarkdown } from './render/markdown.js';
import type { LetterLang } from './model.js';

const LANGS: LetterLang[] = ['fr', 'nl', 'en'];
/** The letter, failing the test when it is refused. */
function built(...args: Parameters<typeof buildLetter>) {
  const r = buildLetter(...args);
  if (!r.ok) throw new Error(r.refusal.message);
  return r.value;
}
async function fileOf(...args: Parameters<typeof letterFile>) {
  const r = await letterFile(...args);
  if (!r.ok) throw new Error(r.refusal.message);
  return r.value;
}
const tmp = mkdtempSync(join(tmpdir(), 'recours-letters-'));
const ombudsfinJson = JSON.parse(readFileSync(new URL('../../../shared/caselaw/cases/be-ombudsfin-2014-03-18-2013-1876.case.json', import.meta.url), 'utf8'));
ombudsfinJson.parties = {
  holder: { name: 'Élodie Van den Broeck', address: ['Rue de la Loi 16', '1000 Bruxelles'] },
  bank: { name: 'Banque Exemple SA', address: ['Service des plaintes', 'Boulevard Anspach 1', '1000 Bruxelles'] },
  account: 'BE71 0961 2345 6769', card: '4871 0400 1234 5678', place: 'Bruxelles',
};
ombudsfinJson.complaint = { received_on: '2013-04-24', written: true };
const parsed = parseCase(ombudsfinJson);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const ombudsfin = parsed.value;
const assessed = assess(ombudsfin);

/** A French theft whose bank refunded late: the formal notice has penalty interest. */
const frJson = caseFile({
  incident: { kind: 'theft', at: '2025-04-18T09:00+02:00', payer_kept_instrument: false, detectable_before_payment: true, psp_staff_involved: false },
  notification: { at: '2025-04-18T12:00+02:00' },
  transactions: [tx({ at: '2025-04-18T10:00+02:00', amount: '998.00' })],
  parties: { holder: { name: 'Zoé Lefèvre', address: ['12 rue des Écoles', '69001 Lyon'] }, bank: { name: 'Banque Française', address: ['Service réclamations'] }, place: 'Lyon' },
  complaint: { received_on: '2025-04-22', written: true },
  as_of: '2025-05-31',
});
const fr = parseCase(frJson);
if (!fr.ok) throw new Error(JSON.stringify(fr.errors));
const frAssessed = assess(fr.value);

/** The Ombudsfin case written by the holder's lawyer: the letters are signed by her, with the mandate as an extra kind. */
const representedJson = JSON.parse(JSON.stringify(ombudsfinJson));
representedJson.parties.representative = { name: 'Me Jeanne Dubois', address: ['Avenue Louise 54', '1050 Bruxelles'], capacity: 'lawyer', reference: 'JD/2013/118' };
const representedParsed = parseCase(representedJson);
if (!representedParsed.ok) throw new Error(JSON.stringify(representedParsed.errors));
const represented = representedParsed.value;
const representedAssessed = assess(represented);

const pdftotext = (pdf: string) => spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/[\u202f\u00a0]/g, ' ');
const docxText = (docx: string) => spawnSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' }).stdout.replace(/<[^>]+>/g, '')
  .replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/[\u202f\u00a0]/g, ' ');

describe('letter messages', () => {
  it('every locale has every message (parity)', () => {
    const shape = (o: unknown): string[] =>
      o && typeof o === 'object' && !Array.isArray(o) ? Object.entries(o).flatMap(([k, v]) => [k, ...shape(v).map((x) => `${k}.${x}`)]) : [];
    const [fr0, ...rest] = LANGS.map((l) => shape(LETTER_MESSAGES[l]).sort());
    for (const other of rest) expect(other).toEqual(fr0);
  });
});

describe('letters', () => {
  it('Ombudsfin 2013.1876: a Belgian claim letter citing the law of 10 December 2009 and asking for 3 088,00 €', () => {
    const md = renderMarkdown(built('claim', ombudsfin, assessed, 'fr'));
    expect(md).toContain('art. 37 de la loi du 10 décembre 2009 relative aux services de paiement');
    expect(md).toContain('3\u202f088,00\u00a0€');
    expect(md).toContain('•••• 5678');
    expect(md).not.toContain('1234 5678');
    const nl = renderMarkdown(built('claim', ombudsfin, assessed, 'nl'));
    expect(nl).toContain('€\u00a03.088,00');
    expect(nl).toContain('art. 37 van de wet van 10 december 2009 betreffende de betalingsdiensten');
  });
  for (const lang of LANGS)
    for (const kind of LETTER_KINDS)
      it(`Markdown snapshot: ${kind} (${lang})`, async () => {
        const c = kind === 'formal-notice' ? fr.value : kind === 'mandate' ? represented : ombudsfin;
        const a = kind === 'formal-notice' ? frAssessed : kind === 'mandate' ? representedAssessed : assessed;
        await expect(renderMarkdown(built(kind, c, a, lang))).toMatchFileSnapshot(`./__snapshots__/${kind}.${lang}.md`);
      });
  it('the formal notice computes the penalty interest to the date', () => {
    const md = renderMarkdown(built('formal-notice', fr.value, frAssessed, 'fr'));
    expect(md).toContain('17,69\u00a0€');
    expect(md).toContain('article L. 133-18 al. 3 du code monétaire et financier');
  });
  const AMOUNT = { fr: '3 088,00 €', nl: '€ 3.088,00', en: '€3,088.00' } as const;
  const DAY = { fr: '22 avril 2013', nl: '22 april 2013', en: '22 April 2013' } as const;
  const ARTICLE = { fr: 'art. 37 de la loi du 10 décembre 2009', nl: 'art. 37 van de wet van 10 december 2009', en: 'Article 37 of the Belgian Act of 10 December 2009' } as const;
  const BURDEN = { fr: 'art. 35 de la loi du 10 décembre 2009', nl: 'art. 35 van de wet van 10 december 2009', en: 'Article 35 of the Belgian Act of 10 December 2009' } as const;
  const ARGUES: ReadonlySet<string> = new Set(['claim', 'formal-notice', 'reply-to-refusal', 'court-claim']);
  const subjectOf = (kind: (typeof LETTER_KINDS)[number], lang: LetterLang) => {
    const r = buildLetter(kind, kind === 'mandate' ? represented : ombudsfin, kind === 'mandate' ? representedAssessed : assessed, lang);
    if (!r.ok) throw new Error(r.refusal.message);
    return r.value.subject;
  };
  /** What every letter file must say, read back from the PDF or DOCX text. */
  function expectContent(text: string, kind: (typeof LETTER_KINDS)[number], lang: LetterLang) {
    expect(text).toContain(kind === 'mandate' ? 'Me Jeanne Dubois' : 'Élodie Van den Broeck');
    expect(text).toContain(subjectOf(kind, lang));
    if (kind === 'checklist') return expect(text).toContain(LETTER_MESSAGES[lang].checklist.policeBE);
    expect(text).toContain(AMOUNT[lang]);
    expect(text).toContain(DAY[lang]);
    expect(text).toContain('•••• 5678');
    expect(text).not.toContain('4871 0400');
    if (ARGUES.has(kind)) expect(text).toContain(ARTICLE[lang]);
    if (kind === 'proof-request') expect(text).toContain(BURDEN[lang]);
    if (kind === 'mandate') return;
    expect(text).toContain(LETTER_MESSAGES[lang].exhibits.title);
    expect(text).toMatch(/1\. +\S/);
    expect(text).toMatch(/2\. +\S/);
  }
  for (const lang of LANGS)
    for (const kind of LETTER_KINDS)
      it(`PDF ${kind} (${lang}) read back: amounts, dates, articles, references, exhibit numbers`, async () => {
        const pdf = join(tmp, `${kind}.${lang}.pdf`);
        writeFileSync(pdf, await fileOf(kind, kind === 'mandate' ? represented : ombudsfin, kind === 'mandate' ? representedAssessed : assessed, lang, 'pdf'));
        expectContent(pdftotext(pdf).replace(/\s+/g, ' '), kind, lang);
      });
  for (const lang of LANGS)
    it(`PDF page 1 renders to PNG (${lang})`, async () => {
      const pdf = join(tmp, `render.${lang}.pdf`);
      writeFileSync(pdf, await fileOf('claim', ombudsfin, assessed, lang, 'pdf'));
      const png = join(tmp, `claim-${lang}`);
      spawnSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', pdf, png]);
      expect(statSync(`${png}-1.png`).size).toBeGreaterThan(5000);
    });
  for (const lang of LANGS)
    for (const kind of LETTER_KINDS)
      it(`DOCX ${kind} (${lang}) unzipped and read: amounts, dates, articles, references, exhibit numbers`, async () => {
        const docx = join(tmp, `${kind}.${lang}.docx`);
        writeFileSync(docx, await fileOf(kind, kind === 'mandate' ? represented : ombudsfin, kind === 'mandate' ? representedAssessed : assessed, lang, 'docx'));
        expectContent(docxText(docx), kind, lang);
      });
  it('DOCX read back: amounts, citations, the holder\'s name', async () => {
    const docx = join(tmp, 'notice.fr.docx');
    writeFileSync(docx, await fileOf('formal-notice', fr.value, frAssessed, 'fr', 'docx'));
    const text = docxText(docx);
    expect(text).toContain('998,00 €');
    expect(text).toContain('17,69 €');
    expect(text).toContain('Zoé Lefèvre');
    expect(text).toContain('article L. 133-18');
  });
  it('200 operations paginate with the table header repeated', async () => {
    const many = caseFile({ transactions: Array.from({ length: 200 }, (_, i) => tx({ id: `op${i + 1}`, at: `2020-03-02T${String(10 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}+01:00`, amount: '12.34' })), notification: null });
    const c = parseCase(many);
    if (!c.ok) throw new Error('invalid');
    const pdf = join(tmp, 'many.pdf');
    writeFileSync(pdf, await fileOf('claim', c.value, assess(c.value), 'fr', 'pdf'));
    const pages = pdftotext(pdf).split('\f').filter((p) => p.includes('op'));
    expect(pages.length).toBeGreaterThan(3);
    for (const p of pages.filter((x) => /op\d+/.test(x))) expect(p).toContain('À rembourser');
  });
  it('a name beyond 1000 characters is refused with its field', () => {
    const r = parseCase(caseFile({ parties: { holder: { name: 'x'.repeat(1001) } } }));
    expect(!r.ok && r.errors.map((e) => [e.pointer, e.code])).toEqual([['/parties/holder/name', 'too_big']]);
  });
  it('text from the case file cannot inject markup or break the layout', async () => {
    const hostile = caseFile({
      parties: { holder: { name: `**bold** <script>alert(1)</script> \u202Eevil\u202C ${'x'.repeat(900)}\u0007`, address: ['| a | b |', '# title'] } },
    });
    const c = parseCase(hostile);
    if (!c.ok) throw new Error(JSON.stringify(c.errors));
    const md = renderMarkdown(built('claim', c.value, assess(c.value), 'en'));
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\*\\*bold\\*\\*');
    expect(md).not.toContain('\u202E');
    expect(md).not.toContain('\u0007');
    expect(md).toContain('\\# title');
    expect(md).toContain('\\| a \\| b \\|');
    expect(md.split('\n').every((l) => l.length < 400)).toBe(true);
    const pdf = join(tmp, 'hostile.pdf');
    writeFileSync(pdf, await fileOf('claim', c.value, assess(c.value), 'en', 'pdf'));
    expect(pdftotext(pdf)).toContain('<script>alert(1)</script>');
  });
});
