/**
 * DOCX renderer: the same content as the PDF, as a Word document (docx 9).
 *
 * The font is named "DejaVu Sans" but not embedded; Word substitutes a font when it is missing.
 * The table's first row is a repeating header row (`w:tblHeader`) and no row may split across
 * pages (`w:cantSplit`).
 */
import { columnWidths } from './columns.js';
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, Letter } from '../model.js';

const FONT = 'DejaVu Sans';
/** A4 in twips, 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Sizes in half-points. */
const SIZE = { body: 21, heading: 24, table: 18, footer: 16 } as const;
/** Minimum column width, twips (about 1.4 cm). */
const MIN_COL = 800;
/** A cell wider than this many characters does not claim more width for its column. */
const MAX_NATURAL_CHARS = 50;
const BULLETS = 'recours-bullets';

const PAGE_WORD: Record<Letter['lang'], string> = { fr: 'page', en: 'page', nl: 'pagina' };

interface RunStyle {
  bold?: boolean;
  size?: number;
}

/** Text to runs, turning "\n" into line breaks. */
function runs(text: string, style: RunStyle = {}): TextRun[] {
  return text.split('\n').map(
    (line, i) =>
      new TextRun({
        text: line,
        font: FONT,
        ...(style.bold ? { bold: true } : {}),
        ...(style.size ? { size: style.size } : {}),
        ...(i > 0 ? { break: 1 } : {}),
      }),
  );
}

/** Column widths proportional to content (character count), each at least `min`, summing to `total` in whole twips. */
function twipWidths(natural: number[], total: number, min: number): number[] {
  const out = columnWidths(natural, total, min);
  // Whole twips, the rounding error given to the widest column.
  const rounded = out.map((w) => Math.floor(w));
  const rest = total - rounded.reduce((s, w) => s + w, 0);
  const widest = rounded.indexOf(Math.max(...rounded));
  rounded[widest] = (rounded[widest] ?? 0) + rest;
  return rounded;
}

function table(header: string[], rows: string[][], align: ('left' | 'right')[]): Table {
  const ncols = Math.max(header.length, ...rows.map((r) => r.length), 1);
  const natural = new Array<number>(ncols).fill(1);
  for (const row of [header, ...rows]) {
    row.forEach((c, i) => {
      natural[i] = Math.max(natural[i] ?? 1, Math.min(c.length, MAX_NATURAL_CHARS));
    });
  }
  const widths = twipWidths(natural, CONTENT_WIDTH, MIN_COL);

  const row = (cells: string[], isHeader: boolean): TableRow =>
    new TableRow({
      // Only the header row carries the property: docx writes `tableHeader: false` as
      // <w:tblHeader w:val="off"/>, harmless but noise on 200 rows.
      ...(isHeader ? { tableHeader: true } : {}),
      cantSplit: true,
      children: widths.map(
        (w, i) =>
          new TableCell({
            width: { size: w, type: WidthType.DXA },
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
            ...(isHeader ? { shading: { type: ShadingType.CLEAR, fill: 'E6E6E6', color: 'auto' } } : {}),
            children: [
              new Paragraph({
                alignment: align[i] === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
                children: runs(cells[i] ?? '', { bold: isHeader, size: SIZE.table }),
              }),
            ],
          }),
      ),
    });

  const all: TableRow[] = [];
  if (header.length > 0) all.push(row(header, true));
  for (const r of rows) all.push(row(r, false));
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: all,
  });
}

function block(b: Block): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading':
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          keepNext: true,
          spacing: { before: 240, after: 80 },
          children: runs(b.text, { bold: true, size: SIZE.heading }),
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 120 }, children: runs(b.text) })];
    case 'list':
      return b.items.map(
        (item, i) =>
          new Paragraph({
            ...(b.numbered ? { indent: { left: 360, hanging: 360 } } : { numbering: { reference: BULLETS, level: 0 } }),
            spacing: { after: i === b.items.length - 1 ? 120 : 40 },
            children: runs(b.numbered ? `${i + 1}. ${item}` : item),
          }),
      );
    case 'table':
      return [table(b.header, b.rows, b.align), new Paragraph({ children: [] })];
    case 'signature':
      return b.lines.map(
        (line, i) =>
          new Paragraph({
            indent: { left: Math.round(CONTENT_WIDTH / 2) },
            keepNext: i < b.lines.length - 1,
            keepLines: true,
            spacing: i === 0 ? { before: 480 } : {},
            children: runs(line),
          }),
      );
  }
}

export async function renderDocx(letter: Letter): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const line of letter.sender) children.push(new Paragraph({ children: runs(line) }));
  letter.recipient.forEach((line, i) =>
    children.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: i === 0 ? { before: 360 } : {},
        children: runs(line),
      }),
    ),
  );
  if (letter.dateLine) {
    children.push(
      new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 360 }, children: runs(letter.dateLine) }),
    );
  }
  if (letter.subject) {
    children.push(new Paragraph({ spacing: { before: 360 }, children: runs(letter.subject, { bold: true }) }));
  }
  letter.references.forEach((ref, i) =>
    children.push(
      new Paragraph({
        spacing: i === letter.references.length - 1 ? { after: 240 } : {},
        children: runs(ref),
      }),
    ),
  );
  for (const b of letter.blocks) children.push(...block(b));

  const word = PAGE_WORD[letter.lang] ?? 'page';
  const footer = new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        children: [
          ...runs(letter.footer, { size: SIZE.footer }),
          new TextRun({
            font: FONT,
            size: SIZE.footer,
            children: [new Tab(), `${word} `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });

  const doc = new Document({
    title: letter.title,
    creator: letter.sender[0] ?? 'recours',
    lastModifiedBy: 'recours',
    description: letter.footer,
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE.body } },
        heading2: { run: { font: FONT, size: SIZE.heading, bold: true, color: '000000' } },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 260 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
