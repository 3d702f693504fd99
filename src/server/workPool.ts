/**
 * The server's worker threads (piscina) for the heavy engine requests (work.ts). Each task has a
 * time budget from the moment it is queued; past it the request is answered 503. A task still
 * waiting is then dropped; one already running finishes in its thread and its result is thrown
 * away — ending the thread would cost more: starting a new one stalls the event loop ~0.1 s, which
 * under a flood is what the pool is there to prevent. Tasks run at most one per thread (the waiting
 * line is kept here, bounded: beyond it a request is answered 503 at once), so what a flood can
 * waste is bounded by the threads and the largest case. With no threads (the tests' in-process
 * servers) tasks run inline, without a budget.
 */
import { Piscina } from 'piscina';
import { runWork, type WorkResult, type WorkTask } from './work.js';

export type Refused = { ok: false; refused: 'timeout' | 'busy' };
type Outcome = WorkResult | Refused;

export interface WorkPool {
  run(t: WorkTask): Promise<Outcome>;
  /** Tasks run by the pool's threads so far. */
  readonly offloaded: number;
  /** Tasks waiting for a thread, and tasks running now (metrics). */
  readonly queued: number;
  readonly running: number;
  close(): Promise<void>;
}

interface Waiting { task: WorkTask; settle: (o: Outcome) => void; fail: (e: unknown) => void }

export function workPool(threads: number, budgetMs: number): WorkPool {
  if (threads <= 0) return { run: runWork, offloaded: 0, queued: 0, running: 0, close: async () => {} };
  const pool = new Piscina<WorkTask, WorkResult>({
    filename: new URL('./workWorker.js', import.meta.url).href,
    // Started with the server and kept: a thread's start (loading the engine) stalls the process.
    minThreads: threads,
    maxThreads: threads,
  });
  const line: Waiting[] = [];
  let running = 0;
  let offloaded = 0;
  const pump = () => {
    while (running < threads && line.length) {
      const w = line.shift()!;
      running++;
      pool.run(w.task).then((r) => {
        offloaded++;
        w.settle(r);
      }, w.fail).finally(() => {
        running--;
        pump();
      });
    }
  };
  return {
    run: (task) => new Promise<Outcome>((resolve, reject) => {
      if (line.length >= threads * 16) return resolve({ ok: false, refused: 'busy' });
      let done = false;
      const once = <T>(f: (v: T) => void) => (v: T) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        f(v);
      };
      const w: Waiting = { task, settle: once(resolve), fail: once(reject) };
      const timer = setTimeout(() => {
        const i = line.indexOf(w);
        if (i >= 0) line.splice(i, 1);
        w.settle({ ok: false, refused: 'timeout' });
      }, budgetMs);
      line.push(w);
      pump();
    }),
    get offloaded() {
      return offloaded;
    },
    get queued() {
      return line.length;
    },
    get running() {
      return running;
    },
    close: () => pool.destroy(),
  };
}
