/**
 * Reading the batch input as a stream of whole cases: CSV rows grouped by `case_id` (csv-parse,
 * separator `,` or `;` taken from the header line, BOM dropped), or JSON Lines (one case per
 * line). The format is seen from the first character: `{` is JSON Lines.
 */
import { Readable, pipeline } from 'node:stream';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { parse, type CsvError, type Parser } from 'csv-parse';
import type { ErrorLang } from '../case/errors.js';
import type { CaseUnit } from './chunk.js';
import type { Row } from './csvCase.js';
import { decoder, noDecoding, type BadByte, type Decoding, type Encoding } from './encoding.js';
import { CASE_ID, readHeader, type Header } from './layout.js';
import { CUT, isCut, LineGuard, MAX_CASE_CHARS, MAX_CSV_LINE, MAX_HEADER, MAX_JSON_LINE, trimCells } from './limits.js';
import { batchError, type BatchError } from './messages.js';
import { errorLine } from './results.js';

/** The input cannot be read at all (bad header): exit 2. */
export class BatchInputError extends Error {}

export interface Source {
  format: 'csv' | 'jsonl';
  header: Header | null;
  /** Whole cases, in input order. */
  units: AsyncGenerator<CaseUnit>;
  /** Rows (CSV records or JSON lines) and bytes read so far. */
  progress: { rows: number; bytes: number };
  /** How the bytes were decoded; `bad`: the reading stopped at a byte that is not UTF-8. */
  decoding: Decoding;
  /** After a stop: the first line not read (the start of the case it cut, which is left out whole). */
  unreadFrom: number | null;
}

/** The input with its first line peeked at. */
async function peek(input: Readable): Promise<{ first: string; stream: Readable; eol: number }> {
  const it = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const chunks: Buffer[] = [];
  let size = 0;
  let ended = false;
  while (!ended) {
    const n = await it.next();
    if (n.done) ended = true;
    else {
      const b = Buffer.isBuffer(n.value) ? n.value : Buffer.from(n.value);
      chunks.push(b);
      size += b.length;
      if (b.includes(10) || b.includes(13) || size > 1 << 20) break;
    }
  }
  const head = Buffer.concat(chunks);
  const nl = head.indexOf(10);
  const cr = head.indexOf(13);
  // Old Mac files end their lines with CR alone.
  const eol = cr !== -1 && (nl === -1 || cr + 1 < nl) ? 13 : 10;
  const end = eol === 13 ? cr : nl;
  const first = head.subarray(0, end < 0 ? head.length : end).toString('utf8').replace(/^\uFEFF/, '');
  const stream = Readable.from((async function* () {
    if (head.length) yield head;
    if (ended) return;
    for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
  })(), { objectMode: false });
  return { first, stream, eol };
}

export async function openSource(input: Readable, lang: ErrorLang, onError: (e: BatchError) => void, encoding: Encoding = 'utf-8'): Promise<Source> {
  const decoding = noDecoding();
  const { first, stream, eol } = await peek(pipeline(input, decoder(encoding, decoding), () => undefined));
  const progress = { rows: 0, bytes: 0 };
  if (decoding.bad?.line === 1) throw new BatchInputError(notUtf8(lang, decoding.bad));
  const none = (async function* (): AsyncGenerator<CaseUnit> {})();
  if (first.trimStart().startsWith('{')) {
    const src: Source = { format: 'jsonl', header: null, units: none, progress, decoding, unreadFrom: null };
    src.units = jsonlUnits(stream, progress, src, lang, eol);
    return src;
  }
  if (first.trim() === '') throw new BatchInputError('the input is empty: expected a CSV header line or JSON Lines');
  if (first.length > MAX_HEADER) throw new BatchInputError(`the header line is longer than ${MAX_HEADER} characters: expected the batch layout's column names (see docs/batch.md)`);
  const delimiter = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
  // No `info` from csv-parse (a fifth of the reader's time): lines are counted from the records, see `lines`.
  const parser = parse({ delimiter, bom: true, relax_column_count: true, skip_records_with_error: true });
  const guard = new LineGuard(MAX_CSV_LINE, eol);
  void feed(stream, parser, guard);
  const resume: Resume[] = [];
  // Reported by the reader when it gets there (csvUnits): only it knows the line the failed record began on.
  parser.on('skip', (err: CsvError & { lines?: number }) => {
    resume.push({ after: parser.info.records, line: (err.lines ?? 0) + 1, err });
  });
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const head = await records.next();
  if (head.done) throw new BatchInputError('the input is empty: expected a CSV header line');
  const h = readHeader(head.value);
  if (!h.ok) throw new BatchInputError(h.message);
  const lines = { next: 1 + lineCount(head.value), read: 1, resume };
  const src: Source = { format: 'csv', header: h.header, units: none, progress, decoding, unreadFrom: null };
  src.units = csvUnits(records, h.header, lines, lang, onError, progress, () => parser.info.bytes, src, guard);
  return src;
}

const lineTooLong = (lang: ErrorLang, at: { line: number; caseId: string; column: string; value: string }, max: number): BatchError =>
  batchError(lang, 'line_too_long', at, { max: max.toLocaleString('en').replace(/,/g, ' ') });

/** The refusal of a byte that is not UTF-8, at its line, as printed on stderr. */
export const notUtf8 = (lang: ErrorLang, bad: BadByte): string =>
  errorLine(encodingError(lang, bad), lang).trimEnd();

export const encodingError = (lang: ErrorLang, bad: BadByte): BatchError =>
  batchError(lang, 'encoding', { line: bad.line, caseId: '', column: '' }, { byte: bad.byte.toString(16).toUpperCase().padStart(2, '0'), column: String(bad.column) });

/**
 * The input into csv-parse, lines and fields over MAX_CSV_LINE cut (limits.ts). A field is measured
 * from csv-parse's last field boundary (`info.bytes`) to the bytes it has taken in; one that grows
 * past the limit spans lines, so it is quoted: the cut closes its quote.
 */
async function feed(stream: Readable, parser: Parser, guard: LineGuard): Promise<void> {
  let written = 0;
  const write = async (b: Buffer): Promise<void> => {
    written += b.length;
    if (!parser.write(b)) await once(parser, 'drain');
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (written - parser.writableLength - parser.info.bytes > MAX_CSV_LINE) for (const b of guard.cutField()) await write(b);
      for (const b of guard.take(chunk)) await write(b);
    }
    parser.end();
  } catch (e) {
    parser.destroy(e as Error);
  }
}

/** After a record csv-parse could not read: the records it had emitted before, the line to count on from, and why. */
interface Resume {
  after: number;
  line: number;
  err: CsvError & { lines?: number };
}

/**
 * The refusal of a record csv-parse could not read, at the line it began on. A quote never closed
 * swallows every line after it: the message says which lines went unread.
 */
function unreadable(lang: ErrorLang, r: Resume, from: number): BatchError {
  const at = { line: from, caseId: '', column: '' };
  return r.err.code === 'CSV_QUOTE_NOT_CLOSED'
    ? batchError(lang, 'unclosed_quote', at, { from: String(from), to: String(Math.max(from, r.err.lines ?? from)) })
    : batchError(lang, 'csv', { ...at, line: r.err.lines ?? from }, { detail: r.err.message });
}

/** How many input lines a record spans: one, plus the line breaks inside its quoted cells. */
function lineCount(record: readonly string[]): number {
  let n = 1;
  for (const cell of record)
    for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n++;
  return n;
}

function recordSize(record: readonly string[]): number {
  let n = 0;
  for (const c of record) n += c.length;
  return n;
}

const isEmptyLine = (record: readonly string[]): boolean => record.length === 1 && record[0] === '';

/**
 * Rows grouped into cases. Line numbers: each record starts where the previous one ended (empty
 * lines counted, then skipped); after a record csv-parse could not read, counting resumes at the
 * line after the one it reported.
 */
async function* csvUnits(
  records: AsyncIterator<string[]>, header: Header, lines: { next: number; read: number; resume: Resume[] }, lang: ErrorLang,
  onError: (e: BatchError) => void, progress: Source['progress'], bytes: () => number, source: Source, guard: LineGuard,
): AsyncGenerator<CaseUnit> {
  const idAt = header.index[CASE_ID]!;
  const seen = new Map<string, number>();
  let current = null as { caseId: string; line: number; rows: Row[]; size: number } | null;
  let skipping: string | null = null;
  /** The line of the last row cut (limits.ts). */
  let cutAt = 0;
  for (let n = await records.next(); !n.done; n = await records.next()) {
    const record = n.value;
    while (lines.resume.length && lines.resume[0]!.after <= lines.read) {
      const r = lines.resume.shift()!;
      onError(unreadable(lang, r, lines.next));
      lines.next = r.line;
    }
    lines.read++;
    const line = lines.next;
    lines.next += lineCount(record);
    if (isEmptyLine(record)) continue;
    progress.rows++;
    progress.bytes = bytes();
    const cut = record.findIndex(isCut);
    if (cut !== -1) {
      // A line or field over MAX_CSV_LINE: its row is refused, and with it its case, whole.
      lines.next += guard.skipped.shift() ?? 0;
      cutAt = line;
      const id = isCut(record[idAt] ?? '') ? '' : (record[idAt] ?? '').trim();
      const err = lineTooLong(lang, { line, caseId: id, column: header.names[cut] ?? '', value: record[cut]!.replace(CUT, '') }, MAX_CSV_LINE);
      const same = current !== null && current.caseId === id;
      const from = same ? current!.line : line;
      if (current && !same) yield current;
      if (id === '' || id === skipping || (seen.has(id) && !same)) onError(err);
      else {
        seen.set(id, from);
        yield { caseId: id, line: from, refused: [err] };
      }
      current = null;
      if (id !== '') skipping = id;
      continue;
    }
    trimCells(record);
    const caseId = (record[idAt] ?? '').trim();
    if (caseId === '') {
      onError(batchError(lang, 'case_id', { line, caseId: '', column: CASE_ID }));
      continue;
    }
    if (current !== null && caseId === current.caseId) {
      current.rows.push({ line, cells: record });
      current.size += recordSize(record);
      if (current.size > MAX_CASE_CHARS) {
        // Refused whole, its later rows skipped: a worker's capped heap could not hold it.
        yield { caseId, line: current.line, refused: [batchError(lang, 'case_too_large', { line: current.line, caseId, column: '' }, { max: String(MAX_CASE_CHARS) })] };
        current = null;
        skipping = caseId;
      }
      continue;
    }
    if (caseId === skipping) continue;
    if (current) yield current;
    current = null;
    skipping = null;
    const before = seen.get(caseId);
    if (before !== undefined) {
      onError(batchError(lang, 'resumed', { line, caseId, column: CASE_ID, value: caseId }, { id: caseId, line: String(before) }));
      skipping = caseId;
      continue;
    }
    seen.set(caseId, line);
    current = { caseId, line, rows: [{ line, cells: record }], size: recordSize(record) };
  }
  // Stopped at a byte that is not UTF-8: the case being read may have more rows after it, so it is left out.
  if (source.decoding.bad) source.unreadFrom = current?.line ?? source.decoding.bad.line;
  else if (current) yield current;
  // A quoted field cut at the limit whose quote never closed: the rest of the input was skipped.
  const open = guard.unclosed();
  // Its lines: those read into the cut row (counted in lines.next), then those skipped, each ended by a line break.
  if (open !== null) onError(batchError(lang, 'unclosed_quote', { line: cutAt, caseId: '', column: '' }, { from: String(cutAt), to: String(lines.next - 2 + open) }));
  // What csv-parse gave up on at the end of the input (a quote never closed).
  for (const r of lines.resume.splice(0)) {
    onError(unreadable(lang, r, lines.next));
    lines.next = r.line;
  }
}

/** The stream with its lines over `max` bytes cut (limits.ts). */
function guarded(stream: Readable, max: number, eol: number): Readable {
  const guard = new LineGuard(max, eol);
  return Readable.from((async function* () {
    for await (const chunk of stream as AsyncIterable<Buffer>) yield* guard.take(chunk);
  })(), { objectMode: false });
}

async function* jsonlUnits(stream: Readable, progress: Source['progress'], source: Source, lang: ErrorLang, eol: number): AsyncGenerator<CaseUnit> {
  let line = 0;
  for await (const raw of createInterface({ input: guarded(stream, MAX_JSON_LINE, eol), crlfDelay: Infinity })) {
    line++;
    progress.rows++;
    progress.bytes += Buffer.byteLength(raw) + 1;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    const caseId = `line-${line}`;
    if (isCut(text)) yield { caseId, line, refused: [lineTooLong(lang, { line, caseId, column: '', value: text.replace(CUT, '') }, MAX_JSON_LINE)] };
    else yield { caseId, line, text };
  }
  if (source.decoding.bad) source.unreadFrom = source.decoding.bad.line;
}
