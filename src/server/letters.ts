/**
 * Letters for the API. A PDF takes ~100 ms of CPU (pdfkit): rendered in the event loop it would hold
 * every other request of the process for as long, so the server renders them in a small pool of
 * worker threads (piscina). With no threads (the tests' in-process servers) they are rendered inline.
 */
import { Piscina } from 'piscina';
import { letterFile, type LetterRefusal, type LetterResult } from '../letters/index.js';
import type { Lang } from './lang.js';
import { problem, type Problem } from './problem.js';
import type { LetterTask } from '../letters/worker.js';

export interface LetterRenderer {
  /** The file, or the typed refusal when the kind cannot be written for the case. */
  render(t: LetterTask): Promise<LetterResult<Buffer>>;
  /** Letters rendered by the pool's threads so far. */
  readonly offloaded: number;
  close(): Promise<void>;
}

export function letterRenderer(threads: number): LetterRenderer {
  if (threads <= 0)
    return { render: (t) => letterFile(t.kind, t.c, t.a, t.lang, t.format, { date: t.date, exhibits: t.exhibits }), offloaded: 0, close: async () => {} };
  const pool = new Piscina<LetterTask, LetterResult<Uint8Array>>({
    filename: new URL('../letters/worker.js', import.meta.url).href,
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  let offloaded = 0;
  return {
    render: async (t) => {
      const r = await pool.run(t);
      offloaded++;
      return r.ok ? { ok: true, value: Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength) } : r;
    },
    get offloaded() {
      return offloaded;
    },
    close: () => pool.destroy(),
  };
}

/** A letter that cannot be written for the case (no regime covers it): 422, naming the kind asked for. */
export function letterRefused(r: LetterRefusal, lang: Lang): Problem {
  return problem('invalid', lang, r.message, [{ pointer: '/kind', code: `letter_${r.reason}`, message: r.message }]);
}
