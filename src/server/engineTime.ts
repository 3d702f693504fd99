/**
 * The engine calls of the HTTP routes, timed (the heavy ones, run in the work pool, are timed by
 * `heavy` in context.ts, queue included). Each call publishes its duration on a diagnostics
 * channel (nothing is measured while no one listens); the metrics of a server subscribe to it.
 * The engine itself stays pure: the clock is read here, at the edge.
 */
import { channel } from 'node:diagnostics_channel';
import { assess as pureAssess } from '../engine/assess.js';

export interface EngineTiming { operation: string; seconds: number }

export const engineChannel = channel('recours:engine');

function timed<A extends unknown[], R>(operation: string, f: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    if (!engineChannel.hasSubscribers) return f(...args);
    const start = process.hrtime.bigint();
    try {
      return f(...args);
    } finally {
      engineChannel.publish({ operation, seconds: Number(process.hrtime.bigint() - start) / 1e9 } satisfies EngineTiming);
    }
  };
}

export const assess = timed('assess', pureAssess);
