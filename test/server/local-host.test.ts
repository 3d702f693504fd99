/**
 * Local mode answers the loopback only (issue 14, M6: DNS rebinding): a Host or an Origin that is
 * not a loopback name is refused 403 with a problem; and every answer carries the security headers
 * (L8): the CSP on /docs-anything and /docs%2F.., a 414 that is a problem.
 */
import http from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSP } from '../../src/server/app.js';
import { startServer, type TestServer } from './support.js';
import { serve, type Served } from './serveProcess.js';

/** fetch() drops a Host header: a raw request, status and content type. */
function raw(method: string, path: string, headers: Record<string, string>): Promise<{ status: number; type: string }> {
  const u = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: u.port, method, path, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']) }));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? '{"case":{}}' : undefined);
  });
}

let server: TestServer;
let web: Served;
beforeAll(async () => {
  server = await startServer('sqlite', { mode: 'local' });
  web = await serve(['--data', mkdtempSync(join(tmpdir(), 'recours-host-'))]);
});
afterAll(async () => {
  await server.close();
  web.proc.kill('SIGTERM');
  await web.exited;
});

it.each([
  [{ host: 'rebind.attacker.example' }],
  [{ host: 'rebind.attacker.example:4180' }],
  [{ host: '127.0.0.1.attacker.example' }],
  [{ origin: 'http://rebind.attacker.example:4180' }],
  [{ origin: 'null' }],
])('refuses %j in local mode', async (headers: Record<string, string>) => {
  for (const [method, path] of [['GET', '/v1/me'], ['GET', '/v1/export'], ['POST', '/v1/cases']] as const) {
    const r = await raw(method, path, headers);
    expect(r.status).toBe(403);
    expect(r.type).toContain('application/problem+json');
  }
});

it.each(['localhost', '[::1]', '127.0.0.1'])('accepts the loopback name %s, with a loopback Origin', async (name) => {
  const port = new URL(server.url).port;
  expect((await raw('GET', '/v1/me', { host: `${name}:${port}`, origin: `http://${name}:${port}` })).status).toBe(200);
});

it.each(['/docs-anything', '/docs%2F..%2Fdesk', '/desk'])('sends the CSP on %s', async (path) => {
  const r = await fetch(web.url + path);
  expect(r.headers.get('content-type')).toContain('text/html');
  expect(r.headers.get('content-security-policy')).toBe(CSP);
});

it('answers a path parameter over 100 characters with a 414 problem and the security headers', async () => {
  const r = await fetch(`${server.url}/v1/cases/${'x'.repeat(150)}`);
  expect(r.status).toBe(414);
  expect(r.headers.get('content-type')).toContain('application/problem+json');
  expect(r.headers.get('content-security-policy')).toBe(CSP);
  expect(r.headers.get('x-content-type-options')).toBe('nosniff');
});
