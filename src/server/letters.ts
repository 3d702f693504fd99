/**
 * Letters for the API. A PDF takes ~100 ms of CPU (pdfkit): rendered in the event loop it would hold
 * every other request of the process for as long, so the server renders them in a small pool of
 * worker threads (piscina). With no threads (the tests' in-process servers) they are rendered inline.
 */
import { Piscina } from 'piscina';
import { letterFile } from '../letters/index.js';
import type { LetterTask } from '../letters/worker.js';

export interface LetterRenderer {
  render(t: LetterTask): Promise<Buffer>;
  /** Letters rendered by the pool's threads so far. */
  readonly offloaded: number;
  /** Letters waiting for a thread, and threads running (metrics). */
  readonly queued: number;
  readonly threads: number;
  close(): Promise<void>;
}

export function letterRenderer(threads: number): LetterRenderer {
  if (threads <= 0)
    return { render: (t) => letterFile(t.kind, t.c, t.a, t.lang, t.format, t.date), offloaded: 0, queued: 0, threads: 0, close: async () => {} };
  const pool = new Piscina<LetterTask, Uint8Array>({
    filename: new URL('../letters/worker.js', import.meta.url).href,
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  let offloaded = 0;
  return {
    render: async (t) => {
      const bytes = await pool.run(t);
      offloaded++;
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    get offloaded() {
      return offloaded;
    },
    get queued() {
      return pool.queueSize;
    },
    get threads() {
      return pool.threads.length;
    },
    close: () => pool.destroy(),
  };
}
