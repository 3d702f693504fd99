/**
 * Bounds on what the batch reader holds (docs/batch.md, "Limits"): a JSON line, a CSV line or
 * CSV field over its limit is cut where the limit is reached, marked, and the rest of its physical
 * line is skipped without being kept, so memory stays flat whatever the input. The reader then
 * refuses the marked line as `too_long` and goes on with the next one.
 */
import { MAX_CELL } from './layout.js';

/** Longest JSON Lines line, in bytes: the API's request body limit (1 MiB), far above a 500-operation case (~150 KB). */
export const MAX_JSON_LINE = 1 << 20;

/**
 * Longest CSV line, and longest CSV field across lines, in bytes: 2 MiB. The layout has at most 36
 * columns (unknown and repeated ones are refused), so a row whose cells keep to MAX_CELL (10 000
 * characters of at most 4 bytes, quotes doubled) is always under it.
 */
export const MAX_CSV_LINE = 2 << 20;

/**
 * Most characters of cells in one CSV case (4 000 000, some 20 000 operations of usual rows): a
 * case is assessed whole on one worker, whose heap is capped (pool.ts).
 */
export const MAX_CASE_CHARS = 4_000_000;

/** Longest header line (characters); the longest valid one is under 1 000. */
export const MAX_HEADER = 64 << 10;

/** Put where a line was cut (NUL-delimited: no real id or field holds it; an input that does is refused as cut, its own doing). */
export const CUT = '\u0000recours:cut\u0000';
const CUT_BYTES = Buffer.from(CUT);
const NL = Buffer.from('\n');
const CR = Buffer.from('\r');
const CRLF = Buffer.from('\r\n');

export const isCut = (s: string): boolean => s.includes(CUT);

/**
 * Longer cells are cut to MAX_CELL + 1 characters on the main thread: the worker refuses them as
 * `too_long` all the same, and never receives megabytes it would have to hold.
 */
export function trimCells(cells: string[]): string[] {
  for (let i = 0; i < cells.length; i++) if (cells[i]!.length > MAX_CELL) cells[i] = cells[i]!.slice(0, MAX_CELL + 1);
  return cells;
}

/**
 * Cuts lines over `max` bytes, chunk by chunk: the line is passed up to the limit, then the cut
 * mark, and the rest of the line is skipped, its line break kept. A quoted CSV field over the limit
 * (`cutField`) is closed after the mark and skipped up to its own closing quote; the line breaks it
 * held are counted in `skipped` (one entry per cut, in order) for the reader's line numbers.
 */
export class LineGuard {
  private lineBytes = 0;
  /** pass: nothing skipped; line: up to the line break; quoted: up to the closing quote (`quote`: a `"` ended the last chunk). */
  private skip: 'pass' | 'line' | 'quoted' = 'pass';
  private quote = false;
  /** Lines and fields cut so far. */
  cuts = 0;
  /** For each cut whose skipping is over, in order: the line breaks skipped with it. */
  readonly skipped: number[] = [];
  private breaks = 0;

  /** The last byte of the previous chunk was a carriage return (a CRLF cut by the chunk boundary). */
  private cr = false;

  /** `eol`: the byte that ends a line, `\n` (LF or CRLF) or `\r` (old Mac files). */
  constructor(private readonly max: number, private readonly eol = 10) {}

  /** Ends the quoted field being read, which is over the limit: cut mark, closing quote, the rest skipped. */
  cutField(): Buffer[] {
    if (this.skip !== 'pass') return [];
    this.skip = 'quoted';
    this.cuts++;
    return [CUT_BYTES, Buffer.from('"')];
  }

  /** At the end of the input: the line breaks skipped in a quoted field that never closed, or null. */
  unclosed(): number | null {
    return this.skip === 'quoted' ? this.breaks : null;
  }

  take(chunk: Buffer): Buffer[] {
    const len = chunk.length;
    const eol = this.eol;
    const first = chunk.indexOf(eol);
    const last = chunk.lastIndexOf(eol);
    // Most chunks: no line over the limit, nothing skipped.
    if (this.skip === 'pass' && len <= this.max && this.lineBytes + (first === -1 ? len : first) <= this.max && len - last - 1 <= this.max) {
      this.lineBytes = first === -1 ? this.lineBytes + len : len - last - 1;
      return [chunk];
    }
    const cr = this.cr;
    this.cr = chunk[len - 1] === 13;
    const out: Buffer[] = [];
    let i = 0;
    while (i < len) {
      const nl = chunk.indexOf(eol, i);
      if (this.skip === 'quoted') {
        if (this.quote) {
          // The `"` that ended the last chunk: doubled, it is a quote inside the field; alone, it closed it.
          this.quote = false;
          if (chunk[i] === 34) i++;
          else this.skip = 'line';
          continue;
        }
        const q = chunk.indexOf(34, i);
        const to = q === -1 ? len : q;
        for (let k = nl; k !== -1 && k < to; k = chunk.indexOf(eol, k + 1)) this.breaks++;
        if (q === -1) break;
        if (q + 1 === len) this.quote = true;
        else if (chunk[q + 1] === 34) {
          i = q + 2;
          continue;
        } else this.skip = 'line';
        i = q + 1;
        continue;
      }
      if (this.skip === 'line') {
        if (nl === -1) break;
        this.skip = 'pass';
        this.lineBytes = 0;
        this.skipped.push(this.breaks);
        this.breaks = 0;
        // The line's own ending: CRLF stays CRLF, or csv-parse (which takes the first line's) would not see it.
        out.push(eol === 10 && (nl > 0 ? chunk[nl - 1] === 13 : cr) ? CRLF : eol === 10 ? NL : CR);
        i = nl + 1;
        continue;
      }
      const end = nl === -1 ? len : nl;
      const room = this.max - this.lineBytes;
      if (end - i > room) {
        out.push(chunk.subarray(i, i + room), CUT_BYTES);
        this.skip = 'line';
        this.cuts++;
        i += room;
        continue;
      }
      if (nl === -1) {
        this.lineBytes += len - i;
        out.push(chunk.subarray(i));
        break;
      }
      this.lineBytes = 0;
      out.push(chunk.subarray(i, nl + 1));
      i = nl + 1;
    }
    return out;
  }
}
