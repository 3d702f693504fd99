/**
 * PDF renderer: lays a `Letter` out on A4 with pdfkit and the embedded DejaVu Sans fonts.
 *
 * No built-in PDF font is ever used (Helvetica's WinAnsi encoding has no U+202F, the narrow
 * no-break space of French number formatting, and corrupts it). The document is opened with DejaVu Sans as its
 * default font so pdfkit never even instantiates Helvetica.
 *
 * Paragraphs are left-aligned, not justified: pdfkit implements justification by splitting each
 * line on /\s+/ — which matches U+00A0 and U+202F — and replacing those characters with a
 * stretched gap, so "3 088,00 €" would lose its no-break spaces.
 */
import { columnWidths } from './columns.js';
import PDFDocument from 'pdfkit';
import { fileURLToPath } from 'node:url';
import type { Block, Letter } from '../model.js';

type Doc = PDFKit.PDFDocument;
type Align = 'left' | 'right';

/* The compiled module lives in dist/letters/render/, also three levels below the repository root. */
const FONT_BODY = fileURLToPath(new URL('../../../assets/fonts/DejaVuSans.ttf', import.meta.url));
const FONT_BOLD = fileURLToPath(new URL('../../../assets/fonts/DejaVuSans-Bold.ttf', import.meta.url));

const CM = 72 / 2.54;
const MARGIN = 2 * CM;

const SIZE = { body: 10.5, heading: 12, table: 9, footer: 8 } as const;
const TABLE_PAD = 3;
const TABLE_MIN_COL = 40;
const BULLET_INDENT = 18;
const RULE_COLOR = '#808080';
const HEADER_FILL = '#e6e6e6';

const PAGE_WORD: Record<Letter['lang'], string> = { fr: 'page', en: 'page', nl: 'pagina' };

export async function renderPdf(letter: Letter): Promise<Buffer> {
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    font: FONT_BODY,
    lang: letter.lang,
    info: {
      Title: letter.title,
      Author: letter.sender[0] ?? '',
      Creator: 'recours',
    },
    displayTitle: true,
  });
  // No doc.registerFont('body', …): with the same file as the constructor's default font,
  // pdfkit never caches the alias and re-reads and re-parses the 760 KB TTF on every
  // doc.font('body') (the 200-row sample took ~2 s instead of ~0.75 s). Fonts are selected
  // by path instead, which hits the cache.

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  try {
    layout(doc, letter);
    writeFooters(doc, letter);
  } catch (err) {
    done.catch(() => undefined); // the layout error is the one to report
    doc.end();
    throw err;
  }
  doc.end();
  return done;
}

// ---------------------------------------------------------------------------------------------

const left = (doc: Doc): number => doc.page.margins.left;
const contentWidth = (doc: Doc): number =>
  doc.page.width - doc.page.margins.left - doc.page.margins.right;
const maxY = (doc: Doc): number => doc.page.height - doc.page.margins.bottom;
const topY = (doc: Doc): number => doc.page.margins.top;

const FONTS = { body: FONT_BODY, bold: FONT_BOLD } as const;

function use(doc: Doc, font: keyof typeof FONTS, size: number): Doc {
  return doc.font(FONTS[font]).fontSize(size).fillColor('black');
}

/** Starts a new page unless `height` points still fit below the cursor. */
function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > maxY(doc) && doc.y > topY(doc)) {
    doc.addPage();
  }
}

function layout(doc: Doc, letter: Letter): void {
  const x0 = left(doc);
  const cw = contentWidth(doc);

  // Sender, top left.
  use(doc, 'body', SIZE.body);
  doc.y = topY(doc);
  for (const line of letter.sender) {
    put(doc, line, x0, doc.y, { width: cw * 0.6 });
  }

  // Recipient, right-aligned in the right part of the page, below the sender.
  doc.moveDown(1.5);
  const rx = x0 + cw * 0.45;
  for (const line of letter.recipient) {
    put(doc, line, rx, doc.y, { width: cw * 0.55, align: 'right' });
  }

  // Place and date.
  doc.moveDown(1.5);
  if (letter.dateLine) put(doc, letter.dateLine, x0, doc.y, { width: cw, align: 'right' });

  // Subject and references.
  doc.moveDown(1.5);
  if (letter.subject) {
    put(use(doc, 'bold', SIZE.body), letter.subject, x0, doc.y, { width: cw });
  }
  use(doc, 'body', SIZE.body);
  for (const ref of letter.references) {
    put(doc, ref, x0, doc.y, { width: cw });
  }
  doc.moveDown(1);

  for (const block of letter.blocks) {
    writeBlock(doc, block);
  }
}

function writeBlock(doc: Doc, block: Block): void {
  const x0 = left(doc);
  const cw = contentWidth(doc);
  switch (block.type) {
    case 'heading': {
      const next = use(doc, 'body', SIZE.body).currentLineHeight(true) * 2;
      use(doc, 'bold', SIZE.heading);
      const h = measure(doc, block.text, cw);
      // Keep the heading with at least two lines of what follows.
      ensureSpace(doc, doc.currentLineHeight(true) * 0.5 + h + next);
      doc.moveDown(0.5);
      put(doc, block.text, x0, doc.y, { width: cw });
      doc.moveDown(0.3);
      return;
    }
    case 'paragraph': {
      put(use(doc, 'body', SIZE.body), block.text, x0, doc.y, { width: cw, align: 'left' });
      doc.moveDown(0.6);
      return;
    }
    case 'list': {
      use(doc, 'body', SIZE.body);
      const tw = cw - BULLET_INDENT;
      for (const [i, item] of block.items.entries()) {
        // The bullet and the first line of its item must be on the same page.
        ensureSpace(doc, doc.currentLineHeight(true));
        const y = doc.y;
        doc.text(block.numbered ? `${i + 1}.` : '•', x0 + 2, y, { width: BULLET_INDENT, lineBreak: false });
        put(doc, item, x0 + BULLET_INDENT, y, { width: tw });
        doc.moveDown(0.2);
      }
      doc.x = x0;
      doc.moveDown(0.4);
      return;
    }
    case 'table': {
      writeTable(doc, block.header, block.rows, block.align);
      doc.moveDown(0.8);
      return;
    }
    case 'signature': {
      use(doc, 'body', SIZE.body);
      const sx = x0 + cw * 0.5;
      const sw = cw * 0.5;
      const h = block.lines.reduce((sum, l) => sum + measure(doc, l, sw), 0);
      doc.moveDown(1.5);
      ensureSpace(doc, h); // the signature block is never split
      for (const line of block.lines) {
        put(doc, line, sx, doc.y, { width: sw });
      }
      doc.x = x0;
      doc.moveDown(1);
      return;
    }
  }
}

// --- unbreakable strings ---------------------------------------------------------------------

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Breaks every run of non-space characters wider than `width` into pieces that fit, joined by
 * "\n", measured in the current font. pdfkit would chop such a word itself, but it re-measures
 * the whole remainder for each piece (quadratic: a 20,000-character string took ~20 s).
 */
function fit(doc: Doc, text: string, width: number): string {
  if (!text || width <= 0) return text;
  const budget = width * 0.97; // per-grapheme sums ignore kerning: keep a little slack
  return text.replace(/[^\s]+/g, (token) => {
    if (doc.widthOfString(token) <= width) return token;
    const lines: string[] = [];
    let line = '';
    let w = 0;
    for (const { segment } of graphemes.segment(token)) {
      const cw = doc.widthOfString(segment);
      if (line && w + cw > budget) {
        lines.push(line);
        line = '';
        w = 0;
      }
      line += segment;
      w += cw;
    }
    if (line) lines.push(line);
    return lines.join('\n');
  });
}

/** doc.text with unbreakable strings broken to `options.width`. */
function put(doc: Doc, text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions & { width: number }): Doc {
  return doc.text(fit(doc, text, options.width), x, y, options);
}

/** doc.heightOfString of what `put` would write. */
function measure(doc: Doc, text: string, width: number): number {
  return doc.heightOfString(fit(doc, text, width), { width });
}

// --- table -----------------------------------------------------------------------------------


interface TableLayout {
  x: number;
  widths: number[];
  align: Align[];
}

function cellText(row: string[], i: number): string {
  return row[i] ?? '';
}

function rowHeight(doc: Doc, row: string[], t: TableLayout, bold: boolean): number {
  use(doc, bold ? 'bold' : 'body', SIZE.table);
  let h = doc.currentLineHeight(true);
  t.widths.forEach((w, i) => {
    const text = cellText(row, i);
    if (text) h = Math.max(h, measure(doc, text, w - 2 * TABLE_PAD));
  });
  return h + 2 * TABLE_PAD;
}

/** Draws one row at the cursor; `clip` limits the height of an over-tall row. */
function drawRow(doc: Doc, row: string[], t: TableLayout, bold: boolean, height: number): void {
  const y = doc.y;
  const total = t.widths.reduce((s, w) => s + w, 0);
  if (bold) {
    doc.save().rect(t.x, y, total, height).fill(HEADER_FILL).restore();
  }
  use(doc, bold ? 'bold' : 'body', SIZE.table);
  let x = t.x;
  t.widths.forEach((w, i) => {
    const text = cellText(row, i);
    if (text) {
      put(doc, text, x + TABLE_PAD, y + TABLE_PAD, {
        width: w - 2 * TABLE_PAD,
        height: height - 2 * TABLE_PAD + 0.01,
        align: t.align[i] === 'right' ? 'right' : 'left',
        ellipsis: true,
      });
    }
    x += w;
  });
  // Cell borders.
  doc.save().lineWidth(0.5).strokeColor(RULE_COLOR);
  doc.rect(t.x, y, total, height).stroke();
  x = t.x;
  for (let i = 0; i < t.widths.length - 1; i++) {
    x += t.widths[i] ?? 0;
    doc.moveTo(x, y).lineTo(x, y + height).stroke();
  }
  doc.restore();
  doc.x = t.x;
  doc.y = y + height;
}

/**
 * Rows never split across pages: before each row its height is measured; when it does not fit
 * above the bottom margin, a page is added and the header row drawn again at its top. A row
 * taller than a whole page (header excluded) is clipped with an ellipsis rather than split.
 */
function writeTable(doc: Doc, header: string[], rows: string[][], align: Align[]): void {
  const x0 = left(doc);
  const cw = contentWidth(doc);
  const ncols = Math.max(header.length, ...rows.map((r) => r.length));
  if (ncols === 0) return;

  const natural = new Array<number>(ncols).fill(0);
  use(doc, 'bold', SIZE.table);
  header.forEach((h, i) => {
    natural[i] = Math.max(natural[i] ?? 0, doc.widthOfString(h));
  });
  use(doc, 'body', SIZE.table);
  for (const row of rows) {
    row.forEach((c, i) => {
      natural[i] = Math.max(natural[i] ?? 0, doc.widthOfString(c));
    });
  }
  const t: TableLayout = {
    x: x0,
    widths: columnWidths(
      // One very long cell must not starve the other columns: it wraps instead.
      natural.map((w) => Math.min(w, cw * 0.5) + 2 * TABLE_PAD + 1),
      cw,
      TABLE_MIN_COL,
    ),
    align: Array.from({ length: ncols }, (_, i) => align[i] ?? 'left'),
  };

  const hasHeader = header.some((h) => h !== '');
  const headerH = hasHeader ? rowHeight(doc, header, t, true) : 0;
  const drawHeader = (): void => {
    if (hasHeader) drawRow(doc, header, t, true, headerH);
  };
  const pageRoom = (): number => maxY(doc) - topY(doc) - headerH;

  // The header never stands alone at the bottom of a page.
  const firstH = rows[0] ? rowHeight(doc, rows[0], t, false) : 0;
  doc.x = x0;
  if (doc.y + headerH + Math.min(firstH, pageRoom()) > maxY(doc)) doc.addPage();
  drawHeader();

  for (const row of rows) {
    const h = Math.min(rowHeight(doc, row, t, false), pageRoom());
    if (doc.y + h > maxY(doc)) {
      doc.addPage();
      drawHeader();
    }
    drawRow(doc, row, t, false, h);
  }
  doc.x = x0;
}

// --- footer ----------------------------------------------------------------------------------

function writeFooters(doc: Doc, letter: Letter): void {
  const range = doc.bufferedPageRange();
  const word = PAGE_WORD[letter.lang] ?? 'page';
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const page = doc.page;
    const savedBottom = page.margins.bottom;
    // Writing inside the bottom margin: without this pdfkit would add a page.
    page.margins.bottom = 0;
    const x0 = page.margins.left;
    const cw = page.width - page.margins.left - page.margins.right;
    const y = page.height - savedBottom + 0.5 * CM;
    const numW = 70;
    doc.save().lineWidth(0.5).strokeColor(RULE_COLOR);
    doc.moveTo(x0, y - 4).lineTo(x0 + cw, y - 4).stroke();
    doc.restore();
    use(doc, 'body', SIZE.footer).fillColor('#404040');
    if (letter.footer) {
      put(doc, letter.footer, x0, y, {
        width: cw - numW - 6,
        height: savedBottom - 0.5 * CM - 6,
        ellipsis: true,
      });
    }
    doc.text(`${word} ${i - range.start + 1} / ${range.count}`, x0 + cw - numW, y, {
      width: numW,
      align: 'right',
      lineBreak: false,
    });
    doc.fillColor('black');
    page.margins.bottom = savedBottom;
  }
}
