/** A request that never finishes arriving is cut off after the request timeout. */
import net from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type TestServer } from './support.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer('sqlite', { mode: 'local', limits: { requestTimeoutMs: 400 } });
});
afterAll(() => server.close());

it('closes the connection of a request whose body stops arriving', async () => {
  const url = new URL(server.url);
  const started = Date.now();
  await new Promise<void>((resolve) => {
    const s = net.connect(Number(url.port), '127.0.0.1', () =>
      s.write('POST /v1/assessments HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"case":'));
    s.on('close', () => resolve());
    s.on('error', () => resolve());
  });
  const waited = Date.now() - started;
  expect(waited).toBeGreaterThanOrEqual(300);
  expect(waited).toBeLessThan(5_000);
});
