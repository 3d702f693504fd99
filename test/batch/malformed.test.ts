// Bad rows are reported with their line and column and skipped, the batch goes on; a file the
// batch cannot read at all is refused with exit 2.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { file, path, readCsv, recours } from './helpers.js';

const HEADER = 'case_id,jurisdiction,payer_kind,incident_kind,incident_at,notification_at,psp_notification_means_available,conduct,as_of,transaction_id,instrument,instrument_kind,at,amount,kind,authentication,sca,consented';
const good = (id: string, at = '2020-03-02T10:00+01:00', amount = '100.00') =>
  `${id},FR,consumer,theft,2020-03-02T09:00+01:00,2020-03-02T12:00+01:00,true,,2026-12-01,t1,card,debit_card,${at},${amount},atm_withdrawal,pin,,false`;

describe('malformed rows', () => {
  const big = 'x'.repeat(10 * 1024 * 1024);
  const lines = [
    HEADER,
    good('ok-1'),
    'short,FR,consumer,theft',                                                     // 3: missing columns
    good('bad-date', '2020-02-30T10:00+01:00'),                                    // 4: no such day
    good('negative', undefined, '-12.50'),                                         // 5: negative amount
    good('ok-2').replace(',theft,', ',alien_abduction,'),                          // 6: unknown incident code
    good('huge').replace(',atm_withdrawal,', `,${big},`),                          // 7: a 10 MB cell
    good('ok-3').replace(',,2026-12-01,', ',pin_written_on_forehead:proven,2026-12-01,'), // 8: unknown conduct code
    good('ok-4'),
    `${good('two-rows')}`,                                                         // 10
    `two-rows,,,,,,,,,t2,card,credit_card,2020-03-02T10:30+01:00,20.00,atm_withdrawal,pin,,false`, // 11: kind conflicts
    good('ok-5', '2020-03-02T10:00+01:00', '"1 234,50"'),                          // 12: a spreadsheet amount
  ];
  const input = file('bad.csv', lines.join('\r\n') + '\r\n');

  it('reports each with line, column, message and expectation, and assesses the rest', () => {
    const r = recours(['batch', input, '--out', path('bad.out.csv'), '--errors', path('bad.errors.csv'), '--workers', '2']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('10 cases (3 assessed, 7 refused)');
    const out = readCsv(path('bad.out.csv'));
    expect(out.map((o) => o.case_id)).toEqual(['ok-1', 'ok-4', 'ok-5']);
    expect(out[2]!.amount).toBe('1234.50');
    const errors = readCsv(path('bad.errors.csv'));
    const where = errors.map((e) => [e.line, e.case_id, e.column, e.code]);
    expect(where).toEqual([
      ['3', 'short', '', 'cells'],
      ['4', 'bad-date', 'at', 'date_calendar'],
      ['5', 'negative', 'amount', 'amount'],
      ['6', 'ok-2', 'incident_kind', 'enum'],
      ['7', 'huge', 'kind', 'line_too_long'], // a 10 MB cell: over the 2 MiB line limit, cut (limits.ts)
      ['8', 'ok-3', 'conduct', 'enum'],
      ['11', 'two-rows', 'instrument_kind', 'conflict'],
    ]);
    for (const e of errors) expect(e.message && e.expected, JSON.stringify(e)).toBeTruthy();
    expect(errors.find((e) => e.code === 'line_too_long')!.value!.length).toBeLessThanOrEqual(60);
    expect(errors.find((e) => e.code === 'date_calendar')!.pointer).toBe('/transactions/0/at');
  });

  it('without --errors, prints them on stderr, in French with --lang fr', () => {
    const r = recours(['batch', input, '--out', path('bad2.out.csv'), '--lang', 'fr']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('ligne 5, colonne amount (dossier negative) : « -12.50 » n\'est pas un montant en euros');
    expect(r.stderr).toMatch(/ — attendu : /);
    expect(r.stderr).not.toMatch(/\bexpected\b|\bline \d/);
  });

  it('in Dutch with --lang nl: the case-file and the batch refusals', () => {
    const r = recours(['batch', input, '--out', path('bad3.out.csv'), '--errors', path('bad3.errors.csv'), '--lang', 'nl']);
    expect(r.status).toBe(2);
    const errors = readCsv(path('bad3.errors.csv'));
    const by = (code: string) => errors.find((e) => e.code === code)!;
    expect([by('amount').message, by('amount').expected]).toEqual(['"-12.50" is geen bedrag in euro', 'een positief bedrag als decimale tekst, hoogstens twee decimalen, bv. "505.00"']);
    expect([by('cells').message, by('cells').expected]).toEqual([`heeft 4 cellen, de kopregel heeft er ${HEADER.split(',').length}`, 'één cel per kolom van de kopregel']);
    expect(by('line_too_long').message).toMatch(/^is langer dan [\d ]+ bytes: verder werd ze niet gelezen$/);
    expect(by('conflict').expected).toBe('dezelfde waarde op elke regel van het dossier, of de waarde één keer');
  });

  it('a case whose rows resume after another case is refused, not split', () => {
    const p = file('resume.csv', [HEADER, good('a'), good('b'), good('a').replace(',t1,', ',t2,')].join('\n'));
    const r = recours(['batch', p, '--out', path('resume.out.csv'), '--errors', path('resume.errors.csv'), '--force']);
    expect(r.status).toBe(2);
    expect(readCsv(path('resume.errors.csv')).map((e) => [e.line, e.code])).toEqual([['4', 'resumed']]);
  });

  it('refuses an unreadable header, an unknown column, a missing input and an existing output (exit 2)', () => {
    expect(recours(['batch', file('h.csv', 'case_id,jurisdiction\nx,FR\n'), '--out', path('h.out.csv')]).stderr).toMatch(/lacks the columns incident_kind/);
    const typo = recours(['batch', file('t.csv', HEADER.replace('amount', 'amout') + '\n'), '--out', path('t.out.csv')]);
    expect([typo.status, typo.stderr]).toEqual([2, expect.stringContaining('"amout" is not a column')]);
    expect(recours(['batch', path('nope.csv'), '--out', path('n.out.csv')]).stderr).toContain('no such file');
    const again = recours(['batch', input, '--out', path('bad.out.csv')]);
    expect([again.status, again.stderr]).toEqual([2, expect.stringContaining('exists: use --force')]);
    expect(recours(['batch', input, '--out', path('w.csv'), '--workers', 'two']).status).toBe(2);
  });

  it('a quote never closed: the error names the line it opens on and the lines left unread', () => {
    const rows = [HEADER, good('q-1'), good('q-2'), good('q-3').replace(',theft,', ',"theft,'), good('q-4'), good('q-5')];
    const r = recours(['batch', file('quote.csv', rows.join('\n') + '\n'), '--out', path('quote.out.csv'), '--errors', path('quote.errors.csv')]);
    expect(r.status).toBe(2);
    expect(readCsv(path('quote.out.csv')).map((o) => o.case_id)).toEqual(['q-1', 'q-2']);
    const errors = readCsv(path('quote.errors.csv'));
    expect(errors.map((e) => [e.line, e.code])).toEqual([['4', 'unclosed_quote']]);
    expect(errors[0]!.message).toContain('lines 4–6 could not be read');
    const fr = recours(['batch', file('quote-fr.csv', rows.join('\n') + '\n'), '--out', path('quote-fr.out.csv'), '--lang', 'fr']);
    expect(fr.stderr).toContain('les lignes 4 à 6 n\'ont pas pu être lues');
  });

  it('reads JSON Lines from stdin, a bad line refused with its line number', () => {
    const ok = JSON.parse(readFileSync(new URL('../../examples/be-ombudsfin-2013-1876.case.json', import.meta.url), 'utf8')) as object;
    const text = [JSON.stringify({ case_id: 'a', ...ok }), '{"format": "recours.case/1",', JSON.stringify({ ...ok, jurisdiction: 'NL' })].join('\n');
    const r = recours(['batch', '-', '--out', path('stdin.out.jsonl'), '--errors', path('stdin.errors.csv')], text);
    expect(r.status).toBe(2);
    expect(readFileSync(path('stdin.out.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { totals: { refund_due: string } }).totals.refund_due)).toEqual(['3088.00']);
    expect(readCsv(path('stdin.errors.csv')).map((e) => [e.line, e.case_id, e.pointer, e.code])).toEqual([['2', 'line-2', '', 'json'], ['3', 'line-3', '/jurisdiction', 'enum']]);
  });
});
