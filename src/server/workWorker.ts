/** A thread of the server's work pool (piscina): runs one heavy engine task away from the event loop. */
export { runWork as default } from './work.js';
