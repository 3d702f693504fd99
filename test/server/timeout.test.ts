/**
 * Requests Node refuses before fastify has them: one that stops arriving (or trickles in, a byte at a
 * time) is answered 408 after the request timeout, headers too large 431, bytes that are not HTTP
 * 400: each as a problem, then the connection closes.
 */
import net from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type TestServer } from './support.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer('sqlite', { mode: 'local', limits: { requestTimeoutMs: 400 } });
});
afterAll(() => server.close());

/** Sends `head`, then `drip` every 100 ms until the server closes; the raw answer and how long it took. */
function exchange(head: string, drip?: string): Promise<{ answer: string; ms: number }> {
  const url = new URL(server.url);
  const started = Date.now();
  return new Promise((resolve) => {
    let answer = '';
    let timer: NodeJS.Timeout | undefined;
    const s = net.connect(Number(url.port), '127.0.0.1', () => {
      s.write(head);
      if (drip) timer = setInterval(() => s.writable && s.write(drip), 100);
    });
    s.on('data', (d) => (answer += d));
    const done = () => {
      clearInterval(timer);
      resolve({ answer, ms: Date.now() - started });
    };
    s.on('close', done);
    s.on('error', done);
  });
}

function problemOf(answer: string): { status: number; type: string; title: string; detail?: string } {
  expect(answer).toMatch(/^HTTP\/1\.1 \d{3} /);
  expect(answer.toLowerCase()).toContain('content-type: application/problem+json');
  expect(answer.toLowerCase()).toContain('connection: close');
  return JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
}

const POST = 'POST /v1/assessments HTTP/1.1\r\nHost: localhost\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n';

it('answers 408 with a problem when the body stops arriving', async () => {
  const { answer, ms } = await exchange(`${POST}{"case":`);
  expect(ms).toBeGreaterThanOrEqual(350);
  expect(ms).toBeLessThan(5_000);
  const p = problemOf(answer);
  expect([p.status, p.type]).toEqual([408, 'https://recours.eu/problems/timeout']);
  expect(p.detail).toContain('0.4 s');
});

it('cuts off a body that trickles in, though the socket is never idle', async () => {
  const { answer, ms } = await exchange(`${POST}{"case":`, ' ');
  expect(ms).toBeLessThan(5_000);
  expect(problemOf(answer).status).toBe(408);
});

it('answers 408 when the headers stop arriving', async () => {
  const { answer } = await exchange('POST /v1/assessments HTTP/1.1\r\nHost: localhost\r\ncont');
  expect(problemOf(answer).status).toBe(408);
});

it('answers 431 to headers too large and 400 to bytes that are not HTTP', async () => {
  const big = await exchange(`GET /v1/law HTTP/1.1\r\nHost: localhost\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`);
  expect(problemOf(big.answer).status).toBe(431);
  const junk = await exchange('\u0000\u0001 not http at all\r\n\r\n');
  const p = problemOf(junk.answer);
  expect([p.status, p.type]).toEqual([400, 'https://recours.eu/problems/invalid-request']);
});

it('still serves a request that arrives in time', async () => {
  const r = await fetch(`${server.url}/v1/law`);
  expect(r.status).toBe(200);
});
