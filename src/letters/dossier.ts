/**
 * The one-file dossier for a mediator, Ombudsfin or the court: the letter (which ends with its
 * numbered exhibit list), then each exhibit with its number stamped on every page — PDFs merged
 * page by page, PNG and JPEG images placed on A4 pages, text set on pages in the letters' font.
 * pdf-lib merges and stamps; pdfkit sets the text.
 */
import PDFDocument from 'pdfkit';
import { fileURLToPath } from 'node:url';
import { PDFDocument as PdfLib, StandardFonts, rgb, type PDFPage } from 'pdf-lib';
import type { LetterLang } from './model.js';

export interface DossierExhibit {
  name: string;
  type: 'application/pdf' | 'image/png' | 'image/jpeg' | 'text/plain';
  content: Buffer;
}

/** The stamp on each page of exhibit n: WinAnsi text, so the standard Helvetica can draw it. */
const STAMP: Record<LetterLang, (n: number) => string> = { fr: (n) => `Pièce n° ${n}`, nl: (n) => `Stuk nr. ${n}`, en: (n) => `Exhibit ${n}` };

const A4 = { width: 595.28, height: 841.89 } as const;
const MARGIN = 56.7;
const FONT = fileURLToPath(new URL('../../assets/fonts/DejaVuSans.ttf', import.meta.url));

/** A text exhibit on A4 pages (pdfkit wraps and paginates it). */
function textPdf(text: string, title: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: MARGIN * 1.5, bottom: MARGIN, left: MARGIN, right: MARGIN }, font: FONT, info: { Title: title } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.fontSize(10).text(text, { width: A4.width - 2 * MARGIN });
  doc.end();
  return done;
}

export async function buildDossier(letterPdf: Uint8Array, exhibits: readonly DossierExhibit[], lang: LetterLang): Promise<Buffer> {
  const out = await PdfLib.create();
  const font = await out.embedFont(StandardFonts.HelveticaBold);
  const letter = await PdfLib.load(letterPdf);
  for (const p of await out.copyPages(letter, letter.getPageIndices())) out.addPage(p);
  const stamp = (page: PDFPage, n: number) => {
    const text = STAMP[lang](n);
    const size = 11;
    const w = font.widthOfTextAtSize(text, size);
    const { width, height } = page.getSize();
    page.drawRectangle({ x: width - w - 30, y: height - 34, width: w + 12, height: size + 10, color: rgb(1, 1, 1), borderColor: rgb(0.6, 0, 0), borderWidth: 1 });
    page.drawText(text, { x: width - w - 24, y: height - 28, size, font, color: rgb(0.6, 0, 0) });
  };
  for (const [i, x] of exhibits.entries()) {
    const n = i + 1;
    if (x.type === 'image/png' || x.type === 'image/jpeg') {
      const img = x.type === 'image/png' ? await out.embedPng(x.content) : await out.embedJpg(x.content);
      const page = out.addPage([A4.width, A4.height]);
      const box = { w: A4.width - 2 * MARGIN, h: A4.height - 3 * MARGIN };
      const scale = Math.min(1, box.w / img.width, box.h / img.height);
      const w = img.width * scale;
      const h = img.height * scale;
      page.drawImage(img, { x: (A4.width - w) / 2, y: MARGIN + (box.h - h) / 2, width: w, height: h });
      stamp(page, n);
      continue;
    }
    const source = await PdfLib.load(x.type === 'text/plain' ? await textPdf(x.content.toString('utf8'), x.name) : x.content, { ignoreEncryption: true });
    for (const p of await out.copyPages(source, source.getPageIndices())) stamp(out.addPage(p), n);
  }
  return Buffer.from(await out.save());
}

/** Whether bytes are what their declared type says (magic numbers; text: UTF-8 without NUL). PDFs must also open. */
export async function contentMatches(type: DossierExhibit['type'], bytes: Buffer): Promise<boolean> {
  if (type === 'image/png') return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  if (type === 'image/jpeg') return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (type === 'text/plain') return !bytes.includes(0) && new TextDecoder('utf-8', { fatal: false }).decode(bytes).indexOf('\ufffd') === -1;
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') return false;
  try {
    await PdfLib.load(bytes, { ignoreEncryption: true });
    return true;
  } catch {
    return false;
  }
}
