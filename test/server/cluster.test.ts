/** `recours serve --workers 2`: two processes share the port and the database; a signal stops both. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';
import { expect, it } from 'vitest';
import { serveToEnd } from './serveProcess.js';

const body = readFileSync('examples/be-ombudsfin-2013-1876.case.json', 'utf8');

it('serves from two processes over one SQLite database and stops on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'recours-cluster-'));
  const proc = spawn(process.execPath, ['bin/recours.js', 'serve', '--port', '0', '--workers', '2', '--data', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+) .*2 processes/.exec(out);
      if (m) resolve(m[1]!);
    });
    proc.on('exit', (c) => reject(new Error(`exited ${c}: ${out}`)));
  });
  const writes = await Promise.all(Array.from({ length: 40 }, (_, i) =>
    fetch(`${url}/v1/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"title":"c${i}","case":${body}}` }).then((r) => r.status)));
  expect(writes.every((s) => s === 201)).toBe(true);
  const list = (await (await fetch(`${url}/v1/cases?limit=100`)).json()) as { items: unknown[] };
  expect(list.items).toHaveLength(40);
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (c) => resolve(c)));
  proc.kill('SIGTERM');
  expect(await exited).toBe(0);
  await expect(fetch(`${url}/v1/health`)).rejects.toThrow();
});

it.each([[['--workers', '2']], [[]]])('exits 1 and says why when the port is taken (serve %j)', async (extra: string[]) => {
  const taken = net.createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  const port = (taken.address() as net.AddressInfo).port;
  try {
    const r = await serveToEnd(['--port', String(port), '--data', mkdtempSync(join(tmpdir(), 'recours-cluster-')), ...extra], 20_000);
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/EADDRINUSE/);
    if (extra.length) expect(r.output).toMatch(/a server process could not start: .*EADDRINUSE/);
    expect(r.ms).toBeLessThan(15_000);
  } finally {
    taken.close();
  }
});
