// M7 and L16 (attack review 2026-12): a 60 MB JSON line killed a worker (exit 1) and 120 MB aborted
// the process; a 10 MB case id was copied whole into errors.csv, a 30 MB header column to stderr,
// and a 300 MB header line took 1.3 GB. Now a line over its limit is that line's error and the
// batch goes on, memory stays bounded, and nothing long is echoed in full.
import { createWriteStream, readFileSync, statSync } from 'node:fs';
import { once } from 'node:events';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUT, LineGuard, MAX_CSV_LINE, MAX_JSON_LINE } from '../../src/batch/limits.js';
import { batchSampled, file, path, readCsv, recours } from './helpers.js';

const HEADER = 'case_id,jurisdiction,payer_kind,incident_kind,incident_at,notification_at,psp_notification_means_available,as_of,transaction_id,instrument,instrument_kind,at,amount,kind,authentication,consented';
const row = (id: string, tx = 't1', kind = 'atm_withdrawal') =>
  `${id},FR,consumer,theft,2020-03-02T09:00+01:00,2020-03-02T12:00+01:00,true,2026-12-01,${tx},card,debit_card,2020-03-02T10:00+01:00,100.00,${kind},pin,false`;
const example = JSON.parse(readFileSync(new URL('../../examples/be-ombudsfin-2013-1876.case.json', import.meta.url), 'utf8')) as object;

/** Writes `parts` to a file, a function part being called for a big filler written in 1 MB pieces. */
async function write(name: string, parts: (string | { repeat: string; mb: number })[]): Promise<string> {
  const p = path(name);
  const out = createWriteStream(p);
  for (const part of parts) {
    if (typeof part === 'string') out.write(part);
    else for (let i = 0; i < part.mb; i++) if (!out.write(part.repeat.repeat(Math.ceil((1 << 20) / part.repeat.length)))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return p;
}

describe('lines over the limits', () => {
  it('JSON Lines: a 130 MB line is refused as its line, the next case assessed, memory bounded', async () => {
    const input = await write('long.jsonl', [
      JSON.stringify({ case_id: 'before', ...example }) + '\n',
      '{"case_id":"x","format":"recours.case/1","pad":"', { repeat: 'y', mb: 130 }, '"}\n',
      JSON.stringify({ case_id: 'after', ...example }) + '\n',
    ]);
    const r = await batchSampled([input, '--out', path('long.out.jsonl'), '--errors', path('long.errors.csv'), '--workers', '2']);
    expect([r.status, r.signal]).toEqual([2, null]);
    expect(r.stderr).toContain('3 cases (2 assessed, 1 refused)');
    expect(r.peakMb).toBeLessThan(400);
    const out = readFileSync(path('long.out.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { case_id: string }).case_id);
    expect(out).toEqual(['before', 'after']);
    const errors = readCsv(path('long.errors.csv'));
    expect(errors.map((e) => [e.line, e.code])).toEqual([['2', 'line_too_long']]);
    expect(errors[0]!.message).toBe('is longer than 1 048 576 bytes: it was not read past that');
    expect(statSync(path('long.errors.csv')).size).toBeLessThan(2000);
  }, 120_000);

  it('CSV: a 40 MB cell and a 40 MB quoted field over many lines refuse their cases whole; the others are assessed', async () => {
    const upToKind = (id: string, tx: string) => row(id, tx, '').slice(0, -',pin,false'.length);
    const input = await write('long.csv', [
      `${HEADER}\n${row('a')}\n${row('b')}\n`,
      upToKind('b', 't2'), { repeat: 'y', mb: 40 }, ',pin,false\n',                              // line 4
      `${row('b', 't3')}\n${row('c')}\n`,                                                       // lines 5, 6
      upToKind('d', 't1'), '"', { repeat: `${'z'.repeat(99)}""\n`, mb: 40 }, '",pin,false\n',   // line 7, a quoted field of 40 MB
      `${row('e')}\n`,
    ]);
    const lines = readFileSync(input, 'latin1').split('\n').length - 1;
    const r = await batchSampled([input, '--out', path('long.out.csv'), '--errors', path('long-csv.errors.csv'), '--workers', '2']);
    expect([r.status, r.signal]).toEqual([2, null]);
    expect(r.peakMb).toBeLessThan(400);
    expect(r.stderr).toContain('5 cases (3 assessed, 2 refused)');
    const out = readCsv(path('long.out.csv'));
    expect(out.map((o) => o.case_id)).toEqual(['a', 'c', 'e']);
    // Line numbers are the input's, after the skipped lines of the quoted field too.
    expect(out.at(-1)!.line).toBe(String(lines));
    const errors = readCsv(path('long-csv.errors.csv'));
    expect(errors.map((e) => [e.line, e.case_id, e.column, e.code])).toEqual([['4', 'b', 'kind', 'line_too_long'], ['7', 'd', 'kind', 'line_too_long']]);
    for (const e of errors) expect(e.value!.length).toBeLessThanOrEqual(60);
  }, 120_000);

  it('CSV: a quote never closed before 60 MB of lines: the row is cut, the lines left unread are named, memory bounded', async () => {
    const input = await write('unclosed.csv', [`${HEADER}\n${row('a')}\n`, row('b', 't1', '"unclosed'), '\n', { repeat: row('c') + '\n', mb: 60 }]);
    const lines = readFileSync(input, 'latin1').split('\n').length - 1;
    const r = await batchSampled([input, '--out', path('unclosed.out.csv'), '--errors', path('unclosed.errors.csv')]);
    expect([r.status, r.signal]).toEqual([2, null]);
    expect(r.peakMb).toBeLessThan(400);
    expect(readCsv(path('unclosed.out.csv')).map((o) => o.case_id)).toEqual(['a']);
    const errors = readCsv(path('unclosed.errors.csv'));
    expect(errors.map((e) => [e.line, e.case_id, e.code])).toEqual([['3', 'b', 'line_too_long'], ['3', '', 'unclosed_quote']]);
    expect(errors[1]!.message).toContain(`lines 3–${lines} could not be read`);
  }, 120_000);

  for (const [name, eol] of [['CRLF', '\r\n'], ['CR', '\r']] as const)
    it(`${name} line endings: 3 MB of ordinary rows are not cut; a cut line ends where its own line ends`, async () => {
      const rows = Array.from({ length: 20_000 }, (_, i) => row(`r${i}`));
      const input = await write(`eol-${name}.csv`, [[HEADER, ...rows].join(eol) + eol, row('long', 't1', ''), { repeat: 'y', mb: 3 }, eol, row('after') + eol]);
      const r = await batchSampled([input, '--out', path(`eol-${name}.out.csv`), '--errors', path(`eol-${name}.errors.csv`)]);
      expect(r.status).toBe(2);
      const out = readCsv(path(`eol-${name}.out.csv`));
      expect(out.length).toBe(20_001);
      expect(out.at(-1)!.case_id).toBe('after');
      expect(out.at(-1)!.line).toBe('20003');
      expect(readCsv(path(`eol-${name}.errors.csv`)).map((e) => [e.line, e.case_id, e.code])).toEqual([['20002', 'long', 'line_too_long']]);
    }, 120_000);

  it('a case of too many rows is refused whole, not sent to a worker', async () => {
    const input = await write('huge-case.csv', [`${HEADER}\n${row('a')}\n`, { repeat: row('big', 't-x') + '\n', mb: 30 }, `${row('z')}\n`]);
    const r = await batchSampled([input, '--out', path('huge-case.out.csv'), '--errors', path('huge-case.errors.csv')]);
    expect([r.status, r.signal]).toEqual([2, null]);
    expect(readCsv(path('huge-case.out.csv')).map((o) => o.case_id)).toEqual(['a', 'z']);
    expect(readCsv(path('huge-case.errors.csv')).map((e) => [e.line, e.case_id, e.code])).toEqual([['3', 'big', 'case_too_large']]);
  }, 120_000);
});

describe('no long echo (L16)', () => {
  it('a 1 MB case id: the errors file and stderr hold a clipped id with its length; a 10 MB one is a cut line', () => {
    const input = file('long-id.csv', `${HEADER}\n${row('k'.repeat(1 << 20))}\n${row('ok')}\n`);
    const r = recours(['batch', input, '--out', path('long-id.out.csv'), '--errors', path('long-id.errors.csv')]);
    expect(r.status).toBe(2);
    expect(statSync(path('long-id.errors.csv')).size).toBeLessThan(2000);
    const [e] = readCsv(path('long-id.errors.csv'));
    expect([e!.code, e!.case_id]).toEqual(['too_long', `${'k'.repeat(100)}… (10001 characters)`]);
    const onStderr = recours(['batch', input, '--out', path('long-id2.out.csv')]);
    expect(onStderr.stderr.length).toBeLessThan(2000);
    expect(onStderr.stderr).toContain('… (10001 characters)');
    const ten = file('ten-id.csv', `${HEADER}\n${row('k'.repeat(10 << 20))}\n${row('ok')}\n`);
    const t = recours(['batch', ten, '--out', path('ten-id.out.csv'), '--errors', path('ten-id.errors.csv')]);
    expect(t.status).toBe(2);
    expect(statSync(path('ten-id.errors.csv')).size).toBeLessThan(2000);
    expect(readCsv(path('ten-id.errors.csv')).map((x) => [x.line, x.column, x.code])).toEqual([['2', 'case_id', 'line_too_long']]);
    expect(readCsv(path('ten-id.out.csv')).map((o) => o.case_id)).toEqual(['ok']);
  });

  it('an unknown 50 000-character header column is named shortened; a 200 MB header line is refused at once', async () => {
    const r = recours(['batch', file('long-col.csv', `${HEADER},${'q'.repeat(50_000)}\n${row('a')},x\n`), '--out', path('long-col.out.csv')]);
    expect(r.status).toBe(2);
    expect(r.stderr.length).toBeLessThan(500);
    expect(r.stderr).toContain('header column 17 "qqq');
    const input = await write('long-header.csv', [`${HEADER},`, { repeat: 'h', mb: 200 }, `\n${row('a')}\n`]);
    const big = await batchSampled([input, '--out', path('long-header.out.csv')]);
    expect(big.status).toBe(2);
    expect(big.stderr).toContain('the header line is longer than 65536 characters');
    expect(big.stderr.length).toBeLessThan(500);
    expect(big.peakMb).toBeLessThan(300);
  }, 120_000);
});

describe('LineGuard', () => {
  const lines = fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.string({ minLength: 20, maxLength: 60 })), { maxLength: 12 });
  it('passes lines up to the limit unchanged; cuts longer ones at the limit, marked, line breaks kept', () => {
    fc.assert(fc.property(lines, fc.array(fc.nat(), { maxLength: 6 }), (ls, at) => {
      const max = 16;
      const text = Buffer.from(ls.join('\n'));
      const points = [...new Set(at.map((a) => a % (text.length + 1)))].sort((x, y) => x - y);
      const guard = new LineGuard(max);
      const out: Buffer[] = [];
      let from = 0;
      for (const p of [...points, text.length]) {
        if (p > from) out.push(...guard.take(text.subarray(from, p)));
        from = p;
      }
      const expected = Buffer.concat(ls.flatMap((l, i) => {
        const b = Buffer.from(l);
        return [b.length <= max ? b : Buffer.concat([b.subarray(0, max), Buffer.from(CUT)]), Buffer.from(i < ls.length - 1 ? '\n' : '')];
      }));
      expect(Buffer.concat(out).equals(expected)).toBe(true);
      expect(guard.cuts).toBe(ls.filter((l) => Buffer.byteLength(l) > max).length);
    }), { numRuns: 1000 });
  });

  it('limits: a JSON line as the API body limit, a CSV line above 36 cells of 10 000 four-byte characters', () => {
    expect(MAX_JSON_LINE).toBe(1 << 20);
    expect(MAX_CSV_LINE).toBeGreaterThan(36 * (10_000 * 4 + 3));
  });
});
