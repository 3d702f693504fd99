/** A batch worker thread: chunks of cases in, their formatted results out (see chunk.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { processChunk, type CaseUnit, type Settings } from './chunk.js';

const settings = workerData as Settings;
parentPort!.on('message', (m: { seq: number; units: CaseUnit[] }) => {
  try {
    parentPort!.postMessage({ seq: m.seq, result: processChunk(m.units, settings) });
  } catch (e) {
    parentPort!.postMessage({ seq: m.seq, failure: (e as Error).message });
  }
});
