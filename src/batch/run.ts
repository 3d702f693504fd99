/**
 * `recours batch`: read cases (CSV or JSON Lines), assess them on worker threads, write results
 * in input order, refused rows to the errors file, and a summary. SIGINT stops the reading; the
 * cases already read are finished and written, then the summary, and the run reports `interrupted`.
 */
import { createReadStream, createWriteStream, statSync, type WriteStream } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { formatCents } from '../case/money.js';
import type { Assumptions } from '../law/assumptions.js';
import type { ReportLang } from '../report/messages.js';
import { noCounts, unitSize, type CaseUnit, type ChunkResult, type Counts } from './chunk.js';
import type { BatchError } from './messages.js';
import { OrderedPool } from './pool.js';
import { progressOn } from './progress.js';
import { errorLine, errorsHeader, formatErrors, resultsHeader } from './results.js';
import { decoder, noDecoding, type Encoding } from './encoding.js';
import { BatchInputError, encodingError, notUtf8, openSource } from './source.js';

export { BatchInputError } from './source.js';

export interface BatchOptions {
  input: string;
  out: string;
  errors?: string;
  format?: 'csv' | 'jsonl';
  workers: number;
  explain: boolean;
  force: boolean;
  lang: ReportLang;
  asOf?: string;
  assumptions: Assumptions;
  /** The input's encoding (default UTF-8, checked). */
  encoding?: Encoding;
  /** Cases per chunk sent to a worker. */
  chunkCases?: number;
}

export interface BatchSummary extends Counts {
  errors: number;
  internal: number;
  seconds: number;
  interrupted: boolean;
  /** The reading stopped at a byte that is not UTF-8 (standard input): where, and the first line left unread. */
  stopped: { line: number; unreadFrom: number } | null;
  /** What the summary must say about the input's encoding. */
  notes: string[];
}

function outputFile(path: string, force: boolean): Promise<Writable> {
  if (path === '-') return Promise.resolve(process.stdout);
  const s: WriteStream = createWriteStream(path, { flags: force ? 'w' : 'wx' });
  return new Promise((resolve, reject) => {
    s.once('open', () => resolve(s));
    s.once('error', (e: NodeJS.ErrnoException) =>
      reject(new BatchInputError(`${path}: ${e.code === 'EEXIST' ? 'exists: use --force to overwrite it' : e.code === 'ENOENT' ? 'no such folder' : e.code ?? e.message}`)));
  });
}

function inputFile(path: string): Promise<{ stream: Readable; size: number | null }> {
  if (path === '-') return Promise.resolve({ stream: process.stdin, size: null });
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new BatchInputError(`${path}: is a directory`);
    size = st.size;
  } catch (e) {
    if (e instanceof BatchInputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new BatchInputError(`${path}: ${code === 'ENOENT' ? 'no such file' : code}`);
  }
  return Promise.resolve({ stream: createReadStream(path, { highWaterMark: 256 * 1024 }), size });
}

/**
 * A file that is not UTF-8 is refused before anything is written (the first bad byte, its line and
 * character): a dispute team gets no partial results to clean up. Standard input cannot be read
 * twice; there the reading stops at the bad line (see runBatch).
 */
async function checkUtf8(path: string, lang: ReportLang): Promise<void> {
  const decoding = noDecoding();
  try {
    await pipeline(createReadStream(path, { highWaterMark: 256 * 1024 }), decoder('utf-8', decoding), async (bytes: AsyncIterable<Buffer>) => {
      for await (const _ of bytes);
    });
  } catch (e) {
    // The decoder ends its output at the bad byte, which cuts the file's reading short.
    if (!decoding.bad) throw e;
  }
  if (decoding.bad) throw new BatchInputError(`${path}: ${notUtf8(lang, decoding.bad)}`);
}

/** A write failure (full disk, closed pipe) of an output, kept to stop the batch with it. */
const failures = new WeakMap<Writable, Error>();

function watch(w: Writable, name: string): Writable {
  w.on('error', (e: NodeJS.ErrnoException) => failures.set(w, new BatchInputError(`${name === '-' ? 'standard output' : name}: cannot write (${e.code ?? e.message})`)));
  return w;
}

async function put(w: Writable, text: string): Promise<void> {
  const failed = failures.get(w);
  if (failed) throw failed;
  if (text && !w.write(text)) await once(w, 'drain').catch((e: Error) => Promise.reject(failures.get(w) ?? e));
}

async function finish(w: Writable): Promise<void> {
  if (w === process.stdout || w === process.stderr) return;
  w.end();
  await once(w, 'finish');
}

/**
 * A chunk goes to a worker once it holds this much text, however few its cases: 100 JSON lines of
 * 1 MiB would not fit a worker's 64 MB heap (pool.ts); 4 M characters do, parsed.
 */
const MAX_CHUNK_CHARS = 4_000_000;

const outputFormat = (o: BatchOptions): 'csv' | 'jsonl' => o.format ?? (/\.(jsonl|ndjson)$/i.test(o.out) ? 'jsonl' : 'csv');

export async function runBatch(o: BatchOptions): Promise<BatchSummary> {
  const t0 = process.hrtime.bigint();
  const format = outputFormat(o);
  const encoding = o.encoding ?? 'utf-8';
  const { stream: input, size } = await inputFile(o.input);
  if (encoding === 'utf-8' && size !== null) await checkUtf8(o.input, o.lang);
  const out = watch(await outputFile(o.out, o.force), o.out);
  const errOut = o.errors ? watch(await outputFile(o.errors, o.force), o.errors) : null;
  const totals = noCounts();
  let errorCount = 0;
  let internal = 0;
  let pendingErrors: BatchError[] = [];
  const writeErrors = async (errors: readonly BatchError[]): Promise<void> => {
    errorCount += errors.length;
    internal += errors.filter((e) => e.code === 'internal').length;
    if (errOut) await put(errOut, formatErrors(errors));
    else for (const e of errors) process.stderr.write(errorLine(e, o.lang));
  };
  const source = await openSource(input, o.lang, (e) => pendingErrors.push(e), encoding);
  await put(out, resultsHeader(format, o.explain));
  if (errOut) await put(errOut, errorsHeader());

  const sink = async (r: ChunkResult): Promise<void> => {
    await put(out, r.output);
    await writeErrors(r.errors);
    totals.cases += r.counts.cases;
    totals.refused += r.counts.refused;
    totals.transactions += r.counts.transactions;
    totals.disputed += r.counts.disputed;
    totals.refunded += r.counts.refunded;
    totals.borne += r.counts.borne;
  };
  const pool = new OrderedPool(o.workers, { header: source.header, output: format, explain: o.explain, asOf: o.asOf, assumptions: o.assumptions, lang: o.lang }, sink);
  const progress = progressOn(process.stderr, size);
  let interrupted = false;
  const onSigint = (): void => {
    interrupted = true;
    input.destroy();
  };
  process.once('SIGINT', onSigint);
  const per = o.chunkCases ?? (o.explain ? 20 : 100);
  let chunk: CaseUnit[] = [];
  let chunkSize = 0;
  try {
    try {
      for await (const unit of source.units) {
        if (interrupted) break;
        chunk.push(unit);
        chunkSize += unitSize(unit);
        if (chunk.length >= per || chunkSize >= MAX_CHUNK_CHARS) {
          const units = chunk;
          chunk = [];
          chunkSize = 0;
          await pool.push(units);
          progress.update(source.progress.rows, source.progress.bytes);
        }
        if (pendingErrors.length) {
          // Reader errors (CSV syntax, resumed cases) go out with the results of their place in the input.
          await pool.drain();
          await writeErrors(pendingErrors);
          pendingErrors = [];
        }
      }
    } catch (e) {
      if (!interrupted) throw e;
    }
    if (chunk.length) await pool.push(chunk);
    await pool.drain();
    if (source.decoding.bad) pendingErrors.push(encodingError(o.lang, source.decoding.bad));
    await writeErrors(pendingErrors);
  } finally {
    process.removeListener('SIGINT', onSigint);
    progress.update(source.progress.rows, source.progress.bytes);
    progress.stop();
    await pool.close();
  }
  await finish(out);
  if (errOut) await finish(errOut);
  const bad = source.decoding.bad;
  return {
    ...totals, errors: errorCount, internal, seconds: Number(process.hrtime.bigint() - t0) / 1e9, interrupted,
    stopped: bad ? { line: bad.line, unreadFrom: source.unreadFrom ?? bad.line } : null,
    notes: [
      ...(encoding === 'windows-1252' && !source.decoding.utf8Bom ? ['input read as Windows-1252 (--encoding windows-1252)'] : []),
      ...(source.decoding.utf8Bom ? ['the input starts with a UTF-8 byte-order mark: read as UTF-8, not Windows-1252'] : []),
      ...(source.decoding.alsoUtf8 ? ['warning: the input is also valid UTF-8; if accented letters look wrong in the results (Ã© for é), run again without --encoding windows-1252'] : []),
    ],
  };
}

/** The closing lines on stderr. */
export function summaryText(s: BatchSummary): string {
  return [
    ...s.notes.map((n) => `recours batch: ${n}`),
    ...(s.interrupted ? ['recours batch: interrupted — the results hold every case read before the interrupt'] : []),
    ...(s.stopped ? [`recours batch: stopped at line ${s.stopped.line}, a byte that is not UTF-8 — the results hold the cases before line ${s.stopped.unreadFrom}; nothing after was read (see the errors)`] : []),
    `recours batch: ${s.cases} case${s.cases === 1 ? '' : 's'} (${s.cases - s.refused} assessed, ${s.refused} refused), ${s.transactions} transaction${s.transactions === 1 ? '' : 's'}, ` +
      `disputed ${formatCents(s.disputed)} EUR, refunded ${formatCents(s.refunded)} EUR, borne ${formatCents(s.borne)} EUR, ` +
      `${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.seconds.toFixed(1)} s`,
  ].join('\n') + '\n';
}
