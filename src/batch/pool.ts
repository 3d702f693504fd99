/**
 * Chunks of cases over a few worker threads, results handed on in input order (by sequence
 * number). At most two chunks per worker are in flight: `push` waits for room, so a fast reader
 * never outruns the engine and memory stays flat. With no workers, chunks run in the calling thread.
 */
import { Worker } from 'node:worker_threads';
import { processChunk, type CaseUnit, type ChunkResult, type Settings } from './chunk.js';

/**
 * A worker holds a few chunks at a time: a small heap keeps the process under its memory target
 * (V8 otherwise lets each thread's heap grow far beyond what it uses).
 */
const LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 };

type Reply = { seq: number; result: ChunkResult } | { seq: number; failure: string };

/** Receives each chunk's result, in order; may return a promise (output backpressure). */
export type Sink = (result: ChunkResult, seq: number) => void | Promise<void>;

export class OrderedPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { seq: number; units: CaseUnit[] }[] = [];
  private readonly done = new Map<number, ChunkResult>();
  private nextSeq = 0;
  private written = 0;
  private inFlight = 0;
  private waiters: (() => void)[] = [];
  private writing: Promise<void> = Promise.resolve();
  private failure: Error | null = null;
  private closing = false;

  constructor(size: number, private readonly settings: Settings, private readonly sink: Sink) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: settings, resourceLimits: LIMITS });
      w.on('message', (m: Reply) => this.settle(w, m));
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`a batch worker stopped (exit code ${code})`));
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  /** Hands a chunk on; resolves when there is room for another. */
  async push(units: CaseUnit[]): Promise<void> {
    if (this.failure) throw this.failure;
    const seq = this.nextSeq++;
    if (this.workers.length === 0) {
      this.inFlight++;
      this.accept(seq, processChunk(units, this.settings));
      await this.writing;
      return;
    }
    this.inFlight++;
    this.queue.push({ seq, units });
    this.dispatch();
    while (this.inFlight >= this.workers.length * 2 && !this.failure) await new Promise<void>((r) => this.waiters.push(r));
    if (this.failure) throw this.failure;
  }

  /** Waits until every chunk pushed is written. */
  async drain(): Promise<void> {
    while (this.inFlight > 0 && !this.failure) await new Promise<void>((r) => this.waiters.push(r));
    await this.writing;
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) this.idle.pop()!.postMessage(this.queue.shift()!);
  }

  private settle(w: Worker, m: Reply): void {
    this.idle.push(w);
    this.dispatch();
    if ('failure' in m) return this.fail(new Error(m.failure));
    this.accept(m.seq, m.result);
  }

  /** Stores a result and writes every result now next in order, one after the other. */
  private accept(seq: number, result: ChunkResult): void {
    this.done.set(seq, result);
    this.writing = this.writing.then(async () => {
      for (let r = this.done.get(this.written); r; r = this.done.get(this.written)) {
        this.done.delete(this.written);
        await this.sink(r, this.written++);
        this.inFlight--;
        this.wake();
      }
    }).catch((e: Error) => this.fail(e));
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.wake();
  }

  private wake(): void {
    const ws = this.waiters;
    this.waiters = [];
    for (const w of ws) w();
  }
}
