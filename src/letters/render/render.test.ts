import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Letter } from '../model.js';
import { renderDocx } from './docx.js';
import { renderPdf } from './pdf.js';
import { columnWidths } from './columns.js';

const EUR = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
/** "3 088,00 €" with U+202F between thousands and U+00A0 before the euro sign. */
const AMOUNT = EUR.format(3088);

/** 300 characters, no whitespace, no repeating pattern (so a lost piece is noticed). */
const LONG_NAME = ('Élodie-Dupont-' + Array.from({ length: 200 }, (_, i) => `q${i.toString(36)}`).join('')).slice(
  0,
  300,
);

const HEADER = ['Date', 'Référence', 'Libellé de l’opération', 'Montant'];
const ROWS = 200;
const rowId = (i: number): string => `OP-${String(i + 1).padStart(3, '0')}`;
const rowAmount = (i: number): string => EUR.format(((i * 7919) % 250_000) / 100 + 0.5);

const ACCENTED = ['soussignée', 'opérations', 'à', 'reçu', 'façon', 'Créteil', '«'];

function sampleLetter(): Letter {
  return {
    kind: 'claim',
    lang: 'fr',
    sender: [LONG_NAME, '12, rue de la Gare', '94000 Créteil'],
    recipient: ['Banque Exemple SA', 'Service réclamations', '75009 Paris'],
    dateLine: 'Créteil, le 18 mars 2014',
    subject: 'Objet : contestation d’opérations de paiement non autorisées',
    references: ['Lettre recommandée avec accusé de réception', 'Compte n° FR76 0000 0000 0000'],
    blocks: [
      { type: 'heading', text: 'Exposé des faits' },
      {
        type: 'paragraph',
        text:
          `Je soussignée conteste les opérations listées ci-dessous, pour un total de ${AMOUNT}, ` +
          'débitées à mon insu ; je n’ai reçu aucun code et n’ai donné mon accord d’aucune façon. ' +
          '« Ces opérations ne sont pas les miennes. »',
      },
      {
        type: 'list',
        items: [
          'Opposition faite le 17 mars 2014 à 22 h 10.',
          `Plainte déposée au commissariat de Créteil (montant : ${AMOUNT}).`,
        ],
      },
      {
        type: 'table',
        header: HEADER,
        rows: Array.from({ length: ROWS }, (_, i) => [
          `2014-03-${String((i % 28) + 1).padStart(2, '0')}`,
          rowId(i),
          i % 17 === 5
            ? 'Paiement par carte chez un commerçant inconnu à l’étranger, opération contestée car ni la carte ni le code n’ont été communiqués'
            : `Paiement carte ${i + 1}`,
          rowAmount(i),
        ]),
        align: ['left', 'left', 'left', 'right'],
      },
      { type: 'heading', text: 'Demande' },
      { type: 'paragraph', text: `Je vous demande le remboursement immédiat de ${AMOUNT}.` },
      { type: 'signature', lines: ['Élodie Dupont', '(signature)'] },
    ],
    title: 'Réclamation – opérations non autorisées',
    footer: 'recours 0.1.0 · données 2014-03-18',
  };
}

const ws = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');
const noWs = (s: string): string => s.replace(/[\s\u202f\u00a0]+/g, '');

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  expect(r.status, `${cmd} ${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r.stdout;
}

let dir = '';
let pdfFile = '';
let docxFile = '';
let pdfText = '';
let pages: string[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recours-render-'));
  const letter = sampleLetter();
  pdfFile = path.join(dir, 'letter.pdf');
  docxFile = path.join(dir, 'letter.docx');
  fs.writeFileSync(pdfFile, await renderPdf(letter));
  fs.writeFileSync(docxFile, await renderDocx(letter));
  pdfText = run('pdftotext', ['-layout', '-enc', 'UTF-8', pdfFile, '-']);
  pages = pdfText.split('\f').filter((p) => p.trim() !== '');
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('sample letter', () => {
  it('is what the tests assume', () => {
    expect(AMOUNT).toMatch(/^3\u202f088,00\u00a0€$/);
    expect(LONG_NAME).toHaveLength(300);
    expect(LONG_NAME).not.toMatch(/\s/);
  });
});

describe('renderPdf', () => {
  it('starts with a PDF header and has the metadata', () => {
    expect(fs.readFileSync(pdfFile).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = run('pdfinfo', ['-enc', 'UTF-8', pdfFile]);
    expect(info).toMatch(/^Title:\s+Réclamation – opérations non autorisées$/m);
    expect(info).toMatch(/^Creator:\s+recours$/m);
    expect(info).toMatch(/^Author:\s+Élodie-Dupont-q0q1/m);
    expect(info).toMatch(/^Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/m);
  });

  it('embeds only the DejaVu fonts, no built-in font', () => {
    const out = run('pdffonts', [pdfFile]);
    const rows = out.split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row).toMatch(/DejaVuSans/);
      expect(row).toMatch(/\byes\s+yes\s+yes\b/); // emb sub uni
    }
    expect(out).not.toMatch(/Helvetica|Times|Courier/);
    expect(out).toMatch(/DejaVuSans-Bold/);
  });

  it('keeps the amount formatted as Intl wrote it, and the accents', () => {
    expect(ws(pdfText)).toContain('3 088,00 €');
    // A justified line would have replaced the no-break spaces with stretched gaps.
    expect(ws(pdfText)).toContain('total de 3 088,00 €');
    for (const word of ACCENTED) expect(pdfText).toContain(word);
    expect(pdfText).toContain('Opposition faite le 17 mars 2014');
    expect(pdfText).toContain('•');
  });

  it('encodes U+202F and U+00A0 as glyphs, not as gaps (pdftotext prints them as spaces)', () => {
    // The ToUnicode CMaps of the embedded subsets say which characters the text holds.
    const pdf = fs.readFileSync(pdfFile);
    const raw = pdf.toString('latin1');
    const cmaps: string[] = [];
    for (const m of raw.matchAll(/stream\r?\n/g)) {
      const start = (m.index ?? 0) + m[0].length;
      const end = raw.indexOf('endstream', start);
      try {
        const text = zlib.inflateSync(pdf.subarray(start, end)).toString('latin1');
        if (text.includes('begincmap')) cmaps.push(text);
      } catch {
        // not a Flate stream
      }
    }
    expect(cmaps.length).toBeGreaterThanOrEqual(2);
    expect(cmaps.some((c) => /<202f>/i.test(c))).toBe(true);
    expect(cmaps.some((c) => /<00a0>/i.test(c))).toBe(true);

    // And the thousands separator keeps its narrow width (≈0.2 em) wherever the amount is
    // printed: a justified pdfkit line would turn it into a stretched word gap (> 1 space).
    const bbox = run('pdftotext', ['-bbox', '-enc', 'UTF-8', pdfFile, '-']);
    const words = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)];
    let seen = 0;
    words.forEach((w, i) => {
      const next = words[i + 1];
      if (w[5] !== '3' || !next || !next[5]?.startsWith('088,00')) return;
      const size = Number(w[4]) - Number(w[2]);
      const gap = Number(next[1]) - Number(w[3]);
      expect(gap / size).toBeLessThan(0.25); // U+0020 is 0.27 of this box height, U+202F 0.17
      seen++;
    });
    expect(seen).toBe(3);
  });

  it('lays the 200-row table over several pages, the header repeated on each', () => {
    const info = run('pdfinfo', [pdfFile]);
    const n = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    expect(n).toBeGreaterThanOrEqual(4);
    expect(pages).toHaveLength(n);

    const tablePages = pages.filter((p) => /OP-\d{3}/.test(p));
    expect(tablePages.length).toBeGreaterThanOrEqual(4);
    for (const page of tablePages) {
      const lines = page.split('\n');
      const headerLine = lines.findIndex((l) => /Date\s+Référence\s+Libellé de l’opération\s+Montant/.test(l));
      const firstRow = lines.findIndex((l) => /OP-\d{3}/.test(l));
      expect(headerLine, page.slice(0, 400)).toBeGreaterThanOrEqual(0);
      expect(headerLine).toBeLessThan(firstRow);
    }
  });

  it('puts every row on exactly one page, whole (rows never split)', () => {
    for (let i = 0; i < ROWS; i++) {
      const id = rowId(i);
      const holders = pages.filter((p) => p.includes(id));
      expect(holders, id).toHaveLength(1);
      const page = ws(holders[0] ?? '');
      // Its date, id and amount are on one line; its wrapped label on the same page.
      const line = page.split('\n').find((l) => l.includes(id)) ?? '';
      expect(line).toContain(`2014-03-${String((i % 28) + 1).padStart(2, '0')}`);
      expect(line).toContain(ws(rowAmount(i)));
      if (i % 17 === 5) expect(noWs(page)).toContain(noWs('ni la carte ni le code n’ont été communiqués'));
    }
  });

  it('right-aligns the amount column', () => {
    const bbox = run('pdftotext', ['-bbox', '-enc', 'UTF-8', pdfFile, '-']);
    const rights = [...bbox.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">€<\/word>/g)].map(
      (m) => Number(m[1]),
    );
    // Euro signs of the 200 rows (the paragraph's and the list's are elsewhere on the line).
    const counts = new Map<number, number>();
    for (const r of rights) counts.set(Math.round(r), (counts.get(Math.round(r)) ?? 0) + 1);
    const [edge, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
    expect(count).toBeGreaterThanOrEqual(ROWS);
    // At the right edge of the text area (595.28 - 2 cm), minus the cell padding.
    expect(edge).toBeGreaterThan(530);
    expect(edge).toBeLessThanOrEqual(539);
  });

  it('writes the footer and "page N / M" on every page', () => {
    const n = pages.length;
    pages.forEach((page, i) => {
      expect(page).toContain(`page ${i + 1} / ${n}`);
      expect(page).toContain('recours 0.1.0 · données 2014-03-18');
    });
    expect(pdfText).toContain(`page 1 / ${n}`);
  });

  it('wraps the 300-character name without losing any of it or leaving the page', () => {
    const flat = noWs(pdfText);
    expect(flat).toContain(LONG_NAME.slice(0, 40));
    expect(flat).toContain(LONG_NAME.slice(-40));
    expect(flat).toContain(LONG_NAME);
    // Broken over several lines of page 1.
    const firstLines = (pages[0] ?? '').split('\n').filter((l) => /q[0-9a-z]/.test(l));
    expect(firstLines.length).toBeGreaterThanOrEqual(3);

    // No word of any page lies outside the 2 cm side margins.
    const bbox = run('pdftotext', ['-bbox', '-enc', 'UTF-8', pdfFile, '-']);
    const page = /<page width="([\d.]+)" height="([\d.]+)">/.exec(bbox);
    const width = Number(page?.[1]);
    const margin = (2 * 72) / 2.54;
    const words = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g)];
    expect(words.length).toBeGreaterThan(1000);
    for (const [, xMin, xMax] of words) {
      expect(Number(xMin)).toBeGreaterThanOrEqual(margin - 1);
      expect(Number(xMax)).toBeLessThanOrEqual(width - margin + 1);
    }
  });

  it('renders page 1 to a PNG', () => {
    run('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdfFile, path.join(dir, 'out')]);
    const png = fs.readdirSync(dir).find((f) => /^out-0*1\.png$/.test(f));
    expect(png).toBeDefined();
    const buf = fs.readFileSync(path.join(dir, png ?? ''));
    expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(buf.length).toBeGreaterThan(5 * 1024);
  });
});

describe('renderDocx', () => {
  const part = (name: string): string => run('unzip', ['-p', docxFile, name]);

  it('holds the text, the amount as Intl wrote it and the long name', () => {
    const xml = part('word/document.xml');
    expect(xml).toContain(AMOUNT);
    for (const word of ACCENTED) expect(xml).toContain(word);
    expect(xml).toContain(LONG_NAME.slice(0, 40));
    expect(xml).toContain(LONG_NAME.slice(-40));
    expect(xml).toContain(LONG_NAME);
    expect(xml).toContain('Opposition faite le 17 mars 2014');
    expect(xml).toContain('DejaVu Sans');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('marks the first table row as a repeating header, rows unsplittable, amounts right-aligned', () => {
    const xml = part('word/document.xml');
    const rows = xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(ROWS + 1);
    expect(rows[0]).toMatch(/<w:tblHeader\/>|w:tblHeader/);
    expect(rows[0]).toContain('Libellé de l’opération');
    expect(rows.slice(1).some((r) => r.includes('w:tblHeader'))).toBe(false);
    expect(rows.every((r) => r.includes('w:cantSplit'))).toBe(true);
    for (const r of rows.slice(1)) {
      const cells = r.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
      expect(cells).toHaveLength(4);
      expect(cells[3]).toMatch(/<w:jc w:val="(right|end)"\/>/);
      expect(cells[1]).not.toMatch(/<w:jc w:val="(right|end)"\/>/);
    }
  });

  it('has the core properties and a footer with the page number', () => {
    const core = part('docProps/core.xml');
    expect(core).toContain('<dc:title>Réclamation – opérations non autorisées</dc:title>');
    expect(core).toContain('Élodie-Dupont-q0q1');
    const footer = part('word/footer1.xml');
    expect(footer).toContain('recours 0.1.0 · données 2014-03-18');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });
});

describe('columnWidths', () => {
  it('is proportional to content, honours the minimum and fills the width', () => {
    const w = columnWidths([10, 100, 300], 400, 40);
    expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(400, 6);
    expect(w[0]).toBeCloseTo(40, 6);
    expect((w[2] ?? 0) / (w[1] ?? 1)).toBeCloseTo(3, 6);
    expect(columnWidths([50, 50], 400, 40)).toEqual([200, 200]);
  });
});
