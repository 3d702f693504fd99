// A 100 000-row batch on two workers: bounded memory (RSS sampled), output in input order; an
// interrupt leaves every case written complete and exits 130.
import { createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { batchSampled, path, readCsv } from './helpers.js';

const HEADER = 'case_id,jurisdiction,payer_kind,incident_kind,incident_at,notification_at,psp_notification_means_available,conduct,as_of,transaction_id,instrument,instrument_kind,at,amount,kind,authentication,sca,consented\n';
const PER_CASE = 10;

/** `cases` simple cases of ten operations, both jurisdictions, some after the blocking and some negligent. */
async function writeCases(name: string, cases: number): Promise<string> {
  const p = path(name);
  const out = createWriteStream(p);
  out.write(HEADER);
  for (let c = 0; c < cases; c++) {
    const year = 2003 + (c % 22);
    let text = '';
    for (let t = 0; t < PER_CASE; t++) {
      const head = t === 0
        ? `${c % 2 ? 'FR' : 'BE'},consumer,${c % 3 ? 'theft' : 'loss'},${year}-05-02T09:00+02:00,${year}-05-02T${10 + (c % 9)}:30+02:00,true,${c % 7 === 0 ? 'pin_written_with_card:proven' : ''},2026-12-01`
        : ',,,,,,,';
      text += `case-${c},${head},t${t},card,debit_card,${year}-05-02T${10 + t}:05+02:00,${(c % 500) + t + 1}.25,atm_withdrawal,pin,,false\n`;
    }
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return p;
}

describe('a large batch', () => {
  it('100 000 rows, two workers: all assessed, in input order, memory bounded', async () => {
    const input = await writeCases('100k.csv', 10_000);
    const r = await batchSampled([input, '--out', path('100k.out.csv'), '--workers', '2']);
    expect(r.stderr).toContain('10000 cases (10000 assessed, 0 refused), 100000 transactions');
    expect(r.status).toBe(0);
    expect(r.peakMb).toBeGreaterThan(0);
    expect(r.peakMb).toBeLessThan(600);
    const out = readCsv(path('100k.out.csv'));
    expect(out.length).toBe(100_000);
    const wrong = out.findIndex((o, i) => o.case_id !== `case-${Math.floor(i / PER_CASE)}` || o.transaction_id !== `t${i % PER_CASE}` || o.line !== String(i + 2));
    expect(wrong).toBe(-1);
  });

  it('SIGINT: stops reading, writes the cases read complete, the summary, exit 130', async () => {
    const input = await writeCases('200k.csv', 20_000);
    const out = path('200k.out.csv');
    const r = await batchSampled([input, '--out', out, '--workers', '2'], (pid) => {
      const poll = setInterval(() => {
        try {
          if (statSync(out).size > 100_000) {
            clearInterval(poll);
            process.kill(pid, 'SIGINT');
          }
        } catch {
          // not created yet
        }
      }, 10);
    });
    expect(r.stderr).toContain('interrupted');
    expect(r.status).toBe(130);
    const rows = readCsv(out);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(200_000);
    expect(rows.length % PER_CASE).toBe(0);
    expect(rows.every((o, i) => o.case_id === `case-${Math.floor(i / PER_CASE)}`)).toBe(true);
    expect(r.stderr).toMatch(new RegExp(`${rows.length / PER_CASE} cases \\(${rows.length / PER_CASE} assessed`));
  });
});
