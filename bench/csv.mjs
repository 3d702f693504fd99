// Generated cases as a batch CSV file of about `transactions` rows (case columns on every row for
// one case in two, on the first row only for the other), written in a streaming way.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { stringify } from 'csv-stringify/sync';
import { ALL_COLUMNS, caseToRows } from '../dist/batch/toRows.js';
import { generateCase, rng } from './generate.mjs';

export async function writeBatchCsv(path, transactions, seed = 8) {
  const out = createWriteStream(path);
  const r = rng(seed);
  out.write(stringify([ALL_COLUMNS]));
  let rows = 0;
  let cases = 0;
  while (rows < transactions) {
    const batch = [];
    for (let i = 0; i < 500 && rows < transactions; i++, cases++) {
      const c = generateCase(r);
      c.transactions = c.transactions.slice(0, transactions - rows);
      for (const row of caseToRows(`case-${cases + 1}`, c, cases % 2 === 0)) batch.push(row);
      rows += c.transactions.length;
    }
    if (!out.write(stringify(batch))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { rows, cases };
}
