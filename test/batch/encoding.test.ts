// M2 (attack review 2026-12): a Windows-1252 batch file (French and Belgian Excel's "CSV
// (semicolon)") was decoded as U+FFFD, and `dossier-é` and `dossier-è` merged into one case with
// exit 0. Now a byte that is not UTF-8 is refused with its line and character, or the file is
// decoded as Windows-1252 when asked; ids never merge.
import { existsSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decoder, noDecoding } from '../../src/batch/encoding.js';
import { file, path, readCsv, recours } from './helpers.js';

const HEADER = 'case_id;jurisdiction;payer_kind;incident_kind;incident_at;notification_at;psp_notification_means_available;as_of;transaction_id;instrument;instrument_kind;at;amount;kind;authentication;consented';
const row = (id: string, tx: string, amount: string) =>
  `${id};FR;consumer;theft;2020-03-02T09:00+01:00;2020-03-02T12:00+01:00;true;2026-12-01;${tx};card;debit_card;2020-03-02T10:00+01:00;${amount};atm_withdrawal;pin;false`;
const TEXT = [HEADER, row('ok-1', 't1', '100,00'), row('dossier-é', 't1', '500,00'), row('dossier-è', 't2', '360,00'), row('ok-2', 't1', '10,00')].join('\r\n') + '\r\n';
const cp1252 = Buffer.from(TEXT, 'latin1'); // é and è are the same single bytes in Latin-1 and Windows-1252
const utf8 = Buffer.from(TEXT, 'utf8');

const caseTotals = (p: string) => readCsv(p).map((o) => [o.case_id, o.case_disputed, o.case_payer_bears, o.case_refund_due]);

describe('batch input encoding', () => {
  const expected = (() => {
    const r = recours(['batch', file('utf8.csv', utf8), '--out', path('utf8.out.csv')]);
    expect(r.status).toBe(0);
    return caseTotals(path('utf8.out.csv'));
  })();

  it('the UTF-8 file: four cases, é and è apart', () => {
    expect(expected.map((t) => t[0])).toEqual(['ok-1', 'dossier-é', 'dossier-è', 'ok-2']);
  });

  it('a Windows-1252 file is refused before anything is written: line, character, byte, and how to fix it', () => {
    const r = recours(['batch', file('cp1252.csv', cp1252), '--out', path('cp1252.out.csv'), '--errors', path('cp1252.errors.csv')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('line 3: has a byte that is not UTF-8 (0xE9 at character 9)');
    expect(r.stderr).toContain('--encoding windows-1252');
    expect(existsSync(path('cp1252.out.csv'))).toBe(false);
    expect(existsSync(path('cp1252.errors.csv'))).toBe(false);
    const fr = recours(['batch', path('cp1252.csv'), '--out', path('cp1252-fr.out.csv'), '--lang', 'fr']);
    expect(fr.stderr).toContain("ligne 3 : contient un octet qui n'est pas de l'UTF-8 (0xE9 au caractère 9)");
  });

  it('on standard input: the cases before the bad line are assessed, the rest refused with the line, never merged', () => {
    const raw = spawnRaw(cp1252);
    expect(raw.status).toBe(2);
    expect(raw.stderr).toContain('stopped at line 3');
    expect(readCsv(path('raw.out.csv'))).toEqual([]); // ok-1 may have had more rows after line 2: left out whole
    const errors = readCsv(path('raw.errors.csv'));
    expect(errors.map((e) => [e.line, e.code])).toEqual([['3', 'encoding']]);
    expect(readFileSync(path('raw.out.csv'), 'utf8')).not.toContain('\uFFFD');
  });

  it('--encoding windows-1252 reads it as the UTF-8 file reads', () => {
    const r = recours(['batch', path('cp1252.csv'), '--out', path('cp1252-ok.out.csv'), '--encoding', 'windows-1252']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('input read as Windows-1252');
    expect(r.stderr).not.toContain('also valid UTF-8');
    expect(caseTotals(path('cp1252-ok.out.csv'))).toEqual(expected);
  });

  it('--encoding windows-1252 on a UTF-8 file warns; a UTF-8 byte-order mark wins', () => {
    const r = recours(['batch', path('utf8.csv'), '--out', path('utf8-as-1252.out.csv'), '--encoding', 'windows-1252']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('the input is also valid UTF-8');
    const ids = caseTotals(path('utf8-as-1252.out.csv')).map((t) => t[0]);
    expect(new Set(ids).size).toBe(4); // mis-decoded (dossier-Ã©), but still four cases
    const bom = recours(['batch', file('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])), '--out', path('bom.out.csv'), '--encoding', 'windows-1252']);
    expect(bom.status).toBe(0);
    expect(bom.stderr).toContain('UTF-8 byte-order mark: read as UTF-8');
    expect(caseTotals(path('bom.out.csv'))).toEqual(expected);
  });

  it('UTF-16 with a byte-order mark, little- or big-endian, reads as the UTF-8 file', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    for (const [name, bytes] of [['le', le], ['be', be]] as const) {
      const r = recours(['batch', file(`utf16${name}.csv`, bytes), '--out', path(`utf16${name}.out.csv`)]);
      expect(r.status, r.stderr).toBe(0);
      expect(caseTotals(path(`utf16${name}.out.csv`))).toEqual(expected);
    }
  });

  it('a bad byte in the header line refuses the input; JSON Lines stop at the bad line', () => {
    const head = recours(['batch', file('badhead.csv', Buffer.concat([Buffer.from('case_id;jurisdicti'), Buffer.from([0xf4]), Buffer.from('on\n')])), '--out', path('badhead.out.csv')]);
    expect([head.status, head.stderr]).toEqual([2, expect.stringContaining('line 1: has a byte that is not UTF-8 (0xF4 at character 19)')]);
    const ok = readFileSync(new URL('../../examples/be-ombudsfin-2013-1876.case.json', import.meta.url), 'utf8');
    const line = (id: string) => JSON.stringify({ case_id: id, ...(JSON.parse(ok) as object) });
    const jsonl = Buffer.concat([Buffer.from(`${line('a')}\n${line('b')}\n`), Buffer.from(line('c-é'), 'latin1'), Buffer.from(`\n${line('d')}\n`)]);
    const r = spawnRaw(jsonl, 'raw.out.jsonl');
    expect(r.status).toBe(2);
    expect(readFileSync(path('raw.out.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { case_id: string }).case_id)).toEqual(['a', 'b']);
    expect(readCsv(path('raw.errors.csv')).map((e) => [e.line, e.code])).toEqual([['3', 'encoding']]);
  });
});

/** The batch on standard input given raw bytes (spawnSync would re-encode a string as UTF-8). */
function spawnRaw(bytes: Buffer, out = 'raw.out.csv') {
  const p = file('raw.bin', bytes);
  return recours(['batch', '-', '--out', path(out), '--errors', path('raw.errors.csv'), '--force'], undefined, p);
}

/** Bytes through the decoder in the given chunks: what comes out, and where it stopped. */
async function decode(chunks: Buffer[]): Promise<{ out: Buffer; bad: ReturnType<typeof noDecoding>['bad'] }> {
  const d = noDecoding();
  const parts: Buffer[] = [];
  for await (const b of Readable.from(chunks).pipe(decoder('utf-8', d))) parts.push(b as Buffer);
  return { out: Buffer.concat(parts), bad: d.bad };
}

const cut = (b: Buffer, at: number[]): Buffer[] => {
  const points = [...new Set(at.map((a) => a % (b.length + 1)))].sort((x, y) => x - y);
  const out: Buffer[] = [];
  let from = 0;
  for (const p of [...points, b.length]) {
    if (p > from) out.push(b.subarray(from, p));
    from = p;
  }
  return out;
};

describe('the UTF-8 check', () => {
  const text = fc.string({ unit: fc.constantFrom('a', ';', '\n', 'é', '€', '𝄞', '\u00a0', 'Z'), maxLength: 200 });

  it('passes valid UTF-8 through unchanged, however the chunks cut its characters', async () => {
    await fc.assert(fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 8 }), async (s, at) => {
      const b = Buffer.from(s, 'utf8');
      const r = await decode(cut(b, at));
      expect(r.bad).toBeNull();
      expect(r.out.equals(b)).toBe(true);
    }), { numRuns: 500 });
  });

  it('finds the first bad byte: its line and character; passes on the whole lines before it', async () => {
    const bad = fc.constantFrom([0xe9], [0x80], [0xff], [0xc3], [0xe2, 0x82], [0xf0, 0x9d, 0x84], [0xed, 0xa0, 0x80], [0xc0, 0xaf]);
    await fc.assert(fc.asyncProperty(text, bad, text, fc.array(fc.nat(), { maxLength: 8 }), async (before, bytes, after, at) => {
      const b = Buffer.concat([Buffer.from(before, 'utf8'), Buffer.from(bytes), Buffer.from(after, 'utf8')]);
      const r = await decode(cut(b, at));
      const lines = before.split('\n');
      expect(r.bad).toEqual({ line: lines.length, column: [...lines.at(-1)!].length + 1, byte: bytes[0] });
      const whole = before.lastIndexOf('\n');
      expect(r.out.toString('utf8')).toBe(whole === -1 ? '' : before.slice(0, whole + 1));
    }), { numRuns: 500 });
  });
});
